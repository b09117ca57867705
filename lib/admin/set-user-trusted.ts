import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import type { AdminResult } from "./admin-result";

type SetUserTrustedOptions = { db: Db; adminId: string; userId: string; trusted: boolean };

/** Marks an organizer trusted (their campaigns publish without review) or takes it back. */
export async function setUserTrusted({ db, adminId, userId, trusted }: SetUserTrustedOptions): Promise<AdminResult> {
  return db.$transaction(async (tx): Promise<AdminResult> => {
    const admin = await tx.user.findUnique({ where: { id: adminId }, select: { role: true } });
    if (admin?.role !== "ADMIN") return { ok: false, code: "NOT_ADMIN" };
    // Only a row whose flag differs changes, so a double submit writes one audit row.
    const [user] = await tx.user.updateManyAndReturn({ where: { id: userId, trusted: !trusted }, data: { trusted }, select: { email: true } });
    if (!user) {
      const exists = await tx.user.count({ where: { id: userId } });
      return exists ? { ok: true, changed: false } : { ok: false, code: "NOT_FOUND" };
    }
    await recordAudit(tx, { actorId: adminId, action: "user.trust_changed", subject: user.email, before: { trusted: !trusted }, after: { trusted } });
    return { ok: true, changed: true };
  });
}
