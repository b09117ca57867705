import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installationSecret } from "./installation-secret";

describe("installationSecret", () => {
  it("makes a random secret once, keeps it at mode 0600 and returns the same one after", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "chorus-secret-")), "data");
    const first = installationSecret("app-secret", dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, "app-secret")).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, "app-secret"), "utf8")).toBe(first);
    expect(installationSecret("app-secret", dir)).toBe(first);
  });

  it("differs between installations", () => {
    const one = installationSecret("app-secret", mkdtempSync(path.join(os.tmpdir(), "chorus-secret-")));
    const other = installationSecret("app-secret", mkdtempSync(path.join(os.tmpdir(), "chorus-secret-")));
    expect(one).not.toBe(other);
  });

  it("replaces a file too short to be a secret", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chorus-secret-"));
    writeFileSync(path.join(dir, "app-secret"), "", { mode: 0o644 });
    const secret = installationSecret("app-secret", dir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, "app-secret")).mode & 0o777).toBe(0o600);
  });
});
