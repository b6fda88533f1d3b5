/**
 * A message written as an email and pasted into the chat:
 *
 *   Hello,
 *
 *   I hope this finds you well. I'd like to book a table for 12 on Tuesday at 7 PM.
 *
 *   Many thanks,
 *   Danielle Ruiz
 *   (718) 555-0143
 *
 * The greeting, the pleasantries and the sign-off carry no request, and read as one ("thank you kindly" is thanks,
 * "I hope" a wish), so they are read away. The signature is who is writing, given apart: a booking asked for in
 * the email is under that name and number. A staff member forwarding such an email ("Forwarding on behalf of a
 * guest: --- … --- Can you get that on the books?") asks for what the email asks, so the email is what is read.
 */

/** "Hello,", "Hi team,", "Dear Reservations,", "Good morning,": a greeting on its own line (or, in a quoted email, before a comma). */
const GREETING = /^\s*(?:hello|hi|hiya|hey|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|greetings|g'?day)\b[^\n.!?:]{0,30}[,!.:]?[ \t]*\n/i;
const GREETING_INLINE = /^\s*(?:hello|hi|hiya|hey|dear|good (?:morning|afternoon|evening|day))\b[^\n.!?:,]{0,30}[,!]\s+/i;
/** ". Kind regards, Harriet Cole, 07911 123456": a sign-off run into the last line. */
const SIGN_OFF_INLINE = /(?<=[.!?])\s+(?:thanks|thank you|many thanks|(?:kind|warm|best) regards|regards|best wishes|cheers|sincerely)[,!.]?\s+([^.!?]{2,80})$/i;
/** "I hope you're well.", "Hope the week's treating you well!": a wish for the reader's health. */
const PLEASANTRY = /(?:^|(?<=[.!?]\s{1,3})|(?<=\n\s*))(?:i\s+)?(?:do\s+)?hope\s+(?:you|this|that|all|the|your|everyone|things)\b[^.!?\n]{0,80}[.!?]+/gi;
/** "Many thanks,", "Kind regards,", "Cheers," on a line of its own, and what follows it to the end. */
const SIGN_OFF = /\n[ \t]*(?:(?:many |with )?thanks(?: so much| a lot| again| in advance| heaps| a million)?|thank you(?: (?:kindly|so much|very much|again|in advance))?(?: for (?:your|the|all (?:your|the)) [\w ]{1,24}?)?|(?:kind|warm|warmest|best|many|with kind) regards|regards|(?:all the )?best(?: wishes)?|cheers(?: \w+)?|sincerely|yours (?:sincerely|faithfully|truly)|warmly|ta|speak soon|take care|looking forward to (?:hearing from you|it|your reply)|x+)[,!.]?[ \t]*(?:\n([\s\S]*))?$/i;
/** A signature's name line: one to four capitalised words, "&" between two people, or initials. */
const SIGNER = /^[ \t]*((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:&|and)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’.-]*){0,3})[ \t]*$/m;
/** A forwarded email between rules or quotes, and the staff ask around it to put it in. */
const FORWARDED_BLOCK = /\n\s*(?:-{3,}|_{3,}|={3,})\s*\n([\s\S]+?)\n\s*(?:-{3,}|_{3,}|={3,})\s*(?:\n|$)|[:：]\s*\n+\s*["“]([\s\S]{40,}?)["”]\s*$/;
const PUT_IT_IN = /\b(?:forward(?:ing|ed)?|on behalf of|came (?:in|through) (?:to|on|via)|pop (?:this|it|that)|get (?:that|this|it) (?:on the books|in|booked|sorted)|put (?:this|it|that) (?:in|through)|pop (?:this|it) (?:booking )?in|book (?:this|it|that) in|can you (?:book|add|log|enter|put) (?:this|it|that)|email that came in|she wrote in|he wrote in|they wrote in|emailed (?:us|me|in)\b)/i;

export type Email = { body: string; signature?: string };

const COMPLAINT_NAMED = /\bcomplain(?:t|ts|ed|ing)?\b|\bgrievance\b|投诉|抱怨/i;

/** The message without the frame an email puts around it, and its signature; unchanged when it is not written as one. */
export function readEmail(text: string): Email {
  const forwarded = FORWARDED_BLOCK.exec(text);
  if (forwarded && PUT_IT_IN.test(text.replace(forwarded[0], " "))) {
    const inner = (forwarded[1] ?? forwarded[2]) as string;
    // "update Kate's email for me? She wrote in: "…"": a detail changed keeps the ask that names whose it is.
    if (!/\b(?:update|change|note|add to|put on)\b[^.?!]{0,40}\b(?:email|number|phone|mobile|profile|file|record|details)\b/i.test(text.slice(0, forwarded.index))) {
      const signed = SIGN_OFF_INLINE.exec(inner);
      const body = (signed ? inner.slice(0, signed.index) : inner).replace(GREETING_INLINE, "");
      const email = unframed(signed ? `${body}\nThanks,\n${(signed[1] as string).replace(/,\s*/g, "\n")}` : body);
      // "Forwarding a guest complaint so it's on record": what the staff member calls it is read with it.
      const said = text.replace(forwarded[0], "\n").trim();
      return COMPLAINT_NAMED.test(said) ? { ...email, body: `${email.body}\n${said}` } : email;
    }
  }
  // "email sig from a guy, stick him in as a new lead:\n\nKind regards,\nTom Whitfield…": a signature pasted as the content.
  const sign = SIGN_OFF.exec(text);
  if (sign && /[:：]\s*$/.test(text.slice(0, sign.index))) return { body: text };
  return /\n/.test(text) && (GREETING.test(text) || sign) ? unframed(text) : { body: text };
}

function unframed(text: string): Email {
  let body = text.replace(GREETING, "");
  const sign = SIGN_OFF.exec(body);
  let signer = "";
  if (sign) {
    // "…Warm regards, / Fiona McBride / (617) 555-0113 / (blank line) / Please mark Harborview Dental as won.": a
    // paragraph after the signature is the one who pasted the email, asking; it is read with the email.
    const [signed = "", ...after] = (sign[1] ?? "").split(/\n[ \t]*\n/);
    body = `${body.slice(0, sign.index)}${after.length ? `\n\n${after.join("\n\n")}` : ""}`;
    // "Looking forward to hearing from you. / Regards, / Todd": a second sign-off line is no part of the name.
    const signature = signed.split("\n").filter((line) => !SIGN_OFF.test(`\n${line}`)).join("\n");
    const name = SIGNER.exec(signature)?.[1];
    const rest = name ? signature.replace(name, " ") : signature;
    signer = [name ? `name: ${name}` : "", rest.replace(/\s+/g, " ").trim()].filter(Boolean).join(", ");
  }
  body = body.replace(PLEASANTRY, " ").replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim();
  return body ? { body, signature: signer || undefined } : { body: text.trim() };
}
