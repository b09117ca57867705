import { z } from "zod";

// The team forms' fields, shared by the forms and their actions. Messages are keys of the
// "team" namespace (protectedAction looks them up there, then in "forms").
const campaignId = z.uuid("notFound");

export const inviteCoOrganizerSchema = z.object({
  campaignId,
  email: z.string().trim().toLowerCase().max(254, "invalidEmail").pipe(z.email("invalidEmail")),
});

export const removeCoOrganizerSchema = z.object({ campaignId, userId: z.uuid("MEMBER_NOT_FOUND") });

export const cancelInvitationSchema = z.object({ campaignId, invitationId: z.uuid("INVITATION_NOT_FOUND") });
