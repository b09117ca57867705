/**
 * Where uploaded files live. The local-disk store is the default; an S3-compatible store
 * (or any other) only has to implement these three methods over the same keys.
 */
export interface FileStorage {
  /** Stores the bytes under the key, replacing what was there; the key must be safe. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored file, or null when there is none (or the key is not safe). */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing one that is not there is no error. */
  delete(key: string): Promise<void>;
}

export type StoredFile = { bytes: Uint8Array; contentType: string };

const SEGMENT = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 256;
const MAX_SEGMENTS = 5;

/**
 * A key is a few "/"-separated segments of lowercase letters, digits, ".", "_" and "-",
 * each starting with a letter or digit: so never "..", ".", an absolute path, a backslash,
 * an empty segment, or a name that differs only in case (some file systems ignore case).
 */
export function isSafeStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  const segments = key.split("/");
  return segments.length <= MAX_SEGMENTS && segments.every((segment) => SEGMENT.test(segment));
}

export class UnsafeStorageKeyError extends Error {
  constructor(key: string) {
    super(`Unsafe storage key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "UnsafeStorageKeyError";
  }
}
