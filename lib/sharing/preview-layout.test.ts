import { describe, expect, it } from "vitest";
import { estimatedWidthEm, progressPercent, titleLayout } from "./preview-layout";

describe("titleLayout", () => {
  it("draws a short title large", () => {
    expect(titleLayout("Save my friend: stop the forced return of 13 refugees").fontSize).toBe(64);
    expect(titleLayout("내 친구를 구해 주세요: 탈북민 13명의 강제 북송을 막아 주세요").fontSize).toBe(64);
  });

  it("shrinks a longer one so that it still fits its lines", () => {
    const medium = titleLayout("Stop the forced repatriation of North Korean refugees detained in China and let them reach safety");
    expect(medium.fontSize).toBe(54);
  });

  it("draws a 300-character title at the smallest size on four lines, to be cut with an ellipsis", () => {
    const layout = titleLayout("Stop the forced repatriation of refugees and let them go free. ".repeat(5).slice(0, 300));
    expect(layout).toEqual({ fontSize: 46, lineHeight: 1.2, maxLines: 4 });
    expect(titleLayout("救".repeat(300)).maxLines).toBe(4);
  });

  it("keeps every step within the same height", () => {
    for (const title of ["a", "a".repeat(80), "a".repeat(300)]) {
      const { fontSize, lineHeight, maxLines } = titleLayout(title);
      expect(fontSize * lineHeight * maxLines).toBeLessThanOrEqual(225);
    }
  });
});

describe("estimatedWidthEm", () => {
  it("counts Korean, Chinese and emoji as full width and Latin as narrower", () => {
    expect(estimatedWidthEm("국救🐝")).toBe(3);
    expect(estimatedWidthEm("abc")).toBeCloseTo(1.68);
  });
});

describe("progressPercent", () => {
  it("is the share of the goal, floored and capped at 100", () => {
    expect(progressPercent(0, 1000)).toBe(0);
    expect(progressPercent(499, 1000)).toBe(49);
    expect(progressPercent(1000, 1000)).toBe(100);
    expect(progressPercent(5000, 1000)).toBe(100);
  });

  it("shows a sliver once anyone signed", () => {
    expect(progressPercent(1, 100_000)).toBe(1);
  });
});
