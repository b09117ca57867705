import http from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline, type Duplex, type Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { insertConfirmedSignaturesInBulk, signatureRow } from "../../test/signature-rows";
import { streamConsentingSignersCsv } from "./stream-consenting-signers-csv";
import { toWebStream } from "./to-web-stream";

const database = withTestDatabase();
const BOM = "\uFEFF";
const HEADER = "name,email,country,postal_code,signed_at,confirmed_at";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Clients the pool has handed out and not taken back. */
const checkedOut = () => database.pool.totalCount - database.pool.idleCount;

/** Backends of this database, other than the asking one, still in the export's query. */
async function exportBackends(): Promise<number> {
  const { rows } = await database.pool.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%"consentUpdates"%ORDER BY "confirmedAt"%'
       AND state <> 'idle'`,
  );
  return rows[0].n;
}

async function eventually(check: () => Promise<boolean> | boolean, what: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never true: ${what}`);
}

async function noLeakedConnection() {
  await eventually(() => checkedOut() === 0, "every pool client is back");
  await eventually(async () => (await exportBackends()) === 0, "no backend still runs the export");
  expect((await database.pool.query("SELECT 1 AS one")).rows[0].one).toBe(1);
}

describe("streamConsentingSignersCsv", () => {
  it("exports only this campaign's confirmed signers who consented, with a BOM, a header and UTC times", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    const other = await publishedCampaign(db);
    const created = new Date("2026-03-01T08:09:10.123Z");
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, name: "김민준", email: "minjun@example.org", country: "KR", postalCode: "04524", createdAt: created, confirmedAt: new Date("2026-03-01T09:00:00.000Z") });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, name: "王芳, \"Fang\"", email: "fang@example.org", country: "CN", createdAt: created, confirmedAt: new Date("2026-03-02T00:00:00.500Z") });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: false, email: "no-consent@example.org" });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, status: "PENDING", email: "pending@example.org" });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, status: "WITHDRAWN", email: "withdrawn@example.org" });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, status: "INVALIDATED", email: "invalid@example.org" });
    await signatureRow(db, { campaignId: other.id, consentUpdates: true, email: "other-campaign@example.org" });

    const bytes = await readAll(await streamConsentingSignersCsv({ pool, campaignId: campaign.id }));

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toBe(
      `${BOM}${HEADER}\r\n` +
        "김민준,minjun@example.org,KR,04524,2026-03-01T08:09:10.123Z,2026-03-01T09:00:00.000Z\r\n" +
        `"王芳, ""Fang""",fang@example.org,CN,,2026-03-01T08:09:10.123Z,2026-03-02T00:00:00.500Z\r\n`,
    );
    expect(checkedOut()).toBe(0);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    const names = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", "＝1+1", "Plain-Name"];
    for (const [index, name] of names.entries()) {
      await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, name, confirmedAt: new Date(Date.UTC(2026, 0, 1, 0, index)) });
    }
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, name: "Postal", postalCode: "-1", email: "+x@example.org", confirmedAt: new Date(Date.UTC(2026, 0, 2)) });

    const text = (await readAll(await streamConsentingSignersCsv({ pool, campaignId: campaign.id }))).toString("utf8");
    const firstCells = text.split("\r\n").slice(1, names.length + 1).map((line) => line.split(",")[0]);

    expect(firstCells).toEqual([
      `"'=HYPERLINK(""http://evil.example""`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      `"'\rReturn"`,
      "'＝1+1",
      "Plain-Name",
    ]);
    expect(text).toContain("Postal,'+x@example.org,KR,'-1,");
  });

  it("reads through a cursor: the connection stays busy while the reader waits, and goes back once all is read", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: 20_000 });

    const stream = await streamConsentingSignersCsv({ pool, campaignId: campaign.id });
    const iterator = stream[Symbol.asyncIterator]();
    const first = (await iterator.next()).value as Buffer;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // While the reader waits, at most a few batches wait in memory and the query stays open.
    expect(stream.readableLength).toBeLessThan(64 * 1024);
    expect((stream as Duplex).writableLength).toBeLessThanOrEqual(100);
    expect(checkedOut()).toBe(1);

    let text = first.toString("utf8");
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) text += (next.value as Buffer).toString("utf8");
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(20_001);
    expect(lines.filter((line) => line.startsWith("김민준 ")).length).toBeGreaterThan(2_000);
    await noLeakedConnection();
  });

  it("releases its connection when an HTTP client aborts midway", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: 20_000 });
    const server = http.createServer(async (_request, response) => {
      const csv = await streamConsentingSignersCsv({ pool, campaignId: campaign.id });
      response.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
      pipeline(csv, response, () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const abort = new AbortController();
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { signal: abort.signal });
      const reader = response.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      expect(checkedOut()).toBe(1);
      abort.abort();

      await noLeakedConnection();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("releases its connection when the web stream a route handler returned is cancelled", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: 20_000 });

    const response = new Response(toWebStream(await streamConsentingSignersCsv({ pool, campaignId: campaign.id })));
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("\r\n")) text += Buffer.from((await reader.read()).value!).toString("utf8");
    expect(text.startsWith(`${BOM}${HEADER}\r\n`)).toBe(true);
    expect(checkedOut()).toBe(1);
    await reader.cancel();

    await noLeakedConnection();
  });

  it("ends with an error, keeps the process alive and gives the pool its slot back when the database drops the connection", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: 20_000 });
    const stream = await streamConsentingSignersCsv({ pool, campaignId: campaign.id });
    const chunks = stream[Symbol.asyncIterator]();
    await chunks.next();

    const { rows } = await pool.query(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%"consentUpdates"%ORDER BY "confirmedAt"%'`,
    );
    expect(rows).toEqual([{ killed: true }]);
    await expect(async () => {
      for (let next = await chunks.next(); !next.done; next = await chunks.next());
    }).rejects.toThrow(/terminat|ECONNRESET/);

    await noLeakedConnection();
  });

  it("releases its connection when the query fails", async () => {
    const stream = await streamConsentingSignersCsv({ pool: database.pool, campaignId: "not-a-uuid" });
    await expect(readAll(stream)).rejects.toThrow(/uuid/);
    await noLeakedConnection();
  });
});
