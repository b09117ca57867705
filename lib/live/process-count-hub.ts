import { getDb } from "../db";
import { getEnv } from "../env";
import { recentPublicSigners } from "../signatures/recent-public-signers";
import { getSignatureCount } from "../signatures/signature-count";
import { createCountHub, type CountHub } from "./count-hub";

const globalForHub = globalThis as unknown as { chorusCountHub?: CountHub };

/** This process's one LISTEN connection and its streams. */
export function getCountHub(): CountHub {
  globalForHub.chorusCountHub ??= createCountHub({
    connectionString: getEnv().DATABASE_URL,
    readSnapshot: async (campaignId) => {
      const [signatureCount, recentSigners] = await Promise.all([
        getSignatureCount(getDb(), campaignId),
        recentPublicSigners(getDb(), campaignId),
      ]);
      return { signatureCount, recentSigners };
    },
  });
  return globalForHub.chorusCountHub;
}
