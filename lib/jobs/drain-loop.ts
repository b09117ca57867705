import { onOutboxEnqueued } from "../email/outbox-signal";

type DrainLoopOptions = {
  /** For log lines: "[email] delivery round failed". */
  name: string;
  pollMs: number;
  /** One round of work; returns how many items it took, so the loop goes on while there are any. */
  round: () => Promise<number>;
};

/**
 * Runs `round` while it finds work: at once when this process enqueues something (the outbox
 * signal), and on a timer for work other processes enqueued or that is due for a retry. One
 * drain at a time per loop; a wake-up during a drain makes it go round once more.
 */
export function startDrainLoop({ name, pollMs, round }: DrainLoopOptions): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const drain = async () => {
    do {
      again = false;
      try {
        while (!stopped && (await round()) > 0) {
          // keep going while there is work
        }
      } catch (error) {
        console.error(`[${name}] delivery round failed:`, (error as Error).message);
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
    }, pollMs);
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
