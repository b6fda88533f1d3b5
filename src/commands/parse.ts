/**
 * `chatcrm parse`: JSON lines in (`id`, `text`, `role`, `now`, `tz`), `{"id","intent","slots"}` lines out,
 * in the same order. The contract is ../shared/eval/README.md.
 */
import { createInterface } from "node:readline";
import { once } from "node:events";
import { z } from "zod";
import { createIntentParser, type IntentParser, type ParserMode } from "../intents/parse.ts";
import { RoleSchema, type ParseInput, CONTRACT_INTENTS } from "../intents/schema.ts";
import { createLogger, type Logger } from "../runtime/logger.ts";

const DEFAULT_MODEL = "gpt-4o-mini";
const DEFAULT_TIMEOUT_MS = 2500;
/** Model calls in flight at once; the rules are synchronous and gain nothing from more. */
const LLM_CONCURRENCY = 8;

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const ParseLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  role: RoleSchema,
  now: z.iso.datetime({ offset: true }),
  tz: z.string().refine(isTimeZone, "an IANA time zone"),
});

type OutputLine = { id: string | number | null; intent: string; slots: Record<string, unknown> };

const EnvSchema = z.object({
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().min(1).default(DEFAULT_MODEL),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_TIMEOUT_MS),
});

/** Reads the model settings; empty variables count as unset. */
function readLlmEnv(env: NodeJS.ProcessEnv) {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid ${String(issue.path[0])}: ${issue.message}`);
  }
  const { OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_TIMEOUT_MS } = parsed.data;
  return OPENAI_API_KEY
    ? { apiKey: OPENAI_API_KEY, baseURL: OPENAI_BASE_URL, model: OPENAI_MODEL, timeoutMs: OPENAI_TIMEOUT_MS }
    : undefined;
}

async function parseLine(parser: IntentParser, line: string, log: Logger): Promise<OutputLine> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    log.warn("parse: a line is not JSON", { line: line.slice(0, 80) });
    return { id: null, intent: "unknown", slots: {} };
  }
  const rawId = (json as { id?: unknown } | null)?.id;
  const id = typeof rawId === "string" || typeof rawId === "number" ? rawId : null;
  const fields = ParseLineSchema.safeParse(json);
  if (!fields.success) {
    log.warn("parse: a line lacks a field", { id, issue: fields.error.issues[0]?.path.join(".") });
    return { id, intent: "unknown", slots: {} };
  }
  const input: ParseInput = { text: fields.data.text, role: fields.data.role, now: new Date(fields.data.now), tz: fields.data.tz };
  try {
    const { intent } = await parser.parse(input);
    // The contract knows its own intents only: chatcrm's others (a guest's remembered preferences) are
    // nothing the contract asks for, so they are reported as unknown.
    if (!CONTRACT_INTENTS.has(intent.intent)) return { id, intent: "unknown", slots: {} };
    return { id, intent: intent.intent, slots: intent.slots };
  } catch (error) {
    log.error("parse: the parser failed on a line", { id, error: error instanceof Error ? error.message : String(error) });
    return { id, intent: "unknown", slots: {} };
  }
}

/** Runs `chatcrm parse` over a stream. */
export async function parseCommand(options: {
  parser: ParserMode;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}): Promise<void> {
  const log = options.log ?? createLogger();
  const llm = options.parser === "rules" ? undefined : readLlmEnv(options.env ?? process.env);
  const parser = createIntentParser({ mode: options.parser, llm, log });
  const concurrency = llm ? LLM_CONCURRENCY : 1;

  const write = async (line: OutputLine) => {
    if (!options.output.write(JSON.stringify(line) + "\n")) await once(options.output, "drain");
  };
  // Lines start in order and are written in order; at most `concurrency` are in flight.
  const pending: Promise<OutputLine>[] = [];
  for await (const line of createInterface({ input: options.input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    pending.push(parseLine(parser, line, log));
    if (pending.length >= concurrency) await write(await pending.shift()!);
  }
  while (pending.length) await write(await pending.shift()!);
  log.info("parse: done", { ...parser.stats });
}
