import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every server action is a public endpoint: anyone can POST to it with any arguments. So
 * every action file is checked here: each export is made by protectedAction (session, right
 * on the campaign, zod, error mapping), unless it is one of the public actions listed below,
 * which a visitor without an account must be able to use.
 */
const PUBLIC_ACTIONS = new Set([
  "app/[locale]/c/[slug]/actions.ts#signPetitionAction",
  // The embeddable widget's sign form: the same as the page's, without the proof cookie.
  "app/[locale]/c/[slug]/actions.ts#signPetitionFromEmbedAction",
  "app/[locale]/c/[slug]/report-actions.ts#reportCampaignAction",
  "app/[locale]/confirm/[token]/actions.ts#confirmSignatureAction",
  "app/[locale]/confirm/[token]/actions.ts#resendConfirmationAction",
  "app/[locale]/sign-in/actions.ts#requestSignInLinkAction",
  // Ends the caller's own session, whatever it is.
  "app/[locale]/sign-in/actions.ts#signOutAction",
  "app/actions/set-locale.ts#setLocaleAction",
  // Deletes the caller's own search cookie; reads and changes nothing else.
  "app/[locale]/(signed-in)/admin/actions.ts#clearUserSearchAction",
  // The unsubscribe page's buttons: the signed token in the email's link is the proof (no account).
  "app/[locale]/unsubscribe/[token]/actions.ts#unsubscribeAction",
  "app/[locale]/unsubscribe/[token]/actions.ts#stopAllEmailAction",
  "app/[locale]/unsubscribe/[token]/actions.ts#resubscribeAction",
  "app/[locale]/unsubscribe/[token]/actions.ts#withdrawAction",
]);

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const actionFiles = ["app", "components", "lib"]
  .flatMap(filesUnder)
  .filter((file) => /\.(ts|tsx)$/.test(file) && /^\s*["']use server["']/m.test(readFileSync(file, "utf8")));

describe("server actions", () => {
  it("are found", () => {
    expect(actionFiles.length).toBeGreaterThan(3);
  });

  it.each(actionFiles)("%s: every export goes through protectedAction or is a listed public action", (file) => {
    const source = readFileSync(file, "utf8");
    const exported = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)\s*(=\s*([\w.]+))?/gm)];
    expect(exported.length, `${file} exports nothing`).toBeGreaterThan(0);
    for (const [, name, , initializer] of exported) {
      const key = `${file.split(path.sep).join("/")}#${name}`;
      const wrapped = initializer === "protectedAction";
      expect(wrapped || PUBLIC_ACTIONS.has(key), `${key} is neither made by protectedAction nor a listed public action`).toBe(true);
    }
  });
});

/** Route handlers that answer anyone: they read no session and reveal nothing about a signer. */
const PUBLIC_ROUTES = new Set([
  "app/api/[...path]/route.ts",
  // next-auth's own endpoints: signing in is how a session starts.
  "app/api/auth/[...nextauth]/route.ts",
  // Campaign images: public like the campaign pages that show them.
  "app/media/[...key]/route.ts",
  // Link-preview images: public like the campaign pages they illustrate.
  "app/c/[slug]/og.png/route.ts",
  // RFC 8058 one-click unsubscribe: the signed token in the path is the proof; reveals nothing.
  "app/api/unsubscribe/[token]/route.ts",
  // Resend's delivery events: the Svix signature is the proof; answers only ok or an error.
  "app/api/webhooks/resend/route.ts",
]);

const routeFiles = filesUnder("app").filter((file) => /(^|\/)route\.(ts|tsx)$/.test(file.split(path.sep).join("/")));

describe("route handlers", () => {
  it.each(routeFiles)("%s: every method goes through protectedRoute or the route is a listed public one", (file) => {
    const key = file.split(path.sep).join("/");
    if (PUBLIC_ROUTES.has(key)) return;
    const source = readFileSync(file, "utf8");
    const methods = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\s*(=\s*(\w+))?/gm)];
    expect(methods.length, `${key} exports no method`).toBeGreaterThan(0);
    for (const [, method, , initializer] of methods) {
      expect(initializer, `${key} ${method} is not made by protectedRoute`).toBe("protectedRoute");
    }
  });
});
