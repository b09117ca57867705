import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import { getDb } from "../db";
import { getEnv } from "../env";
import { LOCALE_COOKIE, resolveLocale } from "../i18n/locales";
import { completeSignIn } from "./complete-sign-in";
import type { Person } from "./person";
import { sendSignInEmail } from "./send-sign-in-email";
import { safeCallbackPath } from "./sign-in-link";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** How long a sign-in link works. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

declare module "next-auth" {
  interface User {
    role?: Person["role"];
    trusted?: boolean;
  }
  interface Session {
    person: Person;
  }
}

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  const found = header.split(/;\s*/).find((part) => part.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : undefined;
}

// The configuration is built on first use, not at import: `next build` runs without one.
function config(): NextAuthConfig {
  const env = getEnv();
  const db = getDb();
  return {
    adapter: PrismaAdapter(db as never) as Adapter,
    // Sessions live in the database: they survive restarts, are shared by every process, and
    // signing out (or an admin removing someone) ends them for real.
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: env.APP_SECRET,
    // The custom server in front decides which Host and forwarding headers to believe.
    trustHost: true,
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        options: {},
        async sendVerificationRequest({ identifier, token, url, request }) {
          // Auth.js hands the callback over made absolute on its own origin (its redirect
          // callback): read back as a path on that origin, or it would become /dashboard.
          const link = new URL(url);
          const callbackUrl = safeCallbackPath(link.searchParams.get("callbackUrl"), link.origin);
          const locale = resolveLocale(cookieValue(request, LOCALE_COOKIE), request.headers.get("accept-language"));
          await sendSignInEmail({ db, email: identifier, token, callbackUrl, locale });
        },
      },
    ],
    callbacks: {
      session({ session, user }) {
        session.person = { id: user.id!, email: user.email!, role: user.role ?? "USER", trusted: user.trusted ?? false };
        return session;
      },
    },
    events: {
      async signIn({ user }) {
        if (user.id && user.email) await completeSignIn({ db, userId: user.id, email: user.email, adminEmails: env.ADMIN_EMAILS });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
