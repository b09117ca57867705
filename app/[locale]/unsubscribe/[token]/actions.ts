"use server";

import { redirect } from "next/navigation";
import { getServices } from "@/lib/server/services";
import { withdrawSignature } from "@/lib/signatures/withdraw-signature";
import { resubscribeSignature } from "@/lib/unsubscribe/resubscribe-signature";
import { suppressAllEmail } from "@/lib/unsubscribe/suppress-all-email";
import { unsubscribeSignature } from "@/lib/unsubscribe/unsubscribe-signature";
import { verifyUnsubscribeToken } from "@/lib/unsubscribe/unsubscribe-token";
import type { PreferenceOutcome } from "./outcomes";

// The unsubscribe page's buttons. The signed token is the proof (no sign-in); a forged or
// altered one changes nothing and lands on the page, which says the link is not valid.
// Each ends on the page again, with what was done in the address for its status message.

function pageFor(token: string, done?: PreferenceOutcome): never {
  redirect(`/unsubscribe/${encodeURIComponent(token)}${done ? `?done=${done}` : ""}`);
}

function signatureFor(token: string): string {
  const signatureId = verifyUnsubscribeToken(getServices().env.APP_SECRET, String(token));
  return signatureId ?? pageFor(token);
}

export async function unsubscribeAction(token: string): Promise<void> {
  const result = await unsubscribeSignature(getServices().db, { signatureId: signatureFor(token) });
  pageFor(token, result.ok ? "unsubscribed" : "failed");
}

export async function stopAllEmailAction(token: string): Promise<void> {
  const { db, env } = getServices();
  const signatureId = signatureFor(token);
  const signature = await db.signature.findUnique({ where: { id: signatureId }, select: { email: true } });
  if (!signature) pageFor(token, "failed");
  await suppressAllEmail(db, { secret: env.APP_SECRET, address: signature.email, reason: "UNSUBSCRIBED_ALL" });
  pageFor(token, "stopped-all");
}

export async function resubscribeAction(token: string): Promise<void> {
  const { db, env } = getServices();
  const result = await resubscribeSignature(db, { secret: env.APP_SECRET, signatureId: signatureFor(token) });
  pageFor(token, result.ok ? "resubscribed" : "failed");
}

export async function withdrawAction(token: string): Promise<void> {
  const result = await withdrawSignature(getServices().db, { signatureId: signatureFor(token) });
  pageFor(token, result.ok ? "withdrawn" : "failed");
}
