import type { Prisma } from "../generated/prisma/client";
import type { DbTx } from "../db";

export type AuditEntry = {
  actorId: string | null;
  /** What happened, as "area.verb": "campaign.submitted", "team.invited", "user.role_changed". */
  action: string;
  campaignId?: string | null;
  /** What the action was about when it is not the campaign itself (an email, a user id). */
  subject?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Writes one audit row in the caller's transaction, so the log and the change commit together. */
export async function recordAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      campaignId: entry.campaignId ?? null,
      subject: entry.subject ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
