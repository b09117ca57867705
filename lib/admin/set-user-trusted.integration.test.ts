import { describe, expect, it } from "vitest";
import { person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { setUserTrusted } from "./set-user-trusted";

const database = withTestDatabase();

describe("setUserTrusted", () => {
  it("marks an organizer trusted and back, recording each change once", async () => {
    const { db } = database;
    const admin = await person(db, "ADMIN");
    const user = await person(db, "USER");

    expect(await setUserTrusted({ db, adminId: admin.id, userId: user.id, trusted: true })).toEqual({ ok: true, changed: true });
    expect(await setUserTrusted({ db, adminId: admin.id, userId: user.id, trusted: true })).toEqual({ ok: true, changed: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).trusted).toBe(true);
    expect(await setUserTrusted({ db, adminId: admin.id, userId: user.id, trusted: false })).toEqual({ ok: true, changed: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).trusted).toBe(false);

    expect(await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).toMatchObject([
      { actorId: admin.id, action: "user.trust_changed", subject: user.email, before: { trusted: false }, after: { trusted: true } },
      { actorId: admin.id, action: "user.trust_changed", subject: user.email, before: { trusted: true }, after: { trusted: false } },
    ]);
  });

  it("refuses a non-admin and an unknown person", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const admin = await person(db, "ADMIN");
    const user = await person(db, "USER");
    expect(await setUserTrusted({ db, adminId: moderator.id, userId: user.id, trusted: true })).toEqual({ ok: false, code: "NOT_ADMIN" });
    expect(await setUserTrusted({ db, adminId: admin.id, userId: "00000000-0000-4000-8000-000000000000", trusted: true })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).trusted).toBe(false);
    expect(await db.auditLog.count()).toBe(0);
  });
});
