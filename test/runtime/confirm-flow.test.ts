/**
 * Writes the rules are unsure of go to the model, and the model's answer is shown back as a confirm
 * card before anything is stored; a model that fails leaves the rules' answer. The model is a fake
 * OpenAI-compatible server, so the real SDK runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openChat, type TestChat } from "../support/chat.ts";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "../fakes/fake-openai-server.ts";

describe("confirm cards for uncertain writes", () => {
  let model: FakeOpenAiServer;
  let chat: TestChat;
  const customers = () => chat.app.db.prisma.customer.count({ where: { isGuest: false } });

  beforeAll(async () => {
    model = await startFakeOpenAiServer();
    chat = await openChat("pglite", { llmBaseURL: model.baseURL });
    await chat.send("alice", "/whoami", { role: "sales" });
  });
  afterAll(async () => {
    await chat?.close();
    await model?.close();
  });

  const VAGUE = "嗯 老周那边好像挺想要一批货的";

  it("stores the model's reading only after the user confirms", async () => {
    model.script({ kind: "json", value: { intent: "create_lead", slots: { name: "老周" } } });
    const before = await customers();
    const card = await chat.send("alice", VAGUE);
    expect(card[0]).toMatch(/请确认：新建线索：姓名：老周/);
    expect(card[0]).toMatch(/1\) 确认\n\s+2\) 修改\n\s+3\) 取消/);
    expect(await customers()).toBe(before);
    const saved = await chat.send("alice", "1");
    expect(saved[0]).toMatch(/L-\d+ 老周/);
    expect(await customers()).toBe(before + 1);
  });

  it("stores nothing when the user cancels", async () => {
    model.script({ kind: "json", value: { intent: "create_lead", slots: { name: "老周" } } });
    const before = await customers();
    await chat.send("alice", VAGUE);
    expect((await chat.send("alice", "取消"))[0]).toMatch(/已取消/);
    expect(await customers()).toBe(before);
  });

  it("reads a number as the choice shown beside it: 2 edits, 3 cancels", async () => {
    const before = await customers();
    model.script({ kind: "json", value: { intent: "create_lead", slots: { name: "老周" } } });
    await chat.send("alice", VAGUE);
    expect((await chat.send("alice", "2"))[0]).toMatch(/请把改好的内容完整发给我/);
    model.script({ kind: "json", value: { intent: "create_lead", slots: { name: "老周" } } });
    await chat.send("alice", VAGUE);
    expect((await chat.send("alice", "3"))[0]).toMatch(/已取消/);
    expect(await customers()).toBe(before);
  });

  it("falls back to the rules when the model is slow, and still answers", async () => {
    model.script({ kind: "slow", delayMs: 3000 });
    const fellBack = chat.app.parser.stats.fellBack;
    const replies = await chat.send("alice", VAGUE);
    expect(chat.app.parser.stats.fellBack).toBe(fellBack + 1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).not.toMatch(/Error/);
  });
});
