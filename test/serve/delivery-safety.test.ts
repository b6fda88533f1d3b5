/**
 * Nothing acknowledged is lost, and nothing is handled twice: `serve` killed with SIGKILL after it
 * acknowledged a delivery and restarted handles it once; two `serve` processes on one PostgreSQL given
 * the same deliveries and the same due reminders handle each once. Real processes, real PostgreSQL,
 * Telegram's fake API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleJob } from "../../src/jobs/scheduler.ts";
import { useServeFleet } from "../support/serve-fleet.ts";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "../fakes/fake-openai-server.ts";

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("delivery safety across processes", () => {
  const fleet = useServeFleet();
  let model: FakeOpenAiServer;
  beforeAll(async () => {
    model = await startFakeOpenAiServer();
  });
  afterAll(() => model?.close());

  const serve = () =>
    fleet.serve({
      OPENAI_API_KEY: "test", OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: "20000", CHATCRM_CLAIM_LEASE_MS: "1500",
      // Reminders go out at any hour of the test's day.
      CHATCRM_QUIET_HOURS: "0-0",
    });

  it("handles a delivery acknowledged just before a SIGKILL once, after a restart", async () => {
    // The model is slow, so the first process is mid-way through the message when it is killed.
    model.script({ kind: "slow", delayMs: 15_000, then: { kind: "json", value: { intent: "my_points", slots: {} } } });
    const first = await serve();
    const message = { userId: "guest-1", chatId: "guest-1", text: "嗯 我想问问那个东西", messageId: "9001" };
    expect((await fleet.fake.sendText(first.url, message)).status).toBe(200);
    const stored = () => fleet.db.prisma.inboundMessage.findFirst({ where: { platform: "telegram", text: message.text } });
    await until(async () => (await stored())?.status === "processing");
    await first.kill("SIGKILL");
    expect(fleet.fake.sent()).toHaveLength(0);

    model.script({ kind: "json", value: { intent: "my_points", slots: {} } });
    await serve();
    await until(() => fleet.fake.sent().length >= 1);
    await new Promise((r) => setTimeout(r, 2000));
    expect(fleet.fake.sent()).toHaveLength(1);
    expect(fleet.fake.sent()[0]!.text).toMatch(/积分/);
    const row = (await stored())!;
    expect(row.status).toBe("done");
    expect(row.attempts).toBe(2);
  }, 90_000);

  it("lets two processes share deliveries and reminders without handling one twice", async () => {
    // Five task reminders fall due while both processes' schedulers run.
    const rep = await fleet.db.prisma.staff.create({ data: { name: "Rep", role: "sales", timeZone: "UTC" } });
    await fleet.db.prisma.identity.create({ data: { platform: "telegram", platformUserId: "rep-1", chatId: "rep-1", staffId: rep.id } });
    const dueAt = new Date(Date.now() - 60_000);
    for (let i = 0; i < 5; i++) {
      const task = await fleet.db.prisma.task.create({ data: { title: `call back ${i}`, ownerId: rep.id, dueAt } });
      await scheduleJob({ db: fleet.db.prisma, kind: "task-reminder", runAt: dueAt, payload: { taskId: task.id, dueAt: dueAt.toISOString() } });
    }
    const [a, b] = [fleet.processes.at(-1)!, await serve()];
    const guestReplies = () => fleet.fake.sent().filter((reply) => reply.chatId.startsWith("guest-")).length;
    const before = guestReplies();
    const doneBefore = await fleet.db.prisma.inboundMessage.count({ where: { platform: "telegram", status: "done" } });
    const count = 12;
    for (let i = 0; i < count; i++) {
      const message = { userId: `guest-${i % 3}`, chatId: `guest-${i % 3}`, text: "我的积分", messageId: String(9100 + i) };
      // Telegram retries reach whichever process is behind the load balancer: send each to both.
      const [ra, rb] = await Promise.all([fleet.fake.sendText(a.url, message), fleet.fake.sendText(b.url, message)]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
    }
    await until(() => guestReplies() >= before + count, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(guestReplies()).toBe(before + count);
    expect(await fleet.db.prisma.inboundMessage.count({ where: { platform: "telegram", status: "done" } })).toBe(doneBefore + count);
    expect(await fleet.db.prisma.inboundMessage.count({ where: { platform: "telegram", status: { not: "done" } } })).toBe(0);

    const reminders = () => fleet.fake.sent().filter((reply) => reply.chatId === "rep-1").map((reply) => reply.text.match(/call back \d/)?.[0]);
    await until(() => reminders().length >= 5, 30_000);
    // Both schedulers poll again before the count is taken.
    await new Promise((r) => setTimeout(r, 6000));
    expect(reminders().sort()).toEqual(["call back 0", "call back 1", "call back 2", "call back 3", "call back 4"]);
  }, 120_000);
});
