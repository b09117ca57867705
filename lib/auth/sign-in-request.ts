import { z } from "zod";

/** The sign-in form: an address to send the link to, and where to come back to. */
export const signInRequestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "invalidEmail").pipe(z.email("invalidEmail")),
  callbackUrl: z.string().max(2000).optional(),
});
