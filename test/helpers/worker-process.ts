import { spawn, type ChildProcess } from "node:child_process";

/**
 * A real `npm run worker` process (scripts/worker.ts) against a test database and the
 * Resend stand-in, for the crash tests and the benchmark. Its output is kept for failures.
 */
export function spawnWorker(env: Record<string, string>, nodeArgs: string[] = []): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, NODE_ENV: "production", CHORUS_IGNORE_DOTENV: "1", WORKER: "on", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}
