/**
 * What `npm start` fills in when it runs the embedded database (no DATABASE_URL): Chorus
 * on the newcomer's own machine. Only settings the person did not set are returned.
 *  - APP_SECRET: made once for this installation (kept in .data/).
 *  - HOST: 127.0.0.1, so a trial on a laptop is not served to the café's network.
 *  - DEV_MAILBOX_KEY: without an email provider, confirmation emails land in /dev/mailbox;
 *    in a production start that mailbox opens only with a key printed in the console, so a
 *    same-host reverse proxy that makes every visitor look local still cannot show it.
 */
export function localTrialSettings(
  env: Record<string, string | undefined>,
  options: { dev: boolean; secret: (name: string) => string },
): Record<string, string> {
  const settings: Record<string, string> = {};
  if (!env.APP_SECRET) settings.APP_SECRET = options.secret("app-secret");
  if (!env.HOST) settings.HOST = "127.0.0.1";
  // `npm run dev` shows the mailbox as development does; an explicit DEV_MAILBOX is the operator's choice.
  if (!options.dev && !env.RESEND_API_KEY && env.DEV_MAILBOX === undefined && !env.DEV_MAILBOX_KEY) {
    settings.DEV_MAILBOX_KEY = options.secret("dev-mailbox-key");
  }
  return settings;
}
