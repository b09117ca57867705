import { describe, expect, it } from "vitest";
import { person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { setUserRole } from "./set-user-role";

const database = withTestDatabase();

describe("setUserRole", () => {
  it("gives a person a role and records the change with before and after", async () => {
    const { db } = database;
    const admin = await person(db, "ADMIN");
    const user = await person(db, "USER");

    expect(await setUserRole({ db, adminId: admin.id, userId: user.id, role: "MODERATOR" })).toEqual({ ok: true, changed: true });

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("MODERATOR");
    expect(await db.auditLog.findMany()).toMatchObject([
      { actorId: admin.id, action: "user.role_changed", subject: user.email, before: { role: "USER" }, after: { role: "MODERATOR" } },
    ]);
    // The same role again changes nothing and logs nothing.
    expect(await setUserRole({ db, adminId: admin.id, userId: user.id, role: "MODERATOR" })).toEqual({ ok: true, changed: false });
    expect(await db.auditLog.count()).toBe(1);
  });

  it("does not let an admin remove their own admin role", async () => {
    const { db } = database;
    const admin = await person(db, "ADMIN");
    expect(await setUserRole({ db, adminId: admin.id, userId: admin.id, role: "MODERATOR" })).toEqual({
      ok: false,
      code: "CANNOT_DEMOTE_SELF",
      field: "role",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses someone who is not (or no longer) an admin", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const user = await person(db, "USER");
    expect(await setUserRole({ db, adminId: moderator.id, userId: user.id, role: "ADMIN" })).toEqual({ ok: false, code: "NOT_ADMIN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("USER");
  });

  it("two admins removing each other at once leave one admin", async () => {
    const { db } = database;
    for (let round = 0; round < 5; round++) {
      const [first, second] = [await person(db, "ADMIN"), await person(db, "ADMIN")];
      const results = await Promise.all([
        setUserRole({ db, adminId: first.id, userId: second.id, role: "USER" }),
        setUserRole({ db, adminId: second.id, userId: first.id, role: "USER" }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, code: "NOT_ADMIN" }]);
      expect(await db.user.count({ where: { id: { in: [first.id, second.id] }, role: "ADMIN" } })).toBe(1);
    }
  });

  it("answers NOT_FOUND for an unknown person", async () => {
    const { db } = database;
    const admin = await person(db, "ADMIN");
    expect(await setUserRole({ db, adminId: admin.id, userId: "00000000-0000-4000-8000-000000000000", role: "USER" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
