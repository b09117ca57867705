import "server-only";
import { getDb } from "../db";
import type { CampaignMembership } from "./access";
import { auth } from "./auth";
import type { Person } from "./person";

/** The signed-in person, from the session cookie and the Session table; null when nobody is. */
export async function getCurrentPerson(): Promise<Person | null> {
  const session = await auth();
  return session?.person ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person's place on a campaign's team, or null (also for an id that is not one). */
export async function findMembership(personId: string, campaignId: string): Promise<CampaignMembership> {
  if (!UUID.test(campaignId)) return null;
  const member = await getDb().campaignMember.findUnique({
    where: { campaignId_userId: { campaignId, userId: personId } },
    select: { role: true },
  });
  return member;
}
