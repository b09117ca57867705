import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";

export type PostgresUser = { uid: number; gid: number };

/**
 * The user PostgreSQL runs as: as root, the `postgres` system user (PostgreSQL refuses to
 * run as root); otherwise null, meaning the current user.
 */
export function postgresUser(): PostgresUser | null {
  if (userInfo().uid !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  if (!line) {
    throw new Error("Running as root needs a `postgres` system user to run the embedded PostgreSQL (useradd --system postgres).");
  }
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Whether `user` may pass through `folder` (and so every folder above it): asked of the
 * kernel by running `test -x` as that user, which also honours ACLs and group membership.
 */
export function canPass(user: PostgresUser | null, folder: string): boolean {
  if (!user) return true;
  return spawnSync("test", ["-x", folder], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}
