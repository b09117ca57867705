import type { SignatureFieldErrors } from "./signature-input";

export type ConfirmFormValues = {
  name: string;
  country: string;
  showPublicly: boolean;
  consentUpdates: boolean;
};

/** What the confirm page's server action returns to useActionState (on success it redirects). */
export type ConfirmFormState = {
  status: "idle" | "error";
  fieldErrors: Pick<SignatureFieldErrors, "name" | "country" | "showPublicly" | "consentUpdates">;
  formError: null | { key: "unexpected" };
  values: ConfirmFormValues;
};

export function confirmFormValuesFrom(formData: FormData): ConfirmFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    name: text("name"),
    country: text("country"),
    showPublicly: formData.get("showPublicly") === "on",
    consentUpdates: formData.get("consentUpdates") === "on",
  };
}
