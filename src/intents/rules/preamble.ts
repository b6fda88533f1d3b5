import { ZH_COLLEAGUE } from "./colleague-told.ts";

/**
 * Chat before the point: "Long day — traffic was insane… Anyway, before I forget: Priya from Saltwater wants 60
 * cases", "今天跑了三家客户腿都断了…说正事：远东电器李总那边报价发过去了". What comes before the words that turn to
 * business is the writer's day, not the request, so only what follows them is read.
 */
const TO_THE_POINT =
  /(?:(?:反正)?最(?:主要|重要)的(?:一件)?事(?:情)?(?:是|就是)?[:：]?|(?:我)?(?:想|要)?先看(?:一下|看|吓)?(?:数字|数据)再(?:说|决定)[:：，,]|遇到(?:一个|一個)不错的[:：]|\b(?:(?:one|a) )?(?:new|fresh|another|hot) one(?: for the (?:pipeline|funnel|list|crm|books))?\s*[:—–-]|重点(?:是|来了)[:：]|说到这[，,]|讲(?:了)?这么多[，,]|讲咗?咁多[，,]|讲咗咁耐[，,]|不过(?:倒是)?有(?:一)?个(?:靠谱的|好消息)[^：:，,]{0,6}[:：]|好消息(?:是)?[:：]|\bmain (?:point|thing)(?: is)?\s*[:—–-]|\bthe (?:one )?thing that (?:actually |really )?matters\s*[:—–-]|\bwhat i (?:actually |really )?need(?: from you)?(?: is)?\s*[:—–-]|\b(?:real|one good) (?:lead|thing)\s*[:—–-]|\b(?:the )?good news(?: is)?\s*[:—–-]|\bone (?:admin|more|last|work) thing\s*[:—–-]|\bbefore (?:i drown in all that|everyone disappears|i head off|i forget)\s*,|\bin between all that\b|\bthe meeting finally happened\s*:|\b(?:right|alright|okay|ok),? so\b[,\s]|说正事|言归正传|回到正题|谈正事|讲正事|正事儿?[:：]|\bbefore i forget\b|\banyways?\s*[,:—–-]|\bback to (?:business|work)\b\s*[,:—–-]?|\bon a work note\b|\bquick (?:thing|one|q|question|request|favou?r)\b\s*[:—–-]|\bwork[- ]wise\b\s*[,:—–-]?)[\s,，:：—–-]*/gi;

/**
 * A record entered for a colleague: "帮小刘补记一条：…", "替小王更新一下：…", "幫阿凱更新：…", "Adding this one for Josh since
 * he's on leave: …". The colleague named before the colon is who the record is entered for, not whom it is about.
 * "帮小陈录个线索：…" is left whole: the kind of record it names is the request.
 */
const FOR_A_COLLEAGUE = new RegExp(
  String.raw`^\s*(?:(?:帮|幫|替|代)(?:${ZH_COLLEAGUE}|[A-Z][a-z]+)\s?(?:补记|補記|更新|录|錄|记|記|加|登记|登記|改|报|報|填)(?:(?!线索|線索|客户|客戶|商机|商機)[^：:，,。]){0,6}[:：]|(?:adding|logging|entering|updating|putting in|recording)\s+(?:this(?: one)?|these|one|a (?:note|call|visit))\s+(?:for|on behalf of)\s+[A-Z][a-z]+\b[^:\n]{0,40}:)\s*`,
  "i",
);

/**
 * A request at the end of a long story: "…(the whole family history)… Can you give me a report for September 1
 * through 14?", "…講咗咁多，即係想訂位…", "…麻烦帮我查一下我在你们这的所有预订". The sentence that asks is the message.
 */
