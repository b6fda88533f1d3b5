/**
 * The model endpoint slow, failing or talking nonsense: through `serve` (in process) with Slack, whose
 * deadline is 3 s, and the fake OpenAI server behind a tap that holds each model request. Every
 * delivery is acknowledged while its model request is still held (so the acknowledgement cannot have
 * waited for the model), and every message still gets one answer, from the rules when the model fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { startServing, type Serving } from "../../src/serve.ts";
import { inviteStaff } from "../../src/domain/staff/invite-staff.ts";
import { startFakeOpenAiServer, type FakeAnswer, type FakeOpenAiServer } from "../fakes/fake-openai-server.ts";
import { slackDriver } from "../adapters/drivers/slack.ts";
import type { FakePlatform } from "../adapters/driver.ts";
import { startHttpTap, type HttpTap } from "../support/http-tap.ts";

/** Slack retries an Events API delivery not answered within 3 s. */
const SLACK_DEADLINE_MS = 3_000;
const MODEL_TIMEOUT_MS = 3_000;

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Fault = { name: string; answer?: FakeAnswer; hangUp?: boolean };

const FAULTS: Fault[] = [
  { name: "slow beyond the deadline", answer: { kind: "slow", delayMs: MODEL_TIMEOUT_MS + 5_000, then: { kind: "json", value: { intent: "help", slots: {} } } } },
  { name: "HTTP 500", answer: { kind: "status", status: 500 } },
  { name: "HTTP 429", answer: { kind: "status", status: 429 } },
  { name: "not JSON", answer: { kind: "text", text: "Sure! Here is the intent: {intent: create_lead" } },
  { name: "JSON outside the schema", answer: { kind: "json", value: { intent: "drop_all_tables", slots: { name: 42 } } } },
  { name: "a refusal", answer: { kind: "refusal", refusal: "I can't help with that." } },
  { name: "hanging up", hangUp: true },
];

describe("LLM endpoint slow, failing or invalid", () => {
  let fake: FakePlatform;
  let model: FakeOpenAiServer;
  let tap: HttpTap;
  let serving: Serving;
  const user = { userId: "U-llm", chatId: "D-llm" };
  let sequence = 0;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    fake = await slackDriver.startFake();
    model = await startFakeOpenAiServer();
    tap = await startHttpTap(model.baseURL);
    const env = { ...fake.env, LOG_LEVEL: "silent", OPENAI_API_KEY: "test", OPENAI_BASE_URL: tap.url, OPENAI_TIMEOUT_MS: String(MODEL_TIMEOUT_MS) };
    serving = await startServing({ config: loadConfig(env), env, db: "memory://", port: 0, host: "127.0.0.1" });
    // Slack is for staff: link the user first.
    const { code } = await inviteStaff({ db: serving.app.db.prisma, name: "llm-rep", role: "sales", now: new Date(), tz: "Asia/Shanghai" });
    expect((await fake.sendText(serving.http.url, { ...user, text: `/link ${code}`, messageId: "link" })).status).toBe(200);
    await until(() => fake.sent().length === 1, 10_000, "the link reply");
  });

  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await serving?.stop();
    await tap?.close();
    await model?.close();
    await fake?.close();
  });

  it.each(FAULTS)("model $name: acknowledged before the model answered, and answered once", async (fault) => {
    model.script(fault.answer ?? { kind: "json", value: { intent: "help", slots: {} } });
    const callsBefore = tap.calls.length;
    const repliesBefore = fake.sent().length;
    tap.hold();
    try {
      const started = Date.now();
      // Vague enough that the rules are unsure and the model is asked.
      const { status } = await fake.sendText(serving.http.url, { ...user, text: "嗯 那个事情你看着办吧", messageId: `llm-${++sequence}` });
      const ackMs = Date.now() - started;
      expect(status).toBe(200);
      expect(ackMs).toBeLessThan(SLACK_DEADLINE_MS);
      // The model has not answered anything for this message: its request, if made yet, is held.
      expect(tap.calls.slice(callsBefore).filter((c) => c.answeredAt !== undefined)).toEqual([]);
      await until(() => tap.held === 1, 5_000, "the model request");
      expect(fake.sent().length).toBe(repliesBefore);
    } finally {
      if (fault.hangUp) tap.hangUp();
      else tap.release();
    }

    await until(() => fake.sent().length > repliesBefore, MODEL_TIMEOUT_MS + 10_000, "the answer");
    // Time for a second answer or a retried model call to show up: the sender polls every second.
    await new Promise((r) => setTimeout(r, 1_200));
    expect(fake.sent().length).toBe(repliesBefore + 1);
    // The rules' own answer to a vague message, not the error boundary's apology.
    expect(fake.sent().at(-1)!.text).toMatch(/没太明白|didn't understand/);
    expect(tap.calls.length - callsBefore).toBe(1);
  }, 25_000);

  it("the model answering well is still used (the faults above are the model's, not the wiring's)", async () => {
    model.script({ kind: "json", value: { intent: "create_lead", slots: { name: "老周" } } });
    const before = fake.sent().length;
    expect((await fake.sendText(serving.http.url, { ...user, text: "嗯 那个事情你看着办吧", messageId: `llm-${++sequence}` })).status).toBe(200);
    await until(() => fake.sent().length > before, 10_000, "the confirm card");
    expect(fake.sent().at(-1)!.text).toMatch(/老周/);
  }, 15_000);

  it("saw no unhandled rejection", () => {
    expect(unhandled).toEqual([]);
  });
});
