/**
 * The wechaty adapter with wechaty-puppet-mock: a mock contact writes to the logged-in bot (alone and in
 * a room), and what the bot says arrives at the mock contact or room.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PuppetMock, mock } from "wechaty-puppet-mock";
import { readWechatyConfig, wechatyAdapter } from "../../src/adapters/wechaty.ts";
import type { AdapterContext, PlatformAdapter } from "../../src/adapters/types.ts";
import type { Message } from "../../src/runtime/message.ts";
import { createLogger } from "../../src/runtime/logger.ts";

const log = createLogger("silent");

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("readWechatyConfig", () => {
  it("is off unless WECHATY_PUPPET is set", () => {
    expect(readWechatyConfig({}).on).toBe(false);
    expect(readWechatyConfig({ WECHATY_PUPPET_TOKEN: "t" }).on).toBe(false);
  });
  it("takes the puppet name and an optional token", () => {
    expect(readWechatyConfig({ WECHATY_PUPPET: "wechaty-puppet-mock" })).toEqual({ on: true, config: { puppet: "wechaty-puppet-mock" } });
    expect(readWechatyConfig({ WECHATY_PUPPET: "wechaty-puppet-service", WECHATY_PUPPET_TOKEN: "tok" })).toEqual({
      on: true,
      config: { puppet: "wechaty-puppet-service", token: "tok" },
    });
  });
});

describe("wechaty adapter with the mock puppet", () => {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const delivered: Message[] = [];
  const context: AdapterContext = {
    log,
    deliver: async (message) => {
      delivered.push(message);
      return "accepted";
    },
  };
  /** what the bot said, as the mock puppet saw it go out */
  const said: { to: string; text: string }[] = [];
  let adapter: PlatformAdapter;
  let botUser: ReturnType<typeof mocker.createContact>;
  let guest: ReturnType<typeof mocker.createContact>;

  beforeAll(async () => {
    adapter = wechatyAdapter.create({ puppet }, { log });
    await adapter.start!(context);
    botUser = mocker.createContact({ name: "Hotel Front Desk" });
    guest = mocker.createContact({ name: "Alice" });
    mocker.login(botUser);
    puppet.on("message", ({ messageId }) => {
      const payload = mocker.cacheMessagePayload.get(messageId) as { talkerId?: string; roomId?: string; listenerId?: string; text?: string } | undefined;
      if (payload?.talkerId === botUser.id) said.push({ to: payload.roomId || payload.listenerId || "", text: payload.text ?? "" });
    });
    await until(async () => (await adapter.check()).ok, "login");
  });
  afterAll(async () => {
    await adapter.stop!();
  });

  it("reports the login in check()", async () => {
    expect(await adapter.check()).toEqual({ ok: true, detail: `logged in as ${botUser.id}` });
    expect(adapter.audience).toBe("guest");
  });

  it("delivers a guest's text as a Message, and not the bot's own", async () => {
    const before = delivered.length;
    guest.say("Do you have a room for Friday?").to(botUser);
    const message = await until(() => delivered[before], "the delivery");
    expect(message).toMatchObject({
      platform: "wechaty",
      chatId: guest.id,
      userId: guest.id,
      text: "Do you have a room for Friday?",
      sender: { name: "Alice" },
    });
    expect(message.messageId).toBeTruthy();

    botUser.say("talking to myself").to(guest);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(delivered.slice(before)).toHaveLength(1);
  });

  it("uses the room id as the chat in a room", async () => {
    const room = mocker.createRoom({ topic: "Family trip", memberIdList: [botUser.id, guest.id] });
    const before = delivered.length;
    guest.say("Two rooms please").to(room);
    const message = await until(() => delivered[before], "the delivery");
    expect(message).toMatchObject({ chatId: room.id, userId: guest.id, text: "Two rooms please" });

    await adapter.send({ chatId: room.id, userId: guest.id }, { kind: "text", text: "Two rooms held for Friday." });
    expect(await until(() => said.find((m) => m.to === room.id), "the room reply")).toEqual({ to: room.id, text: "Two rooms held for Friday." });
  });

  it("says a reply to the contact, a choice as a numbered list", async () => {
    const before = said.length;
    await adapter.send({ chatId: guest.id, userId: guest.id }, { kind: "text", text: "Yes, we do." });
    await adapter.send(
      { chatId: guest.id, userId: guest.id },
      { kind: "choice", text: "Which room?", options: [{ label: "Double", value: "double" }, { label: "Suite", value: "suite" }] },
    );
    await until(() => said.length >= before + 2, "both replies");
    expect(said.slice(before)).toEqual([
      { to: guest.id, text: "Yes, we do." },
      { to: guest.id, text: "Which room?\n1. Double\n2. Suite" },
    ]);
  });
});

describe("wechaty adapter not started", () => {
  it("refuses to send, retryably, and says why in check()", async () => {
    const adapter = wechatyAdapter.create({ puppet: "wechaty-puppet-mock" }, { log });
    const error = await adapter.send({ chatId: "x", userId: "x" }, { kind: "text", text: "hi" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ platform: "wechaty", retryable: true });
    expect(await adapter.check()).toMatchObject({ ok: false, detail: expect.stringMatching(/not started/) });
  });

  it("loads the puppet named by WECHATY_PUPPET and waits for the QR code scan", async () => {
    const adapter = wechatyAdapter.create({ puppet: "wechaty-puppet-mock" }, { log });
    await adapter.start!({ log, deliver: async () => "accepted" });
    try {
      expect(await adapter.check()).toEqual({ ok: false, detail: "waiting for the QR code to be scanned" });
    } finally {
      await adapter.stop!();
    }
  });

  it("names the puppet package when it cannot be loaded", async () => {
    const adapter = wechatyAdapter.create({ puppet: "wechaty-puppet-not-installed" }, { log });
    const error = await adapter.start!({ log, deliver: async () => "accepted" }).catch((e: unknown) => e);
    await adapter.stop!();
    expect(String(error)).toContain("wechaty-puppet-not-installed");
  });
});
