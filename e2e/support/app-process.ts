import { spawn } from "node:child_process";
import { freePort } from "../../lib/database/free-port";
import { APP_SECRET } from "./data";
import { DEV_MAILBOX_KEY } from "./mailbox-key";

type AppProcessOptions = {
  /** Added to (or, with undefined, removed from) the environment the process gets. */
  env?: Record<string, string | undefined>;
  /** `chorus` (default): `npm start`'s script; `next-start`: Next.js alone, without the Chorus server. */
  command?: "chorus" | "next-start";
  /** A path that answers 200 once the process is ready. */
  readyPath?: string;
};

/**
 * Another production Chorus process, by default on the same database as the one Playwright
 * started: what a second instance behind a load balancer is. With `env`, the same build
 * started the way an operator might start it.
 */
export async function startAnotherAppProcess(options: AppProcessOptions = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    APP_URL: url,
    APP_SECRET,
    CHORUS_IGNORE_DOTENV: "1",
    DEV_MAILBOX: "1",
    DEV_MAILBOX_KEY,
    ...options.env,
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  // No -H for `next start`: with a hostname other than its default, Next.js proxies its own
  // locale rewrites (to localhost) over HTTP, which fails when localhost is ::1.
  const args = options.command === "next-start" ? ["next", "start", "-p", String(port)] : ["tsx", "scripts/start.ts"];
  const child = spawn("npx", args, { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${url}${options.readyPath ?? "/api/v1/campaigns/save-my-friend"}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`second app process did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    /** What the process printed so far (its console). */
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}
