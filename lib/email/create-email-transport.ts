import type { Db } from "../db";
import type { Env } from "../env";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import type { EmailTransport } from "./email-transport";
import { createResendTransport } from "./resend-transport";

export function createEmailTransport(env: Env, db: Db): EmailTransport {
  return env.RESEND_API_KEY ? createResendTransport(env.RESEND_API_KEY) : createDevMailboxTransport(db);
}
