import { getTranslations } from "next-intl/server";
import type { ReferralReach } from "@/lib/referrals/referral-stats";

/** "N people have signed through your link", for the signer whose link it is. */
export async function ReferralReachNote({ reach }: { reach: ReferralReach }) {
  const t = await getTranslations("referrals");
  const text =
    reach.direct === 0 ? t("reachNone") : reach.total > reach.direct ? t("reachChain", reach) : t("reachDirect", reach);
  return (
    <p className="alert alert--info" data-testid="referral-reach">
      {text}
    </p>
  );
}
