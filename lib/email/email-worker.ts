import type { Db } from "../db";
import { deliverDueEmails } from "./deliver-due-emails";
import type { EmailTransport } from "./email-transport";
import type { RecipientLimits } from "./recipient-cap";
import { onOutboxEnqueued } from "./outbox-signal";
import type { SendRateLimiter } from "./send-rate-limiter";

type EmailWorkerOptions = {
  db: Db;
  transport: EmailTransport;
  from: string;
  appUrl: string;
  secret: string;
  pollMs: number;
  recipientLimits?: RecipientLimits;
  rateLimiter?: SendRateLimiter;
};

/** Drains the outbox whenever this process enqueues an email, and on a timer for the rest. */
export function startEmailWorker(options: EmailWorkerOptions): { stop: () => Promise<void> } {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const drain = async () => {
    do {
      again = false;
      try {
        while (!stopped && (await deliverDueEmails(options)) > 0) {
          // keep going while there is work
        }
      } catch (error) {
        console.error("[email] delivery round failed:", (error as Error).message);
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
