import { describe, expect, it } from "vitest";
import { exportFileName } from "./export-file-name";

describe("exportFileName", () => {
  const may20 = new Date("2026-05-20T23:59:59Z");

  it("names the campaign, the contents and the UTC day", () => {
    expect(exportFileName("clean-the-han", "signers", may20)).toBe("clean-the-han-signers-2026-05-20.csv");
  });

  it("keeps only characters a header carries safely", () => {
    expect(exportFileName('한강 "x"/../y', "countries", may20)).toBe("x-y-countries-2026-05-20.csv");
    expect(exportFileName("한강", "signers", may20)).toBe("campaign-signers-2026-05-20.csv");
  });
});
