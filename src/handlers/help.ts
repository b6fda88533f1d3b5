import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { inUnreadLanguage } from "../intents/rules/unread-language.ts";
import { haggles, ownPlan, praises } from "../intents/rules/mood.ts";
import { ASKED_OF_SOMEONE } from "../intents/rules/asked-of-someone.ts";

const STAFF_HELP = {
  zh: [
    "直接用中文或英文说就行，例如：",
    "• 新线索：张伟，蓝海科技，13800138000，要300箱矿泉水，周五回电",
    "• 刚给张伟打了电话，他要报价，下周三再跟进",
    "• 张伟签了，8万6",
    "• 查一下张伟 / 138 0013 8000",
    "• 今天有什么任务",
    "命令：/lead /note /deal /find /tasks /done /book /cancel /complain /ack /resolve /summary /top /undo /whoami /help",
  ],
  en: [
    "Just say it in English or Chinese, e.g.:",
    "• New lead: John Smith, Acme Corp, john@acme.com, wants 40 bags of coffee, call back Friday",
    "• Called John, he wants a quote, follow up next Wednesday",
    "• John signed, 12k",
    "• Find John / 0199",
    "• What are my tasks today",
    "Commands: /lead /note /deal /find /tasks /done /book /cancel /complain /ack /resolve /summary /top /undo /whoami /help",
  ],
};

const MANAGER_EXTRA = { zh: "• 这周销售情况怎么样 / 本月前十大客户", en: "• How did sales go this week / top 10 customers this month" };

const GUEST_HELP = {
  zh: ["您好！您可以直接告诉我：", "• 明晚7点 4位 靠窗", "• 12月10号入住大床房 住两晚", "• 我的预订 / 取消明天的预订 / 我的积分", "• 我不抽烟 / 我对花生过敏（我们会记住，下次自动为您安排）", "• 有问题也可以直接反馈给我们"],
  en: ["Hello! Just tell me, for example:", "• Table for 4 tomorrow at 7, window seat", "• A king room from Dec 10 for two nights", "• My bookings / cancel tomorrow's booking / my points", "• I don't smoke / always a high floor (we'll remember it next time)", "• Or tell us if anything went wrong"],
};

/** "what does the qualified stage mean?", "线索跟客户有什么区别": the CRM's own words, asked about by staff new to them. */
const ASKS_ABOUT_TERMS = /\b(?:stages?|pipeline|qualified|proposal|negotiation|leads?|prospects?)\b|阶段|階段|线索|線索|商机|商機|合格|提案|谈判|談判|赢单|输单/i;

const GLOSSARY = {
  zh: [
    "阶段：新建(new) → 合格(qualified，确认有需求、有预算) → 提案(proposal，已报价或发了方案) → 谈判(negotiation，在谈价格和条款) → 赢单(won) / 输单(lost)。",
    "线索是还没成交的潜在客户；成交后就是客户，资料和跟进记录还在同一份档案里。",
  ],
  en: [
    "Stages: new → qualified (a real need and budget) → proposal (quoted or sent a proposal) → negotiation (price and terms being agreed) → won / lost.",
    "A lead is a customer who has not bought yet; once they do, they are a customer, with the same profile and history.",
  ],
};

export const helpHandler: Handler<"help"> = async (ctx) => {
  const actor = ctx.actor;
  if (actor?.kind === "guest") {
    ctx.reply(GUEST_HELP[ctx.lang].join("\n"));
    return;
  }
  const lines = [...STAFF_HELP[ctx.lang]];
  if (actor?.role === "manager" || actor?.role === "admin") lines.splice(6, 0, MANAGER_EXTRA[ctx.lang]);
  // A question about what the words mean is answered first; how to say things follows.
  if (ASKS_ABOUT_TERMS.test(ctx.message.text)) lines.unshift(...GLOSSARY[ctx.lang], "");
  ctx.reply(lines.join("\n"));
};

/** A price asked after: "一晚多少钱", "how much is a twin room?". */
const PRICE_ASKED = /多少钱|什么价|价格|房价|价钱|\bhow much\b|\bprices?\b|\brates?\b/i;

export const unknownHandler: Handler<"unknown"> = async (ctx) => {
  const text = ctx.message.text.trim();
  if (/^(谢谢|多谢|感谢|thanks|thank you|thx|ty)\b/i.test(text)) {
    ctx.reply(say(ctx.lang, "不客气！😊", "You're welcome! 😊"));
    return;
  }
  // "前台小周态度特别好 点个赞": praise is thanked and passed on, never met with "didn't get that".
  if (praises(text) && !/[?？]/.test(text)) {
    ctx.reply(say(ctx.lang, "谢谢您的肯定！我们会转告团队 😊", "Thank you! We'll pass that on to the team 😊"));
    return;
  }
  // "打算明天给禾丰农资打个电话问问": a plan is not recorded, and staff are told how to have it remembered.
  if (ctx.actor?.kind !== "guest" && ownPlan(text)) {
    ctx.reply(say(ctx.lang, "听起来是个计划，我先不记录。需要的话说“提醒我明天给…打电话”，我会设好提醒。", 'Sounds like a plan, so I haven\'t recorded anything. Say "remind me to call … tomorrow" and I\'ll set a reminder.'));
    return;
  }
  // "老王 你那还有覃老板的电话不": meant for a colleague; said so, so the writer knows nothing was recorded.
  if (ctx.actor?.kind !== "guest" && ASKED_OF_SOMEONE.test(text)) {
    ctx.reply(say(ctx.lang, "这条像是发给同事的，我没有记录。要我查客户的话，说“查一下…”就行。", 'That looks meant for a colleague, so I haven\'t recorded anything. To look a customer up, say "look up …".'));
    return;
  }
  // "你们江景房一晚多少钱？": the bot keeps no price list; the guest is pointed to who does, and told how to book.
  if (ctx.actor?.kind === "guest" && (PRICE_ASKED.test(text) || haggles(text))) {
    ctx.reply(say(ctx.lang, "房价和优惠我这里查不到，前台会为您解答。要预订的话，直接告诉我日期、房型和人数就行。", "I can't quote prices or offers here; the front desk will help. To book, just tell me the dates, the room type and how many of you."));
    return;
  }
  // Thai or Vietnamese reach here when no LLM is configured: say which languages are read, in English.
  if (inUnreadLanguage(text)) {
    ctx.reply("Sorry, I can read English and Chinese (中文) here. Could you write it in one of them?");
    return;
  }
  ctx.reply(say(ctx.lang, "抱歉，我没太明白。发送“帮助”看看我能做什么。", 'Sorry, I didn\'t quite get that. Send "help" to see what I can do.'));
};
