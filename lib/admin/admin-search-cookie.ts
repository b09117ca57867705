/** Holds an admin's search by email for an hour, so the address never appears in a URL. */
export const ADMIN_SEARCH_COOKIE = "chorus_admin_search";
