/**
 * Daily: customers no one has contacted for longer than their tier allows (settings.atRiskDays) get a
 * task for their owner, due at 10:00 today their time. Once per customer per window: not again while an
 * at-risk task of theirs is open or was due within the window. A customer with an open task planned
 * ahead is not forgotten, so is left alone. Found with one query, so it scales with the database.
 */
import { createTask } from "../../domain/task/create-task.ts";
import { localDate, zonedInstant } from "../../domain/time/zoned.ts";
import { say, type Lang } from "../../runtime/message.ts";
import type { JobHandler } from "../types.ts";
import { loadRecipient, systemWrite } from "./recipient.ts";

const BATCH = 500;
const TIER_NAMES: Record<string, { zh: string; en: string }> = {
  vip: { zh: "VIP", en: "VIP" },
  major: { zh: "重要客户", en: "major" },
  ordinary: { zh: "普通客户", en: "ordinary" },
  small: { zh: "小客户", en: "small" },
};

type AtRisk = { id: number; name: string; ownerId: number; tier: string; lastAt: Date };

export const atRiskScan: JobHandler = async (ctx) => {
  const day = 86_400_000;
  const now = ctx.now.getTime();
  const cut = (tier: keyof typeof ctx.settings.atRiskDays) => new Date(now - ctx.settings.atRiskDays[tier] * day);
  const rows = await ctx.db.$queryRaw<AtRisk[]>`
    WITH windows(tier, since) AS (
      VALUES ('vip', ${cut("vip")}::timestamp), ('major', ${cut("major")}::timestamp), ('ordinary', ${cut("ordinary")}::timestamp), ('small', ${cut("small")}::timestamp)
    )
    SELECT c.id, c.name, c."ownerId", c.tier::text AS tier, COALESCE(last.at, c."createdAt") AS "lastAt"
    FROM "Customer" c
    JOIN windows w ON w.tier = c.tier::text
    LEFT JOIN LATERAL (
      SELECT max(a."occurredAt") AS at FROM "Activity" a WHERE a."customerId" = c.id AND a."deletedAt" IS NULL
    ) last ON true
    WHERE c."deletedAt" IS NULL AND c."isGuest" = false AND c."ownerId" IS NOT NULL
      AND COALESCE(last.at, c."createdAt") < w.since
      AND NOT EXISTS (
        SELECT 1 FROM "Task" t WHERE t."customerId" = c.id AND t.status = 'open' AND (t.origin = 'at_risk' OR t."dueAt" >= ${ctx.now})
      )
      AND NOT EXISTS (
        SELECT 1 FROM "Task" t WHERE t."customerId" = c.id AND t.origin = 'at_risk' AND t."dueAt" >= w.since
      )
    ORDER BY c.id
    LIMIT ${BATCH}`;

  const langs = new Map<number, { lang: Lang; tz: string } | undefined>();
  for (const row of rows) {
    if (!langs.has(row.ownerId)) {
      const owner = await loadRecipient(ctx.db, row.ownerId);
      langs.set(row.ownerId, owner && { lang: owner.lang, tz: owner.timeZone });
    }
    const owner = langs.get(row.ownerId);
    if (!owner) continue;
    const days = Math.floor((now - new Date(row.lastAt).getTime()) / day);
    const tier = TIER_NAMES[row.tier] ?? { zh: row.tier, en: row.tier };
    const title = say(owner.lang, `⚠️ ${row.name}（${tier.zh}）已 ${days} 天未联系，回访一下`, `⚠️ ${row.name} (${tier.en}) not contacted for ${days} days: get in touch`);
    const dueAt = zonedInstant({ ...localDate(ctx.now, owner.tz), hour: 10 }, owner.tz);
    await systemWrite(ctx.db, ({ tx, audit }) => createTask({ tx, audit, ownerId: row.ownerId, customerId: row.id, title, dueAt: dueAt < ctx.now ? ctx.now : dueAt, origin: "at_risk" }));
  }
  if (rows.length === BATCH) ctx.log.info("at-risk scan hit its batch size; the rest follow tomorrow", { batch: BATCH });
};
