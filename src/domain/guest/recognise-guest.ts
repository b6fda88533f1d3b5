import type { Lang } from "../../runtime/message.ts";
import type { GuestHistory } from "./guest-history.ts";

/**
 * The line that tells a returning guest, and the staff who serve them, that they are known: "欢迎回来！
 * 这是您第5次光临 · 金卡会员". Undefined for a first visit: a newcomer is not told they are new.
 * `tier` is the loyalty tier's name, or "VIP" for a profile marked vip.
 */
export function recogniseGuest(options: { history: GuestHistory; tier?: string; lang: Lang; audience: "guest" | "staff" }): string | undefined {
  const { history, tier, lang, audience } = options;
  if (history.visits === 0) return undefined;
  // This booking is the next visit: a guest with 4 completed stays is on their 5th.
  const nth = history.visits + 1;
  if (audience === "staff") {
    const spend = history.lifetimeSpend > 0 ? (lang === "zh" ? `，累计消费¥${fmt(history.lifetimeSpend)}` : `, lifetime spend ¥${fmt(history.lifetimeSpend)}`) : "";
    return lang === "zh"
      ? `回头客：第${nth}次光临${tier ? `，${tier}` : ""}${spend}`
      : `Returning guest: visit #${nth}${tier ? `, ${tier}` : ""}${spend}`;
  }
  return lang === "zh"
    ? `欢迎回来！这是您第${nth}次光临${tier ? `（${tier}会员）` : ""}。`
    : `Welcome back! This is your visit #${nth}${tier ? ` (${tier} member)` : ""}.`;
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
