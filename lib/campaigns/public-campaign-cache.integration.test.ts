import { describe, expect, it } from "vitest";
import { publishedCampaign, uniqueSlug } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import type { Db } from "../db";
import { createPublicCampaignCache } from "./public-campaign-cache";

const database = withTestDatabase();

/** A cache over a client that counts campaign lookups, on a clock the test moves. */
function countingCache(options: { maxEntries?: number } = {}) {
  const state = { queries: 0, now: 0 };
  const db = database.db.$extends({
    query: {
      campaign: {
        async findFirst({ args, query }) {
          state.queries++;
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  const cache = createPublicCampaignCache(db, { ttlMs: 5_000, notFoundTtlMs: 2_000, now: () => state.now, ...options });
  return { cache, state };
}

describe("createPublicCampaignCache", () => {
  it("shares one query among concurrent and repeated lookups within the TTL", async () => {
    const campaign = await publishedCampaign(database.db);
    const { cache, state } = countingCache();
    const rows = await Promise.all(Array.from({ length: 50 }, () => cache.find(campaign.slug)));
    expect(rows.every((row) => row?.id === campaign.id)).toBe(true);
    state.now = 4_999;
    expect((await cache.find(campaign.slug))?.id).toBe(campaign.id);
    expect(state.queries).toBe(1);
  });

  it("stops serving a campaign that was unpublished or deleted once the TTL has passed", async () => {
    const unpublished = await publishedCampaign(database.db);
    const deleted = await publishedCampaign(database.db);
    const { cache, state } = countingCache();
    await cache.find(unpublished.slug);
    await cache.find(deleted.slug);
    await database.db.campaign.update({ where: { id: unpublished.id }, data: { status: "DRAFT" } });
    await database.db.campaign.delete({ where: { id: deleted.id } });
    state.now = 5_001;
    expect(await cache.find(unpublished.slug)).toBeNull();
    expect(await cache.find(deleted.slug)).toBeNull();
  });

  it("remembers a missing slug briefly, then finds a campaign published under it", async () => {
    const slug = uniqueSlug();
    const { cache, state } = countingCache();
    expect(await cache.find(slug)).toBeNull();
    expect(await cache.find(slug)).toBeNull();
    expect(state.queries).toBe(1);
    await publishedCampaign(database.db, { slug });
    state.now = 2_001;
    expect((await cache.find(slug))?.slug).toBe(slug);
  });

  it("keeps at most maxEntries slugs, dropping the oldest", async () => {
    const first = await publishedCampaign(database.db);
    const { cache, state } = countingCache({ maxEntries: 3 });
    await cache.find(first.slug);
    for (const slug of ["a", "b", "c"]) await cache.find(uniqueSlug(slug));
    expect(state.queries).toBe(4);
    await cache.find(first.slug);
    expect(state.queries).toBe(5);
  });
});
