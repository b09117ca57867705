import type { Db } from "../db";

/**
 * Whether a queued confirmation email still has a reason to go out: its signature is still
 * pending and no newer confirmation was queued for it since. Each (re-)send stamps the
 * signature's confirmationSentAt with the time its email's idempotency key carries, so an
 * older email of the same signature is known by its earlier stamp. Skipping these before
 * the per-inbox cap keeps a stranger's repeated re-sends from using up the owner's
 * allowance, and a signer who confirmed from the first email gets no stale second one.
 */
export async function confirmationStillDue(db: Db, email: { idempotencyKey: string; payload: { signatureId: string } }): Promise<boolean> {
  const queuedAtMs = Number(email.idempotencyKey.split(":").at(-1));
  const signature = await db.signature.findUnique({
    where: { id: email.payload.signatureId },
    select: { status: true, confirmationSentAt: true },
  });
  if (!signature || signature.status !== "PENDING") return false;
  return !Number.isFinite(queuedAtMs) || signature.confirmationSentAt.getTime() <= queuedAtMs;
}
