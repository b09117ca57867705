import { describe, expect, it } from "vitest";
import { draftCampaign, publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { findAvailableSlug } from "./find-available-slug";

const database = withTestDatabase();

describe("findAvailableSlug", () => {
  it("returns the base when no campaign uses it", async () => {
    await publishedCampaign(database.db, { slug: "save-the-park-2" });
    expect(await findAvailableSlug({ db: database.db, base: "save-the-park" })).toBe("save-the-park");
  });

  it("numbers past every slug taken, drafts included", async () => {
    await publishedCampaign(database.db, { slug: "save-the-park" });
    expect(await findAvailableSlug({ db: database.db, base: "save-the-park" })).toBe("save-the-park-2");
    await draftCampaign(database.db, { slug: "save-the-park-2" });
    await publishedCampaign(database.db, { slug: "save-the-park-3" });
    expect(await findAvailableSlug({ db: database.db, base: "save-the-park" })).toBe("save-the-park-4");
  });

  it("looks past a full batch of numbered slugs", async () => {
    await database.db.campaign.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        slug: i === 0 ? "busy" : `busy-${i + 1}`,
        title: "Busy",
        summary: "s",
        story: "s",
        target: "t",
        goal: 10,
      })),
    });
    expect(await findAvailableSlug({ db: database.db, base: "busy" })).toBe("busy-26");
  });

  it("counts the edited campaign's own slug as free", async () => {
    const own = await publishedCampaign(database.db, { slug: "keep-my-slug" });
    expect(await findAvailableSlug({ db: database.db, base: "keep-my-slug", excludeCampaignId: own.id })).toBe("keep-my-slug");
    expect(await findAvailableSlug({ db: database.db, base: "keep-my-slug" })).toBe("keep-my-slug-2");
  });

  it("keeps numbered slugs of a 60-character base within 60 characters", async () => {
    const base = `${"word-".repeat(11)}abcd`;
    await publishedCampaign(database.db, { slug: base });
    const next = await findAvailableSlug({ db: database.db, base });
    expect(next).toBe(`${"word-".repeat(11).slice(0, -1)}-2`);
    expect(next.length).toBeLessThanOrEqual(60);
  });
});
