import type { Db } from "../db";

export type UnsubscribeSignatureResult = { ok: true; changed: boolean } | { ok: false; code: "NOT_FOUND" };

/**
 * Stops this campaign's emails to one signer (the link in each email, and RFC 8058's
 * one-click POST). consentUpdates stays as the record of the consent once given; the
 * delivery engine skips signatures with unsubscribedAt set. One statement; a repeat keeps
 * the first time and changes nothing.
 */
export async function unsubscribeSignature(db: Db, options: { signatureId: string; now?: Date }): Promise<UnsubscribeSignatureResult> {
  const now = options.now ?? new Date();
  const updated = await db.signature.updateMany({
    where: { id: options.signatureId, unsubscribedAt: null },
    data: { unsubscribedAt: now },
  });
  if (updated.count > 0) return { ok: true, changed: true };
  const exists = await db.signature.count({ where: { id: options.signatureId } });
  return exists ? { ok: true, changed: false } : { ok: false, code: "NOT_FOUND" };
}
