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
