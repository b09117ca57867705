/** What the primary of `npm start` tells a web process (over the cluster's IPC channel). */
export type ToWebProcess =
  /** Run the background jobs here (exactly one web process does). */
  | { chorus: "run-jobs" }
  /** Close gracefully (requests in flight finish) and exit. */
  | { chorus: "stop" };

export function isToWebProcess(message: unknown): message is ToWebProcess {
  const value = (message as { chorus?: unknown } | null)?.chorus;
  return value === "run-jobs" || value === "stop";
}
