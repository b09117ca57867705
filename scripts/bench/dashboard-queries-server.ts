// Times each dashboard statistics query on the bench's rows, in a process of its own (run by
// csv-export.ts with `--conditions=react-server`: the lib modules are server-only). Reports
// over IPC. The export itself is measured through Chorus's own route (csv-export.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getCampaignTotals } from "../../lib/dashboard/get-campaign-totals";
import { getLatestSigners } from "../../lib/dashboard/get-latest-signers";
import { getSignaturesByCountry } from "../../lib/dashboard/get-signatures-by-country";
import { getSignaturesOverTime } from "../../lib/dashboard/get-signatures-over-time";
import { createDb } from "../../lib/db";

export type DashboardReport = { type: "dashboard"; medianMs: Record<string, number> };

const campaignId = process.env.CAMPAIGN_ID!;
const { prisma: db } = createDb(process.env.DATABASE_URL!, 4);
const send = (message: DashboardReport | { type: "listening"; port: number }) => process.send!(message);

async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run();
  const durations: number[] = [];
  for (let index = 0; index < times; index++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return Math.round(durations[times >> 1]! * 10) / 10;
}

const server = http.createServer(async (request, response) => {
  if (request.url === "/dashboard") {
    const day = 86_400_000;
    const medians: Record<string, number> = {
      "getSignaturesOverTime (day, 30 days)": await medianMs(() => getSignaturesOverTime({ db, campaignId, granularity: "day", since: new Date(Date.now() - 30 * day) })),
      "getSignaturesOverTime (hour, 7 days)": await medianMs(() => getSignaturesOverTime({ db, campaignId, granularity: "hour", since: new Date(Date.now() - 7 * day) })),
      getSignaturesByCountry: await medianMs(() => getSignaturesByCountry({ db, campaignId })),
      "getLatestSigners (10)": await medianMs(() => getLatestSigners({ db, campaignId, limit: 10 })),
      getCampaignTotals: await medianMs(() => getCampaignTotals({ db, campaignId })),
    };
    send({ type: "dashboard", medianMs: medians });
    response.writeHead(204).end();
    return;
  }
  response.writeHead(404).end();
});
server.listen(0, "127.0.0.1", () => send({ type: "listening", port: (server.address() as AddressInfo).port }));
