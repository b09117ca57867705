import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";

export const AUDIT_ENTRIES_PER_PAGE = 50;

type ListAuditLogOptions = {
  db: Db;
  /** Only entries about this campaign (its id). */
  campaignId?: string | null;
  /** Only entries by this person (their user id). */
  actorId?: string | null;
  page?: number;
};

/** The audit log, newest first, 50 to a page, with who acted and which campaign it was about. */
export async function listAuditLog({ db, campaignId, actorId, page = 1 }: ListAuditLogOptions) {
  const where: Prisma.AuditLogWhereInput = {
    ...(campaignId ? { campaignId } : {}),
    ...(actorId ? { actorId } : {}),
  };
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: {
        id: true,
        action: true,
        subject: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { id: true, email: true } },
        campaign: { select: { id: true, slug: true, title: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(page, 1) - 1) * AUDIT_ENTRIES_PER_PAGE,
      take: AUDIT_ENTRIES_PER_PAGE,
    }),
    db.auditLog.count({ where }),
  ]);
  return { entries, total, pages: Math.max(1, Math.ceil(total / AUDIT_ENTRIES_PER_PAGE)) };
}
