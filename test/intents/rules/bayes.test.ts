/**
 * The rules' second opinion (src/intents/rules/bayes.ts): the committed model is the one the labelled sets
 * train, it is asked only when the rules found no evidence, and what it guesses never writes on its own.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildIntentModel, MODEL_PATH, serialiseModel } from "../../../scripts/train-intent-model.ts";
import { bayesTokens, predictBayes, trainBayes } from "../../../src/intents/rules/bayes.ts";
import { parseWithRules } from "../../../src/intents/rules/index.ts";
import { NOW, TZ, run } from "./case-table.ts";

describe("the naive Bayes model", () => {
  it("is committed as the labelled sets train it (run `npm run train:intents` after adding a set)", () => {
    expect(readFileSync(MODEL_PATH, "utf8")).toBe(serialiseModel(buildIntentModel()));
  });

  it("reads Chinese as characters and pairs, Latin text as words and pairs, any number as one symbol", () => {
    expect(bayesTokens("打了电话")).toEqual(["打", "打了", "了", "了电", "电", "电话", "话"]);
    expect(bayesTokens("Called Sam 3 times")).toEqual(["w:called", "b:called_sam", "w:sam", "b:sam_0", "w:0", "b:0_times", "w:times"]);
    expect(bayesTokens("1,200箱")).toEqual(bayesTokens("35箱"));
  });

  it("learns from examples and answers only among the candidates it is given", () => {
    const model = trainBayes([
      { text: "called Ann about the quote", intent: "log_followup" },
      { text: "visited Bo at his shop", intent: "log_followup" },
      { text: "table for two tonight", intent: "create_booking" },
      { text: "a room for Friday night", intent: "create_booking" },
    ]);
    const all = new Set(["log_followup", "create_booking"]);
    expect(predictBayes(model, "called Cy about samples", all)?.intent).toBe("log_followup");
    expect(predictBayes(model, "table for six on Friday", all)?.intent).toBe("create_booking");
    const only = predictBayes(model, "called Cy about samples", new Set(["create_booking"]));
    expect(only).toEqual({ intent: "create_booking", probability: 1 });
    expect(predictBayes(model, "anything", new Set(["summary"]))).toBeUndefined();
  });
});

describe("plain reports the rules have no cue for: the model names them, as a low-confidence guess", () => {
  run([
    { text: "打了马经理电话 他们想要白色款 周五去看样", intent: "log_followup", slots: { customer: "马经理", next_due: "2026-11-20" } },
    { text: "邮件给李老师发了课程表 等她回复", intent: "log_followup", slots: { customer: "李老师", channel: "email" } },
    { text: "和华美牙科的陈主任开了个短会 周四再碰", intent: "log_followup", slots: { customer: "陈主任", next_due: "2026-11-19" } },
    { text: "有没有使用说明", intent: "help" },
    { text: "出一下本周战报", role: "manager", intent: "summary", slots: { period: "this_week" } },
  ]);
  it("marks the guess low-confidence, so a write is confirmed before it is stored", () => {
    const r = parseWithRules({ text: "邮件给李老师发了课程表", role: "sales", now: NOW, tz: TZ });
    expect(r.confidence).toBe("low");
  });
});

describe("what the model may never turn into a write", () => {
  run([
    // Nothing named to record it against.
    { text: "晚点再说", intent: "unknown" },
    { text: "累死了 明天再说吧", intent: "unknown" },
    // The writer has not decided.
    { text: "琢磨着要不下周再找老李聊聊 还没定", intent: "unknown" },
    { text: "not sure yet if I'll call Dana back this week", intent: "unknown" },
    { text: "maybe I'll drop by Harbor Dental on Friday", intent: "unknown" },
    // A question to colleagues, not a report.
    { text: "anyone know if the office is closed on Friday?", intent: "unknown" },
    { text: "有人知道周五公司放不放假吗", intent: "unknown" },
    // A guest's message stays among guest intents however it is worded.
    { text: "打了马经理电话 周五去看样", role: "guest", intent: "unknown" },
  ]);
});
