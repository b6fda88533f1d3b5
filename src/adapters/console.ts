/**
 * The console platform: a person typing in a terminal, or a script of JSON lines. Users are named on the
 * command line (or in each script line) and seeded with the role given the first time they appear.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { App } from "../app.ts";
import type { Message, Reply } from "../runtime/message.ts";
import type { OnUnknownUser } from "../runtime/middleware/identify.ts";
import { RoleSchema } from "../intents/schema.ts";
import { registerUser } from "../domain/staff/register-user.ts";
import { isValidTimeZone } from "../domain/time/zoned.ts";
import { advanceClock, takePushes } from "../jobs/advance-clock.ts";
import { JOB_KINDS } from "../jobs/kinds/index.ts";
import { typedMessages } from "./typed-messages.ts";

export const CONSOLE_PLATFORM = "console";

/**
 * Links a console user seen for the first time: to the staff member of that name if there is one, else
 * as a new user with the role the command line or script gives. Without a role, they stay unlinked.
 */
export const linkConsoleUser: OnUnknownUser = async (ctx) => {
  const { userId, chatId, sender } = ctx.message;
  const staff = await ctx.db.staff.findUnique({ where: { name: userId } });
  const role = sender?.role ?? staff?.role;
  if (!role) return undefined;
  return registerUser({ db: ctx.db, platform: CONSOLE_PLATFORM, platformUserId: userId, chatId, name: userId, role, tz: ctx.tz });
};

/**
 * A reply as a script's output line: the text (an image's text-table description), a choice's option
 * labels and the values pressing them sends, and an image's PNG as base64.
 */
function scriptFields(reply: Reply): Record<string, unknown> {
  if (reply.kind === "choice") return { text: renderText(reply), options: reply.options.map((o) => o.label), values: reply.options.map((o) => o.value) };
  if (reply.kind === "image") return { text: reply.alt, image_png_base64: Buffer.from(reply.png).toString("base64") };
  return { text: reply.text };
}

/** One reply as plain text: choices become a numbered list, images their description. */
export function renderText(reply: Reply): string {
  if (reply.kind === "text") return reply.text;
  if (reply.kind === "choice") return `${reply.text}\n${reply.options.map((o, i) => `  ${i + 1}) ${o.label}`).join("\n")}`;
  return `[${reply.alt}]`;
}

function consoleMessage(options: { user: string; role?: z.infer<typeof RoleSchema>; text: string; now: Date; tz?: string }): Message {
  return {
    platform: CONSOLE_PLATFORM,
    chatId: options.user,
    userId: options.user,
    messageId: randomUUID(),
    text: options.text,
    receivedAt: options.now,
    tz: options.tz,
    sender: { name: options.user, role: options.role },
  };
}

const ScriptLineSchema = z.object({
  user: z.string().trim().min(1).max(100),
  role: RoleSchema.optional(),
  text: z.string(),
  now: z.iso.datetime({ offset: true }).optional(),
  tz: z.string().refine(isValidTimeZone, "unknown time zone").optional(),
});

/** `{"advance_to": "…"}`: moves the script's clock, running the jobs that fall due on the way. */
const AdvanceLineSchema = z.object({ advance_to: z.iso.datetime({ offset: true }) });

/**
 * Runs a script: one JSON object per line in, one JSON line per reply out, in order. A bad line gets an
 * error line and the script goes on. The script has a clock: each line's `now`, else the clock as the
 * last line or `advance_to` left it, else real time. After an `advance_to`, what the bot pushed to
 * console users comes out as reply lines to them, with the option values and when it was sent.
 */
export async function runScript(app: App, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let clock: Date | undefined;
  for await (const raw of lines) {
    lineNumber++;
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      output.write(JSON.stringify({ line: lineNumber, error: "not valid JSON" }) + "\n");
      continue;
    }
    const advance = AdvanceLineSchema.safeParse(json);
    if (advance.success) {
      const to = new Date(advance.data.advance_to);
      const from = clock ?? new Date();
      if (to > from) await advanceClock({ db: app.db.prisma, from, to, handlers: JOB_KINDS, log: app.log });
      clock = to > from ? to : from;
      for (const push of await takePushes({ db: app.db.prisma, platform: CONSOLE_PLATFORM })) {
        output.write(JSON.stringify({ user: push.userId, ...scriptFields(push.reply), at: push.at.toISOString() }) + "\n");
      }
      continue;
    }
    const line = ScriptLineSchema.safeParse(json);
    if (!line.success) {
      const issue = line.error.issues[0]!;
      output.write(JSON.stringify({ line: lineNumber, error: `${issue.path.join(".") || "line"}: ${issue.message}` }) + "\n");
      continue;
    }
    const { user, role, text, tz } = line.data;
    const now = line.data.now ? new Date(line.data.now) : (clock ?? new Date());
    clock = now;
    const replies = await app.receive(consoleMessage({ user, role, text, now, tz }));
    for (const reply of replies) {
      output.write(JSON.stringify({ user, ...scriptFields(reply) }) + "\n");
    }
  }
}

/** The interactive console chat: a prompt, a reply, until end of input or /quit. */
export async function runInteractive(app: App, options: { user: string; role?: z.infer<typeof RoleSchema>; input: NodeJS.ReadableStream; output: NodeJS.WritableStream; banner?: string; joinPasted?: boolean }): Promise<void> {
  const { user, role, output } = options;
  const terminal = (options.input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input: options.input, output, terminal });
  if (options.banner) output.write(options.banner + "\n");
  const prompt = () => rl.setPrompt(`${user}> `);
  prompt();
  rl.prompt();
  // A block pasted at the terminal is one message (typed-messages.ts).
  for await (const text of typedMessages(rl, { joinPasted: options.joinPasted ?? terminal })) {
    if (/^\s*\/(quit|exit|退出)\s*$/i.test(text)) break;
    const now = new Date();
    const replies = await app.receive(consoleMessage({ user, role, text, now }));
    for (const reply of replies) output.write(`bot> ${renderText(reply).replace(/\n/g, "\n     ")}\n`);
    rl.prompt();
  }
  rl.close();
}
