import { cleanAttributionTag, cleanReferralCode } from "../referrals/attribution";
import type { SignatureFieldErrors } from "./signature-input";

export type SignFormValues = {
  name: string;
  email: string;
  country: string;
  postalCode: string;
  consentUpdates: boolean;
  showPublicly: boolean;
};

/** What the sign form's server action returns to useActionState. */
export type SignFormState = {
  status: "idle" | "error" | "success";
  fieldErrors: SignatureFieldErrors;
  formError: null | { key: "rateLimited" | "closed" | "notFound" | "unexpected"; seconds?: number };
  values: SignFormValues;
  /** The address the confirmation went to, shown on success. */
  sentTo?: string;
  /** On success, the code the signer's share links carry (see signPetition). */
  referralCode?: string;
};

export const initialSignFormState: SignFormState = {
  status: "idle",
  fieldErrors: {},
  formError: null,
  values: { name: "", email: "", country: "", postalCode: "", consentUpdates: false, showPublicly: false },
};

export function signFormValuesFrom(formData: FormData): SignFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    name: text("name"),
    email: text("email"),
    country: text("country"),
    postalCode: text("postalCode"),
    consentUpdates: formData.get("consentUpdates") === "on",
    showPublicly: formData.get("showPublicly") === "on",
  };
}

/**
 * The attribution fields the sign form carries from the landing URL (see ReferralField),
 * cleaned here: they come from a link anyone can make, and a bad one must not cost the
 * signature a field error the signer cannot see or fix.
 */
export function attributionFrom(formData: FormData) {
  return {
    referredBy: cleanReferralCode(formData.get("ref")) ?? undefined,
    source: cleanAttributionTag(formData.get("src")) ?? undefined,
    utmSource: cleanAttributionTag(formData.get("utm_source")) ?? undefined,
    utmMedium: cleanAttributionTag(formData.get("utm_medium")) ?? undefined,
    utmCampaign: cleanAttributionTag(formData.get("utm_campaign")) ?? undefined,
  };
}
