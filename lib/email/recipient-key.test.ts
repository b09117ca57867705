import { describe, expect, it } from "vitest";
import { normalizeRecipient, recipientKey } from "./recipient-key";

describe("normalizeRecipient", () => {
  it("folds the spellings of one inbox together", () => {
    expect(normalizeRecipient("  Ann@Example.ORG ")).toBe("ann@example.org");
    expect(normalizeRecipient("ann+petition-7@example.org")).toBe(
      "ann@example.org",
    );
    expect(normalizeRecipient("A.N.N+x@GoogleMail.com")).toBe("ann@gmail.com");
  });

  it("keeps dots outside Gmail and a leading plus", () => {
    expect(normalizeRecipient("a.nn@example.org")).toBe("a.nn@example.org");
    expect(normalizeRecipient("+ann@example.org")).toBe("+ann@example.org");
  });
});

describe("recipientKey", () => {
  it("is keyed: the same inbox gives one key per secret and never contains the address", () => {
    const a = recipientKey(
      "secret-one-secret-one-secret-one-1",
      "Ann+x@example.org",
    );
    expect(a).toBe(
      recipientKey("secret-one-secret-one-secret-one-1", "ann@example.org"),
    );
    expect(a).not.toBe(
      recipientKey("secret-two-secret-two-secret-two-2", "ann@example.org"),
    );
    expect(a).toMatch(/^[0-9a-f]{40}$/);
  });
});
