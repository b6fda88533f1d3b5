/** "How did the team do this week?" — a few lines of figures with deltas, for managers and admins. */
import type { Actor, Context, Handler } from "../runtime/context.ts";
import { say, type Lang } from "../runtime/message.ts";
import { buildSummary, type BehindReason, type Change, type Figures, type RepSummary, type Summary } from "../domain/report/build-summary.ts";
import { InvalidPeriodError, periodRange, type DateRange } from "../domain/report/period-range.ts";
import { findWonTrend, type WonWeek } from "../domain/report/won-trend.ts";
import { altTable } from "../charts/alt-table.ts";
import { renderPipelineChart } from "../charts/pipeline-chart.ts";
import { renderWonTrendChart } from "../charts/won-trend-chart.ts";
import type { Reply } from "../runtime/message.ts";

const STAGE_NAMES = {
  new: { zh: "新建", en: "new" },
  qualified: { zh: "已确认", en: "qualified" },
  proposal: { zh: "已报价", en: "proposal" },
  negotiation: { zh: "谈判", en: "negotiation" },
} as const;

/** How many reps get a line of their own; a bigger team gets "and N more". */
const REP_LINES = 6;
/** Weeks in the won-revenue trend picture: a quarter, enough to see a direction. */
const TREND_WEEKS = 12;

export const summaryHandler: Handler<"summary"> = async (ctx, intent) => {
  if (!refuseUnlessManager(ctx)) return;
  const { period, from, to, person } = intent.slots;
  const range = rangeOrSay(ctx, { period, from, to });
  if (!range) return;

  let rep: { id: number; name: string } | undefined;
  if (person) {
    rep = await findRepInScope(ctx, person);
    if (!rep) return;
  }
  const summary = await buildSummary({ db: ctx.db, scope: ctx.scope, range, staffId: rep?.id, now: ctx.now });
  ctx.reply(formatSummary(summary, ctx.lang, rep?.name));

  // Then the pictures. The text above already holds the figures, so a chart that fails to render is
  // logged and left out rather than turning a good answer into an error.
  try {
    const scope = rep ? { ownerIds: [rep.id] } : ctx.scope;
    const weeks = await findWonTrend({ db: ctx.db, scope, now: ctx.now, tz: ctx.tz, weeks: TREND_WEEKS });
    ctx.reply(await pipelineImage({ figures: summary.team, lang: ctx.lang, who: rep?.name }));
    ctx.reply(await wonTrendImage({ weeks, lang: ctx.lang, who: rep?.name }));
  } catch (error) {
    ctx.log.warn("summary chart failed", { error: String(error) });
  }
};

/** The open pipeline as a picture, its alt a table of stage, deals and amount. */
export async function pipelineImage(options: { figures: Figures; lang: Lang; who?: string }): Promise<Reply & { kind: "image" }> {
  const { figures, lang } = options;
  const t = (zh: string, en: string) => say(lang, zh, en);
  const who = options.who ? t(`${options.who} · `, `${options.who} · `) : "";
  const title = t(`${who}在谈商机`, `${who}Open pipeline`);
  const total = figures.pipelineTotal;
  const subtitle = t(`共 ${total.count} 单 ${formatYuan(total.amount, lang)}`, `${total.count} deal${total.count === 1 ? "" : "s"}, ${formatYuan(total.amount, lang)}`);
  const stages = figures.pipeline.map((p) => ({ label: STAGE_NAMES[p.stage][lang], count: p.count, amount: p.amount }));
  const png = await renderPipelineChart({
    title,
    subtitle,
    stages,
    formatCount: (n) => t(`${n}单`, `${n} deal${n === 1 ? "" : "s"}`),
    formatAmount: (n) => formatYuan(n, lang),
  });
  const alt = altTable({
    title,
    header: [t("阶段", "Stage"), t("单数", "Deals"), t("金额", "Amount")],
    rows: [...stages.map((s) => [s.label, s.count, formatYuan(s.amount, lang)]), [t("合计", "Total"), total.count, formatYuan(total.amount, lang)]],
  });
  return { kind: "image", png, alt };
}

/** Won revenue per week as a picture, its alt a table of week, deals and amount. */
export async function wonTrendImage(options: { weeks: WonWeek[]; lang: Lang; who?: string }): Promise<Reply & { kind: "image" }> {
  const { weeks, lang } = options;
  const t = (zh: string, en: string) => say(lang, zh, en);
  const who = options.who ? `${options.who} · ` : "";
  const title = t(`${who}近 ${weeks.length} 周成交额`, `${who}Won revenue, last ${weeks.length} weeks`);
  const points = weeks.map((w) => ({ label: `${w.week.month}/${w.week.day}`, amount: w.amount, count: w.count }));
  const total = weeks.reduce((sum, w) => sum + w.amount, 0);
  const count = weeks.reduce((sum, w) => sum + w.count, 0);
  const png = await renderWonTrendChart({
    title,
    subtitle: t(`合计 ${count} 单 ${formatYuan(total, lang)} · 按周（周一起）`, `${count} won, ${formatYuan(total, lang)} · weeks from Monday`),
    weeks: points,
    formatAmount: (n) => formatYuan(n, lang),
  });
  const alt = altTable({
    title,
    header: [t("周", "Week of"), t("单数", "Won"), t("金额", "Amount")],
    rows: points.map((p) => [p.label, p.count, formatYuan(p.amount, lang)]),
  });
  return { kind: "image", png, alt };
}

