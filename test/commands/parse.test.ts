import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCommand } from "../../src/commands/parse.ts";
import { parseWithRules } from "../../src/intents/rules/index.ts";
import { IntentSchema, type ParseInput } from "../../src/intents/schema.ts";
import type { Logger } from "../../src/runtime/logger.ts";
import { startFakeOpenAiServer, userMessageOf, type FakeOpenAiServer } from "../fakes/fake-openai-server.ts";

const EVAL_DIR = new URL("../../../shared/eval/", import.meta.url);
const quiet: Logger = { info() {}, warn() {}, error() {} };

async function run(options: { parser: "rules" | "llm" | "auto"; lines: string[]; env?: NodeJS.ProcessEnv }) {
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  await parseCommand({ parser: options.parser, input: Readable.from([options.lines.join("\n") + "\n"]), output, env: options.env ?? {}, log: quiet });
  return chunks.join("").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: unknown; intent: string; slots: Record<string, unknown> });
}

const line = (id: string | number, text: string, role = "sales") =>
  JSON.stringify({ id, text, role, now: "2026-11-18T10:00:00+08:00", tz: "Asia/Shanghai", note: "ignored" });
const inputOf = (text: string, role: ParseInput["role"] = "sales"): ParseInput =>
  ({ text, role, now: new Date("2026-11-18T10:00:00+08:00"), tz: "Asia/Shanghai" });

describe("chatcrm parse", () => {
  it("scores a sample of the eval cases in rules mode: a line per case, no false actions", async () => {
    const all = (await readFile(new URL("dev.jsonl", EVAL_DIR), "utf8")).split("\n").filter((l) => l.trim());
    const sample = all.filter((_, i) => i % 6 === 0);
    const predictions = await run({ parser: "rules", lines: sample });

    expect(predictions.map((p) => p.id)).toEqual(sample.map((l) => (JSON.parse(l) as { id: string }).id));
    for (const p of predictions) {
      expect(Object.keys(p).sort()).toEqual(["id", "intent", "slots"]);
      expect(IntentSchema.safeParse({ intent: p.intent, slots: p.slots }).success).toBe(true);
    }

    const dir = await mkdtemp(join(tmpdir(), "chatcrm-parse-"));
    try {
      await writeFile(join(dir, "cases.jsonl"), sample.join("\n") + "\n");
      await writeFile(join(dir, "pred.jsonl"), predictions.map((p) => JSON.stringify(p)).join("\n") + "\n");
      const { stdout } = await promisify(execFile)(process.execPath, [
        new URL("score.mjs", EVAL_DIR).pathname, join(dir, "cases.jsonl"), join(dir, "pred.jsonl"),
      ]);
      expect(stdout).not.toMatch(/had no prediction line/);
      const last = stdout.trim().split("\n").at(-1)!;
      expect(last).toMatch(new RegExp(`^intent=[\\d.]+ slots=[\\d.]+ false_actions=0 cases=${sample.length}$`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("answers a malformed line with unknown and goes on, in order", async () => {
    const predictions = await run({
      parser: "rules",
      lines: [
        "{not json",
        line("a1", "你好"),
        "",
        JSON.stringify({ id: "a2", text: "hi", role: "guest" }),
        JSON.stringify({ id: "a3", text: "hi", role: "king", now: "2026-11-18T10:00:00+08:00", tz: "Asia/Shanghai" }),
        JSON.stringify({ id: "a4", text: "hi", role: "guest", now: "2026-11-18T10:00:00", tz: "Asia/Shanghai" }),
        JSON.stringify({ id: "a5", text: "hi", role: "guest", now: "2026-11-18T10:00:00+08:00", tz: "Mars/Olympus" }),
        JSON.stringify({ text: "no id", role: "guest", now: "2026-11-18T10:00:00+08:00", tz: "Asia/Shanghai" }),
        "null",
        line(7, "谢谢"),
      ],
    });
    const unknown = { intent: "unknown", slots: {} };
    expect(predictions).toEqual([
      { id: null, ...unknown },
      { id: "a1", intent: expect.any(String), slots: expect.any(Object) },
      { id: "a2", ...unknown },
      { id: "a3", ...unknown },
      { id: "a4", ...unknown },
      { id: "a5", ...unknown },
      { id: null, ...unknown },
      { id: null, ...unknown },
      { id: 7, intent: expect.any(String), slots: expect.any(Object) },
    ]);
  });

  it("refuses the llm parser without OPENAI_API_KEY", async () => {
    await expect(run({ parser: "llm", lines: [line("x", "hi")] })).rejects.toThrow(/OPENAI_API_KEY/);
  });

  describe("with a model", () => {
    let server: FakeOpenAiServer;
    beforeAll(async () => {
      server = await startFakeOpenAiServer();
    });
    afterAll(async () => {
      await server.close();
    });
    const env = (extra: NodeJS.ProcessEnv = {}) =>
      ({ OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "fake-model", ...extra });

    // Words the rules cannot place, so the rules are unsure and the model is asked.
    const texts = Array.from({ length: 12 }, (_, i) => `zorblat ${i} quux frobnicate`);
    const unsure = texts.filter((t) => parseWithRules(inputOf(t)).confidence === "low").length;

    it("keeps the output in input order while calls run concurrently, a bounded number at once", async () => {
      // Later lines answer sooner, so finishing order is the reverse of input order.
      server.answerBy((request) => {
        const n = Number(/zorblat (\d+)/.exec(userMessageOf(request))?.[1] ?? 0);
        return { kind: "json", value: { intent: "help", slots: {} }, delayMs: (texts.length - n) * 15 };
      });
      const predictions = await run({ parser: "llm", lines: texts.map((t, i) => line(`m${i}`, t)), env: env() });
      expect(predictions.map((p) => p.id)).toEqual(texts.map((_, i) => `m${i}`));
      expect(server.requests).toHaveLength(unsure);
      expect(server.requests.every((r) => r.body.model === "fake-model")).toBe(true);
      if (unsure > 1) expect(server.maxInFlight).toBeGreaterThan(1);
      expect(server.maxInFlight).toBeLessThanOrEqual(8);
    });

    it("honours OPENAI_TIMEOUT_MS and answers with the rules when the model is too slow", async () => {
      server.script({ kind: "slow", delayMs: 5_000 });
      const lines = texts.slice(0, 3).map((t, i) => line(`s${i}`, t));
      const started = performance.now();
      const predictions = await run({ parser: "auto", lines, env: env({ OPENAI_TIMEOUT_MS: "200" }) });
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(predictions).toEqual(texts.slice(0, 3).map((t, i) => {
        const { intent } = parseWithRules(inputOf(t));
        return { id: `s${i}`, intent: intent.intent, slots: intent.slots };
      }));
    });

    it("in auto mode without a key never calls the model", async () => {
      server.script({ kind: "json", value: { intent: "help", slots: {} } });
      await run({ parser: "auto", lines: [line("k", texts[0]!)], env: { OPENAI_BASE_URL: server.baseURL } });
      expect(server.requests).toHaveLength(0);
    });
  });
});

describe("chatcrm parse keeps to the contract's intents", () => {
  it("reports a guest's statement about themselves as unknown, never as a staff's customer update", async () => {
    const line = (id: string, text: string) => JSON.stringify({ id, role: "guest", text, now: "2026-11-18T10:00:00+08:00", tz: "Asia/Shanghai" });
    const out = await run({ parser: "rules", lines: [line("p1", "我不抽烟"), line("p2", "always a high floor please")] });
    expect(out.map((o) => o.intent)).toEqual(["unknown", "unknown"]);
  });
});
