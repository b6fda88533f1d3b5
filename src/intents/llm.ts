/**
 * The LLM intent parser: one chat-completions call with a strict structured-output schema derived from
 * `IntentSchema`, its answer mapped back and validated by the same `IntentSchema.safeParse` as the rules.
 * Every failure is an `LlmParseError` with a reason, so the caller can fall back to the rules parser.
 */
import { readFileSync } from "node:fs";
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { buildLlmJsonSchema, LLM_SCHEMA_NAME, slotNamesOf, toIntentCandidate, type JsonSchema } from "./llm-json-schema.ts";
import { INTENT_NAMES, INTENTS_BY_ROLE, IntentSchema, type IntentName, type ParseInput, type ParseResult } from "./schema.ts";

export type LlmOptions = {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** the whole call, connection to last byte; past it the call is aborted */
  timeoutMs?: number;
  /** the fetch the SDK uses; tests and proxies only */
  fetch?: typeof fetch;
};

export type LlmFailure = "timeout" | "http" | "network" | "refusal" | "not_json" | "invalid" | "out_of_role";

/** Why the model gave no usable answer; `status` is the HTTP status when there was one. */
export class LlmParseError extends Error {
  override readonly name = "LlmParseError";
  readonly status: number | undefined;

  constructor(readonly reason: LlmFailure, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, { cause: options?.cause });
    this.status = options?.status;
  }
}

export type LlmParser = { parse(input: ParseInput): Promise<ParseResult> };

const PROMPT_URL = new URL("../../prompts/intent-parser.md", import.meta.url);

type Prompt = { system: string; user: string; intents: Map<string, string> };

/** Reads prompts/intent-parser.md into its sections; throws when a section or an intent's line is missing. */
export function loadPrompt(source = readFileSync(PROMPT_URL, "utf8")): Prompt {
  const sections = new Map<string, string>();
  const parts = source.split(/^<!-- section: (\w+) -->$/m);
  for (let i = 1; i + 1 < parts.length; i += 2) sections.set(parts[i]!, parts[i + 1]!.trim());
  const system = sections.get("system");
  const user = sections.get("user");
  const list = sections.get("intents");
  if (!system || !user || !list) throw new Error("prompts/intent-parser.md needs system, user and intents sections");
  const intents = new Map<string, string>();
  for (const line of list.split("\n")) {
    const match = /^- (\w+): (.+)$/.exec(line.trim());
    if (match) intents.set(match[1]!, match[2]!);
  }
  const undescribed = INTENT_NAMES.filter((n) => !intents.has(n));
  if (undescribed.length) throw new Error(`prompts/intent-parser.md describes no ${undescribed.join(", ")}`);
  return { system, user, intents };
}

const fill = (template: string, values: Record<string, string>) =>
  // One pass, so a placeholder inside the message text is never expanded.
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The wall clock of `now` in `tz`. */
function localClock(now: Date, tz: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
      hourCycle: "h23", timeZoneName: "longOffset",
    }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  const date = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
  const offset = String(parts.timeZoneName).replace(/^GMT/, "") || "+00:00";
  return { date, time: `${parts.hour}:${parts.minute}`, offset };
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** This week and next, Monday first, so the model never has to do calendar arithmetic. */
function calendar(today: Date): string {
  const monday = new Date(today);
  monday.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
  const lines: string[] = [];
  for (let i = 0; i < 14; i++) {
    const day = new Date(monday);
    day.setUTCDate(monday.getUTCDate() + i);
    const label = i < 7 ? "this week" : "next week";
    const note = ymd(day) === ymd(today) ? " (today)" : "";
    lines.push(`- ${WEEKDAYS[day.getUTCDay()]} ${ymd(day)}, ${label}${note}`);
  }
  return lines.join("\n");
}

const neutralise = (text: string) => text.replace(/<<</g, "< < <").replace(/>>>/g, "> > >");

