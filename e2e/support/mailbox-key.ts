/**
 * The development mailbox key every test server gets (production requires one with
 * DEV_MAILBOX=1), and the cookie a browser holds after opening the mailbox link with it.
 * Kept free of imports: playwright.config.ts loads it.
 */
export const DEV_MAILBOX_KEY = "e2e-mailbox-key-e2e-mailbox-key-e2e-mailbox";

export const mailboxAccess = {
  cookies: [
    { name: "chorus_dev_mailbox", value: DEV_MAILBOX_KEY, domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Strict" as const },
  ],
  origins: [],
};

/** The address the test server lists in ADMIN_EMAILS: whoever signs in with it is an admin. */
export const ADMIN_EMAIL = "first-admin@example.org";
