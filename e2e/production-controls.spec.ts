import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { CLIENT_IP_HEADER, CLIENT_IP_SIGNATURE_HEADER } from "../lib/http/client-ip";
import { hashIp } from "../lib/security/hash-ip";
import { publishedCampaign } from "../test/factories";
import { startAnotherAppProcess } from "./support/app-process";
import { APP_SECRET, signInEnglish, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";

// The production build started the ways an operator might start it, each with its own
// environment: what the mailbox, proxy trust and the sign limit do over real HTTP.

type AppProcess = Awaited<ReturnType<typeof startAnotherAppProcess>>;
const randomSecret = () => randomBytes(32).toString("base64url");
/** A made-up client address of its own for each test run (rate-limit rows live in the shared database). */
const randomClient = () => `198.18.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 254) + 1}`;

async function sign(app: AppProcess, slug: string, headers: Record<string, string>) {
  return fetch(`${app.url}/api/v1/campaigns/${slug}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ name: "Limit Tester", email: uniqueEmail("limit"), country: "DE" }),
  });
}

const forgedAddress = () => ({ [CLIENT_IP_HEADER]: randomClient(), [CLIENT_IP_SIGNATURE_HEADER]: "forged" });

test.describe("the development mailbox", () => {
  test("refuses a forwarded request when no proxy is trusted (a reverse proxy on this host)", async ({ request }) => {
    expect((await request.get("/dev/mailbox")).status()).toBe(200);
    for (const header of ["x-forwarded-for", "forwarded", "x-real-ip", "via"]) {
      const response = await request.get("/dev/mailbox", { headers: { [header]: header === "via" ? "1.1 nginx" : "203.0.113.5" } });
      expect(response.status(), header).toBe(404);
    }
  });

  test("refuses a client a trusted proxy says is elsewhere; a production start without DEV_MAILBOX has none", async () => {
    test.setTimeout(120_000);
    // DEV_MAILBOX=1 without a key: the operator's explicit choice, still for this machine only.
    const behindProxy = await startAnotherAppProcess({
      env: { APP_SECRET: randomSecret(), TRUSTED_PROXIES: "127.0.0.1", DEV_MAILBOX_KEY: undefined, WORKER: "off" },
    });
    const withoutMailbox = await startAnotherAppProcess({
      // Real email configured, so production asks for a public address and sender (never contacted: the worker is off).
      env: {
        APP_SECRET: randomSecret(),
        DEV_MAILBOX: undefined,
        DEV_MAILBOX_KEY: undefined,
        RESEND_API_KEY: "re_e2e_unused",
        APP_URL: "https://petitions.example.org",
        EMAIL_FROM: "Chorus <no-reply@petitions.example.org>",
        WORKER: "off",
      },
    });
    try {
      expect((await fetch(`${behindProxy.url}/dev/mailbox`, { headers: { "x-forwarded-for": "203.0.113.5" } })).status).toBe(404);
      expect((await fetch(`${behindProxy.url}/dev/mailbox`, { headers: { "x-forwarded-for": "127.0.0.1" } })).status).toBe(200);
      expect((await fetch(`${withoutMailbox.url}/dev/mailbox`)).status).toBe(404);
    } finally {
      await Promise.all([behindProxy.stop(), withoutMailbox.stop()]);
    }
  });

  test("`npm start` with nothing set: the mailbox opens only through the link with the key from the console", async ({ page }) => {
    test.setTimeout(180_000);
    // The newcomer's start: embedded PostgreSQL, no email provider, no secret, no DEV_MAILBOX.
    const port = String(20_000 + (randomBytes(2).readUInt16BE() % 20_000));
    const trial = await startAnotherAppProcess({
      env: { DATABASE_URL: undefined, APP_SECRET: undefined, DEV_MAILBOX: undefined, DEV_MAILBOX_KEY: undefined, RESEND_API_KEY: undefined, EMBEDDED_POSTGRES_PORT: port },
    });
    try {
      expect((await fetch(`${trial.url}/dev/mailbox`)).status).toBe(404);
      expect((await fetch(`${trial.url}/dev/mailbox?key=wrong-key`, { redirect: "manual" })).status).toBe(404);
      const link = /(http:\/\/\S+\/dev\/mailbox\?key=[\w-]+)/.exec(trial.output())?.[1];
      expect(link, trial.output()).toBeTruthy();
      await page.goto(link!);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(new URL(page.url()).search).toBe("");
      const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "chorus_dev_mailbox");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      expect((await page.goto(`${trial.url}/dev/mailbox`))!.status()).toBe(200);
    } finally {
      await trial.stop();
    }
  });
});

test.describe("the per-address sign limit and proxy trust over HTTP", () => {
  test("at its default, the 31st sign from one address in a minute is 429 with Retry-After; a forged address header changes nothing", async () => {
    test.setTimeout(120_000);
    const campaign = await publishedCampaign(e2eDb());
    const app = await startAnotherAppProcess({
      env: { APP_SECRET: randomSecret(), TRUSTED_PROXIES: "127.0.0.1", RATE_LIMIT_SIGN_PER_IP_PER_MINUTE: undefined, WORKER: "off" },
    });
    try {
      const client = randomClient();
      for (let attempt = 1; attempt <= 30; attempt++) {
        const response = await sign(app, campaign.slug, { "x-forwarded-for": client, ...forgedAddress() });
        expect(response.status, `attempt ${attempt}`).toBe(202);
      }
      const limited = await sign(app, campaign.slug, { "x-forwarded-for": client, ...forgedAddress() });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
      // The trusted proxy's X-Forwarded-For names the client: another address has its own budget.
      expect((await sign(app, campaign.slug, { "x-forwarded-for": randomClient() })).status).toBe(202);
    } finally {
      await app.stop();
    }
  });

  test("X-Forwarded-For from a peer that is not a trusted proxy is ignored", async () => {
    test.setTimeout(120_000);
    const campaign = await publishedCampaign(e2eDb());
    // Its own secret: its rate-limit keys for 127.0.0.1 are its own in the shared database.
    const app = await startAnotherAppProcess({
      env: { APP_SECRET: randomSecret(), TRUSTED_PROXIES: "10.0.0.0/8", RATE_LIMIT_SIGN_PER_IP_PER_MINUTE: "3", WORKER: "off" },
    });
    try {
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await sign(app, campaign.slug, { "x-forwarded-for": randomClient() })).status).toBe(202);
      }
      expect((await sign(app, campaign.slug, { "x-forwarded-for": randomClient() })).status).toBe(429);
    } finally {
      await app.stop();
    }
  });
});

test.describe("the client address Next.js sees", () => {
  test.use({ extraHTTPHeaders: { [CLIENT_IP_HEADER]: "198.51.100.23", [CLIENT_IP_SIGNATURE_HEADER]: "forged" } });

  test("a client's own x-chorus-client-ip is never taken for its address, through Chorus or `next start`", async ({ page }) => {
    test.setTimeout(120_000);
    const db = e2eDb();
    const campaign = await publishedCampaign(db);
    const ipHashOf = async (email: string) => {
      await expect.poll(() => db.signature.count({ where: { email } })).toBe(1);
      return (await db.signature.findFirstOrThrow({ where: { email }, select: { ipHash: true } })).ipHash;
    };

    const throughChorus = uniqueEmail("forged");
    await page.goto(`/c/${campaign.slug}`);
    await signInEnglish(page, { name: "Forged Header", email: throughChorus });
    expect(await ipHashOf(throughChorus)).toBe(hashIp(APP_SECRET, "127.0.0.1"));

    // Without the Chorus server nothing resolves the address: none is used rather than the client's claim.
    const nextAlone = await startAnotherAppProcess({ command: "next-start", readyPath: `/c/${campaign.slug}`, env: { WORKER: "off" } });
    try {
      const throughNext = uniqueEmail("forged");
      await page.goto(`${nextAlone.url}/c/${campaign.slug}`);
      await signInEnglish(page, { name: "Forged Header", email: throughNext });
      expect(await ipHashOf(throughNext)).toBeNull();
    } finally {
      await nextAlone.stop();
    }
  });
});
