import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

// axe cannot run inside a frame sandboxed without scripts (its timers never fire there,
// so the analysis would hang): such frames are left out. The dev mailbox shows the email's
// HTML in one; accessibility.spec.ts checks that HTML as a page of its own.
const SCRIPTLESS_FRAMES = "iframe[sandbox]:not([sandbox~='allow-scripts'])";

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`)
    .join("\n");
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
}

/** Fails on any WCAG 2.1 A/AA violation axe rates serious or critical, listing each one. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude(SCRIPTLESS_FRAMES)
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(describe).join("\n\n");
  expect(serious.length, `axe found serious or critical violations on ${page.url()}:\n\n${report}`).toBe(0);
}
