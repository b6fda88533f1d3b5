/** A one-line summary of what an intent would do, for confirm cards. */
import type { Intent } from "../intents/schema.ts";
import type { Lang } from "./message.ts";

const ACTION: Partial<Record<Intent["intent"], { zh: string; en: string }>> = {
  create_lead: { zh: "新建线索", en: "New lead" },
  log_followup: { zh: "记录跟进", en: "Log follow-up" },
  update_deal: { zh: "更新商机", en: "Update deal" },
  update_customer: { zh: "更新客户资料", en: "Update customer" },
  create_booking: { zh: "预订", en: "Booking" },
  change_booking: { zh: "修改预订", en: "Change booking" },
  cancel_booking: { zh: "取消预订", en: "Cancel booking" },
  log_complaint: { zh: "登记投诉", en: "Log complaint" },
};

const SLOT_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: "姓名", en: "name" }, company: { zh: "公司", en: "company" }, phone: { zh: "电话", en: "phone" },
  email: { zh: "邮箱", en: "email" }, product: { zh: "产品", en: "product" }, quantity: { zh: "数量", en: "qty" },
  amount: { zh: "金额", en: "amount" }, next_due: { zh: "下次跟进", en: "next follow-up" }, customer: { zh: "客户", en: "customer" },
  channel: { zh: "方式", en: "channel" }, summary: { zh: "内容", en: "summary" }, stage: { zh: "阶段", en: "stage" },
  birthday: { zh: "生日", en: "birthday" }, preferences: { zh: "偏好", en: "preferences" }, kind: { zh: "类型", en: "kind" },
  start: { zh: "开始", en: "start" }, end: { zh: "结束", en: "end" }, nights: { zh: "晚数", en: "nights" },
  party_size: { zh: "人数", en: "party" }, room_type: { zh: "房型", en: "room" }, date: { zh: "日期", en: "date" },
  issue: { zh: "问题", en: "issue" },
};

export function describeIntent(intent: Intent, lang: Lang): string {
  const action = ACTION[intent.intent]?.[lang] ?? intent.intent;
  const parts = Object.entries(intent.slots as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([slot, value]) => `${SLOT_LABELS[slot]?.[lang] ?? slot}${lang === "zh" ? "：" : ": "}${Array.isArray(value) ? value.join("/") : String(value)}`);
  return `${action}${lang === "zh" ? "：" : ": "}${parts.join(lang === "zh" ? "，" : ", ")}`;
}