/** Reports are for managers and admins: anyone else gets a polite no. Returns whether to go on. */
export function refuseUnlessManager(ctx: Context): boolean {
  if (isManager(ctx.actor)) return true;
  ctx.reply(
    say(
      ctx.lang,
      "抱歉，团队汇总和客户排行只对经理开放。想看自己的待办，可以说“我的任务”。",
      "Sorry, team reports are for managers. For your own to-dos, ask for \"my tasks\".",
    ),
  );
  return false;
}

function isManager(actor: Actor | undefined): boolean {
  return actor?.kind === "staff" && (actor.role === "manager" || actor.role === "admin");
}

/** The slots' period in the chat's zone, or undefined after telling the user the dates did not parse. */
export function rangeOrSay(ctx: Context, slots: { period?: Parameters<typeof periodRange>[0]["period"]; from?: string; to?: string }): DateRange | undefined {
  try {
    return periodRange({ ...slots, now: ctx.now, tz: ctx.tz });
  } catch (error) {
    if (!(error instanceof InvalidPeriodError)) throw error;
    ctx.reply(say(ctx.lang, "没看懂这个时间段，请用“本周”“上月”或“11月1日到15日”这样的说法。", "I couldn't read that period; try \"this week\", \"last month\" or \"Nov 1 to 15\"."));
    return undefined;
  }
}

/**
 * A staff member in the actor's scope whose name contains `query` (any case, then also ignoring spaces
 * and punctuation); replies and returns undefined when there is none or several.
 */
