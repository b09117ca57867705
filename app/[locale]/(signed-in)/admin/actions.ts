"use server";

import { cookies } from "next/headers";
import { ADMIN_SEARCH_COOKIE } from "@/lib/admin/admin-search-cookie";
import { auditFilterSchema, resumeBroadcastSchema, userAccessSchema, userSearchSchema } from "@/lib/admin/admin-form-schemas";
import { resolveAuditFilter } from "@/lib/admin/resolve-audit-filter";
import { setUserRole } from "@/lib/admin/set-user-role";
import { setUserTrusted } from "@/lib/admin/set-user-trusted";
import { protectedAction } from "@/lib/auth/protected-action";
import { resumeBroadcast } from "@/lib/updates/resume-broadcast";

/** One person's role and trusted flag, from their row on the admin page. */
export const updateUserAccessAction = protectedAction({
  access: "admin",
  schema: userAccessSchema,
  messages: "admin",
  run: async ({ input, person, db }) => {
    const role = await setUserRole({ db, adminId: person.id, userId: input.userId, role: input.role });
    if (!role.ok) return role;
    const trusted = await setUserTrusted({ db, adminId: person.id, userId: input.userId, trusted: input.trusted === "on" });
    if (!trusted.ok) return trusted;
    return { ok: true, message: "saved" };
  },
});

// Searches and filters travel in a cookie or as ids, never as an email address in a URL
// (URLs end up in proxies' logs and browser history).

export const searchUsersAction = protectedAction({
  access: "admin",
  schema: userSearchSchema,
  messages: "admin",
  run: async ({ input }) => {
    const jar = await cookies();
    // Emails are stored lower-case; the page shows the search as it is matched.
    if (input.query) jar.set(ADMIN_SEARCH_COOKIE, input.query.toLowerCase(), { httpOnly: true, sameSite: "strict", path: "/admin", maxAge: 60 * 60 });
    else jar.delete({ name: ADMIN_SEARCH_COOKIE, path: "/admin" });
    return { ok: true, redirectTo: "/admin" };
  },
});

export async function clearUserSearchAction(): Promise<void> {
  (await cookies()).delete({ name: ADMIN_SEARCH_COOKIE, path: "/admin" });
}

export const filterAuditLogAction = protectedAction({
  access: "admin",
  schema: auditFilterSchema,
  messages: "audit",
  run: async ({ input, db }) => {
    const filter = await resolveAuditFilter({ db, campaign: input.campaign, actorEmail: input.actor });
    if (!filter.ok) return filter;
    const query = new URLSearchParams();
    if (filter.campaignId) query.set("campaign", filter.campaignId);
    if (filter.actorId) query.set("actor", filter.actorId);
    return { ok: true, redirectTo: `/admin/audit${query.size ? `?${query}` : ""}` };
  },
});

/** Resumes an update send the provider paused, once the operator has fixed the API key. */
export const resumeBroadcastAction = protectedAction({
  access: "admin",
  schema: resumeBroadcastSchema,
  messages: "admin",
  run: async ({ input, db }) => {
    const result = await resumeBroadcast(db, { broadcastId: input.broadcastId });
    if (!result.ok) return result.code === "NOT_FOUND" ? { ok: false, code: "invalidBroadcast" } : result;
    return { ok: true, message: "resumed" };
  },
});
