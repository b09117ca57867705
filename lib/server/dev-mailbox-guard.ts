import "server-only";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { getEnv } from "../env";
import { clientIp } from "../http/client-ip";
import { DEV_MAILBOX_COOKIE, mayOpenDevMailbox } from "./dev-mailbox-access";

/**
 * The mailbox pages check again what the Chorus server's request gate checked, from what
 * they can verify themselves: so a path spelling the gate missed, or `next start` run
 * directly (no signed client address), still finds a 404.
 */
export async function requireDevMailboxAccess(): Promise<void> {
  const env = getEnv();
  const allowed = mayOpenDevMailbox(
    { enabled: env.devMailboxEnabled, key: env.DEV_MAILBOX_KEY ?? null },
    { clientIp: clientIp(await headers(), env.APP_SECRET), cookieKey: (await cookies()).get(DEV_MAILBOX_COOKIE)?.value ?? null },
  );
  if (!allowed) notFound();
}
