/**
 * A record with an aside after it: "new lead - Hannah Brooks… budget around $15k for wine. also fyi the office wifi is
 * down again", "table for 6 tomorrow 12:30, under Peter Walsh. I'll log the meeting notes later". The aside is about
 * something else, or about later, and read together with the record it can make the whole read as chatter.
 */

/** The last sentence, when it turns to something else or to later. */
const ASIDE =
  /(?<=[.!?。！？;；]\s*|\n)\s*(?:(?:also|and|oh|oh and|ps|p\.s\.)[,:]?\s+)?(?:fyi|btw|by the way|unrelated(?: but)?|off topic|on another note|(?:i'?ll|will|gonna) (?:log|add|write up|send|do) (?:the |my )?(?:meeting |call )?(?:notes?|rest|details|summary) later)\b[^]*$|(?<=[。！？；，,]\s*)(?:顺便说(?:一)?(?:下|句)|题外话|另外说(?:一)?下|会议纪要(?:我)?(?:晚点|回头|稍后)(?:再)?(?:补|写|发))[^]*$/i;

/** The message without its closing aside; undefined when it has none (or is nothing but one). */
export function withoutAside(text: string): string | undefined {
  const kept = text.replace(ASIDE, "").trim();
  return kept && kept !== text.trim() ? kept : undefined;
}
