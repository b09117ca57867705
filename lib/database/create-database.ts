import pg from "pg";

/** Creates a database (optionally as a copy of a template) unless it exists. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) return;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const from = template ? ` TEMPLATE "${template.replace(/"/g, '""')}"` : "";
    await client.query(`CREATE DATABASE ${quoted}${from}`);
  } finally {
    await client.end();
  }
}
