-- Referrals: where a signature came from (the share button's network and utm_* tags), and
-- an index to count the signatures each signer's link brought.

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN "utmSource" VARCHAR(64),
ADD COLUMN "utmMedium" VARCHAR(64),
ADD COLUMN "utmCampaign" VARCHAR(64);

-- CreateIndex
CREATE INDEX "Signature_campaignId_referredBy_idx" ON "Signature"("campaignId", "referredBy");
