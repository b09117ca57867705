import { describe, expect, it } from "vitest";
import { confirmationTokenFor, hashConfirmationToken, looksLikeConfirmationToken } from "./confirmation-token";

describe("confirmation tokens", () => {
  it("are stable per signature and secret, so a re-sent email carries the same link", () => {
    expect(confirmationTokenFor("s".repeat(32), "id-1")).toBe(confirmationTokenFor("s".repeat(32), "id-1"));
    expect(confirmationTokenFor("s".repeat(32), "id-1")).not.toBe(confirmationTokenFor("s".repeat(32), "id-2"));
    expect(confirmationTokenFor("s".repeat(32), "id-1")).not.toBe(confirmationTokenFor("t".repeat(32), "id-1"));
  });

  it("are stored only as a hash", () => {
    const token = confirmationTokenFor("s".repeat(32), "id-1");
    expect(hashConfirmationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashConfirmationToken(token)).not.toContain(token);
  });

  it("have a recognisable shape", () => {
    expect(looksLikeConfirmationToken(confirmationTokenFor("s".repeat(32), "x"))).toBe(true);
    expect(looksLikeConfirmationToken("short")).toBe(false);
    expect(looksLikeConfirmationToken("../".repeat(20))).toBe(false);
  });
});
