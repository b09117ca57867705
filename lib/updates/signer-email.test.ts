import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsubscribePath, unsubscribeTokenFor } from "../unsubscribe/unsubscribe-token";
import type { BroadcastContent } from "./broadcast-content";
import { referralUrl } from "./render-update-email";
import { signerEmailsFor } from "./signer-email";
import { listUnsubscribeHeaders } from "./unsubscribe-headers";

const secret = "signer-email-secret-signer-email-secret";
const content = { campaignSlug: "free-them-한" } as BroadcastContent;

describe("signerEmailsFor", () => {
  it.each([
    ["https://chorus.example.org", undefined],
    ["https://chorus.example.org:8443/some/base/?q=1#h", "unsubscribe@chorus.example.org"],
    ["http://localhost:3000/", "un sub@例子.org"],
  ])("gives the links and headers the URL-parsing functions give (%s)", (appUrl, mailto) => {
    const make = signerEmailsFor({ appUrl, content, secret, unsubscribeMailto: mailto });
    for (const referralCode of ["abc_DEF-123", "with space&=?#/\"<", "한국"]) {
      const signatureId = randomUUID();
      const signer = make({ signatureId, email: "ann@example.org", locale: "en", referralCode });
      const token = unsubscribeTokenFor(secret, signatureId);
      expect(signer).toEqual({
        to: "ann@example.org",
        links: { referralUrl: referralUrl(appUrl, content, referralCode), unsubscribeUrl: new URL(unsubscribePath(secret, signatureId), appUrl).toString() },
        headers: listUnsubscribeHeaders(appUrl, token, mailto),
      });
    }
  });

  it("builds List-Unsubscribe as the URL the one-click POST goes to", () => {
    expect(listUnsubscribeHeaders("https://chorus.example.org/x/", "0a.B_-", "u@example.org")).toEqual({
      "List-Unsubscribe": "<https://chorus.example.org/api/unsubscribe/0a.B_->, <mailto:u@example.org?subject=unsubscribe%200a.B_->",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
