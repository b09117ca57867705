/**
 * Enough of an address for its owner to recognise it and for nobody else to learn it:
 * the first character of the local part, and the domain. "mina.kim@example.org" →
 * "m•••@example.org".
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${address.slice(0, 1)}•••${address.slice(at)}`;
}
