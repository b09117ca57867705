/**
 * The one error shape of the JSON API: `{ error: { code, message, fields } }`. A validation
 * failure adds `fieldCodes`, each field's problem as a stable code (the message catalogues'
 * key), for clients that word it themselves, such as the site's own forms.
 */
export function apiErrorBody(code: string, message: string, fields: Record<string, string> = {}, fieldCodes?: Record<string, string>) {
  return { error: { code, message, fields, ...(fieldCodes ? { fieldCodes } : {}) } };
}

/** The same, as a Web Response (for Next.js route handlers). */
export function apiError(
  status: number,
  code: string,
  message: string,
  options: { fields?: Record<string, string>; headers?: HeadersInit } = {},
): Response {
  return Response.json(apiErrorBody(code, message, options.fields), {
    status,
    headers: { "Cache-Control": "no-store", ...Object.fromEntries(new Headers(options.headers)) },
  });
}
