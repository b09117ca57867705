import { describe, expect, it } from "vitest";
import { decideAccess, type Access } from "./access";
import type { Person } from "./person";

const person = (role: Person["role"]): Person => ({ id: "p", email: "p@example.org", role, trusted: false });

describe("decideAccess", () => {
  const table: [Access, Person | null, "OWNER" | "ORGANIZER" | null, string][] = [
    ["signedIn", null, null, "unauthenticated"],
    ["signedIn", person("USER"), null, "allowed"],
    ["moderator", person("USER"), null, "forbidden"],
    ["moderator", person("MODERATOR"), null, "allowed"],
    ["moderator", person("ADMIN"), null, "allowed"],
    ["admin", person("MODERATOR"), null, "forbidden"],
    ["admin", person("ADMIN"), null, "allowed"],
    ["campaignOrganizer", null, null, "unauthenticated"],
    ["campaignOrganizer", person("USER"), null, "notFound"],
    // Moderation rights are not a key to a campaign's signers.
    ["campaignOrganizer", person("ADMIN"), null, "notFound"],
    ["campaignOrganizer", person("USER"), "ORGANIZER", "allowed"],
    ["campaignOrganizer", person("USER"), "OWNER", "allowed"],
    ["campaignOwner", person("USER"), null, "notFound"],
    ["campaignOwner", person("USER"), "ORGANIZER", "forbidden"],
    ["campaignOwner", person("USER"), "OWNER", "allowed"],
  ];
  it.each(table)("%s as %j with membership %s is %s", (access, who, role, expected) => {
    expect(decideAccess(access, who, role ? { role } : null)).toBe(expected);
  });
});
