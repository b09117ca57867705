-- What a broadcast sends, frozen when it starts: the update's words, the campaign's titles
-- and the signature count. Retried batches render from it, so a batch's request body is the
-- same on every attempt (Resend refuses a reused idempotency key with a different body).
ALTER TABLE "UpdateBroadcast" ADD COLUMN "signatureCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "UpdateBroadcast" ADD COLUMN "content" JSONB NOT NULL DEFAULT '{}';

-- When a batch's recipients were checked against withdrawals, unsubscribes and suppressions
-- (once, before its first send): later attempts send exactly the same recipients.
ALTER TABLE "BroadcastBatch" ADD COLUMN "preparedAt" TIMESTAMPTZ(3);
