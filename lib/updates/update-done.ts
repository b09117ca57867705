import { updatePath, updatesPath } from "../campaigns/organizer-paths";

// What the update pages say after an action redirected back to them (?done=…).

export const UPDATE_DONE = ["created", "saved", "unchanged", "published", "unpublished", "emailing", "publishedEmailing", "tested"] as const;
export type UpdateDone = (typeof UPDATE_DONE)[number];

export function updatePathAfter(campaignId: string, updateId: string, done: UpdateDone, count?: number): string {
  const query = new URLSearchParams({ done, ...(count === undefined ? {} : { count: String(count) }) });
  return `${updatePath(campaignId, updateId)}?${query}`;
}

export function updatesPathAfterDelete(campaignId: string): string {
  return `${updatesPath(campaignId)}?done=deleted`;
}
