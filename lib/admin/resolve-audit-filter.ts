import "server-only";
import type { Db } from "../db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type AuditFilterInput = { db: Db; campaign?: string | null; actorEmail?: string | null };

export type AuditFilter =
  | { ok: true; campaignId: string | null; actorId: string | null }
  | { ok: false; code: "CAMPAIGN_NOT_FOUND" | "ACTOR_NOT_FOUND"; field: "campaign" | "actor" };

/**
 * Turns what an admin typed (a campaign's address or id; a person's email) into ids, so the
 * filtered page's URL carries ids and never an email address.
 */
export async function resolveAuditFilter({ db, campaign, actorEmail }: AuditFilterInput): Promise<AuditFilter> {
  let campaignId: string | null = null;
  const campaignText = campaign?.trim().replace(/^.*\/c\//, "").replace(/[/?#].*$/, "");
  if (campaignText) {
    const found = await db.campaign.findFirst({
      where: UUID.test(campaignText) ? { OR: [{ id: campaignText }, { slug: campaignText }] } : { slug: campaignText },
      select: { id: true },
    });
    if (!found) return { ok: false, code: "CAMPAIGN_NOT_FOUND", field: "campaign" };
    campaignId = found.id;
  }
  let actorId: string | null = null;
  const email = actorEmail?.trim().toLowerCase();
  if (email) {
    const found = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (!found) return { ok: false, code: "ACTOR_NOT_FOUND", field: "actor" };
    actorId = found.id;
  }
  return { ok: true, campaignId, actorId };
}
