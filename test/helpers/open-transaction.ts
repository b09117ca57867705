import type pg from "pg";

/**
 * A transaction on its own connection, left open: what another request looks like halfway
 * through (its writes uncommitted, its row locks held). The test commits or rolls it back.
 */
export async function openTransaction(pool: pg.Pool) {
  const client = await pool.connect();
  await client.query("BEGIN");
  const finish = async (statement: "COMMIT" | "ROLLBACK") => {
    try {
      await client.query(statement);
    } finally {
      client.release();
    }
  };
  return {
    query: (sql: string, params: unknown[] = []) => client.query(sql, params),
    commit: () => finish("COMMIT"),
    rollback: () => finish("ROLLBACK"),
  };
}

/** Whether a promise is still pending after `ms` (it is waiting for a lock, say). */
export async function isStillPending(promise: Promise<unknown>, ms = 300): Promise<boolean> {
  const marker = Symbol("pending");
  const winner = await Promise.race([promise.then(() => null, () => null), new Promise((resolve) => setTimeout(() => resolve(marker), ms))]);
  return winner === marker;
}
