/**
 * The marks a group chat puts around a message, read away before the words are: the bot addressed by name ("@bot
 * who's Hannah Kim again?"), the message a reply quotes, Slack's emoji codes and emphasis, items split by slashes, and
 * a list's heading and bullets.
 */

/**
 * "new lead pls:\n- Tom Becker\n- Becker Bikes": a bulleted or numbered list read as items after commas. A labelled
 * line ("• Name: Grace Lim") is a form's field, read line by line (entities/form.ts).
 */
const LIST_ITEM = /[ \t]*\n[ \t]*(?:[-*•·▪]|\d{1,2}[.)、])[ \t]+(?![^\n,，:：]{1,20}[:：])/g;

/** "回复 小李：「那个客户你录了没？」还没，现在录：…": the message replied to is quoted before the reply, and is not it. */
const QUOTED_REPLY = /^\s*(?:回复|回覆|reply to|replying to)\s*@?[^：:\n「“"]{1,12}[：:]\s*[「“"][^」”"]*[」”"]\s*/i;
/** "Sophie Wang / Maple Leaf Education / sophie@…": a slash between items is a list's comma (never between digits, as in dates). */
const SLASHED_LIST = /(?<!\d)\s+\/\s+(?!\d{1,2}\b)/g;
/** Slack's ":tada:" and ":email:" are pictures, not words: "emailed Oliver :email:" gives no email address. */
const EMOJI_CODE = /(?<![\w:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}:(?![\w:])/gi;
/** "*Stark Logistics*", "_urgent_": Slack's bold and italics mark a word, and are not part of it. */
const EMPHASIS = /(?<![\w*])\*(?=\S)([^*\n]{1,80}?)(?<=\S)\*(?![\w*])|(?<![\w])_(?=\S)([^_\n]{1,80}?)(?<=\S)_(?!\w)/g;

/** "Stark Logistics\n• visited their warehouse…": a short first line over a list is what the list is about. */
const LIST_HEADING = /^\s*([^\n,，:：.。!?！？]{1,40}?)[ \t]*\n(?=[ \t]*(?:[-*•·▪]|\d{1,2}[.)、])[ \t]+)/;

/** What the bot is called when @-mentioned: "@bot", "@chatcrm", "@小助手". */
const BOT_NAME = String.raw`(?:[\w-]*bot|chatcrm|crm|assistant|concierge|helper|机器人|小助手|助手)`;
const BOT_ADDRESSED = new RegExp(String.raw`^\s*@${BOT_NAME}(?![\w\u4e00-\u9fff])[\s,，:：]*`, "i");
/** "回复 @老陈：收到👌 @CRM助手 记个线索 …": a reply to a colleague, then the bot addressed; what the bot is asked follows. */
const REPLY_THEN_BOT = new RegExp(String.raw`^\s*(?:回复|回覆|reply to|replying to)\s*@?[^：:\n]{1,12}[：:][^\n@]{0,30}@(?:${BOT_NAME}|[\w\u4e00-\u9fff]{0,6}助手)(?![\w\u4e00-\u9fff])[\s,，:：]*`, "i");
/** "top 3 accounts this quarter? @chatcrm": the bot addressed last. */
const BOT_ADDRESSED_LAST = new RegExp(String.raw`(?<=\S)[\s,，]*@${BOT_NAME}[\s.。!！]*$`, "i");

/** "Voice note transcript: Hey, it's me…", "语音转文字：喂喂…": the label a voice message is pasted under. */
const VOICE_LABEL = /^\s*[\[【(（]?(?:voice (?:note|message|memo)(?: transcript(?:ion)?)?|transcript(?:ion)?|语音(?:转文字|转写|消息|留言)?|語音(?:轉文字|訊息)?)[\]】)）]?\s*[:：]\s*/i;

export function withoutChatMarkup(text: string): string {
  return text
    .replace(VOICE_LABEL, "")
    .replace(REPLY_THEN_BOT, "")
    .replace(QUOTED_REPLY, "")
    .replace(BOT_ADDRESSED, "")
    .replace(BOT_ADDRESSED_LAST, "")
    .replace(SLASHED_LIST, ", ")
    .replace(EMOJI_CODE, " ")
    .replace(EMPHASIS, (_all, bold?: string, italic?: string) => bold ?? italic ?? "")
    .replace(LIST_HEADING, "$1: ")
    .replace(LIST_ITEM, ", ");
}
