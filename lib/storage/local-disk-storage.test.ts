import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSafeStorageKey, UnsafeStorageKeyError } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";

let parent: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), "chorus-storage-"));
  storage = new LocalDiskStorage(path.join(parent, "uploads"));
  // What an attacker would like to read: beside the uploads folder, and named like an upload.
  await writeFile(path.join(parent, "secret.webp"), "top secret");
  await writeFile(path.join(parent, "uploads-secret.webp"), "top secret");
});
afterEach(() => rm(parent, { recursive: true, force: true }));

const UNSAFE_KEYS = [
  "../secret.webp",
  "campaigns/../../secret.webp",
  "..",
  ".",
  "/etc/passwd",
  "campaigns//a.webp",
  "campaigns/./a.webp",
  "campaigns\\..\\..\\secret.webp",
  "..\\secret.webp",
  ".hidden.webp",
  "Campaigns/A.webp",
  "a.webp\0.png",
  "%2e%2e/secret.webp",
  "",
  "/",
  "a/b/c/d/e/f.webp",
  `${"a".repeat(300)}.webp`,
];

describe("isSafeStorageKey", () => {
  it("takes lowercase segments and refuses anything that could walk out of the folder", () => {
    expect(isSafeStorageKey("campaigns/0f3a9c.webp")).toBe(true);
    expect(isSafeStorageKey("a.b-c_d")).toBe(true);
    for (const key of UNSAFE_KEYS) expect(isSafeStorageKey(key), key).toBe(false);
  });
});

describe("LocalDiskStorage", () => {
  it("stores, reads back with the type, replaces and deletes", async () => {
    await storage.put("campaigns/abc.webp", Buffer.from("first"), "image/webp");
    expect(await storage.get("campaigns/abc.webp")).toEqual({ bytes: Buffer.from("first"), contentType: "image/webp" });
    await storage.put("campaigns/abc.webp", Buffer.from("second"), "image/webp");
    expect((await storage.get("campaigns/abc.webp"))?.bytes).toEqual(Buffer.from("second"));
    await storage.delete("campaigns/abc.webp");
    expect(await storage.get("campaigns/abc.webp")).toBeNull();
    await expect(storage.delete("campaigns/abc.webp")).resolves.toBeUndefined();
  });

  it("answers null for keys with nothing stored, folders included", async () => {
    expect(await storage.get("campaigns/nothing.webp")).toBeNull();
    await storage.put("campaigns/x/y.webp", Buffer.from("y"), "image/webp");
    expect(await storage.get("campaigns/x.webp")).toBeNull();
    expect(await storage.get("campaigns/x/y.webp/z.webp")).toBeNull();
  });

  it("never reads, writes or deletes outside its folder, whatever the key", async () => {
    for (const key of UNSAFE_KEYS) {
      expect(await storage.get(key), key).toBeNull();
      await expect(storage.put(key, Buffer.from("overwritten"), "image/webp"), key).rejects.toBeInstanceOf(UnsafeStorageKeyError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(UnsafeStorageKeyError);
    }
    expect(await readFile(path.join(parent, "secret.webp"), "utf8")).toBe("top secret");
    expect(await readFile(path.join(parent, "uploads-secret.webp"), "utf8")).toBe("top secret");
  });

  it("does not follow a symbolic link that points out of the folder", async () => {
    await storage.put("campaigns/real.webp", Buffer.from("real"), "image/webp");
    await symlink(path.join(parent, "secret.webp"), path.join(parent, "uploads", "campaigns", "link.webp"));
    expect(await storage.get("campaigns/link.webp")).toBeNull();
  });

  it("keeps only the types it knows, each under its own extension", async () => {
    await expect(storage.put("campaigns/a.webp", Buffer.from("x"), "image/svg+xml")).rejects.toThrow(/extension/);
    await expect(storage.put("campaigns/a.html", Buffer.from("<script>"), "text/html")).rejects.toThrow(/extension/);
    await storage.put("campaigns/a.png", Buffer.from("x"), "image/png");
    expect((await storage.get("campaigns/a.png"))?.contentType).toBe("image/png");
  });

  it("replaces a file atomically: readers see the whole old or the whole new file, and no temporary file stays", async () => {
    const size = 2 * 1024 * 1024;
    const versions = [1, 2, 3, 4].map((n) => Buffer.alloc(size, n));
    await storage.put("campaigns/big.webp", versions[0]!, "image/webp");
    const reads: Promise<unknown>[] = [];
    for (let round = 0; round < 12; round++) {
      const write = storage.put("campaigns/big.webp", versions[round % 4]!, "image/webp");
      for (let i = 0; i < 4; i++) {
        reads.push(
          storage.get("campaigns/big.webp").then((file) => {
            expect(file?.bytes.length).toBe(size);
            const first = file!.bytes[0];
            expect(file!.bytes.every((byte) => byte === first)).toBe(true);
          }),
        );
      }
      await write;
    }
    await Promise.all(reads);
    expect(await readdir(path.join(parent, "uploads", "campaigns"))).toEqual(["big.webp"]);
  });
});