const ASKS = /\b(?:can you|could you|can i (?:get|have)|can we|could we|would you|please (?:book|change|cancel|log|note|update|pull|send|give|show|find|check|tell|move)|kindly (?:change|book|cancel|note|update|share|send|confirm|check|arrange|advise|let)|log (?:that|this|it)|note (?:that|this|it) down|pull up|dig up|look up|what can (?:this|you|it) (?:actually )?do|what do i have (?:on )?(?:for |on )?(?:today|tomorrow|this week|next week)|remind me (?:what|who|where|when|how)|what(?:'s| is) on my (?:[\w-]+ )?(?:plate|list|calendar|agenda))\b|帮我|幫我|(?:先)?给我(?:看|出|拉|列|发|一份)|帮她|幫她|帮他|幫他|帮客人|幫客人|麻烦|麻煩|请帮|請幫|唔该|唔該|所以想|即係想|即是想|我想(?:订|訂|预约|預約|看看|查|要)|想订|想訂|想预约|想預約/gi;
/** Long enough to carry a story before the point. */
const LONG = 140;
const READ_ASKED = /^(?:帮我|幫我|先?给我|what do i have|remind me|what(?:'s| is) on my)(?![^。！？!?]*(?:记录|记一下|记下|记到|记在|安排|确认|登记|备注|存|加到|加进|写到|写进|更新|改))[^。！？!?]*?(?:列|查|看|出|调|拉|汇总|数据|报表|任务|跟进|情况|资料|\bwhat\b|remind|today|tomorrow|week|plate|list|due)/i;
const SHORT_STORY = 70;

/** A day named other than today (an hour alone is already today's): a relative day, a weekday or a date. */
const DAY_SAID = /\b(?:tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b|明天|明晚|后天|周[一二三四五六日天]|星期[一二三四五六日天]|[\d一二三四五六七八九十]+[号日]/i;

/** A first line that says what is pasted under it: "以下是客户发来的邮件：", "Forwarding a chat from the group:", "转发：". */
const PASTE_HEADING = /^\s*(?:(?:转发|轉發|fwd?|fw|forward(?:ing|ed)?|pasting|pasted|copying|以下是|下面是|收到)[^\n]{0,50}|[^\n]{0,40}(?:邮件|郵件|微信|聊天记录|群聊|短信|\be-?mail\b|\bchat\b|\bsignature\b|\bmessage\b)[^\n]{0,30})[:：]\s*\n/i;

/** A booking asked for in so many words: "I'd like to book a room", "we want to reserve a table", "想订一间房". */
const BOOKING_WANTED = /\b(?:i'?d|we'?d|i would|we would) (?:like|love) to (?:book|reserve)\b|\b(?:i|we) (?:want|need|wish|am looking|are looking|'m looking|'re looking) to (?:book|reserve)\b|(?:我|我们)(?:想|要|需要)(?:预订|预定|订)(?:一|个|两|[\d二三四五六七八九十])/i;

/** "she said…", "他说…": a sentence that starts by pointing back at someone named before it. */
const POINTS_BACK = /^(?:she|he|they)\b|^(?:她|他|对方)(?:说|们说|讲|表示|回复|答应|同意)/i;

/** Where the request starts: after the last turn to business, or 0 when there is none or nothing follows it. */
export function pointStart(text: string): number {
  const colleague = FOR_A_COLLEAGUE.exec(text);
  if (colleague && text.length - colleague[0].length >= 6) return colleague[0].length;
  let start = 0;
  for (const m of text.matchAll(TO_THE_POINT)) start = (m.index ?? 0) + m[0].length;
  // "…got hold of Mrs. Patel on the phone, took three tries… anyway, she said…": what follows the turn points back at
  // whom the story named, so the story is read with it.
  if (start > 0) return text.length - start >= 6 && !POINTS_BACK.test(text.slice(start)) ? start : 0;
  // "以下是客户发来的邮件，帮我录成新线索：\n…麻烦尽快发报价单…": under a heading that says what is pasted, an ask in the
  // pasted text is its writer's, and the whole is read.
  if (PASTE_HEADING.test(text)) return 0;
  // Chinese says as much in half the characters.
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (text.length + cjk < SHORT_STORY) return 0;
  // The last ask, in the last part of a long message, starts its own sentence.
  const asks = [...text.matchAll(ASKS)];
  const last = asks[asks.length - 1];
  if (!last || (last.index ?? 0) < text.length * 0.35) return 0;
  const before = text.slice(0, last.index);
  // "转发：「……麻烦报个价」": an ask inside a quoted message is the quote's, which is read whole.
  // 'She wrote in: "…please send future confirmations to…"': so is one inside straight quotes.
  if ((before.match(/[「“『]/g) ?? []).length > (before.match(/[」”』]/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1) return 0;
  // "…，麻烦帮我查一下": a Chinese ask opening its clause starts after the comma.
  const clause = /[，,]\s*$/.test(before) && /^(?:麻烦|麻煩|帮我|幫我|请帮|請幫|先?给我)/.test(last[0]) ? before.length : 0;
  // "刚开完周会脑子一团乱……帮我列一下这周还有哪些要跟进的？": a shorter story will do when the ask opens a sentence or clause of its own.
  // Only a read carries its own content so ("帮我列一下…", "What do I have on for today?"); "麻烦记录一下", "kindly
  // confirm" point back at the story, which must be read with them.
  if (text.length + cjk < LONG && (!(clause || /(?:[。！？!?；;]|\.\s|\n)\s*$/.test(before)) || !READ_ASKED.test(text.slice(last.index ?? 0)))) return 0;
  const boundary = Math.max(clause, ...[...before.matchAll(/[。！？!?；;]|\.\s|\n/g)].map((b) => (b.index ?? 0) + b[0].length), 0);
  // "…our reservation for this Friday… Can we move it to Saturday?": an ask pointing back needs the story it points to.
  // "…dinner tomorrow night. Could you fit in a party of five at 7 PM?": an hour asked with its day said before it.
  const ask = text.slice(boundary);
  if (/\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}点/i.test(ask) && !DAY_SAID.test(ask) && DAY_SAID.test(text.slice(0, boundary))) return 0;
  // "…would be grateful for a double room for one night. Please could you make sure it's non-smoking": an ask about
  // what is wanted ("make sure it's…") is a detail of the request before it.
  // "Hello, I'd like to book a deluxe room for 3 nights… Could you arrange rose petals?": an ask after a booking asked
  // for is a detail of that booking, read with it.
  if (BOOKING_WANTED.test(text.slice(0, boundary))) return 0;
  if (/\b(?:make sure|ensure|check that|see that|note that)\b|\bit'?s (?:a |an )?(?:non-?smoking|quiet|high|low|ground|twin|double|king|queen)\b/i.test(text.slice(boundary))) return 0;
  if (/\b(?:move|change|shift|push|cancel|make|bump|switch|keep|hold|reserve|block|confirm|secure) (?:it|that|this|them|those|these)\b|\b(?:have|take|having|taking) a (?:quick )?look\b|\blook into (?:it|this|that)\b|\b(?:update|change|move|cancel|book|log|note|do|fix|sort|add|record|pop|put|enter|create|set up)\s+(?:it|that|this|them|her|him)\b|\b(?:for|on|about|with|of) (?:him|her|them)\s*[?.!]*\s*$|\byou (?:\w+ )?(?:call|ring|phone|email|text|message|chase|contact|visit) (?:him|her|them)\b|\bsame time\b|\bthe (?:reservation|booking|table|room|numbers|headcount|head count|dates?|check-?in|check-?out|arrival)\b|那个|这个|那桌|那间|把(?:状态|阶段|资料|信息|记录|金额)|(?:记|改|更新|录)(?:一下|下)(?:吧)?[。！!\s]*$|记上|(?:帮我|你)记(?:一下|下)(?:吧)?(?:[，,。！!\s]|$)|(?:建|录|加)(?:个|一个|一下|下)?(?:新)?(?:线索|客户)?(?:[，,。！!\s]|$)/i.test(text.slice(boundary))) return 0;
  return text.length - boundary >= 6 ? boundary : 0;
}
