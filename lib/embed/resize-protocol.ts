// The messages between the widget (in its frame) and public/embed.js (on the embedding page).
// embed.js is a plain script served as it is, so it spells these out itself; keep them equal.

/** Widget → page: `{ type, height }`, the height of the widget's content in CSS pixels. */
export const RESIZE_MESSAGE = "chorus:resize";
/** Page → widget: "tell me your height", for a page whose script started after the widget reported. */
export const MEASURE_MESSAGE = "chorus:measure";
