-- Campaigns in several languages: the campaign row keeps its own (source) language's text,
-- each other language is a row of CampaignTranslation.

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "shareText" TEXT;

-- CreateTable
CREATE TABLE "CampaignTranslation" (
    "campaignId" UUID NOT NULL,
    "language" VARCHAR(16) NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "target" TEXT,
    "shareText" TEXT,
    "imageAlt" TEXT,
    "isDraft" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CampaignTranslation_pkey" PRIMARY KEY ("campaignId","language")
);

-- The home page's search looks in every published language (see list-public-campaigns.ts).
CREATE INDEX "CampaignTranslation_search_idx" ON "CampaignTranslation" USING GIN (to_tsvector('simple', "title" || ' ' || "summary" || ' ' || COALESCE("target", '')));

-- AddForeignKey
ALTER TABLE "CampaignTranslation" ADD CONSTRAINT "CampaignTranslation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignTranslation" ADD CONSTRAINT "CampaignTranslation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
