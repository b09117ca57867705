// One web process of `npm start`, started by its primary (scripts/start.ts) through Node's
// cluster, with the configuration the primary completed (database, secrets, build) in its
// environment. It serves HTTP, and runs the background jobs when the primary says so.
import cluster from "node:cluster";
import { prefixProcessOutput } from "../lib/observability/process-log-prefix";
import { isToWebProcess } from "../lib/server/web-process-messages";

if (!cluster.isWorker) {
  console.error("scripts/web-process.ts is started by `npm start` (scripts/start.ts), not on its own.");
  process.exit(1);
}
prefixProcessOutput(`web ${cluster.worker!.id}`);

// The primary decides when web processes stop: Ctrl-C in a terminal (SIGINT) and a closed
// terminal (SIGHUP) reach the whole process group, and the primary then stops each of us in turn.
process.on("SIGINT", () => {});
process.on("SIGHUP", () => {});

// Imported only now: the environment is complete.
const { startChorusServer } = await import("../lib/server/chorus-server");
const { startBackgroundJobs } = await import("../lib/jobs/start-background-jobs");
const { logError } = await import("../lib/observability/log-error");

let chorus: Awaited<ReturnType<typeof startChorusServer>>;
try {
  // The primary set PORT, and NODE_ENV from `npm start` or `npm run dev`.
  chorus = await startChorusServer({ port: Number(process.env.PORT), dev: process.env.NODE_ENV === "development" });
} catch (error) {
  logError("start", error);
  process.exit(1);
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await chorus.close().catch((error) => logError("stop", error));
  process.exit(0);
}

process.on("message", (message) => {
  if (!isToWebProcess(message)) return;
  if (message.chorus === "run-jobs") startBackgroundJobs({ force: true });
  else void stop();
});
// Sent to this process alone (kill <pid>): it closes, and the primary starts another.
// (If the primary itself dies, Node's cluster ends this process at once.)
process.on("SIGTERM", () => void stop());
