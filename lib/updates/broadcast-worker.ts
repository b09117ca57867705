import { startDrainLoop } from "../jobs/drain-loop";
import { deliverBroadcastBatches, type DeliverBroadcastOptions } from "./deliver-broadcast-batches";

type BroadcastWorkerOptions = Omit<DeliverBroadcastOptions, "clock"> & { pollMs: number };

/**
 * Sends update batches while there are any: at once when this process starts a broadcast
 * (the outbox signal), and on a timer for batches other processes started or that are due
 * for a retry. Any number of these, in any number of processes, share the work.
 */
export function startBroadcastWorker(options: BroadcastWorkerOptions): { stop: () => Promise<void> } {
  return startDrainLoop({ name: "broadcast", pollMs: options.pollMs, round: () => deliverBroadcastBatches(options) });
}
