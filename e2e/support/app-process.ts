import { spawn } from "node:child_process";
import { freePort } from "../../lib/database/free-port";
import { APP_SECRET } from "./data";

/**
 * Another production Chorus process on the same database as the one Playwright started:
 * what a second instance behind a load balancer is.
 */
export async function startAnotherAppProcess() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), APP_URL: url, APP_SECRET, CHORUS_IGNORE_DOTENV: "1", DEV_MAILBOX: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/v1/campaigns/save-my-friend`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`second app process did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}
