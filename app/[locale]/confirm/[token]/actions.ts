"use server";

import { redirect } from "next/navigation";
import { getServices } from "@/lib/server/services";
import { notifyOutbox } from "@/lib/email/outbox-signal";
import { confirmSignature } from "@/lib/signatures/confirm-signature";
import { resendConfirmationByToken } from "@/lib/signatures/resend-confirmation";

export type ResendState = { sent: boolean };

export async function confirmSignatureAction(token: string): Promise<void> {
  const { db } = getServices();
  const result = await confirmSignature({ db, token });
  if (result.ok) redirect(`/c/${result.campaignSlug}?confirmed=1`);
  // Otherwise the page, rendered again, explains what is wrong with the link.
  redirect(`/confirm/${encodeURIComponent(token)}`);
}

export async function resendConfirmationAction(token: string): Promise<ResendState> {
  const { db, env } = getServices();
  if (await resendConfirmationByToken({ db, token, secret: env.APP_SECRET })) notifyOutbox();
  // The same answer whether or not an email went out: the page must not reveal more.
  return { sent: true };
}
