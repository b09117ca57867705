/** The PostgreSQL channel on which a process tells the others which public pages changed. */
export const PAGES_CHANGED_CHANNEL = "chorus_pages_changed";
