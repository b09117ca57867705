import "server-only";
import { decideAccess, needsCampaign, type Access, type AccessDecision, type CampaignMembership } from "./access";
import { findMembership, getCurrentPerson } from "./current-person";
import type { Person } from "./person";

export type AccessCheck = { decision: AccessDecision; person: Person | null; membership: CampaignMembership };

/** Who is asking and whether they may: the one place every page, action and route asks. */
export async function checkAccess(access: Access, campaignId?: string | null): Promise<AccessCheck> {
  const person = await getCurrentPerson();
  let membership: CampaignMembership = null;
  if (person && needsCampaign(access)) membership = campaignId ? await findMembership(person.id, campaignId) : null;
  return { decision: decideAccess(access, person, membership), person, membership };
}
