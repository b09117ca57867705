import { describe, expect, it } from "vitest";
import { unsubscribePath, unsubscribeTokenFor, verifyUnsubscribeToken } from "./unsubscribe-token";

const secret = "s".repeat(40);
const id = "0b6f7c3e-2a4d-4c1e-9f3a-5d2e1c0b9a87";

describe("unsubscribe tokens", () => {
  it("round-trip to the signature they were made for", () => {
    const token = unsubscribeTokenFor(secret, id);
    expect(verifyUnsubscribeToken(secret, token)).toBe(id);
    expect(unsubscribePath(secret, id)).toBe(`/unsubscribe/${token}`);
    expect(token).not.toContain("-");
  });

  it("refuse forged, altered and malformed tokens", () => {
    const token = unsubscribeTokenFor(secret, id);
    const otherId = "1b6f7c3e-2a4d-4c1e-9f3a-5d2e1c0b9a87";
    const swapped = `${otherId.replaceAll("-", "")}.${token.split(".")[1]}`;
    expect(verifyUnsubscribeToken(secret, swapped)).toBeNull();
    expect(verifyUnsubscribeToken("t".repeat(40), token)).toBeNull();
    const lastChar = token.at(-1) === "A" ? "B" : "A";
    expect(verifyUnsubscribeToken(secret, token.slice(0, -1) + lastChar)).toBeNull();
    for (const bad of ["", "abc", `${token}x`, token.replace(".", ""), "<script>"]) {
      expect(verifyUnsubscribeToken(secret, bad)).toBeNull();
    }
  });
});
