/** What an admin's change to a person returns. */
export type AdminResult =
  | { ok: true; changed: boolean }
  | {
      ok: false;
      /**
       * NOT_FOUND: no such person. NOT_ADMIN: the one asking is no longer an admin.
       * CANNOT_DEMOTE_SELF: an admin keeps their own role, so Chorus always has one.
       */
      code: "NOT_FOUND" | "NOT_ADMIN" | "CANNOT_DEMOTE_SELF";
      field?: "role";
    };
