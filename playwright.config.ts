import { defineConfig, devices } from "@playwright/test";
import { ADMIN_EMAIL, DEV_MAILBOX_KEY, mailboxAccess } from "./e2e/support/mailbox-key";

// Run through `npm test` (or `npm run test:e2e`), which starts PostgreSQL, builds Chorus
// and sets DATABASE_URL and E2E_PORT. The browser is Debian's Chromium unless
// CHROMIUM_PATH names another (for example Playwright's own).
const port = Number(process.env.E2E_PORT ?? 3100);
// One web process per `npm start` (the app and the extra ones specs start), whatever the
// cores: specs that edit a campaign then open its page expect the page refreshed at once,
// which Next.js does only in the process that made the edit (README, Known limits). Several
// processes are tested in lib/server/web-cluster.integration.test.ts and e2e/multi-process.spec.ts.
process.env.WEB_CONCURRENCY ??= "1";
const baseURL = `http://127.0.0.1:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // Every browser context may open the development mailbox, as the operator would.
    storageState: mailboxAccess,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/v1/campaigns/save-my-friend`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      APP_URL: baseURL,
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      APP_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      DEV_MAILBOX: "1",
      DEV_MAILBOX_KEY,
      SEED_DEMO: "1",
      WORKER_POLL_MS: "200",
      RATE_LIMIT_SIGN_PER_IP_PER_MINUTE: "1000",
      RATE_LIMIT_SIGN_IN_PER_HOUR: "1000",
      ADMIN_EMAILS: ADMIN_EMAIL,
      NEXT_TELEMETRY_DISABLED: "1",
      CHORUS_IGNORE_DOTENV: "1",
    },
  },
});
