import { describe, expect, it } from "vitest";
import { csvResponseHeaders } from "./csv-export";

describe("csvResponseHeaders", () => {
  it("names a UTF-8 CSV attachment that no cache keeps", () => {
    expect(csvResponseHeaders("signers-free-the-birds.csv")).toEqual({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="signers-free-the-birds.csv"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  it("refuses a file name that could break out of the header", () => {
    for (const name of ['a".csv', "a\r\nSet-Cookie: x.csv", "서명.csv", "signers.txt", "../signers.csv"]) {
      expect(() => csvResponseHeaders(name)).toThrow();
    }
  });
});
