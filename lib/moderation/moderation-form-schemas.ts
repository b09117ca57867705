import { z } from "zod";
import { moderationReasonSchema } from "./moderation-reason";

// What the moderation forms send; messages are keys in the "moderation" namespace.

const id = z.uuid({ error: "staleForm" });

export const campaignDecisionSchema = z.object({ campaignId: id });

export const reasonedDecisionSchema = z.object({ campaignId: id, reason: moderationReasonSchema });

export const reportDecisionSchema = z
  .object({
    reportId: id,
    outcome: z.enum(["DISMISSED", "ACTIONED"], { error: "staleForm" }),
    /** The "also unpublish" box: present only when ticked. */
    unpublish: z.literal("on", { error: "staleForm" }).optional(),
    reason: z.string().optional(),
  })
  .superRefine((form, context) => {
    if (form.outcome !== "ACTIONED" || !form.unpublish) return;
    const reason = moderationReasonSchema.safeParse(form.reason ?? "");
    if (!reason.success) context.addIssue({ code: "custom", path: ["reason"], message: reason.error.issues[0]!.message });
  });
