type ConcurrencyInput = {
  /** WEB_CONCURRENCY, when set. */
  configured: number | undefined;
  /** No DATABASE_URL: `npm start` runs the embedded PostgreSQL. */
  embeddedDatabase: boolean;
  /** `npm run dev`. */
  dev: boolean;
  /** os.availableParallelism(). */
  cores: number;
};

/** How many web processes `npm start` runs, and why (printed at start). */
export function webConcurrency({ configured, embeddedDatabase, dev, cores }: ConcurrencyInput): { count: number; reason: string } {
  // Next.js's development server compiles into one .next folder and watches files: several
  // would overwrite each other's output.
  if (dev) return { count: 1, reason: "npm run dev runs one" };
  if (configured !== undefined) return { count: configured, reason: "WEB_CONCURRENCY" };
  // The embedded database is a trial on one's own machine: one process keeps memory and
  // connections low, and a laptop's cores stay free for the browser.
  if (embeddedDatabase) return { count: 1, reason: "one with the embedded database; set WEB_CONCURRENCY for more" };
  return { count: Math.max(1, cores), reason: "one per core; WEB_CONCURRENCY to change" };
}

/** Connections a web process opens: its pool, the rate-limit pool (8) and the count hub's LISTEN (1). */
export const CONNECTIONS_BESIDE_POOL = 8 + 1;

/** PostgreSQL connections N web processes may open at once. */
export function connectionsNeeded(processes: number, poolSize: number): number {
  return processes * (poolSize + CONNECTIONS_BESIDE_POOL);
}
