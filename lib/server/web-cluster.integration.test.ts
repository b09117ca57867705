import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { createTestDatabase, TEST_SECRET, type TestDatabase } from "../../test/helpers/test-database";
import { freePort } from "../database/free-port";

// `npm start` for real (scripts/start.ts: the primary and its web processes, a production
// build, a real PostgreSQL), with two web processes, observed from outside: through the
// diagnostics endpoint (which says which process answered and whether it runs the jobs),
// the processes' own log lines, and /proc.
const TOKEN = "cluster-diagnostics-token-cluster-diagnostics";
type Answer = { pid: number; webProcess: number | null; jobs: boolean };

let database: TestDatabase;
let slug: string;
let base: string;
let primary: ChildProcess;
let output = "";
let exited: Promise<number | null>;

/** A GET on a connection of its own, as a new visitor makes: the cluster hands connections out in turn. */
function getOnNewConnection(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { agent: false, headers, timeout: 60_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.on("timeout", () => request.destroy(new Error("no answer in 60 s")));
  });
}

async function whoAnswers(): Promise<Answer> {
  const { status, body } = await getOnNewConnection("/__chorus/memory", { authorization: `Bearer ${TOKEN}` });
  expect(status).toBe(200);
  return JSON.parse(body) as Answer;
}

/** The web processes seen answering over a few new connections, by pid. */
async function processesAnswering(connections = 12): Promise<Map<number, Answer>> {
  const seen = new Map<number, Answer>();
  for (let index = 0; index < connections; index++) {
    const answer = await whoAnswers();
    seen.set(answer.pid, answer);
  }
  return seen;
}

const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
const jobHolders = (seen: Map<number, Answer>) => [...seen.values()].filter((answer) => answer.jobs).map((answer) => answer.pid);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const jobsStartedLines = () => output.split("\n").filter((line) => /^\[web \d+\] \[jobs\] .*started/.test(line));

async function waitForOutput(text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(text)) {
    if (primary.exitCode !== null) throw new Error(`npm start exited (${primary.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" after ${timeoutMs} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  slug = (await publishedCampaign(database.db)).slug;
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  primary = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      WEB_CONCURRENCY: "2",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: base,
      APP_SECRET: TEST_SECRET,
      DEV_MAILBOX: "1",
      CHORUS_DIAGNOSTICS: "1",
      CHORUS_DIAGNOSTICS_TOKEN: TOKEN,
      CHORUS_IGNORE_DOTENV: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // Its own process group: afterAll can end the primary and its web processes together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  primary.stdout!.on("data", (chunk) => (output += chunk));
  primary.stderr!.on("data", (chunk) => (output += chunk));
  exited = new Promise((resolve) => primary.on("exit", (code) => resolve(code)));
  // Builds first when there is no production build (about two minutes on 2 cores).
  await waitForOutput("Chorus is running", 300_000);
}, 320_000);

afterEach((context) => {
  // What the processes said, when a test fails.
  if (context.task.result?.state === "fail") console.log(output);
});

afterAll(async () => {
  if (primary?.exitCode === null) {
    process.kill(-primary.pid!, "SIGKILL");
    await exited;
  }
  await database?.drop();
});

describe("npm start with WEB_CONCURRENCY=2", () => {
  it("answers from two web processes, children of the primary, which serves no HTTP itself", async () => {
    const seen = await processesAnswering();
    expect(seen.size).toBe(2);
    for (const pid of seen.keys()) {
      expect(pid).not.toBe(primary.pid);
      expect(parentOf(pid)).toBe(primary.pid);
    }
    expect(new Set([...seen.values()].map((answer) => answer.webProcess)).size).toBe(2);
    // Each process's lines say which one wrote them.
    expect(output).toMatch(/^\[primary\] 2 web processes \(WEB_CONCURRENCY\)/m);
    expect(output).toMatch(/^\[web 1\] /m);
    expect(output).toMatch(/^\[web 2\] /m);
  });

  it("runs the background jobs in exactly one of them", async () => {
    await expect.poll(async () => jobHolders(await processesAnswering()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (let round = 0; round < 3; round++) expect(jobHolders(await processesAnswering())).toHaveLength(1);
    expect(jobsStartedLines()).toHaveLength(1);
  });

  it("replaces a web process that is killed, and the jobs move to a live one", { timeout: 240_000 }, async () => {
    const before = await processesAnswering();
    const [holder] = jobHolders(before);
    process.kill(holder!, "SIGKILL");
    // A connection the primary hands to a process at the instant it dies is lost with it
    // (Node's round-robin; see the README): ask once the primary has seen the death.
    await waitForOutput("died (SIGKILL)", 10_000);
    await expect
      .poll(async () => {
        const seen = await processesAnswering();
        return seen.size === 2 && !seen.has(holder!) && jobHolders(seen).length === 1;
      }, { timeout: 180_000, interval: 250 })
      .toBe(true);
    expect(output).toMatch(/\[primary\] web \d+ died \(SIGKILL\); starting another in \d+ ms/);
    expect(jobHolders(await processesAnswering())).toHaveLength(1);
    // The replaced holder's jobs started once elsewhere.
    expect(jobsStartedLines()).toHaveLength(2);
  });

  it("restarts every web process on SIGUSR2, one at a time, without a failed request", { timeout: 480_000 }, async () => {
    const before = [...(await processesAnswering()).keys()];
    let load = true;
    let answered = 0;
    const failures: string[] = [];
    const check = async (request: () => Promise<{ status: number }>, label: string) => {
      try {
        const { status } = await request();
        if (status === 200) answered++;
        else failures.push(`${label}: HTTP ${status}`);
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message} ${(error as { cause?: Error }).cause?.message ?? ""}`);
      }
    };
    // Visitors keeping their connection (fetch keeps it alive) and visitors arriving anew, on
    // both doors: the JSON API (node:http) and the campaign page (Next.js).
    const paths = [`/api/v1/campaigns/${slug}`, `/c/${slug}`];
    const loops = [0, 1, 2, 3].map(async (loop) => {
      for (let index = 0; load; index++) {
        const path = paths[(loop + index) % 2]!;
        if (loop < 2) await check(() => fetch(`${base}${path}`).then(async (response) => ({ status: (await response.arrayBuffer(), response.status) })), `kept-alive ${path}`);
        else await check(() => getOnNewConnection(path), `new connection ${path}`);
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 500));
    const answeredBefore = answered;
    process.kill(primary.pid!, "SIGUSR2");
    // Minutes on a busy 2-core machine: each new process starts Next.js while the others serve.
    await waitForOutput("Rolling restart done.", 420_000);
    const answeredDuring = answered - answeredBefore;
    await new Promise((resolve) => setTimeout(resolve, 500));
    load = false;
    await Promise.all(loops);

    console.log(`rolling restart: ${answered} requests answered, ${answeredDuring} of them during the restart, ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(answeredDuring).toBeGreaterThan(0);
    const after = await processesAnswering();
    expect(after.size).toBe(2);
    for (const pid of before) expect(after.has(pid)).toBe(false);
    expect(jobHolders(after)).toHaveLength(1);
    expect(output).toMatch(/\[primary\] web \d+ replaced web \d+[^]*\[primary\] web \d+ replaced web \d+/);
  });

  it("stops every web process gracefully on SIGTERM, then exits", async () => {
    const pids = [...(await processesAnswering()).keys()];
    process.kill(primary.pid!, "SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of pids) expect(isAlive(pid)).toBe(false);
    expect(output).toContain("[primary] Stopping…");
  });
});
