import type { Db } from "../db";
import { recipientKey } from "../email/recipient-key";

export type ResubscribeSignatureResult =
  | { ok: true }
  | { ok: false; code: "NOT_FOUND" | "NOT_CONSENTED" | "WITHDRAWN" };

/**
 * Undoes the signer's own unsubscribes: this campaign's (unsubscribedAt) and a "stop all
 * email from this site" for their inbox. Only for a signature that consented to updates
 * (re-subscribing must not create a consent that was never given) and is not withdrawn.
 * A bounce or complaint stays: the provider's word, not the person's, is what stops it.
 * One transaction; repeating it changes nothing.
 */
export async function resubscribeSignature(
  db: Db,
  options: { secret: string; signatureId: string },
): Promise<ResubscribeSignatureResult> {
  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findUnique({
      where: { id: options.signatureId },
      select: { email: true, consentUpdates: true, status: true },
    });
    if (!signature) return { ok: false, code: "NOT_FOUND" } as const;
    if (signature.status === "WITHDRAWN") return { ok: false, code: "WITHDRAWN" } as const;
    if (!signature.consentUpdates) return { ok: false, code: "NOT_CONSENTED" } as const;
    await tx.signature.updateMany({
      where: { id: options.signatureId, consentUpdates: true, status: { not: "WITHDRAWN" } },
      data: { unsubscribedAt: null },
    });
    await tx.emailSuppression.deleteMany({
      where: { addressKey: recipientKey(options.secret, signature.email), reason: "UNSUBSCRIBED_ALL" },
    });
    return { ok: true } as const;
  });
}
