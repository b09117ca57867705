/**
 * The goal to show. A reached goal moves on to the next step of 1, 2.5, 5 × 10ⁿ above the
 * count (1,000 → 2,500 → 5,000 → 10,000 …), unless the organizer fixed it.
 */
export function effectiveGoal(signatureCount: number, goal: number, goalIsFixed: boolean): number {
  if (goalIsFixed || signatureCount < goal) return goal;
  let magnitude = 10 ** Math.floor(Math.log10(Math.max(signatureCount, 1)));
  for (;;) {
    for (const step of [1, 2.5, 5]) {
      const candidate = step * magnitude;
      if (!Number.isInteger(candidate)) continue;
      if (candidate > signatureCount && candidate > goal) return candidate;
    }
    magnitude *= 10;
  }
}
