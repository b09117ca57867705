import { useState } from "react";
import { slugFromTitle } from "@/lib/campaigns/campaign-slug";

function randomSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(5)), (byte) => (byte % 36).toString(36)).join("");
}

/**
 * The web address field: it follows the title (the suggestion the server would make) until
 * the organizer types in it. `suggested` tells the server the value is only a suggestion,
 * so a taken one is numbered rather than refused. Titles with no Latin letters get one
 * random suffix per visit, not a new one per keystroke.
 */
export function useSlugSuggestion({ initial, follow }: { initial: string; follow: boolean }) {
  const [slug, setSlug] = useState(initial);
  const [following, setFollowing] = useState(follow);
  const [suggested, setSuggested] = useState(follow && initial !== "");
  const [suffix] = useState(randomSuffix);
  return {
    slug,
    suggested,
    titleChanged(title: string) {
      if (!following) return;
      const next = title.trim() ? slugFromTitle(title, () => suffix) : "";
      setSlug(next);
      setSuggested(next !== "");
    },
    slugChanged(value: string) {
      setSlug(value);
      setFollowing(false);
      setSuggested(false);
    },
  };
}
