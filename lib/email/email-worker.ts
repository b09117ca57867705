import type { Db } from "../db";
import { deliverDueEmails } from "./deliver-due-emails";
import type { EmailTransport } from "./email-transport";
import type { RecipientLimits } from "./recipient-cap";
import { startDrainLoop } from "../jobs/drain-loop";
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
  return startDrainLoop({ name: "email", pollMs: options.pollMs, round: () => deliverDueEmails(options) });
}
