import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** CPU seconds a process (and its finished children) has used, from /proc. */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime, stime, cutime, cstime are fields 14–17 of stat; index 11–14 after the name.
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
  return ticks / TICKS_PER_SECOND;
}

/**
 * Measures the CPU a process and its children (npm start's web processes) used while `work`
 * ran, as a percentage of one core, and that of the database server's process tree when its
 * postmaster pid is given.
 */
export async function withCpuOf<T>(
  pid: number,
  work: () => Promise<T>,
  databasePid?: number,
): Promise<{ result: T; cpuPercent: number; databaseCpuPercent: number | null }> {
  const before = treeCpuSeconds(pid);
  const databaseBefore = databasePid ? treeCpuSeconds(databasePid) : 0;
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  return {
    result,
    cpuPercent: Math.round(((treeCpuSeconds(pid) - before) / seconds) * 100),
    databaseCpuPercent: databasePid ? Math.round(((treeCpuSeconds(databasePid) - databaseBefore) / seconds) * 100) : null,
  };
}

/** A process and all its children (PostgreSQL's backends, say), for CPU accounting. */
export function processTree(rootPid: number): number[] {
  const pids = [rootPid];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === rootPid) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/** CPU seconds of a process tree, children that ended included (through the root's cutime). */
export function treeCpuSeconds(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => {
    try {
      return sum + cpuSecondsOf(pid);
    } catch {
      return sum;
    }
  }, 0);
}
