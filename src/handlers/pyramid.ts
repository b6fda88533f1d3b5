/** "/pyramid" (/分层): the customer pyramid of the manager's scope as a picture, with the 80/20 line. */
import type { Context } from "../runtime/context.ts";
import { say, type Lang, type Reply } from "../runtime/message.ts";
import { customerPyramid, type Pyramid } from "../domain/segment/pyramid.ts";
import { recomputeSegments, type CustomerTier } from "../domain/segment/recompute-segments.ts";
import { formatLocalDateTime } from "../domain/time/zoned.ts";
import { altTable } from "../charts/alt-table.ts";
import { renderPyramidChart } from "../charts/pyramid-chart.ts";
import { formatYuan, refuseUnlessManager } from "./summary.ts";

export const TIER_NAMES: Record<CustomerTier, { zh: string; en: string }> = {
  vip: { zh: "VIP", en: "VIP" },
  major: { zh: "重要", en: "major" },
  ordinary: { zh: "普通", en: "ordinary" },
  small: { zh: "小客户", en: "small" },
};

export async function pyramidCommand(ctx: Context): Promise<void> {
  if (!refuseUnlessManager(ctx)) return;
  let pyramid = await customerPyramid({ db: ctx.db, scope: ctx.scope, now: ctx.now });
  if (pyramid.computedAt === null && pyramid.customers > 0) {
    // Tiers are recomputed on a schedule; before the first run every customer still has the default
    // tier, which would be a false picture. One run over everyone is a single statement, so do it now.
    await recomputeSegments({ db: ctx.db, now: ctx.now });
    pyramid = await customerPyramid({ db: ctx.db, scope: ctx.scope, now: ctx.now });
  }
  if (pyramid.customers === 0) {
    ctx.reply(say(ctx.lang, "你的范围内还没有客户。", "There are no customers in your scope yet."));
    return;
  }
  ctx.reply(pyramidHeadline(pyramid, ctx.lang));
  try {
    ctx.reply(await pyramidImage({ pyramid, lang: ctx.lang, tz: ctx.tz }));
  } catch (error) {
    ctx.log.warn("pyramid chart failed", { error: String(error) });
    ctx.reply(pyramidTable(pyramid, ctx.lang, ctx.tz));
  }
}

/** The 80/20 line: how few customers bring how much of the money. */
export function pyramidHeadline(pyramid: Pyramid, lang: Lang): string {
  const [vip, major] = pyramid.levels;
  const top = vip!.customers + major!.customers;
  const share = Math.round((vip!.share + major!.share) * 100);
  if (pyramid.revenue <= 0) {
    return say(lang, `${pyramid.customers} 位客户近12个月都还没有成交。`, `None of ${pyramid.customers} customers has won business in the last 12 months.`);
  }
  if (top === 0) {
    return say(
      lang,
      `客户分层：${pyramid.customers} 位客户中暂无 VIP 或重要客户（分层按全公司近12个月成交额），近12个月成交 ${formatYuan(pyramid.revenue, lang)}。`,
      `Customer pyramid: none of ${pyramid.customers} customers is VIP or major (tiers rank the whole company's last 12 months); won ${formatYuan(pyramid.revenue, lang)} in that time.`,
    );
  }
  return say(
    lang,
    `客户分层：${pyramid.customers} 位客户中，VIP 和重要客户 ${top} 位（${percent(top / pyramid.customers)}）贡献了近12个月 ${share}% 的成交额（共 ${formatYuan(pyramid.revenue, lang)}）。`,
    `Customer pyramid: ${top} of ${pyramid.customers} customers (${percent(top / pyramid.customers)}), the VIP and major tiers, brought ${share}% of the last 12 months' won revenue (${formatYuan(pyramid.revenue, lang)}).`,
  );
}

export async function pyramidImage(options: { pyramid: Pyramid; lang: Lang; tz: string }): Promise<Reply & { kind: "image" }> {
  const { pyramid, lang } = options;
  const t = (zh: string, en: string) => say(lang, zh, en);
  const png = await renderPyramidChart({
    title: t("客户分层（近12个月成交额）", "Customer pyramid (won revenue, last 12 months)"),
    subtitle: asOf(pyramid, lang, options.tz),
    bands: pyramid.levels.map((level) => ({ ...level, label: TIER_NAMES[level.tier][lang] })),
    formatBand: (band) =>
      t(
        `${band.label} ${band.customers}位 · ${formatYuan(band.revenue, lang)} · 占${percent(band.share)}`,
        `${band.label}: ${band.customers} · ${formatYuan(band.revenue, lang)} · ${percent(band.share)}`,
      ),
  });
  return { kind: "image", png, alt: pyramidTable(pyramid, lang, options.tz) };
}

/** The pyramid as a text table: the image's alt, and the reply when the picture cannot be drawn. */
export function pyramidTable(pyramid: Pyramid, lang: Lang, tz: string): string {
  const t = (zh: string, en: string) => say(lang, zh, en);
  return altTable({
    title: t(`客户分层 · ${asOf(pyramid, lang, tz)}`, `Customer pyramid · ${asOf(pyramid, lang, tz)}`),
    header: [t("层级", "Tier"), t("客户", "Customers"), t("成交额", "Revenue"), t("占比", "Share")],
    rows: [
      ...pyramid.levels.map((l) => [TIER_NAMES[l.tier][lang], l.customers, formatYuan(l.revenue, lang), percent(l.share)]),
      [t("合计", "Total"), pyramid.customers, formatYuan(pyramid.revenue, lang), pyramid.revenue > 0 ? "100%" : "0%"],
    ],
  });
}

function asOf(pyramid: Pyramid, lang: Lang, tz: string): string {
  if (!pyramid.computedAt) return say(lang, "尚未计算", "not computed yet");
  const when = formatLocalDateTime(pyramid.computedAt, tz).replace("T", " ");
  return say(lang, `分层计算于 ${when}`, `tiers as of ${when}`);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
