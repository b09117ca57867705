import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { Access, CampaignMembership } from "./access";
import { checkAccess } from "./check-access";
import type { Person } from "./person";

/**
 * For organizer, moderator and admin pages: nobody signed in goes to the sign-in page and
 * comes back after; a campaign that is not theirs is a 404; a role they lack is a 403.
 */
export async function requirePageAccess(
  access: Access,
  { returnTo, campaignId }: { returnTo: string; campaignId?: string },
): Promise<{ person: Person; membership: CampaignMembership }> {
  const { decision, person, membership } = await checkAccess(access, campaignId);
  switch (decision) {
    case "unauthenticated":
      redirect(`/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
    case "notFound":
      notFound();
    case "forbidden":
      forbidden();
    case "allowed":
      return { person: person!, membership };
  }
}
