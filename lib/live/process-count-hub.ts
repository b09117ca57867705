import { getDb } from "../db";
import { getEnv } from "../env";
import { getSignatureCount } from "../signatures/signature-count";
import { createCountHub, type CountHub } from "./count-hub";

const globalForHub = globalThis as unknown as { chorusCountHub?: CountHub };

/** This process's one LISTEN connection and its streams. */
export function getCountHub(): CountHub {
  globalForHub.chorusCountHub ??= createCountHub({
    connectionString: getEnv().DATABASE_URL,
    readCount: (campaignId) => getSignatureCount(getDb(), campaignId),
  });
  return globalForHub.chorusCountHub;
}
