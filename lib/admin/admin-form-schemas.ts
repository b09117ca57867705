import { z } from "zod";

// What the admin forms send; messages are keys in the "admin" and "audit" namespaces.

export const userAccessSchema = z.object({
  userId: z.uuid({ error: "staleForm" }),
  role: z.enum(["USER", "MODERATOR", "ADMIN"], { error: "invalidRole" }),
  /** The checkbox: present only when ticked. */
  trusted: z.literal("on", { error: "staleForm" }).optional(),
});

export const userSearchSchema = z.object({ query: z.string().trim().max(200, { error: "searchTooLong" }).default("") });

export const auditFilterSchema = z.object({
  campaign: z.string().trim().max(300).default(""),
  actor: z.string().trim().max(320).default(""),
});

/** Resuming a paused update send, from the admin page. */
export const resumeBroadcastSchema = z.object({
  broadcastId: z.uuid({ error: "invalidBroadcast" }),
});
