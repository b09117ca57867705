import { randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { e2eDb } from "./database";
import { uniqueEmail } from "./data";

export type TestPerson = { id: string; email: string };

/** A user as an admin would have made them: a role, trusted or not. */
export async function createPerson(options: { email?: string; role?: "USER" | "MODERATOR" | "ADMIN"; trusted?: boolean } = {}): Promise<TestPerson> {
  const email = (options.email ?? uniqueEmail("organizer")).toLowerCase();
  const user = await e2eDb().user.upsert({
    where: { email },
    update: { role: options.role ?? "USER", trusted: options.trusted ?? false },
    create: { email, emailVerified: new Date(), role: options.role ?? "USER", trusted: options.trusted ?? false },
  });
  return { id: user.id, email };
}

/**
 * Signs a browser context in without the magic link (only the sign-in spec goes through
 * the email): a database session and the cookie Auth.js reads, as it would have set them.
 */
export async function signInAs(context: BrowserContext, person: TestPerson): Promise<void> {
  const sessionToken = randomBytes(32).toString("hex");
  await e2eDb().session.create({ data: { sessionToken, userId: person.id, expires: new Date(Date.now() + 86_400_000) } });
  await context.addCookies([
    { name: "authjs.session-token", value: sessionToken, domain: "127.0.0.1", path: "/", httpOnly: true, secure: false, sameSite: "Lax" },
  ]);
}

/** Makes a person a campaign's owner (or co-organizer), as creating it or accepting an invitation would. */
export async function addToTeam(campaignId: string, person: TestPerson, role: "OWNER" | "ORGANIZER" = "OWNER"): Promise<void> {
  await e2eDb().campaignMember.create({ data: { campaignId, userId: person.id, role } });
  if (role === "OWNER") await e2eDb().campaign.update({ where: { id: campaignId }, data: { ownerId: person.id } });
}
