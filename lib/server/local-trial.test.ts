import { describe, expect, it } from "vitest";
import { localTrialSettings } from "./local-trial";

const secret = (name: string) => `generated-${name}-generated-generated-generated`;

describe("localTrialSettings", () => {
  it("a production start with nothing set: a generated secret, this machine only, and a mailbox key", () => {
    expect(localTrialSettings({}, { dev: false, secret })).toEqual({
      APP_SECRET: secret("app-secret"),
      HOST: "127.0.0.1",
      DEV_MAILBOX_KEY: secret("dev-mailbox-key"),
    });
  });

  it("never turns the mailbox on without a key (DEV_MAILBOX is left to the operator)", () => {
    expect(localTrialSettings({}, { dev: false, secret })).not.toHaveProperty("DEV_MAILBOX");
  });

  it("no mailbox key with an email provider, in development, or when DEV_MAILBOX is set explicitly", () => {
    expect(localTrialSettings({ RESEND_API_KEY: "re_x" }, { dev: false, secret })).not.toHaveProperty("DEV_MAILBOX_KEY");
    expect(localTrialSettings({}, { dev: true, secret })).not.toHaveProperty("DEV_MAILBOX_KEY");
    expect(localTrialSettings({ DEV_MAILBOX: "1" }, { dev: false, secret })).not.toHaveProperty("DEV_MAILBOX_KEY");
    expect(localTrialSettings({ DEV_MAILBOX: "0" }, { dev: false, secret })).not.toHaveProperty("DEV_MAILBOX_KEY");
  });

  it("keeps what the person set", () => {
    const settings = localTrialSettings({ APP_SECRET: "mine", HOST: "0.0.0.0", DEV_MAILBOX_KEY: "k" }, { dev: false, secret });
    expect(settings).toEqual({});
  });
});
