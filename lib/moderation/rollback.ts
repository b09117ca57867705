import type { Db, DbTx } from "../db";

/** Thrown inside a transaction to undo its writes and hand `result` to the caller. */
class Rollback<Result> extends Error {
  constructor(readonly result: Result) {
    super("rolled back");
  }
}

/**
 * Runs `work` in one transaction. Calling `rollback(result)` inside undoes every write made
 * so far and makes `result` the answer: a later step failing takes the earlier ones back.
 */
export async function transactionWithRollback<Result>(
  db: Db,
  work: (tx: DbTx, rollback: (result: Result) => never) => Promise<Result>,
): Promise<Result> {
  try {
    return await db.$transaction((tx) =>
      work(tx, (result) => {
        throw new Rollback(result);
      }),
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result as Result;
    throw error;
  }
}
