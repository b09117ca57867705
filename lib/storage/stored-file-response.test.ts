import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "./local-disk-storage";
import { storedFileResponse } from "./stored-file-response";

let parent: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), "chorus-media-"));
  storage = new LocalDiskStorage(path.join(parent, "uploads"));
  await writeFile(path.join(parent, "secret.webp"), "top secret");
});
afterEach(() => rm(parent, { recursive: true, force: true }));

describe("storedFileResponse", () => {
  it("serves a stored file with its type, unsniffable, cached for a year", async () => {
    await storage.put("campaigns/abc.webp", Buffer.from("RIFF....WEBP"), "image/webp");
    const response = await storedFileResponse({ storage, key: "campaigns/abc.webp" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("content-length")).toBe("12");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe("RIFF....WEBP");
  });

  it("answers an unknown or unsafe key with the same uncached JSON 404", async () => {
    for (const key of ["campaigns/none.webp", "../secret.webp", "campaigns/../../secret.webp", "..\\secret.webp"]) {
      const response = await storedFileResponse({ storage, key });
      expect(response.status, key).toBe(404);
      expect(response.headers.get("cache-control"), key).toBe("no-store");
      expect(await response.json(), key).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
  });
});
