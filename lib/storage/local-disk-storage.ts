import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, realpath, rename, rm } from "node:fs/promises";
import path from "node:path";
import { isSafeStorageKey, UnsafeStorageKeyError, type FileStorage, type StoredFile } from "./file-storage";

/**
 * The types the disk store keeps, by extension: a file's type is its key's extension, so no
 * second file has to be kept in step, and nothing outside this list is ever served.
 */
const CONTENT_TYPE_OF_EXTENSION: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
};

function contentTypeOf(key: string): string | null {
  const extension = path.posix.extname(key).slice(1);
  return CONTENT_TYPE_OF_EXTENSION[extension] ?? null;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

/**
 * Files in a folder on this machine (by default .data/uploads in the checkout). Writes go
 * to a temporary file beside the target, flushed to disk, then renamed over it, so a reader
 * sees the whole old file or the whole new one, never a half-written image. Several
 * machines need a shared folder or an S3-compatible store instead.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file's path, or null when the key is unsafe or would leave the folder. */
  private pathFor(key: string): string | null {
    if (!isSafeStorageKey(key)) return null;
    const file = path.resolve(this.root, ...key.split("/"));
    // Safe keys cannot leave the folder; checked again so a future key rule cannot break it.
    return file.startsWith(this.root + path.sep) ? file : null;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const file = this.pathFor(key);
    if (!file) throw new UnsafeStorageKeyError(key);
    if (contentTypeOf(key) !== contentType) {
      throw new Error(`The disk store keeps ${contentType} only under a key with its extension (${Object.keys(CONTENT_TYPE_OF_EXTENSION).join(", ")})`);
    }
    await mkdir(path.dirname(file), { recursive: true });
    // A leading dot: never a valid key, so a temporary file is never served or overwritten by one.
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      const handle = await open(temporary, "wx", 0o644);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathFor(key);
    const contentType = contentTypeOf(key);
    if (!file || !contentType) return null;
    try {
      // A symbolic link placed in the folder must not reach a file outside it.
      const [real, realRoot] = await Promise.all([realpath(file), realpath(this.root)]);
      if (!real.startsWith(realRoot + path.sep)) return null;
      return { bytes: await readFile(real), contentType };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    if (!file) throw new UnsafeStorageKeyError(key);
    await rm(file, { force: true });
  }
}
