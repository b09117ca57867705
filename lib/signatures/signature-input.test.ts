import { describe, expect, it } from "vitest";
import { fieldErrorsOf, signatureInputSchema } from "./signature-input";

const valid = { name: "Min-jun Kim", email: "min@example.org", country: "KR", consentUpdates: false };

function errorsFor(input: Record<string, unknown>) {
  const result = signatureInputSchema.safeParse(input);
  if (result.success) return {};
  return fieldErrorsOf(result.error);
}

describe("signatureInputSchema", () => {
  it("accepts a valid signature and normalizes the email", () => {
    const parsed = signatureInputSchema.parse({ ...valid, email: "  Min@Example.ORG ", country: "kr" });
    expect(parsed.email).toBe("min@example.org");
    expect(parsed.country).toBe("KR");
    expect(parsed.postalCode).toBeNull();
    expect(parsed.showPublicly).toBe(false);
  });

  it("rejects an empty or blank name and a name over 200 characters", () => {
    expect(errorsFor({ ...valid, name: "" }).name).toBe("nameRequired");
    expect(errorsFor({ ...valid, name: "   " }).name).toBe("nameRequired");
    expect(errorsFor({ ...valid, name: "a".repeat(201) }).name).toBe("nameTooLong");
    expect(errorsFor({ ...valid, name: "a".repeat(200) }).name).toBeUndefined();
  });

  it("rejects invalid and overlong emails", () => {
    for (const email of ["", "not-an-email", "a@b", "@example.org", "a b@example.org"]) {
      expect(errorsFor({ ...valid, email }).email, email).toBe("emailInvalid");
    }
    expect(errorsFor({ ...valid, email: `${"a".repeat(250)}@example.org` }).email).toBe("emailTooLong");
  });

  it("rejects unknown country codes", () => {
    for (const country of ["", "ZZ", "XX", "KOR", "1"]) {
      expect(errorsFor({ ...valid, country }).country, country).toBe("countryInvalid");
    }
  });

  it("rejects 10 kB strings in every text field", () => {
    const huge = "x".repeat(10_240);
    expect(errorsFor({ ...valid, name: huge }).name).toBe("nameTooLong");
    expect(errorsFor({ ...valid, email: huge }).email).toBe("emailTooLong");
    expect(errorsFor({ ...valid, country: huge }).country).toBe("countryInvalid");
    expect(errorsFor({ ...valid, postalCode: huge }).postalCode).toBe("postalCodeInvalid");
  });

  it("rejects wrong JSON types with a field message instead of throwing", () => {
    const errors = errorsFor({ name: 42, email: ["a@b.org"], country: null, consentUpdates: "yes" });
    expect(errors).toEqual({
      name: "nameRequired",
      email: "emailInvalid",
      country: "countryInvalid",
      consentUpdates: "invalid",
    });
  });

  it("keeps HTML in a name as text (it is escaped when rendered)", () => {
    const parsed = signatureInputSchema.parse({ ...valid, name: "<script>alert(1)</script>" });
    expect(parsed.name).toBe("<script>alert(1)</script>");
  });

  it("accepts international postal codes and rejects punctuation", () => {
    expect(signatureInputSchema.parse({ ...valid, postalCode: "SW1A 1AA" }).postalCode).toBe("SW1A 1AA");
    expect(signatureInputSchema.parse({ ...valid, postalCode: "100-0001" }).postalCode).toBe("100-0001");
    expect(errorsFor({ ...valid, postalCode: "<b>" }).postalCode).toBe("postalCodeInvalid");
  });

  it("refuses NUL, control, bidi and invisible characters in every string field, with a field message", () => {
    const fields = ["name", "email", "country", "postalCode", "referredBy", "source", "locale", "hp"] as const;
    const values: Record<(typeof fields)[number], string> = {
      name: "Min-jun",
      email: "min@example.org",
      country: "KR",
      postalCode: "04524",
      referredBy: "abcd1234",
      source: "newsletter",
      locale: "ko",
      hp: "spam",
    };
    const bad = ["\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009B", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
      "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200E", "\u200F", "\u2060", "\uFEFF", "\u00AD", "\u2028", "\u3164", "\uDB40\uDC41"];
    for (const field of fields) {
      for (const character of bad) {
        const value = values[field];
        const input = { ...valid, [field]: `${value.slice(0, 1)}${character}${value.slice(1)}` };
        const expected = field === "name" ? "nameInvalidCharacters" : "invalidCharacters";
        expect(errorsFor(input)[field], `${field} with U+${character.codePointAt(0)!.toString(16)}`).toBe(expected);
      }
      expect(errorsFor({ ...valid, [field]: values[field] })).toEqual({});
    }
  });

  it("keeps names of every script, with accents, apostrophes and hyphens", () => {
    const names = [
      "José Ñúñez", "Zoë O'Brien", "Mary-Kate d’Arcy", "Nguyễn Thị Minh Khai", "김민준", "張偉", "张伟", "محمد بن سلمان",
      "שרה לוי", "Ђорђе", "Αλέξανδρος", "Søren Ærø", "e\u0301lodie",
      // Zero-width non-joiner inside a Persian word, joiner inside a Devanagari and a Malayalam one.
      "می\u200Cخواهم", "क\u094D\u200Dष", "അവന\u0D4D\u200D",
    ];
    for (const name of names) expect(signatureInputSchema.parse({ ...valid, name }).name, name).toBe(name);
  });

  it("refuses a zero-width joiner or non-joiner at the start of a word, beside a space or doubled", () => {
    for (const name of ["\u200DAnn", "Ann \u200CLee", "A\u200D\u200Dnn", "\u200C", "Ann\u200D "]) {
      expect(errorsFor({ ...valid, name }).name, JSON.stringify(name)).toBe("nameInvalidCharacters");
    }
  });

  it("still trims ordinary whitespace at the ends instead of refusing it", () => {
    expect(signatureInputSchema.parse({ ...valid, name: "\tAnn\n" }).name).toBe("Ann");
  });
});
