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
});
