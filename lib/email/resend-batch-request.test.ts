import { describe, expect, it } from "vitest";
import type { OutgoingBatchEmail } from "./email-transport";
import { asciiJson, asciiJsonString, asciiJsonStringContent, resendBatchBody } from "./resend-batch-request";

describe("asciiJson", () => {
  it("writes the same JSON document with only ASCII bytes", () => {
    const value = [{ subject: "“Free them”: 그들을 석방하라 · 释放他们 😀", html: "<p>a\\nb</p>", text: "line\nline" }];
    const bytes = asciiJson(value);
    expect([...bytes].every((byte) => byte < 0x80)).toBe(true);
    expect(JSON.parse(bytes.toString("utf8"))).toEqual(value);
  });

  it("escapes a string alone exactly as inside a document", () => {
    for (const value of ["plain", 'a "quoted" one', "a back\\slash", 'both \\ "', "tab\there\u0000\u001f\u007f", "한 😀 \ud800 lone", "</script>&<"]) {
      expect(`"${asciiJsonStringContent(value)}"`).toBe(asciiJsonString(value));
    }
  });
});

describe("resendBatchBody", () => {
  it("is the emails as Resend's JSON array, the sender in each", () => {
    const emails: OutgoingBatchEmail[] = [
      { to: "a@example.org", subject: "S “1”", html: "<html>한</html>", text: "t", headers: { "List-Unsubscribe": "<https://x/u>" } },
      { to: "b@example.org", subject: "S", html: "<html></html>", text: "t", headers: {} },
    ];
    const body = resendBatchBody("Chorus <c@example.org>", emails);
    expect(body).toEqual(asciiJson(emails.map((email) => ({ from: "Chorus <c@example.org>", to: [email.to], subject: email.subject, html: email.html, text: email.text, headers: email.headers }))));
    expect(resendBatchBody("x@example.org", [])).toEqual(Buffer.from("[]"));
  });
});