async function findRepInScope(ctx: Context, query: string): Promise<{ id: number; name: string } | undefined> {
  const ids = ctx.scope.ownerIds;
  const contains = await ctx.db.staff.findMany({
    where: {
      deletedAt: null,
      name: { contains: query.trim(), mode: "insensitive" },
      ...(ids === "all" ? {} : { id: { in: ids } }),
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 6,
  });
  const exact = contains.find((m) => m.name.toLowerCase() === query.trim().toLowerCase());
  if (exact) return exact;
  let matches = contains;
  if (matches.length === 0) {
    // "bobli" for "Bob Li", or "Bob Li (sales)": compare without case, spaces and punctuation, either
    // way round. A team's names are few, so this reads names only, and only when the query missed.
    const key = fold(query);
    const team = await ctx.db.staff.findMany({
      where: { deletedAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 2000,
    });
    matches = team.filter((m) => key && (fold(m.name).includes(key) || key.includes(fold(m.name)))).slice(0, 6);
  }
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    ctx.reply(say(ctx.lang, `你的团队里没有找到“${query}”。`, `I couldn't find "${query}" on your team.`));
  } else {
    const names = matches.map((m) => m.name);
    ctx.reply(say(ctx.lang, `“${query}”有几位：${names.join("、")}。是哪位？`, `Several people match "${query}": ${names.join(", ")}. Which one?`));
  }
  return undefined;
}

const fold = (name: string) => name.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

/** The reply: a header, four or five lines of figures, who is behind, and a line per rep. */
export function formatSummary(summary: Summary, lang: Lang, personName?: string): string {
  const f = summary.team;
  const t = (zh: string, en: string) => say(lang, zh, en);
  const who = personName ?? t("团队", "Team");
  const lines = [
    t(
      `${who}汇总 · ${summary.range.label.zh}（对比${summary.previous.label.zh}）`,
      `${who} · ${summary.range.label.en} (vs ${summary.previous.label.en})`,
    ),
    t(
      `新线索 ${f.newLeads.current}${delta(f.newLeads)} · 跟进 ${f.followUps.current}${delta(f.followUps)} · 任务完成 ${f.tasksDone.current}/${f.tasksDue.current}`,
      `New leads ${f.newLeads.current}${delta(f.newLeads)} · Follow-ups ${f.followUps.current}${delta(f.followUps)} · Tasks done ${f.tasksDone.current}/${f.tasksDue.current}`,
    ),
    dealsLine(f, lang),
  ];

  const stages = f.pipeline.filter((p) => p.count > 0).map((p) => `${STAGE_NAMES[p.stage][lang]} ${p.count}`);
  if (f.pipelineTotal.count > 0) {
    lines.push(
      t(
        `在谈 ${f.pipelineTotal.count} 单 ${formatYuan(f.pipelineTotal.amount, lang)}：${stages.join("、")}`,
        `Pipeline ${f.pipelineTotal.count} deal${f.pipelineTotal.count === 1 ? "" : "s"} ${formatYuan(f.pipelineTotal.amount, lang)}: ${stages.join(", ")}`,
      ),
    );
  }

  const service = [f.bookings.current, f.bookings.previous, f.complaintsOpened.current, f.complaintsResolved.current, f.complaintsOpen];
  if (service.some((n) => n > 0)) {
    lines.push(
      t(
        `预订 ${f.bookings.current}${delta(f.bookings)} · 投诉 新增 ${f.complaintsOpened.current}${delta(f.complaintsOpened)}，解决 ${f.complaintsResolved.current}，未结 ${f.complaintsOpen}`,
        `Bookings ${f.bookings.current}${delta(f.bookings)} · Complaints ${f.complaintsOpened.current} new${delta(f.complaintsOpened)}, ${f.complaintsResolved.current} resolved, ${f.complaintsOpen} open`,
      ),
    );
  }

  if (summary.behind.length > 0) {
    const names = summary.behind.map((rep) => t(`${rep.name}（${reasons(rep, lang)}）`, `${rep.name} (${reasons(rep, lang)})`));
    lines.push(
      personName
        ? t(`需关注：${reasons(summary.behind[0]!, lang)}`, `Needs attention: ${reasons(summary.behind[0]!, lang)}`)
        : t(`需关注：${names.join("、")}`, `Behind: ${names.join(", ")}`),
    );
  }

  if (!personName && summary.reps.length > 0) {
    const ranked = [...summary.reps].sort((a, b) => b.figures.won.amount.current - a.figures.won.amount.current);
    const shown = ranked.slice(0, REP_LINES).map((rep) => repLine(rep, lang));
    const more = ranked.length - shown.length;
    if (more > 0) shown.push(t(`另有 ${more} 人`, `and ${more} more`));
    lines.push(shown.join(t("｜", " | ")));
  }
  return lines.join("\n");
}

function dealsLine(f: Figures, lang: Lang): string {
  const rate = f.conversion.current === null ? "" : `${Math.round(f.conversion.current * 100)}%`;
  const average = f.averageWon.current === null ? "" : formatYuan(f.averageWon.current, lang);
  const amount = `${formatYuan(f.won.amount.current, lang)}${moneyDelta(f.won.amount, lang)}`;
  return lang === "zh"
    ? [`成交 ${f.won.count.current}单${delta(f.won.count)}（${amount}）`, `丢单 ${f.lost.count.current}${delta(f.lost.count)}`, rate && `赢单率 ${rate}`, average && `单均 ${average}`]
        .filter(Boolean)
        .join(" · ")
    : [`Won ${f.won.count.current}${delta(f.won.count)} (${amount})`, `Lost ${f.lost.count.current}${delta(f.lost.count)}`, rate && `Win rate ${rate}`, average && `Avg ${average}`]
        .filter(Boolean)
        .join(" · ");
}

function repLine(rep: RepSummary, lang: Lang): string {
  const f = rep.figures;
  return say(
    lang,
    `${rep.name} 成交${f.won.count.current}单 ${formatYuan(f.won.amount.current, lang)} 跟进${f.followUps.current}`,
    `${rep.name}: won ${f.won.count.current} ${formatYuan(f.won.amount.current, lang)}, ${f.followUps.current} follow-up${f.followUps.current === 1 ? "" : "s"}`,
  );
}

function reasons(rep: RepSummary, lang: Lang): string {
  const f = rep.figures;
  const text: Record<BehindReason, string> = {
    few_followups: say(lang, `完成跟进偏少 ${f.tasksDone.current}/${f.tasksDue.current}`, `few follow-ups done ${f.tasksDone.current}/${f.tasksDue.current}`),
    overdue_tasks: say(lang, `逾期任务 ${f.overdueTasks} 个`, `${f.overdueTasks} overdue task${f.overdueTasks === 1 ? "" : "s"}`),
  };
  return rep.behind.map((r) => text[r]).join(say(lang, "，", ", "));
}

/** " ↑3", " ↓1", or nothing when unchanged. */
export function delta(change: Change): string {
  if (change.delta > 0) return ` ↑${trim(change.delta)}`;
  if (change.delta < 0) return ` ↓${trim(-change.delta)}`;
  return "";
}

function moneyDelta(change: Change, lang: Lang): string {
  if (change.delta === 0) return "";
  return ` ${change.delta > 0 ? "↑" : "↓"}${formatYuan(Math.abs(change.delta), lang)}`;
}

const trim = (n: number) => String(Math.round(n * 100) / 100);

/**
 * ¥ with thousands separators, whole yuan: ¥120,000. In Chinese, 万 and 亿 from ten thousand up,
 * to at most two decimals: ¥12万, ¥3.86万, ¥1.2亿.
 */
export function formatYuan(amount: number, lang: Lang): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  if (lang === "zh" && abs >= 1e8) return `${sign}¥${unit(abs / 1e8)}亿`;
  if (lang === "zh" && abs >= 1e4) return `${sign}¥${unit(abs / 1e4)}万`;
  return `${sign}¥${Math.round(abs).toLocaleString("en-US")}`;
}

function unit(n: number): string {
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  return Number(n.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits });
}
