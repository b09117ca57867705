import { describe, expect, it } from "vitest";
import { describeErrorForLog } from "./log-error";

describe("describeErrorForLog", () => {
  it("keeps the class, code and message but masks addresses and leaves out the detail", () => {
    const error = Object.assign(new Error("duplicate for ann.lee+x@example.org from 203.0.113.9"), {
      code: "23505",
      detail: "Key (email)=(ann.lee+x@example.org) already exists.",
    });
    const line = describeErrorForLog(error);
    expect(line).toMatch(/^Error 23505: duplicate for \[email\] from \[ip\]/);
    expect(line).not.toContain("example.org");
    expect(line).not.toContain("203.0.113.9");
    expect(line).not.toContain("already exists");
  });
});