/** The system and user messages for one input; exported for tests. */
export function renderPrompt(input: ParseInput, prompt: Prompt = loadPrompt()): { system: string; user: string } {
  const allowed = INTENTS_BY_ROLE[input.role];
  const intents = allowed.map((name) => {
    const slots = slotNamesOf(name);
    return `- ${name}${slots.length ? ` (slots: ${slots.join(", ")})` : ""}: ${prompt.intents.get(name)}`;
  }).join("\n");
  const clock = localClock(input.now, input.tz);
  const values = {
    role: input.role,
    intents,
    now_local: `${ymd(clock.date)} ${clock.time}`,
    weekday: WEEKDAYS[clock.date.getUTCDay()]!,
    tz: input.tz,
    offset: clock.offset,
    calendar: calendar(clock.date),
  };
  return { system: fill(prompt.system, values), user: fill(prompt.user, { ...values, text: neutralise(input.text) }) };
}

function classify(error: unknown): LlmParseError {
  if (error instanceof LlmParseError) return error;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new LlmParseError("timeout", "the model did not answer in time", { cause: error });
  }
  if (error instanceof APIConnectionError) return new LlmParseError("network", error.message, { cause: error });
  if (error instanceof APIError) {
    return new LlmParseError("http", `the model endpoint answered HTTP ${error.status}`, { cause: error, status: error.status });
  }
  return new LlmParseError("network", error instanceof Error ? error.message : String(error), { cause: error });
}

/** Creates a parser that asks the model once per message, with no retries, within `timeoutMs`. */
export function createLlmParser(options: LlmOptions): LlmParser {
  const { apiKey, baseURL, model, timeoutMs = 2500 } = options;
  const client = new OpenAI({ apiKey, baseURL, timeout: timeoutMs, maxRetries: 0, fetch: options.fetch });
  const prompt = loadPrompt();
  const schemas = new Map<string, JsonSchema>();
  const schemaFor = (intents: readonly IntentName[]) => {
    const key = intents.join(",");
    let schema = schemas.get(key);
    if (!schema) schemas.set(key, (schema = buildLlmJsonSchema({ intents })));
    return schema;
  };

  async function call(input: ParseInput, signal: AbortSignal): Promise<ParseResult> {
    const messages = renderPrompt(input, prompt);
    const completion = await client.chat.completions.create(
      {
        model,
        messages: [{ role: "system", content: messages.system }, { role: "user", content: messages.user }],
        response_format: {
          type: "json_schema",
          json_schema: { name: LLM_SCHEMA_NAME, strict: true, schema: schemaFor(INTENTS_BY_ROLE[input.role]) },
        },
      },
      { signal, maxRetries: 0, timeout: timeoutMs },
    );
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new LlmParseError("refusal", `the model refused: ${message.refusal.slice(0, 200)}`);
    let answer: unknown;
    try {
      answer = JSON.parse(message?.content ?? "");
    } catch (error) {
      throw new LlmParseError("not_json", "the model's answer is not JSON", { cause: error });
    }
    const parsed = IntentSchema.safeParse(toIntentCandidate(answer));
    if (!parsed.success) {
      throw new LlmParseError("invalid", `the model's answer fails the intent schema: ${parsed.error.message.slice(0, 500)}`);
    }
    if (!INTENTS_BY_ROLE[input.role].includes(parsed.data.intent)) {
      throw new LlmParseError("out_of_role", `the model chose ${parsed.data.intent}, which a ${input.role} may not use`);
    }
    // "low": a model's reading of a write still goes through the confirmation card.
    return { intent: parsed.data, confidence: "low", parser: "llm" };
  }

  return {
    async parse(input) {
      // The SDK's own timeout covers the request; the race also covers a custom fetch that ignores the signal.
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new LlmParseError("timeout", `the model did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([call(input, controller.signal), deadline]);
      } catch (error) {
        throw classify(error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
