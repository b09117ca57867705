import "server-only";
import type { Db } from "../db";

/**
 * Reports nobody has handled yet, oldest first, with the reporter's email (moderators only:
 * this is never shown on a public page) and the reported campaign's status.
 */
export function listOpenReports({ db, limit = 100 }: { db: Db; limit?: number }) {
  return db.campaignReport.findMany({
    where: { status: "OPEN" },
    select: {
      id: true,
      reason: true,
      reporterEmail: true,
      createdAt: true,
      campaign: { select: { id: true, slug: true, title: true, status: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}
