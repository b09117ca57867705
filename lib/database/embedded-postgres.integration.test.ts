import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { makeTemporaryDataParent, passwordFileFor, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { postgresUser } from "./postgres-user";

const folders: string[] = [];
const servers: RunningPostgres[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function start(dataDir: string) {
  const server = await startEmbeddedPostgres({ dataDir, persistent: true, quiet: true });
  servers.push(server);
  return server;
}

async function stop(server: RunningPostgres) {
  servers.splice(servers.indexOf(server), 1);
  await server.stop();
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function withPassword(url: string, password: string) {
  const changed = new URL(url);
  changed.password = password;
  return changed.toString();
}

const mode = (file: string) => statSync(file).mode & 0o777;

describe("startEmbeddedPostgres", () => {
  it("gives each new cluster its own random password, kept at mode 0600 beside the data", async () => {
    const parent = await makeTemporaryDataParent("chorus-pw-");
    folders.push(parent);
    const first = await start(path.join(parent, "one"));
    const second = await start(path.join(parent, "two"));
    const firstPassword = new URL(first.url("postgres")).password;
    const secondPassword = new URL(second.url("postgres")).password;

    expect(firstPassword.length).toBeGreaterThanOrEqual(24);
    expect(firstPassword).not.toBe(secondPassword);
    expect(firstPassword).not.toBe("chorus");
    for (const [dataDir, password] of [
      [path.join(parent, "one"), firstPassword],
      [path.join(parent, "two"), secondPassword],
    ] as const) {
      expect(mode(passwordFileFor(dataDir))).toBe(0o600);
      expect(readFileSync(passwordFileFor(dataDir), "utf8").trim()).toBe(decodeURIComponent(password));
    }
    expect(await query(first.url("postgres"), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await expect(query(withPassword(first.url("postgres"), "chorus"), "SELECT 1")).rejects.toThrow(/password/);
  }, 180_000);

  it("leaves the mode of a private folder above the data alone", async () => {
    // A folder like a home folder or `mktemp -d`: 0700, made by the user, not by Chorus.
    const privateFolder = await mkdtemp(path.join(os.tmpdir(), "chorus-private-"));
    folders.push(privateFolder);
    expect(mode(privateFolder)).toBe(0o700);
    const dataDir = path.join(privateFolder, "data");
    if (postgresUser()) {
      // As root, the postgres user cannot reach it: refused with the remedy, nothing opened.
      await expect(start(dataDir)).rejects.toThrow(/postgres user, who cannot reach .*DATABASE_URL/s);
    } else {
      await start(dataDir);
    }
    expect(mode(privateFolder)).toBe(0o700);
  }, 180_000);

  it("moves a cluster made with the old fixed password to a random one", async () => {
    const parent = await makeTemporaryDataParent("chorus-legacy-");
    folders.push(parent);
    const dataDir = path.join(parent, "data");
    // A cluster as the old code left it: superuser password "chorus", no password file.
    const made = await start(dataDir);
    await query(made.url("postgres"), "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
    await query(made.url("postgres"), "ALTER ROLE chorus WITH PASSWORD 'chorus'");
    await stop(made);
    await unlink(passwordFileFor(dataDir));

    const restarted = await start(dataDir);
    const password = decodeURIComponent(new URL(restarted.url("postgres")).password);
    expect(password).not.toBe("chorus");
    expect(mode(passwordFileFor(dataDir))).toBe(0o600);
    expect(readFileSync(passwordFileFor(dataDir), "utf8").trim()).toBe(password);
    expect(existsSync(`${passwordFileFor(dataDir)}.pending`)).toBe(false);
    expect(await query(restarted.url("postgres"), "SELECT id FROM kept")).toEqual([{ id: 7 }]);
    await expect(query(withPassword(restarted.url("postgres"), "chorus"), "SELECT 1")).rejects.toThrow(/password/);
  }, 240_000);
});
