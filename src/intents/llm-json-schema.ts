/**
 * The JSON Schema sent to the model, derived from `IntentSchema`, and the way back.
 *
 * Strict structured outputs reject the `oneOf` a zod discriminated union becomes, so the model gets one
 * flat object: `{ intent: enum, slots: { every slot of every allowed intent, each nullable, all required } }`.
 * `toIntentCandidate` maps an answer back (nulls dropped, only the chosen intent's slots kept) for
 * `IntentSchema.safeParse`, which stays the only judge of what is valid.
 */
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { INTENT_NAMES, IntentSchema, type IntentName } from "./schema.ts";

export type JsonSchema = { [key: string]: unknown };

/** The `json_schema.name` of the response format. */
export const LLM_SCHEMA_NAME = "chatcrm_intent";

// Keywords strict structured outputs accept on a property. Anything else zod emits (minLength, maxLength,
// $schema, ...) is dropped: it only narrows what the model may say, and safeParse checks it afterwards.
const SUPPORTED_KEYWORDS = new Set([
  "type", "description", "enum", "const", "anyOf", "properties", "required", "additionalProperties", "items",
  "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minItems", "maxItems",
]);
const SUPPORTED_FORMATS = new Set(["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"]);

const slotShape = (intent: IntentName): z.ZodRawShape => {
  const option = IntentSchema.options.find((o) => o.shape.intent.value === intent);
  if (!option) throw new Error(`no schema for intent ${intent}`);
  return option.shape.slots.shape;
};

/** The slot names an intent may carry, in schema order. */
export function slotNamesOf(intent: IntentName): string[] {
  return Object.keys(slotShape(intent));
}

function sanitize(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!SUPPORTED_KEYWORDS.has(key)) continue;
    if (key === "format" && !SUPPORTED_FORMATS.has(String(value))) continue;
    if (key === "items") out[key] = sanitize(value as JsonSchema);
    else if (key === "anyOf") out[key] = (value as JsonSchema[]).map(sanitize);
    else if (key === "properties") {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, sanitize(v)]));
    } else out[key] = value;
  }
  // zod pairs `format: email` with its own long regex; the format alone is what the model understands.
  if (out.format !== undefined) delete out.pattern;
  return out;
}

function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === "string") {
    const out: JsonSchema = { ...schema, type: [schema.type, "null"] };
    if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
    return out;
  }
  const { description, ...rest } = schema;
  const variants = Array.isArray(rest.anyOf) && Object.keys(rest).length === 1 ? (rest.anyOf as JsonSchema[]) : [rest];
  return { ...(description === undefined ? {} : { description }), anyOf: [...variants, { type: "null" }] };
}

/** One property per slot name: shared names whose schemas differ become an `anyOf` of the variants. */
function slotProperty(uses: { intent: IntentName; schema: JsonSchema }[]): JsonSchema {
  const variants: JsonSchema[] = [];
  for (const { schema } of uses) {
    const { description: _description, ...shape } = schema;
    if (!variants.some((v) => isDeepStrictEqual(v, shape))) variants.push(shape);
  }
  const descriptions = uses.filter((u) => typeof u.schema.description === "string");
  const distinct = new Set(descriptions.map((u) => u.schema.description));
  const description = distinct.size === 1
    ? String(descriptions[0]!.schema.description)
    : descriptions.map((u) => `${u.intent}: ${String(u.schema.description)}`).join("; ");
  const base: JsonSchema = variants.length === 1 ? { ...variants[0]! } : { anyOf: variants };
  if (description) base.description = description;
  return nullable(base);
}

/**
 * The response-format schema for the given intents (default: all). Restricting the `intent` enum to a
 * role's intents keeps a real model from even naming a forbidden intent; the caller still re-checks.
 */
export function buildLlmJsonSchema(options: { intents?: readonly IntentName[] } = {}): JsonSchema {
  const intents = options.intents ?? INTENT_NAMES;
  const uses = new Map<string, { intent: IntentName; schema: JsonSchema }[]>();
  for (const intent of intents) {
    const shape = slotShape(intent);
    const json = z.toJSONSchema(z.object(shape), { io: "output" }) as JsonSchema;
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    for (const name of Object.keys(shape)) {
      const schema = properties[name];
      if (!schema) throw new Error(`zod emitted no JSON Schema for ${intent}.${name}`);
      uses.set(name, [...(uses.get(name) ?? []), { intent, schema: sanitize(schema) }]);
    }
  }
  const slotProperties = Object.fromEntries([...uses].map(([name, u]) => [name, slotProperty(u)]));
  return {
    type: "object",
    properties: {
      intent: { type: "string", enum: [...intents], description: "what the sender wants; unknown when none fits" },
      slots: {
        type: "object",
        description: "every slot; null for each one the message does not give or the intent does not take",
        properties: slotProperties,
        required: Object.keys(slotProperties),
        additionalProperties: false,
      },
    },
    required: ["intent", "slots"],
    additionalProperties: false,
  };
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/**
 * Maps a flat model answer back to the shape `IntentSchema` expects: nulls and empty values dropped,
 * slots of other intents dropped, phone numbers reduced to digits and a leading +. Returns the input
 * unchanged when it is not the flat shape, so safeParse reports the error.
 */
export function toIntentCandidate(answer: unknown): unknown {
  if (typeof answer !== "object" || answer === null) return answer;
  const { intent, slots } = answer as { intent?: unknown; slots?: unknown };
  if (typeof intent !== "string" || !(INTENT_NAMES as string[]).includes(intent)) return answer;
  const given = typeof slots === "object" && slots !== null ? (slots as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const name of slotNamesOf(intent as IntentName)) {
    let value = given[name];
    if (typeof value === "string") value = value.trim();
    if (Array.isArray(value)) value = value.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => !isEmpty(v));
    if (name === "phone" && typeof value === "string") value = value.replace(/(?!^\+)\D/g, "");
    if (!isEmpty(value)) kept[name] = value;
  }
  return { intent, slots: kept };
}
