import type { Db } from "../db";
import type { Locale } from "../i18n/locales";
import { enqueueEmail } from "../email/enqueue-email";
import { notifyOutbox } from "../email/outbox-signal";
import { signInLinkPath } from "./sign-in-link";

type SendSignInEmailOptions = { db: Db; email: string; token: string; callbackUrl: string; locale: Locale };

/**
 * Puts the magic-link email in the outbox (Resend, or the development mailbox), in the
 * visitor's language. Each link is a new message: its token is new each time.
 */
export async function sendSignInEmail({ db, email, token, callbackUrl, locale }: SendSignInEmailOptions): Promise<void> {
  await db.$transaction((tx) =>
    enqueueEmail({
      tx,
      idempotencyKey: `sign-in:${token.slice(0, 16)}`,
      to: email,
      locale,
      payload: { kind: "notice", template: "authEmail.signIn", params: { email }, path: signInLinkPath({ token, email, callbackUrl }) },
    }),
  );
  notifyOutbox();
}
