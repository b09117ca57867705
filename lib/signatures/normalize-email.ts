/**
 * Lower-cased and trimmed, so "Ann@Example.org " and "ann@example.org" are one signer. Apart
 * from the schema (and zod) so the sign form can show the address as the server stores it.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
