import "server-only";
import { getEnv } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";

const globalForStorage = globalThis as unknown as { chorusFileStorage?: FileStorage };

/** This process's file store: the UPLOADS_DIR folder (default .data/uploads). */
export function getFileStorage(): FileStorage {
  globalForStorage.chorusFileStorage ??= new LocalDiskStorage(getEnv().uploadsDir);
  return globalForStorage.chorusFileStorage;
}
