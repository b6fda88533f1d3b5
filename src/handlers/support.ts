/** Small pieces every handler needs: who may act, which customer is meant, and slot times as instants. */
import type { Actor, Context } from "../runtime/context.ts";
import { forbidden } from "../runtime/errors.ts";
import { say } from "../runtime/message.ts";
import { resolveCustomer } from "../domain/customer/resolve-customer.ts";
import { parseLocalDate, parseLocalDateTime, zonedInstant } from "../domain/time/zoned.ts";
import { shortId } from "../domain/shared/short-id.ts";

export type StaffActor = Extract<Actor, { kind: "staff" }>;
export type GuestActor = Extract<Actor, { kind: "guest" }>;

export function requireStaff(ctx: Context): StaffActor {
  if (ctx.actor?.kind !== "staff") throw forbidden("这个操作只对员工开放。", "Only staff can do that.");
  return ctx.actor;
}

export function requireGuest(ctx: Context): GuestActor {
  if (ctx.actor?.kind !== "guest") throw forbidden("这个操作只对客人开放。", "That is for guests.");
  return ctx.actor;
}

/**
 * The customer a staff message means, within the actor's scope; replies and returns undefined when
 * there is none or several that fit equally.
 */
export async function customerFor(ctx: Context, query: string | undefined): Promise<{ id: number; name: string } | undefined> {
  const found = await resolveCustomer({ db: ctx.db, scope: ctx.scope, query, lastCustomerId: ctx.conversation.lastCustomerId });
  if (found.kind === "found") {
    ctx.conversation.lastCustomerId = found.customerId;
    return { id: found.customerId, name: found.name };
  }
  if (found.kind === "ambiguous") {
    const list = found.candidates.map((c) => `${shortId("customer", c.id)} ${c.name}${c.companyName ? `（${c.companyName}）` : ""}`);
    ctx.reply(say(ctx.lang, `找到几位相近的客户，请说明是哪位：\n${list.join("\n")}`, `Several customers match; which one?\n${list.join("\n")}`));
    return undefined;
  }
  ctx.reply(
    query
      ? say(ctx.lang, `没有找到客户“${query}”（只能查看你有权限的客户）。`, `No customer "${query}" found among the customers you can see.`)
      : say(ctx.lang, "是哪位客户？", "Which customer?"),
  );
  return undefined;
}

/** A `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` slot as an instant; a bare date gets `defaultHour` local time. */
export function slotInstant(slot: string, tz: string, defaultHour: number): Date | undefined {
  if (slot.includes("T")) return parseLocalDateTime(slot, tz);
  const date = parseLocalDate(slot);
  return date ? zonedInstant({ ...date, hour: defaultHour, minute: 0, second: 0 }, tz) : undefined;
}
