import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCache } from "./env";
import { installationSecret } from "./security/installation-secret";

const base = { DATABASE_URL: "postgresql://chorus@127.0.0.1:5432/chorus" };
let saved: NodeJS.ProcessEnv;

function withEnv(values: Record<string, string>) {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, base, values);
  resetEnvCache();
  return getEnv;
}

beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, saved);
  resetEnvCache();
});

describe("getEnv", () => {
  it("takes WEB_CONCURRENCY as a whole number from 1 to 64, unset by default", () => {
    expect(withEnv({ NODE_ENV: "development" })().WEB_CONCURRENCY).toBeUndefined();
    expect(withEnv({ NODE_ENV: "development", WEB_CONCURRENCY: "4" })().WEB_CONCURRENCY).toBe(4);
    for (const wrong of ["0", "65", "2.5", "many"]) {
      expect(() => withEnv({ NODE_ENV: "development", WEB_CONCURRENCY: wrong })()).toThrow(/WEB_CONCURRENCY/);
    }
  });

  it("outside production without APP_SECRET uses this installation's generated secret, not a constant", () => {
    const env = withEnv({ NODE_ENV: "development" })();
    expect(env.APP_SECRET).toBe(installationSecret("app-secret"));
    expect(env.APP_SECRET).not.toMatch(/chorus-development-secret/);
  });

  it("in production the mailbox is off unless DEV_MAILBOX or a mailbox key is set", () => {
    const production = { NODE_ENV: "production", APP_SECRET: "x".repeat(32), RESEND_API_KEY: "re_x", APP_URL: "https://petitions.example.org", EMAIL_FROM: "no-reply@petitions.example.org" };
    expect(withEnv(production)().devMailboxEnabled).toBe(false);
    expect(withEnv({ ...production, DEV_MAILBOX: "1" })().devMailboxEnabled).toBe(true);
    expect(withEnv({ ...production, DEV_MAILBOX_KEY: "k".repeat(32) })().devMailboxEnabled).toBe(true);
    expect(withEnv({ NODE_ENV: "development" })().devMailboxEnabled).toBe(true);
  });

  it("in production with real email, refuses the local EMAIL_FROM and APP_URL defaults", () => {
    const production = { NODE_ENV: "production", APP_SECRET: "x".repeat(32), RESEND_API_KEY: "re_x" };
    const sender = { EMAIL_FROM: "Chorus <no-reply@petitions.example.org>" };
    const site = { APP_URL: "https://petitions.example.org" };
    expect(withEnv({ ...production, ...site })).toThrow(/EMAIL_FROM/);
    expect(withEnv({ ...production, ...site, EMAIL_FROM: "Chorus <no-reply@chorus.localhost>" })).toThrow(/EMAIL_FROM/);
    expect(withEnv({ ...production, ...sender })).toThrow(/APP_URL/);
    for (const local of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000", "http://chorus.localhost"]) {
      expect(withEnv({ ...production, ...sender, APP_URL: local }), local).toThrow(/APP_URL/);
    }
    expect(withEnv({ ...production, ...sender, ...site })().APP_URL).toBe("https://petitions.example.org");
    expect(withEnv({ ...production, ...site, EMAIL_FROM: "no-reply@petitions.example.org" })().EMAIL_FROM).toBe("no-reply@petitions.example.org");
    // Without an email provider (the local trial's mailbox) nothing leaves the machine: the defaults are fine.
    expect(withEnv({ NODE_ENV: "production", APP_SECRET: "x".repeat(32), DEV_MAILBOX: "1" })().APP_URL).toBe("http://localhost:3000");
    // Outside production, too.
    expect(withEnv({ RESEND_API_KEY: "re_x" })().EMAIL_FROM).toBe("Chorus <no-reply@chorus.localhost>");
  });

  it("takes a webhook signing secret only in Resend's whsec_ form", () => {
    expect(withEnv({ RESEND_WEBHOOK_SECRET: "not-a-secret" })).toThrow(/RESEND_WEBHOOK_SECRET/);
    expect(withEnv({ RESEND_WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })().RESEND_WEBHOOK_SECRET).toMatch(/^whsec_/);
  });

  it("refuses TRUST_PROXY without TRUSTED_PROXIES (it used to trust any peer)", () => {
    expect(withEnv({ TRUST_PROXY: "1" })).toThrow(/TRUSTED_PROXIES/);
    expect(withEnv({ TRUST_PROXY: "1", TRUSTED_PROXIES: "10.0.0.0/8" })().proxyTrust.maxHops).toBe(1);
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(withEnv({ TRUSTED_PROXIES: "10.0.0.0/8, lb.internal" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("refuses diagnostics without a token", () => {
    expect(withEnv({ CHORUS_DIAGNOSTICS: "1" })).toThrow(/CHORUS_DIAGNOSTICS_TOKEN/);
    expect(withEnv({ CHORUS_DIAGNOSTICS: "1", CHORUS_DIAGNOSTICS_TOKEN: "t".repeat(32) })().CHORUS_DIAGNOSTICS).toBe(true);
  });

  it("lets any site embed the widget unless EMBED_ALLOWED_ORIGINS lists some, and refuses a list it cannot use", () => {
    expect(withEnv({})().embedFrameAncestors).toBe("*");
    expect(withEnv({ EMBED_ALLOWED_ORIGINS: "https://blog.example.org" })().embedFrameAncestors).toBe("'self' https://blog.example.org");
    expect(withEnv({ EMBED_ALLOWED_ORIGINS: "https://blog.example.org; script-src *" })).toThrow(/EMBED_ALLOWED_ORIGINS/);
  });

  it("listens on every interface unless HOST says otherwise", () => {
    expect(withEnv({})().HOST).toBe("0.0.0.0");
    expect(withEnv({ HOST: "127.0.0.1" })().HOST).toBe("127.0.0.1");
  });

  it("keeps uploads in .data/uploads unless UPLOADS_DIR names another folder", () => {
    expect(withEnv({})().uploadsDir).toBe(path.resolve(".data", "uploads"));
    expect(withEnv({ UPLOADS_DIR: "/srv/chorus/uploads" })().uploadsDir).toBe("/srv/chorus/uploads");
    expect(withEnv({ UPLOADS_DIR: "shared/uploads" })().uploadsDir).toBe(path.resolve("shared/uploads"));
  });
});
