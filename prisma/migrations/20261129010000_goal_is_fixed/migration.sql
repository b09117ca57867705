-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "goalIsFixed" BOOLEAN NOT NULL DEFAULT false;
