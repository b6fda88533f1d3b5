/**
 * The one intent schema. Both parsers (rules and LLM) end in `IntentSchema.safeParse`, so handlers only
 * ever see validated intents. Names and value formats follow ../shared/eval/README.md.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const isoDateOrDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, "YYYY-MM-DD or YYYY-MM-DDTHH:mm");
const text = z.string().trim().min(1).max(500);
const count = z.number().int().positive().max(1_000_000);

export const DEAL_STAGES = ["new", "qualified", "proposal", "negotiation", "won", "lost"] as const;
export const CHANNELS = ["call", "visit", "message", "meeting", "email"] as const;
export const PERIODS = [
  "today", "yesterday", "this_week", "last_week", "this_month", "last_month",
  "this_quarter", "this_year", "overdue", "custom",
] as const;
export const ROLES = ["admin", "manager", "sales", "frontdesk", "guest"] as const;

export const StageSchema = z.enum(DEAL_STAGES).describe("deal stage");
export const ChannelSchema = z.enum(CHANNELS).describe("how the contact happened");
export const PeriodSchema = z.enum(PERIODS).describe("reporting period; custom needs from and to");
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Channel = z.infer<typeof ChannelSchema>;

const slots = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

export const CreateLeadSchema = z.object({
  intent: z.literal("create_lead"),
  slots: slots({
    name: text.optional().describe("the contact person's name as written, e.g. 李经理, John Smith"),
    company: text.optional().describe("the company or organisation as written"),
    phone: z.string().regex(/^\+?\d{3,20}$/).optional().describe("digits only, a leading + kept"),
    email: z.string().email().optional().describe("email address"),
    product: text.optional().describe("what they want to buy"),
    quantity: count.optional().describe("how many units, an integer"),
    amount: z.number().nonnegative().optional().describe("money in the currency's unit: 3万 → 30000"),
    next_due: isoDateOrDateTime.optional().describe("when to follow up next"),
  }),
});

export const LogFollowupSchema = z.object({
  intent: z.literal("log_followup"),
  slots: slots({
    customer: text.optional().describe("who was contacted, as written"),
    channel: ChannelSchema.optional(),
    summary: text.optional().describe("what was said or agreed"),
    next_due: isoDateOrDateTime.optional().describe("when to follow up next"),
  }),
});

export const UpdateDealSchema = z.object({
  intent: z.literal("update_deal"),
  slots: slots({
    customer: text.optional().describe("whose deal, as written"),
    stage: StageSchema.optional(),
    amount: z.number().nonnegative().optional().describe("deal value in the currency's unit"),
  }),
});

export const LookupCustomerSchema = z.object({
  intent: z.literal("lookup_customer"),
  slots: slots({ query: text.optional().describe("name, company, pinyin or phone digits to look up") }),
});

export const UpdateCustomerSchema = z.object({
  intent: z.literal("update_customer"),
  slots: slots({
    customer: text.optional().describe("whose profile, as written"),
    phone: z.string().regex(/^\+?\d{3,20}$/).optional().describe("new phone, digits only"),
    email: z.string().email().optional().describe("new email"),
    company: text.optional().describe("new company"),
    birthday: z.string().regex(/^\d{2}-\d{2}$/).optional().describe("MM-DD"),
    preferences: z.array(text).min(1).max(20).optional().describe("short phrases in the message's language"),
  }),
});

export const ListTasksSchema = z.object({
  intent: z.literal("list_tasks"),
  slots: slots({ period: PeriodSchema.optional() }),
});

export const CreateBookingSchema = z.object({
  intent: z.literal("create_booking"),
  slots: slots({
    kind: z.enum(["room", "table"]).optional().describe("room (hotel) or table (restaurant)"),
    start: isoDateOrDateTime.optional().describe("arrival date, or a table's date and time"),
    end: isoDateOrDateTime.optional().describe("departure date"),
    nights: count.optional().describe("number of nights"),
    party_size: count.optional().describe("number of people"),
    room_type: text.optional().describe("room type as written, e.g. 大床房, twin"),
    preferences: z.array(text).min(1).max(20).optional().describe("short phrases in the message's language"),
    name: text.optional().describe("guest name"),
    phone: z.string().regex(/^\+?\d{3,20}$/).optional().describe("guest phone, digits only"),
  }),
});

export const ChangeBookingSchema = z.object({
  intent: z.literal("change_booking"),
  slots: slots({
    date: isoDate.optional().describe("the date of the existing booking being changed"),
    start: isoDateOrDateTime.optional().describe("new start"),
    end: isoDateOrDateTime.optional().describe("new end"),
    party_size: count.optional().describe("new number of people"),
  }),
});

export const CancelBookingSchema = z.object({
  intent: z.literal("cancel_booking"),
  slots: slots({ date: isoDate.optional().describe("the date of the booking to cancel") }),
});

export const LogComplaintSchema = z.object({
  intent: z.literal("log_complaint"),
  slots: slots({
    customer: text.optional().describe("the customer, when staff log it"),
    issue: text.optional().describe("what went wrong"),
  }),
});

export const SummarySchema = z.object({
  intent: z.literal("summary"),
  slots: slots({
    period: PeriodSchema.optional(),
    from: isoDate.optional().describe("custom period start"),
    to: isoDate.optional().describe("custom period end"),
    person: text.optional().describe("one rep's name, when asked about one person"),
  }),
});

export const TopCustomersSchema = z.object({
  intent: z.literal("top_customers"),
  slots: slots({ period: PeriodSchema.optional(), limit: count.optional().describe("how many") }),
});

/** Not in the shared parse contract: a guest telling us about themselves, kept on their own profile. */
export const RememberPreferencesSchema = z.object({
  intent: z.literal("remember_preferences"),
  slots: slots({
    preferences: z.array(text).min(1).max(20).optional().describe("what the guest said they like or need, as short phrases"),
  }),
});

