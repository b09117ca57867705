import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where a local installation keeps what it generates for itself (gitignored). */
export const LOCAL_DATA_DIR = path.resolve(".data");

/**
 * A random secret made once for this installation and kept in `dir/name` (mode 0600), so
 * two installations never share one and nothing secret is a constant in the code.
 */
export function installationSecret(name: string, dir: string = LOCAL_DATA_DIR): string {
  const file = path.join(dir, name);
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  // writeFileSync keeps the mode of a file that already existed (an empty one, say).
  chmodSync(file, 0o600);
  return secret;
}
