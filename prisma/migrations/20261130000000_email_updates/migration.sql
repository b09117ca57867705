-- Email updates: updates on the campaign page, their one email send (snapshotted into
-- batches of up to 100 recipients), unsubscribes, withdrawals, suppressions, webhook
-- delivery status and organizer milestones.

-- CreateEnum
CREATE TYPE "UpdateKind" AS ENUM ('NEWS', 'RESPONSE', 'VICTORY', 'SETBACK');
CREATE TYPE "BroadcastStatus" AS ENUM ('SENDING', 'PAUSED', 'DONE');
CREATE TYPE "BatchStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');
CREATE TYPE "RecipientStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');
CREATE TYPE "SuppressionReason" AS ENUM ('UNSUBSCRIBED_ALL', 'BOUNCED', 'COMPLAINED');

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN "unsubscribedAt" TIMESTAMPTZ(3),
ADD COLUMN "withdrawnAt" TIMESTAMPTZ(3);

ALTER TABLE "EmailMessage" ADD COLUMN "deliveryStatus" TEXT;

-- CreateTable
CREATE TABLE "CampaignUpdate" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "kind" "UpdateKind" NOT NULL DEFAULT 'NEWS',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CampaignUpdate_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "UpdateBroadcast" (
    "id" UUID NOT NULL,
    "updateId" UUID NOT NULL,
    "status" "BroadcastStatus" NOT NULL DEFAULT 'SENDING',
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "pausedReason" TEXT,
    "startedById" UUID,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "UpdateBroadcast_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "BroadcastBatch" (
    "id" UUID NOT NULL,
    "broadcastId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "BroadcastBatch_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "BroadcastRecipient" (
    "broadcastId" UUID NOT NULL,
    "signatureId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "status" "RecipientStatus" NOT NULL DEFAULT 'QUEUED',
    "providerId" TEXT,
    "deliveryStatus" TEXT,
    "error" TEXT,

    CONSTRAINT "BroadcastRecipient_pkey" PRIMARY KEY ("broadcastId","signatureId")
);

CREATE TABLE "EmailSuppression" (
    "addressKey" TEXT NOT NULL,
    "reason" "SuppressionReason" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailSuppression_pkey" PRIMARY KEY ("addressKey")
);

CREATE TABLE "CampaignMilestone" (
    "campaignId" UUID NOT NULL,
    "milestone" TEXT NOT NULL,
    "reachedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignMilestone_pkey" PRIMARY KEY ("campaignId","milestone")
);

-- CreateIndex
CREATE INDEX "EmailMessage_providerId_idx" ON "EmailMessage"("providerId");
CREATE INDEX "CampaignUpdate_campaignId_publishedAt_idx" ON "CampaignUpdate"("campaignId", "publishedAt");
CREATE UNIQUE INDEX "UpdateBroadcast_updateId_key" ON "UpdateBroadcast"("updateId");
CREATE UNIQUE INDEX "BroadcastBatch_idempotencyKey_key" ON "BroadcastBatch"("idempotencyKey");
CREATE INDEX "BroadcastBatch_status_nextAttemptAt_idx" ON "BroadcastBatch"("status", "nextAttemptAt");
CREATE UNIQUE INDEX "BroadcastBatch_broadcastId_seq_key" ON "BroadcastBatch"("broadcastId", "seq");
CREATE INDEX "BroadcastRecipient_batchId_idx" ON "BroadcastRecipient"("batchId");
CREATE INDEX "BroadcastRecipient_providerId_idx" ON "BroadcastRecipient"("providerId");

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "UpdateBroadcast" ADD CONSTRAINT "UpdateBroadcast_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "CampaignUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "UpdateBroadcast" ADD CONSTRAINT "UpdateBroadcast_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "BroadcastBatch" ADD CONSTRAINT "BroadcastBatch_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "UpdateBroadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BroadcastRecipient" ADD CONSTRAINT "BroadcastRecipient_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "UpdateBroadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BroadcastRecipient" ADD CONSTRAINT "BroadcastRecipient_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "Signature"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BroadcastRecipient" ADD CONSTRAINT "BroadcastRecipient_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "BroadcastBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignMilestone" ADD CONSTRAINT "CampaignMilestone_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
