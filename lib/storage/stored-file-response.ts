import { apiError } from "../http/api-error";
import type { FileStorage } from "./file-storage";

/**
 * The HTTP answer for a stored file: its bytes with its type, never sniffed as anything
 * else, cached for a year (keys are random and never reused); otherwise a 404 that says
 * nothing more, whether the key was unsafe or simply unknown.
 */
export async function storedFileResponse({ storage, key }: { storage: FileStorage; key: string }): Promise<Response> {
  const file = await storage.get(key);
  if (!file) return apiError(404, "NOT_FOUND", "There is no file at this address.");
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
