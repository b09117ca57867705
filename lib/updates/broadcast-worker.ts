import { onOutboxEnqueued } from "../email/outbox-signal";
import { deliverBroadcastBatches, type DeliverBroadcastOptions } from "./deliver-broadcast-batches";

type BroadcastWorkerOptions = Omit<DeliverBroadcastOptions, "clock"> & { pollMs: number };

/**
 * Sends update batches while there are any: at once when this process starts a broadcast
 * (the outbox signal), and on a timer for batches other processes started or that are due
 * for a retry. Any number of these, in any number of processes, share the work.
 */
export function startBroadcastWorker(options: BroadcastWorkerOptions): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const drain = async () => {
    do {
      again = false;
      try {
        while (!stopped && (await deliverBroadcastBatches(options)) > 0) {
          // keep going while batches are due
        }
      } catch (error) {
        console.error("[broadcast] delivery round failed:", (error as Error).message);
      }
    } while (again && !stopped);
  };

  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = null;
    });
  };

  const schedule = () => {
    timer = setTimeout(() => {
      wake();
      if (!stopped) schedule();
    }, options.pollMs);
    timer.unref();
  };

  const unsubscribe = onOutboxEnqueued(wake);
  wake();
  schedule();

  return {
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}
