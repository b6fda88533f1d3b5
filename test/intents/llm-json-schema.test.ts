import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildLlmJsonSchema, slotNamesOf, toIntentCandidate, type JsonSchema } from "../../src/intents/llm-json-schema.ts";
import { INTENT_NAMES, INTENTS_BY_ROLE, IntentSchema, ROLES } from "../../src/intents/schema.ts";

// What OpenAI's strict structured outputs accept (platform.openai.com/docs/guides/structured-outputs,
// "Supported schemas"): these keywords, these types and string formats, objects closed and fully required.
const KEYWORDS = new Set([
  "type", "description", "enum", "const", "anyOf", "properties", "required", "additionalProperties", "items",
  "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minItems", "maxItems", "$defs", "$ref",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const FORMATS = new Set(["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"]);
const MAX_PROPERTIES = 100;
const MAX_DEPTH = 5;

/** Everything strict mode would reject in `schema`, as readable problems; empty when it is acceptable. */
function strictModeProblems(root: JsonSchema): string[] {
  const problems: string[] = [];
  let propertyCount = 0;
  if (root.type !== "object") problems.push("$: root is not type object");
  for (const key of ["anyOf", "oneOf", "allOf", "not", "enum"]) if (key in root) problems.push(`$: ${key} at the root`);

  const visit = (node: JsonSchema, path: string, depth: number) => {
    for (const key of Object.keys(node)) if (!KEYWORDS.has(key)) problems.push(`${path}: unsupported keyword ${key}`);
    const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
    for (const t of types) if (!TYPES.has(String(t))) problems.push(`${path}: unsupported type ${String(t)}`);
    if (types.includes("null") && types.some((t) => t === "object")) problems.push(`${path}: a nullable object, not a leaf`);
    if (typeof node.format === "string" && !FORMATS.has(node.format)) problems.push(`${path}: unsupported format ${node.format}`);
    if (typeof node.pattern === "string") {
      new RegExp(node.pattern); // throws on a malformed pattern
      if (/\(\?[=!<]|\\\d/.test(node.pattern)) problems.push(`${path}: lookaround or backreference in pattern`);
    }
    if (Array.isArray(node.enum) && types.includes("null") && !node.enum.includes(null)) {
      problems.push(`${path}: nullable type whose enum leaves out null`);
    }
    if (types.includes("object")) {
      if (depth > MAX_DEPTH) problems.push(`${path}: nested deeper than ${MAX_DEPTH}`);
      const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
      propertyCount += Object.keys(properties).length;
      if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties is not false`);
      const required = new Set((node.required ?? []) as string[]);
      for (const name of Object.keys(properties)) if (!required.has(name)) problems.push(`${path}: ${name} not required`);
      for (const name of required) if (!(name in properties)) problems.push(`${path}: requires unknown ${name}`);
      for (const [name, child] of Object.entries(properties)) visit(child, `${path}.${name}`, depth + 1);
    }
    if (node.items) visit(node.items as JsonSchema, `${path}[]`, depth);
    if (Array.isArray(node.anyOf)) {
      (node.anyOf as JsonSchema[]).forEach((variant, i) => {
        if (variant.anyOf) problems.push(`${path}.anyOf[${i}]: nested anyOf`);
        if (variant.type === "null" && Object.keys(variant).length > 1) problems.push(`${path}.anyOf[${i}]: null variant with more`);
        visit(variant, `${path}.anyOf[${i}]`, depth);
      });
    }
  };
  visit(root, "$", 1);
  if (propertyCount > MAX_PROPERTIES) problems.push(`$: ${propertyCount} properties, more than ${MAX_PROPERTIES}`);
  return problems;
}

const slotsOf = (schema: JsonSchema) => (schema.properties as Record<string, JsonSchema>).slots!;
const slotProperties = (schema: JsonSchema) => slotsOf(schema).properties as Record<string, JsonSchema>;
const allowsNull = (p: JsonSchema) =>
  (Array.isArray(p.type) && p.type.includes("null")) || (Array.isArray(p.anyOf) && p.anyOf.some((v: JsonSchema) => v.type === "null"));

describe("the JSON Schema sent to the model", () => {
  it("is within what strict structured outputs accept", () => {
    expect(strictModeProblems(buildLlmJsonSchema())).toEqual([]);
  });

  it.each(ROLES.map((role) => ({ role })))("is within strict mode for a $role, whose intents alone it names", ({ role }) => {
    const schema = buildLlmJsonSchema({ intents: INTENTS_BY_ROLE[role] });
    expect(strictModeProblems(schema)).toEqual([]);
    expect((schema.properties as Record<string, JsonSchema>).intent!.enum).toEqual([...INTENTS_BY_ROLE[role]]);
    const expectedSlots = new Set(INTENTS_BY_ROLE[role].flatMap(slotNamesOf));
    expect(new Set(Object.keys(slotProperties(schema)))).toEqual(expectedSlots);
  });

  it("comes from a checker that rejects what zod emits for the union itself", () => {
    const problems = strictModeProblems(z.toJSONSchema(IntentSchema) as JsonSchema);
    expect(problems.join("\n")).toMatch(/anyOf|oneOf/);
    expect(problems.join("\n")).toMatch(/unsupported keyword (minLength|\$schema)/);
  });

  it("is a flat object, not the oneOf a discriminated union becomes", () => {
    const schema = buildLlmJsonSchema();
    expect(Object.keys(schema.properties as object)).toEqual(["intent", "slots"]);
    expect(JSON.stringify(schema)).not.toMatch(/"(oneOf|allOf|\$schema)"/);
  });

  it("is derived from IntentSchema: every slot of every intent, each nullable, with its zod description", () => {
    const properties = slotProperties(buildLlmJsonSchema());
    for (const option of IntentSchema.options) {
      for (const [name, slot] of Object.entries(option.shape.slots.shape)) {
        const property = properties[name];
        expect(property, `${option.shape.intent.value}.${name}`).toBeDefined();
        expect(allowsNull(property!), name).toBe(true);
        const description = (slot as { description?: string }).description;
        if (description) expect(String(property!.description)).toContain(description);
      }
    }
    expect(properties.stage!.enum).toEqual(["new", "qualified", "proposal", "negotiation", "won", "lost", null]);
    expect(properties.quantity!.type).toEqual(["integer", "null"]);
  });

  it("does not show a guest the staff-only slots", () => {
    const properties = slotProperties(buildLlmJsonSchema({ intents: INTENTS_BY_ROLE.guest }));
    for (const staffOnly of ["stage", "channel", "query", "summary", "period"]) expect(properties).not.toHaveProperty(staffOnly);
  });
});

describe("mapping a model answer back", () => {
  const allNull = Object.fromEntries(INTENT_NAMES.flatMap(slotNamesOf).map((name) => [name, null]));
  const answer = (intent: string, slots: Record<string, unknown>) => ({ intent, slots: { ...allNull, ...slots } });

  const cases = [
    {
      text: "keeps the chosen intent's given slots and drops the nulls",
      answer: answer("create_lead", { name: "张伟", company: "蓝海科技", quantity: 300 }),
      want: { intent: "create_lead", slots: { name: "张伟", company: "蓝海科技", quantity: 300 } },
    },
    {
      text: "drops slots that belong to other intents",
      answer: answer("cancel_booking", { date: "2026-11-20", stage: "won", query: "x" }),
      want: { intent: "cancel_booking", slots: { date: "2026-11-20" } },
    },
    {
      text: "drops empty strings and lists, trims text, keeps only a phone's digits and leading +",
      answer: answer("update_customer", { customer: " Acme ", phone: "+86 138-0013-8000", email: "", preferences: [] }),
      want: { intent: "update_customer", slots: { customer: "Acme", phone: "+8613800138000" } },
    },
    {
      text: "gives an intent without slots an empty slots object",
      answer: answer("my_points", { name: "should go" }),
      want: { intent: "my_points", slots: {} },
    },
  ];

  it.each(cases)("$text", ({ answer: given, want }) => {
    const parsed = IntentSchema.safeParse(toIntentCandidate(given));
    expect(parsed.success && parsed.data).toEqual(want);
  });

  it("can carry every labelled answer of the eval cases through the flat shape unchanged", () => {
    const cases = readFileSync(new URL("../../../shared/eval/dev.jsonl", import.meta.url), "utf8")
      .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; intent: string; slots: Record<string, unknown> });
    const lost = cases.filter((c) => {
      const parsed = IntentSchema.safeParse(toIntentCandidate(answer(c.intent, c.slots)));
      return !parsed.success || !isDeepStrictEqual(parsed.data, { intent: c.intent, slots: c.slots });
    });
    expect(lost.map((c) => c.id)).toEqual([]);
  });

  it.each([
    { text: "an unknown intent", answer: answer("delete_everything", {}) },
    { text: "a value outside an enum", answer: answer("update_deal", { stage: "maybe" }) },
    { text: "a date in the wrong format", answer: answer("cancel_booking", { date: "next Friday" }) },
    { text: "not an object", answer: "create_lead" },
  ])("leaves $text for safeParse to reject", ({ answer: given }) => {
    expect(IntentSchema.safeParse(toIntentCandidate(given)).success).toBe(false);
  });
});
