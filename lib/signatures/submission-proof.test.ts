import { describe, expect, it } from "vitest";
import { cookieProves, proofsIn, submissionProofFor, withProof } from "./submission-proof";

const secret = "unit-secret-unit-secret-unit-secret";
const submitted = {
  campaignSlug: "save-my-friend",
  email: "ann@example.org",
  name: "Ann Smith",
  country: "DE",
  showPublicly: true,
  consentUpdates: false,
};

describe("submission proofs", () => {
  it("differ for another secret, address, name, country or choice", () => {
    const proof = submissionProofFor(secret, submitted);
    expect(proof).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(submissionProofFor(secret, { ...submitted })).toBe(proof);
    const others = [
      submissionProofFor(`${secret}x`, submitted),
      submissionProofFor(secret, { ...submitted, campaignSlug: "other" }),
      submissionProofFor(secret, { ...submitted, email: "bob@example.org" }),
      submissionProofFor(secret, { ...submitted, name: "Ann Smyth" }),
      submissionProofFor(secret, { ...submitted, country: "FR" }),
      submissionProofFor(secret, { ...submitted, showPublicly: false }),
      submissionProofFor(secret, { ...submitted, consentUpdates: true }),
    ];
    expect(new Set([proof, ...others]).size).toBe(others.length + 1);
  });

  it("carry no personal data", () => {
    const cookie = withProof(undefined, submissionProofFor(secret, submitted));
    for (const part of ["ann", "example", "Smith", "DE", "save"]) expect(cookie).not.toContain(part);
  });

  it("keep the newest five, without repeats, and ignore anything else in the cookie", () => {
    const proofs = Array.from({ length: 7 }, (_, index) => submissionProofFor(secret, { ...submitted, name: `Ann ${index}` }));
    let cookie: string | undefined = "garbage.<script>";
    for (const proof of proofs) cookie = withProof(cookie, proof);
    cookie = withProof(cookie, proofs[5]!);
    expect(proofsIn(cookie)).toEqual([proofs[5], proofs[6], proofs[4], proofs[3], proofs[2]]);
    expect(cookieProves(cookie, proofs[2]!)).toBe(true);
    expect(cookieProves(cookie, proofs[0]!)).toBe(false);
    expect(cookieProves(undefined, proofs[6]!)).toBe(false);
  });
});
