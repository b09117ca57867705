const EMAIL = /[^\s@"'<>()=,;:]+@[^\s@"'<>()=,;:]+\.[^\s@"'<>()=,;:]+/g;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/**
 * A log line for an unexpected error that carries no signer's data: the error's class,
 * code and message with email and IPv4 addresses masked, and the stack's first frames.
 * Never the whole object: a PostgreSQL error's `detail` repeats the row's values
 * ("Key (email)=(ann@example.org) already exists").
 */
export function describeErrorForLog(error: unknown): string {
  if (!(error instanceof Error)) return "non-Error thrown";
  const code = (error as { code?: unknown }).code;
  const message = error.message.replace(EMAIL, "[email]").replace(IPV4, "[ip]");
  const frames = (error.stack ?? "").split("\n").slice(1, 4).map((line) => line.trim()).join(" | ");
  return `${error.name}${typeof code === "string" ? ` ${code}` : ""}: ${message}${frames ? ` (${frames})` : ""}`;
}

export function logError(context: string, error: unknown): void {
  console.error(`[${context}] ${describeErrorForLog(error)}`);
}
