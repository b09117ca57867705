import "server-only";
import { pipeline, type Readable } from "node:stream";
import type pg from "pg";
import QueryStream from "pg-query-stream";
import { csvWriter } from "./csv-export";

export const CONSENTING_SIGNERS_COLUMNS = ["name", "email", "country", "postal_code", "signed_at", "confirmed_at"];

const UTC_ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
// Oldest confirmation first. For a campaign that is a small part of the table PostgreSQL
// walks the (campaignId, status, confirmedAt) index and sends rows at once; for one that is
// most of it, a scan and a sort (spilling to disk past work_mem) comes first: about half a
// second for 175,000 rows. Node's memory stays flat either way. Times are formatted by
// PostgreSQL: no Date objects per row on our side.
const QUERY = `
  SELECT name, email, country, "postalCode",
         to_char("createdAt" AT TIME ZONE 'UTC', ${UTC_ISO}),
         to_char("confirmedAt" AT TIME ZONE 'UTC', ${UTC_ISO})
  FROM "Signature"
  WHERE "campaignId" = $1::uuid AND status = 'CONFIRMED' AND "consentUpdates"
  ORDER BY "confirmedAt"`;

/** Rows fetched from PostgreSQL per round trip; also how many the stream buffers ahead. */
const BATCH_ROWS = 500;

/**
 * The confirmed signers of one campaign who consented to updates, as CSV (see csvWriter),
 * read through a server-side cursor so memory stays flat whatever the campaign's size.
 * Holds one connection of `pool` until the last row is read: the caller must consume or
 * destroy the returned stream. On a normal end the connection goes back to the pool; if the
 * reader goes away or the query fails, it is closed instead (its cursor may be mid-fetch),
 * without waiting for anything that a dead connection would never send.
 * For the organizers of the campaign only: the caller checks who is asking.
 */
export async function streamConsentingSignersCsv({ pool, campaignId }: { pool: pg.Pool; campaignId: string }): Promise<Readable> {
  const client = await pool.connect();
  const csv = csvWriter(CONSENTING_SIGNERS_COLUMNS);
  let released = false;
  const release = (broken: boolean) => {
    if (released) return;
    released = true;
    client.removeListener("error", onConnectionLost);
    client.release(broken);
  };
  // A dropped connection: the cursor's stream would wait forever for the server to confirm
  // the cursor closed (pg-query-stream closes it before it reports an error), so end the
  // export here. Also, unheard, a checked-out client's "error" would end the process.
  function onConnectionLost(error: Error) {
    csv.destroy(error);
    release(true);
  }
  client.on("error", onConnectionLost);
  const rows = client.query(new QueryStream(QUERY, [campaignId], { rowMode: "array", batchSize: BATCH_ROWS }));
  let allRowsRead = false;
  rows.once("end", () => (allRowsRead = true));
  // pipeline carries backpressure from the reader back to the cursor, and destroys the
  // cursor's stream when the CSV stream is destroyed (a client abort).
  pipeline(rows, csv, (error) => release(Boolean(error)));
  // Released at once when the reader goes away, not after the cursor has closed.
  csv.once("close", () => release(!allRowsRead));
  return csv;
}
