import { getFileStorage } from "@/lib/storage/process-file-storage";
import { storedFileResponse } from "@/lib/storage/stored-file-response";

// Uploaded images (campaign pictures), from the file store. Keys are checked by the store:
// anything that could leave its folder is a 404.
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }) {
  const { key } = await context.params;
  return storedFileResponse({ storage: getFileStorage(), key: key.join("/") });
}
