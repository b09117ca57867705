import { embedPath } from "./embed-paths";

/** The snippet's starting height: the widget's form at a phone's width, before the script sizes it. */
export const SNIPPET_HEIGHT = 900;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The HTML an organizer pastes into another site: a lazily loaded frame of the widget and
 * Chorus's small resize script (external, so it passes a page's Content-Security-Policy that
 * allows this origin's scripts, where an inline script would need 'unsafe-inline').
 */
export function embedSnippet({ appUrl, slug, frameTitle }: { appUrl: string; slug: string; frameTitle: string }): string {
  const src = new URL(embedPath(slug), appUrl).toString();
  const script = new URL("/embed.js", appUrl).toString();
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(frameTitle)}" loading="lazy" style="width:100%;border:0" height="${SNIPPET_HEIGHT}"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join("\n");
}
