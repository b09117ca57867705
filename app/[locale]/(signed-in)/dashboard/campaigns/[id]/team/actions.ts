"use server";

import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { protectedAction } from "@/lib/auth/protected-action";
import type { Locale } from "@/lib/i18n/locales";
import { cancelInvitation } from "@/lib/team/cancel-invitation";
import { inviteCoOrganizer } from "@/lib/team/invite-co-organizer";
import { removeCoOrganizer } from "@/lib/team/remove-co-organizer";
import { cancelInvitationSchema, inviteCoOrganizerSchema, removeCoOrganizerSchema } from "@/lib/team/team-input";

// Only the owner changes the team (the wrapper answers a co-organizer with "forbidden");
// the domain functions check it again inside their transactions.

export const inviteCoOrganizerAction = protectedAction({
  access: "campaignOwner",
  schema: inviteCoOrganizerSchema,
  messages: "team",
  async run({ input, person, db }) {
    const locale = (await getLocale()) as Locale;
    const result = await inviteCoOrganizer({ db, campaignId: input.campaignId, actorId: person.id, email: input.email, locale });
    if (!result.ok) return { ok: false, code: result.code, field: result.code === "NOT_OWNER" ? undefined : "email" };
    refresh();
    return { ok: true, message: "invited" };
  },
});

export const removeCoOrganizerAction = protectedAction({
  access: "campaignOwner",
  schema: removeCoOrganizerSchema,
  messages: "team",
  async run({ input, person, db }) {
    const result = await removeCoOrganizer({ db, campaignId: input.campaignId, actorId: person.id, userId: input.userId });
    if (!result.ok) return result;
    refresh();
    return { ok: true, message: "removed" };
  },
});

export const cancelInvitationAction = protectedAction({
  access: "campaignOwner",
  schema: cancelInvitationSchema,
  messages: "team",
  async run({ input, person, db }) {
    const result = await cancelInvitation({ db, campaignId: input.campaignId, actorId: person.id, invitationId: input.invitationId });
    if (!result.ok) return result;
    refresh();
    return { ok: true, message: "cancelled" };
  },
});
