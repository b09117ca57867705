import { describe, expect, it } from "vitest";
import { hashIp, subscriberPrefix } from "./hash-ip";

describe("subscriberPrefix", () => {
  it("keeps IPv4 addresses, mapped or not", () => {
    expect(subscriberPrefix("203.0.113.9")).toBe("203.0.113.9");
    expect(subscriberPrefix("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("reduces IPv6 addresses to their /64, however they are written", () => {
    expect(subscriberPrefix("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(subscriberPrefix("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(subscriberPrefix("2001:0DB8:0001:0002:0:0:0:ffff")).toBe("2001:db8:1:2::/64");
    expect(subscriberPrefix("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });
});

describe("keyed hashes", () => {
  it("give one key to every address of an IPv6 /64", () => {
    expect(hashIp("s".repeat(32), "2001:db8:1:2::1")).toBe(hashIp("s".repeat(32), "2001:db8:1:2:ffff::9"));
    expect(hashIp("s".repeat(32), "2001:db8:1:2::1")).not.toBe(hashIp("s".repeat(32), "2001:db8:1:3::1"));
  });
});
