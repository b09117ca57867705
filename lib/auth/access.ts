import { isAdmin, isModerator, type Person } from "./person";

/**
 * What an action needs from the person asking. Campaign rights belong to the campaign's
 * team only: moderators and admins decide what goes live, but they do not see a
 * campaign's signers (names, emails) unless they are on its team.
 */
export type Access = "signedIn" | "moderator" | "admin" | "campaignOrganizer" | "campaignOwner";

export type CampaignMembership = { role: "OWNER" | "ORGANIZER" } | null;

/**
 * The answer, as the HTTP status it becomes: 401 nobody signed in; 404 a campaign the
 * person has no part in (its existence is not confirmed to them); 403 signed in but not
 * allowed (a co-organizer asking for an owner's action, a user asking for moderation).
 */
export type AccessDecision = "allowed" | "unauthenticated" | "notFound" | "forbidden";

export function decideAccess(access: Access, person: Person | null, membership: CampaignMembership): AccessDecision {
  if (!person) return "unauthenticated";
  switch (access) {
    case "signedIn":
      return "allowed";
    case "moderator":
      return isModerator(person) ? "allowed" : "forbidden";
    case "admin":
      return isAdmin(person) ? "allowed" : "forbidden";
    case "campaignOrganizer":
      return membership ? "allowed" : "notFound";
    case "campaignOwner":
      if (!membership) return "notFound";
      return membership.role === "OWNER" ? "allowed" : "forbidden";
  }
}

export function needsCampaign(access: Access): boolean {
  return access === "campaignOrganizer" || access === "campaignOwner";
}

export const ACCESS_STATUS: Record<Exclude<AccessDecision, "allowed">, number> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
};
