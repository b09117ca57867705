import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import type { UserRole } from "../generated/prisma/enums";
import type { AdminResult } from "./admin-result";

// Every role change holds this lock until it commits.
const ROLE_LOCK = "chorus.user-roles";

type SetUserRoleOptions = { db: Db; adminId: string; userId: string; role: UserRole };

/**
 * Gives a person a role. Role changes take one lock, one at a time, and check afresh that the
 * one asking is still an admin: two admins removing each other at once leave one admin, and an
 * admin cannot remove their own role, so Chorus always keeps at least one.
 */
export async function setUserRole({ db, adminId, userId, role }: SetUserRoleOptions): Promise<AdminResult> {
  return db.$transaction(async (tx): Promise<AdminResult> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${ROLE_LOCK}))`;
    const admin = await tx.user.findUnique({ where: { id: adminId }, select: { role: true } });
    if (admin?.role !== "ADMIN") return { ok: false, code: "NOT_ADMIN" };
    if (userId === adminId && role !== "ADMIN") return { ok: false, code: "CANNOT_DEMOTE_SELF", field: "role" };

    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!user) return { ok: false, code: "NOT_FOUND" };
    if (user.role === role) return { ok: true, changed: false };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId: adminId, action: "user.role_changed", subject: user.email, before: { role: user.role }, after: { role } });
    return { ok: true, changed: true };
  });
}