const noSlots = <N extends string>(name: N) => z.object({ intent: z.literal(name), slots: slots({}) });

export const IntentSchema = z.discriminatedUnion("intent", [
  CreateLeadSchema,
  LogFollowupSchema,
  UpdateDealSchema,
  LookupCustomerSchema,
  UpdateCustomerSchema,
  ListTasksSchema,
  CreateBookingSchema,
  ChangeBookingSchema,
  CancelBookingSchema,
  noSlots("my_bookings"),
  noSlots("my_points"),
  LogComplaintSchema,
  SummarySchema,
  TopCustomersSchema,
  RememberPreferencesSchema,
  noSlots("help"),
  noSlots("unknown"),
]);

export type Intent = z.infer<typeof IntentSchema>;
export type IntentName = Intent["intent"];
export type IntentOf<N extends IntentName> = Extract<Intent, { intent: N }>;
export const INTENT_NAMES = IntentSchema.options.map((o) => o.shape.intent.value) as IntentName[];

const STAFF_INTENTS: IntentName[] = [
  "create_lead", "log_followup", "update_deal", "lookup_customer", "update_customer", "list_tasks",
  "create_booking", "log_complaint", "help", "unknown",
];
const GUEST_INTENTS: IntentName[] = [
  "create_booking", "change_booking", "cancel_booking", "my_bookings", "my_points", "log_complaint", "help", "unknown",
  // a guest's own preferences ("我不抽烟"): their own profile only, never another customer's
  "remember_preferences",
];

/** Which intents a role may be parsed into: a guest's message can only become a guest intent. */
export const INTENTS_BY_ROLE: Record<Role, readonly IntentName[]> = {
  guest: GUEST_INTENTS,
  sales: STAFF_INTENTS,
  frontdesk: ["create_booking", "change_booking", "cancel_booking", "lookup_customer", "update_customer", "log_complaint", "help", "unknown"],
  manager: [...STAFF_INTENTS, "summary", "top_customers"],
  admin: [...STAFF_INTENTS, "summary", "top_customers"],
};

/** Intents that write a record: an `unknown` message must never become one of these. */
export const WRITE_INTENTS: ReadonlySet<IntentName> = new Set([
  "remember_preferences",
  "create_lead", "log_followup", "update_deal", "update_customer", "create_booking",
  "change_booking", "cancel_booking", "log_complaint",
]);

/** What a parser is given: the text and the clock and zone that dates resolve against. */
export type ParseInput = { text: string; role: Role; now: Date; tz: string };

/** What a parser returns. `confidence` "high" lets the router skip the model and confirm cards. */
export type ParseResult = { intent: Intent; confidence: "high" | "low"; parser: "rules" | "llm" };

/** The intents of the shared parse contract (../shared/eval/README.md); the others are chatcrm's own. */
export const CONTRACT_INTENTS: ReadonlySet<IntentName> = new Set(INTENT_NAMES.filter((name) => name !== "remember_preferences"));
