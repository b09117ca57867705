// Which milestones a campaign's confirmed count has passed. No server-only imports: pure rules.

/** Stored in CampaignMilestone.milestone; the order is the order they are normally reached. */
export const COUNT_MILESTONES = ["first-100", "half-goal", "goal", "10000", "100000"] as const;
export type CountMilestone = (typeof COUNT_MILESTONES)[number];
export const DEADLINE_MILESTONE = "deadline" as const;
export type Milestone = CountMilestone | typeof DEADLINE_MILESTONE;

/** The count at which each milestone is passed, for a campaign with this goal. */
export function milestoneThresholds(goal: number): Record<CountMilestone, number> {
  return { "first-100": 100, "half-goal": Math.ceil(goal / 2), goal, "10000": 10_000, "100000": 100_000 };
}

/** The count milestones `count` has reached, smallest threshold first. */
export function reachedCountMilestones(count: number, goal: number): CountMilestone[] {
  const thresholds = milestoneThresholds(goal);
  return COUNT_MILESTONES.filter((milestone) => count >= thresholds[milestone]).sort((a, b) => thresholds[a] - thresholds[b]);
}

/** The message namespace of a milestone's notice email. */
export function milestoneTemplate(milestone: Milestone): string {
  const names: Record<Milestone, string> = {
    "first-100": "first100",
    "half-goal": "halfGoal",
    goal: "goal",
    "10000": "tenThousand",
    "100000": "hundredThousand",
    deadline: "deadline",
  };
  return `milestoneEmail.${names[milestone]}`;
}
