import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPreviewEmoji, isEmojiGrapheme, twemojiName } from "./preview-emoji";

const decode = (dataUri: string | undefined) => Buffer.from(dataUri!.replace(/^data:image\/svg\+xml;base64,/, ""), "base64").toString("utf8");

describe("isEmojiGrapheme", () => {
  it("takes emoji, sequences, skin tones, flags and keycaps", () => {
    for (const emoji of ["🐝", "❤️", "👨‍👩‍👧", "🙏🏽", "🇰🇷", "1️⃣", "🏳️‍🌈"]) expect(isEmojiGrapheme(emoji), emoji).toBe(true);
  });

  it("leaves letters, digits, CJK and text symbols to the fonts", () => {
    for (const text of ["a", "1", "#", "국", "救", "©", "™", "↔", "❤︎"]) expect(isEmojiGrapheme(text), text).toBe(false);
  });
});

describe("twemojiName", () => {
  it("spells Twemoji's file names", () => {
    expect(twemojiName("🐝")).toBe("1f41d");
    expect(twemojiName("❤️")).toBe("2764");
    expect(twemojiName("1️⃣")).toBe("31-20e3");
    expect(twemojiName("👨‍👩‍👧")).toBe("1f468-200d-1f469-200d-1f467");
    expect(twemojiName("🏳️‍🌈")).toBe("1f3f3-fe0f-200d-1f308");
  });
});

describe("createPreviewEmoji", () => {
  const emoji = createPreviewEmoji();

  it("gives each emoji its Twemoji picture, read from node_modules, and leaves the text without them", () => {
    const { graphemeImages, textOnly } = emoji.split(["Save the bees 🐝🌻 now! 👨‍👩‍👧 🙏🏽", "내 친구 🇰🇷 ©"]);
    expect(Object.keys(graphemeImages).sort()).toEqual(["👨‍👩‍👧", "🇰🇷", "🌻", "🐝", "🙏🏽"].sort());
    for (const picture of Object.values(graphemeImages)) expect(decode(picture)).toMatch(/^<svg[\s>]/);
    expect(textOnly).toEqual(["Save the bees  now!  ", "내 친구  ©"]);
  });

  it("keeps an emoji Twemoji has no picture for in the text (drawn as a box)", () => {
    const { graphemeImages, textOnly } = emoji.split(["new \u{1FAE9}"]);
    expect(graphemeImages).toEqual({});
    expect(textOnly).toEqual(["new \u{1FAE9}"]);
  });

  it("reads pictures from the folder it is given only", () => {
    const elsewhere = createPreviewEmoji({ twemojiDir: path.join(process.cwd(), "no-such-folder") });
    expect(elsewhere.split(["🐝"]).graphemeImages).toEqual({});
  });
});
