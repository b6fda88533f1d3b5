/** The reminder's buttons as commands, in a chat on both stores: Snooze moves the task, Add note saves. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openChat, type TestChat } from "../support/chat.ts";

describe.each(["pglite", "postgres"] as const)("snooze and task notes on %s", (kind) => {
  let chat: TestChat;
  beforeAll(async () => {
    chat = await openChat(kind);
    await chat.send("alice", "新线索：张伟，蓝海科技，电话13800138000，周五回电", { role: "sales" });
  });
  afterAll(() => chat.close());
  const db = () => chat.app.db.prisma;

  it("snoozes by a day when the button gives no length, and queues a new reminder", async () => {
    expect(await chat.send("alice", "/snooze T-1", { now: "2026-11-20T09:00:00+08:00" })).toEqual(["⏰ 已推迟 T-1 到 11月21日(周六) 09:00"]);
    const task = await db().task.findUniqueOrThrow({ where: { id: 1 } });
    expect(task.dueAt).toEqual(new Date("2026-11-21T09:00:00+08:00"));
    expect(await db().job.count({ where: { kind: "task-reminder", runAt: task.dueAt } })).toBe(1);
  });

  it.each([
    { text: "/推迟 T-1 3h", reply: "⏰ 已推迟 T-1 到 11月20日(周五) 12:00" },
    { text: "/snooze T-1 明天", reply: "⏰ 已推迟 T-1 到 11月21日(周六) 09:00" },
    { text: "/snooze T-1 someday", reply: "Snooze for how long? e.g. 3h, 1d, tomorrow." },
    { text: "/snooze T-99", reply: "No task T-99 of yours." },
    { text: "/推迟 T-99", reply: "没有找到你的任务 T-99。" },
  ])("$text", async ({ text, reply }) => {
    expect(await chat.send("alice", text, { now: "2026-11-20T09:00:00+08:00" })).toEqual([reply]);
  });

  it("asks for the note when the button has none, and adds it when given", async () => {
    expect(await chat.send("alice", "/tasknote T-1")).toEqual(["请发送：/tasknote T-1 备注内容"]);
    expect(await chat.send("alice", "/备注 T-1 要周五前报价")).toEqual(["📝 已为 T-1 添加备注：要周五前报价"]);
    expect(await chat.send("alice", "/tasknote T-1 带样品")).toEqual(["📝 已为 T-1 添加备注：带样品"]);
    expect((await db().task.findUniqueOrThrow({ where: { id: 1 } })).note).toBe("要周五前报价\n带样品");
  });

  it("keeps other reps out", async () => {
    expect(await chat.send("bob", "/snooze T-1 3h", { role: "sales" })).toEqual(["No task T-1 of yours."]);
  });
});
