/**
 * A reply that leans wholly on the message before it, read alone: a head count with nothing to count it
 * for ("2 of us", "两位", "we're 4"), or a number with no unit ("make it 6": six people or six o'clock?).
 * Alone it names no booking and asks for none, so it does nothing; in a conversation the bot's pending
 * question takes it as its answer (runtime/middleware/interpret.ts).
 */
const COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const HEAD_COUNT_ONLY = new RegExp(
  [
    String.raw`^(?:just |only |it'?s |we(?:'re| are|'ll be| will be) )?${COUNT}(?: of us| people| ppl| pax| persons?| guests| adults)?$`,
    String.raw`^(?:就|只有)?(?:我们)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:位|个人|個人|人|口人)$`,
    String.raw`^(?:就)?我们?(?:俩|两个|仨)$`,
  ].join("|"),
  "i",
);
const UNITLESS_NUMBER = /^(?:then |so )?(?:make|change) (?:it|that) (?:to )?\d{1,2}(?: then| instead)?$/i;

/** The message without a leading "ok"/"好的" or a trailing "pls"/"吧" and its stops. */
const bareCore = (text: string) =>
  text
    .trim()
    .replace(/^(?:ok(?:ay)?|好的?|嗯|那就?)[,，\s]*/i, "")
    .replace(/[\s,，.!！。~～?？]*(?:pls|please|thanks|thx|谢谢|吧|哈|哦|喔)?[\s.!！。~～?？]*$/i, "")
    .trim();

export const leansOnTheMessageBefore = (text: string) => {
  const core = bareCore(text);
  return HEAD_COUNT_ONLY.test(core) || UNITLESS_NUMBER.test(core);
};
