/** How dates, money and lists look in replies, in Chinese and English. */
import type { Lang } from "../runtime/message.ts";
import { localParts } from "../domain/time/zoned.ts";

const WEEKDAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "11月19日(周四) 09:00" / "Thu Nov 19 09:00"; the time is left out when `withTime` is false. */
export function formatWhen(instant: Date, tz: string, lang: Lang, withTime = true): string {
  const p = localParts(instant, tz);
  const time = withTime ? ` ${pad(p.hour)}:${pad(p.minute)}` : "";
  return lang === "zh"
    ? `${p.month}月${p.day}日(周${WEEKDAYS_ZH[p.weekday % 7]})${time}`
    : `${WEEKDAYS_EN[p.weekday % 7]} ${MONTHS_EN[p.month - 1]} ${p.day}${time}`;
}

/** ¥12,000 */
export function formatMoney(amount: number | { toString(): string } | null | undefined, currency = "CNY"): string {
  if (amount === null || amount === undefined) return "";
  const value = Number(amount.toString());
  const symbol = currency === "USD" ? "$" : currency === "EUR" ? "€" : "¥";
  return `${symbol}${value.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
}

export function joinList(items: string[], lang: Lang): string {
  return items.join(lang === "zh" ? "、" : ", ");
}

const STAGE_NAMES: Record<string, { zh: string; en: string }> = {
  new: { zh: "新建", en: "new" },
  qualified: { zh: "已确认需求", en: "qualified" },
  proposal: { zh: "已报价", en: "proposal" },
  negotiation: { zh: "谈判中", en: "negotiation" },
  won: { zh: "已成交", en: "won" },
  lost: { zh: "已丢单", en: "lost" },
};

export function stageName(stage: string, lang: Lang): string {
  return STAGE_NAMES[stage]?.[lang] ?? stage;
}

const CHANNEL_NAMES: Record<string, { zh: string; en: string }> = {
  call: { zh: "电话", en: "call" },
  visit: { zh: "拜访", en: "visit" },
  message: { zh: "消息", en: "message" },
  meeting: { zh: "会议", en: "meeting" },
  email: { zh: "邮件", en: "email" },
  note: { zh: "记录", en: "note" },
};

export function channelName(channel: string, lang: Lang): string {
  return CHANNEL_NAMES[channel]?.[lang] ?? channel;
}

const TIER_NAMES: Record<string, { zh: string; en: string }> = {
  vip: { zh: "VIP", en: "VIP" },
  major: { zh: "大客户", en: "major" },
  ordinary: { zh: "普通客户", en: "ordinary" },
  small: { zh: "小客户", en: "small" },
};

/** The customer-pyramid tier as people say it. */
export function tierName(tier: string, lang: Lang): string {
  return TIER_NAMES[tier]?.[lang] ?? tier;
}
