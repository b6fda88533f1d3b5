/**
 * Parser: messages/s of the rules parser over the shared eval cases, repeated for a fixed time, and the
 * share of messages the "auto" parser answered without asking the model (a fake model on loopback).
 * Baseline: the cheapest thing done to every message anyway, a JSON round trip of the parse input.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createIntentParser } from "../src/intents/parse.ts";
import type { ParseInput, Role } from "../src/intents/schema.ts";
import { startFakeOpenAiServer } from "../test/fakes/fake-openai-server.ts";
import type { BenchOptions } from "./lib/options.ts";
import type { Report } from "./lib/report.ts";

export const EVAL_CASES = resolve(import.meta.dirname, "../../shared/eval/dev.jsonl");

type EvalCase = { id: string; role: Role; now: string; tz: string; text: string };

export function readEvalInputs(path = EVAL_CASES): ParseInput[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase)
    .map((c) => ({ text: c.text, role: c.role, now: new Date(c.now), tz: c.tz }));
}

/** Messages per second of `parse` over `inputs`, round after round, for about `seconds`. */
async function throughput(inputs: ParseInput[], seconds: number, parse: (input: ParseInput) => unknown): Promise<number> {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  while (performance.now() < until) {
    for (const input of inputs) await parse(input);
    done += inputs.length;
  }
  return done / ((performance.now() - started) / 1000);
}

export async function benchParser(options: { bench: BenchOptions; report: Report }): Promise<void> {
  const { bench, report } = options;
  const inputs = readEvalInputs();
  const rules = createIntentParser({ mode: "rules" });
  // Warm up the regexes and chrono's caches before timing.
  for (const input of inputs) await rules.parse(input);

  const baseline = await throughput(inputs, Math.min(1, bench.parserSeconds), (input) => JSON.parse(JSON.stringify(input)));
  const rate = await throughput(inputs, bench.parserSeconds, (input) => rules.parse(input));
  report.add({
    section: "parser", db: "-", name: "rules parser throughput", value: rate, unit: "msg/s",
    baseline: { name: "JSON round trip", value: baseline },
    note: `${inputs.length} cases of ../shared/eval/dev.jsonl, repeated for ${bench.parserSeconds} s`,
  });
  report.add({ section: "parser", db: "-", name: "rules parser time per message", value: 1000 / rate, unit: "ms" });

  const model = await startFakeOpenAiServer();
  try {
    const auto = createIntentParser({ mode: "auto", llm: { apiKey: "bench-fake-key", baseURL: model.baseURL, model: "fake-model", timeoutMs: 2000 } });
    for (const input of inputs) await auto.parse(input);
    const { total, skippedModel } = auto.stats;
    report.add({
      section: "parser", db: "-", name: "share needing no model (auto)", value: (100 * skippedModel) / total, unit: "%",
      note: `${skippedModel}/${total} answered by the rules with high confidence; ${model.requests.length} model calls`,
    });
  } finally {
    await model.close();
  }
}
