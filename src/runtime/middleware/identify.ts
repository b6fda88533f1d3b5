import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Middleware } from "../compose.ts";
import type { Actor, Context } from "../context.ts";
import { AppError } from "../errors.ts";
import { lastWrittenLang } from "../last-language.ts";
import { detectLang } from "../message.ts";
import { scopeForStaff } from "../../domain/staff/scope-for-staff.ts";

type IdentityWithLinks = NonNullable<Awaited<ReturnType<typeof findIdentity>>>;

function findIdentity(db: PrismaClient, platform: string, platformUserId: string) {
  return db.identity.findUnique({
    where: { platform_platformUserId: { platform, platformUserId } },
    include: { staff: true, customer: true },
  });
}

/** What to do with a sender seen for the first time: link them (and return the identity) or not. */
export type OnUnknownUser = (ctx: Context) => Promise<IdentityWithLinks | undefined>;

/** Finds who sent the message, their role and the scope of records they may see. */
export function identify(options: { onUnknownUser?: OnUnknownUser }): Middleware {
  return async (ctx, next) => {
    const { platform, userId } = ctx.message;
    const identity = (await findIdentity(ctx.db, platform, userId)) ?? (await options.onUnknownUser?.(ctx));
    const actor = identity ? actorOf(identity, ctx.tz) : undefined;
    if (!identity || !actor) {
      throw new AppError("NOT_LINKED", {
        userMessage: {
          zh: "你还没有关联到 chatcrm 员工账号。请让管理员运行 `chatcrm staff invite 你的名字`，再把邀请码发给我：/link 邀请码",
          en: "You are not linked to a chatcrm staff account yet. Ask an admin for an invite code (`chatcrm staff invite NAME`) and send it here: /link CODE",
        },
      });
    }
    ctx.actor = actor;
    // "1", "👍": a message with no words is answered in the language the sender last wrote in. A bare command
    // ("/summary") keeps the account's language, as it did before anyone wrote.
    const said = detectLang(ctx.message.text);
    const wordless = !said && !/^\s*[/／]/.test(ctx.message.text);
    const written = said ?? (wordless ? await lastWrittenLang(ctx.db, [{ platform, platformUserId: userId }]) : undefined);
    if (written) ctx.lang = written;
    if (identity.staff) {
      ctx.lang = written ?? (identity.staff.locale === "en" ? "en" : "zh");
      ctx.scope = await scopeForStaff({ db: ctx.db, staff: identity.staff });
    } else {
      ctx.scope = { ownerIds: [] };
    }
    await next();
  };
}

function actorOf(identity: IdentityWithLinks, tz: string): Actor | undefined {
  if (identity.staff && !identity.staff.deletedAt) {
    return { kind: "staff", staffId: identity.staff.id, name: identity.staff.name, role: identity.staff.role, tz: identity.staff.timeZone };
  }
  if (identity.customer && !identity.customer.deletedAt) {
    return { kind: "guest", customerId: identity.customer.id, name: identity.customer.name, tz };
  }
  return undefined;
}
