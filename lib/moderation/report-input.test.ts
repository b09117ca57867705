import { describe, expect, it } from "vitest";
import { reportFieldErrorsOf, reportInputSchema } from "./report-input";

const parse = (input: Record<string, unknown>) => {
  const result = reportInputSchema.safeParse(input);
  return result.success ? { ok: true as const, data: result.data } : { ok: false as const, fields: reportFieldErrorsOf(result.error) };
};

describe("reportInputSchema", () => {
  it("accepts a reason of 10 to 2000 characters, trimmed, with its line breaks", () => {
    expect(parse({ reason: "  This is a scam.\r\nPlease check.  " })).toEqual({
      ok: true,
      data: { reason: "This is a scam.\nPlease check.", reporterEmail: null },
    });
    expect(parse({ reason: "x".repeat(2000) }).ok).toBe(true);
  });

  it("names the reason's problem", () => {
    expect(parse({})).toEqual({ ok: false, fields: { reason: "reasonRequired" } });
    expect(parse({ reason: "   " })).toEqual({ ok: false, fields: { reason: "reasonRequired" } });
    expect(parse({ reason: "too short" })).toEqual({ ok: false, fields: { reason: "reasonTooShort" } });
    expect(parse({ reason: "x".repeat(2001) })).toEqual({ ok: false, fields: { reason: "reasonTooLong" } });
    expect(parse({ reason: "Hidden\u202Etext here" })).toEqual({ ok: false, fields: { reason: "reasonInvalidCharacters" } });
    expect(parse({ reason: "A NUL \u0000 in the reason" })).toEqual({ ok: false, fields: { reason: "reasonInvalidCharacters" } });
  });

  it("takes an optional email, normalized, and names its problem", () => {
    expect(parse({ reason: "A long enough reason", reporterEmail: "" })).toMatchObject({ ok: true, data: { reporterEmail: null } });
    expect(parse({ reason: "A long enough reason", reporterEmail: " Ann@Example.org " })).toMatchObject({
      ok: true,
      data: { reporterEmail: "ann@example.org" },
    });
    expect(parse({ reason: "A long enough reason", reporterEmail: "ann-at-example.org" })).toEqual({
      ok: false,
      fields: { reporterEmail: "emailInvalid" },
    });
    expect(parse({ reason: "short", reporterEmail: `${"a".repeat(250)}@example.org` })).toEqual({
      ok: false,
      fields: { reason: "reasonTooShort", reporterEmail: "emailTooLong" },
    });
  });
});
