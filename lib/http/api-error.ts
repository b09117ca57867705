/** The one error shape of the JSON API: `{ error: { code, message, fields } }`. */
export function apiError(
  status: number,
  code: string,
  message: string,
  options: { fields?: Record<string, string>; headers?: HeadersInit } = {},
): Response {
  return Response.json(
    { error: { code, message, fields: options.fields ?? {} } },
    { status, headers: { "Cache-Control": "no-store", ...Object.fromEntries(new Headers(options.headers)) } },
  );
}
