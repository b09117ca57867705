import cluster, { type Worker } from "node:cluster";
import { crashesInARow, restartDelayMs } from "./restart-backoff";
import type { ToWebProcess } from "./web-process-messages";

type Options = {
  /** How many web processes. */
  count: number;
  /** The web process's script (run with this process's Node flags, so with tsx's loader too). */
  exec: string;
  /** Whether one of them runs the background jobs (WORKER=on); none does with WORKER=off. */
  runJobs: boolean;
  log: (line: string) => void;
};

type Slot = { worker: Worker; startedAt: number; crashes: number; restartTimer?: NodeJS.Timeout };

/** A web process that has not finished closing after this long is killed (it lets requests run 25 s). */
const STOP_TIMEOUT_MS = 45_000;

/**
 * The web processes of `npm start`, supervised by this (primary) process, which serves no
 * HTTP itself: Node's cluster shares the listening socket and hands each new connection to
 * the web processes in turn. Exactly one of them runs the background jobs at a time; one
 * that dies is replaced (at once, or later when it keeps dying: restart-backoff.ts); a
 * rolling restart replaces them one by one without a gap in service. Resolves once every
 * process listens.
 */
export async function startWebCluster({ count, exec, runJobs, log }: Options) {
  cluster.setupPrimary({ exec });
  const slots: Slot[] = [];
  // Told to stop (by a restart or the shutdown): their exit is expected.
  const retiring = new Set<Worker>();
  // Started by a rolling restart and not listening yet: if one dies, the restart says so.
  const onTrial = new Set<Worker>();
  // Listening at least once: may be given the jobs.
  const listening = new WeakSet<Worker>();
  let jobsHolder: Worker | null = null;
  let stopping = false;
  let restarting: Promise<void> | null = null;

  const send = (worker: Worker, message: ToWebProcess) => {
    if (worker.isConnected()) worker.send(message);
  };

  /** Hands the jobs to a live, listening process when nobody holds them. */
  const assignJobs = () => {
    if (!runJobs || stopping || jobsHolder) return;
    const candidate = slots.find((slot) => !slot.restartTimer && !slot.worker.isDead() && listening.has(slot.worker) && !retiring.has(slot.worker));
    if (!candidate) return;
    jobsHolder = candidate.worker;
    send(candidate.worker, { chorus: "run-jobs" });
    log(`web ${candidate.worker.id} runs the background jobs`);
  };

  /** Starts a web process; `ready` resolves once it listens and rejects if it exits first. */
  const fork = () => {
    // Every web process starts with the jobs off; the one that runs them is told so.
    const worker = cluster.fork({ WORKER: "off" });
    const ready = new Promise<Worker>((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`web ${worker.id} exited before listening (${signal ?? `exit code ${code}`})`));
      worker.once("exit", onExit);
      worker.once("listening", () => {
        listening.add(worker);
        worker.off("exit", onExit);
        resolve(worker);
      });
    });
    return { worker, ready };
  };

  /** Asks a process to close gracefully, and kills it if it takes too long. Resolves once it has exited. */
  const retire = (worker: Worker): Promise<void> => {
    if (worker.isDead()) return Promise.resolve();
    retiring.add(worker);
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    send(worker, { chorus: "stop" });
    const killer = setTimeout(() => worker.process.kill("SIGKILL"), STOP_TIMEOUT_MS);
    return exited.finally(() => clearTimeout(killer));
  };

  const replace = (slot: Slot) => {
    slot.restartTimer = undefined;
    if (stopping) return;
    const { worker, ready } = fork();
    slot.worker = worker;
    slot.startedAt = Date.now();
    // One that dies before listening is a crash like any other: the exit handler backs off.
    ready.then(assignJobs, (error: Error) => log(error.message));
  };

  cluster.on("exit", (worker, code, signal) => {
    if (worker === jobsHolder) jobsHolder = null;
    if (retiring.delete(worker) || onTrial.has(worker) || stopping) {
      assignJobs();
      return;
    }
    const slot = slots.find((candidate) => candidate.worker === worker);
    if (slot && !slot.restartTimer) {
      slot.crashes = crashesInARow(slot.crashes, Date.now() - slot.startedAt);
      const delay = restartDelayMs(slot.crashes);
      log(`web ${worker.id} died (${signal ?? `exit code ${code}`}); starting another in ${delay} ms`);
      slot.restartTimer = setTimeout(() => replace(slot), delay);
    }
    assignJobs();
  });

  // The first processes start together; if one cannot start (a port in use, a broken
  // build), `npm start` stops with its reason rather than retrying forever.
  const first = Array.from({ length: count }, () => fork());
  const started = await Promise.allSettled(first.map((process) => process.ready));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    stopping = true;
    await Promise.all(first.map((process) => retire(process.worker)));
    throw (failure as PromiseRejectedResult).reason;
  }
  for (const { worker } of first) slots.push({ worker, startedAt: Date.now(), crashes: 0 });
  assignJobs();

  /** Replaces each process in turn: start the new one, wait until it listens, then close the old one. */
  const rollingRestart = async () => {
    for (const slot of slots) {
      if (stopping) return;
      if (slot.restartTimer) continue; // a replacement is on its way already
      const old = slot.worker;
      const { worker: fresh, ready } = fork();
      onTrial.add(fresh);
      try {
        await ready;
      } catch (error) {
        log(`rolling restart stopped: ${(error as Error).message}; web ${old.id} keeps serving`);
        return;
      } finally {
        onTrial.delete(fresh);
      }
      slot.worker = fresh;
      slot.startedAt = Date.now();
      slot.crashes = 0;
      await retire(old);
      // The old process stopped its jobs as it closed; the exit handler has handed them on.
      log(`web ${fresh.id} replaced web ${old.id}`);
    }
  };

  return {
    /** The live web processes' pids. */
    pids: () => slots.map((slot) => slot.worker.process.pid),
    /** Replaces every web process, one at a time. Asked again while one runs, it waits for that one. */
    restart(): Promise<void> {
      restarting ??= rollingRestart().finally(() => {
        restarting = null;
      });
      return restarting;
    },
    /** Closes every web process gracefully (requests in flight finish); resolves once all have exited. */
    async stop(): Promise<void> {
      stopping = true;
      for (const slot of slots) clearTimeout(slot.restartTimer);
      await Promise.all(Object.values(cluster.workers ?? {}).map((worker) => (worker ? retire(worker) : undefined)));
    },
  };
}
