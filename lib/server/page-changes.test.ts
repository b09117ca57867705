import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { expirePagesInThisProcess, pathsInNotification } from "./page-changes";

const require = createRequire(import.meta.url);
// Next.js's own check, which its cache runs on every page it serves.
const { areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external") as {
  areTagsExpired: (tags: string[], lastModified: number) => boolean;
};

describe("pages changed in another process", () => {
  it("expire Next.js's cached copies of those paths here, and only those", async () => {
    const renderedAt = Date.now() - 1_000;
    expect(areTagsExpired(["_N_T_/en/c/save-my-friend"], renderedAt)).toBe(false);
    let cleared = 0;
    expirePagesInThisProcess(["/en/c/save-my-friend", "/ko/"], { clear: () => cleared++ });
    expect(cleared).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(areTagsExpired(["_N_T_/layout", "_N_T_/en/c/save-my-friend"], renderedAt)).toBe(true);
    expect(areTagsExpired(["_N_T_/ko"], renderedAt)).toBe(true);
    expect(areTagsExpired(["_N_T_/en/c/another-campaign"], renderedAt)).toBe(false);
    // A copy rendered after the change is fresh.
    expect(areTagsExpired(["_N_T_/en/c/save-my-friend"], Date.now() + 1)).toBe(false);
  });

  it("reads only a list of paths from a notification", () => {
    expect(pathsInNotification('["/en/c/a","/ko"]')).toEqual(["/en/c/a", "/ko"]);
    expect(pathsInNotification('["/en", 3, "https://elsewhere"]')).toEqual(["/en"]);
    expect(pathsInNotification("not json")).toEqual([]);
    expect(pathsInNotification('{"paths":["/en"]}')).toEqual([]);
  });
});
