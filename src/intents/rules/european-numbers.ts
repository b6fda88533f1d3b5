/**
 * Numbers and dates as continental Europe and Latin America write them: a dot groups thousands and a comma marks
 * decimals ("PLN 2.450,00", "SEK 85.000", "R$ 7.500"), and a date is day first with dots ("28.12.", "vom 12.2. bis
 * 14.2."). Each is put the way the rest of the parser reads ("2450.00", "28 Dec"). A dot between digits is left
 * alone unless the shape is unmistakable: a currency beside it, more than one group, or a decimal comma after it.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const CURRENCY_BEFORE = "(?:(?:R\\$|€|EUR|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|COP|ARS|MXN|CLP|PEN|UYU|BRL|IDR|VND)\\s?)";
const CURRENCY_AFTER = "(?:\\s?(?:€|EUR|CHF|SEK|NOK|DKK|PLN|CZK|HUF|kr|zł|Kč|Ft|euros?|reais|pesos|francs?))";
const GROUPED = "\\d{1,3}(?:\\.\\d{3})+";

/** "PLN 2.450,00", "1.250,50 €": dot thousands and a decimal comma, wherever they are. */
const THOUSANDS_AND_DECIMALS = new RegExp(`(?<![\\d.,])(${GROUPED}),(\\d{1,2})(?![\\d.,])`, "g");
/** "CHF 9.800", "64.000 DKK", "COP 22.000.000": dot thousands beside a currency, or in more than one group. */
const THOUSANDS = new RegExp(`(?<=${CURRENCY_BEFORE})${GROUPED}(?!\\d|,\\d|\\.\\d)|(?<![\\d.,])${GROUPED}(?=${CURRENCY_AFTER}(?![\\p{L}]))|(?<![\\d.,])\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.,])`, "gu");
/** "1.000 paper bags", "2.500 Stück": a round thousand counting things. */
const COUNTED_THOUSANDS = /(?<![\d.,$£€¥])(\d{1,3}(?:\.000)+)(?=\s+(?!(?:am|pm|uhr|h)\b)[a-z]{3,})/gi;

/** "1,2k€", "9,8k", "2,5 Mio", "1,2 mln rub", "7,5 thousand EUR": a comma before one or two digits and a multiplier is the decimal point. */
const DECIMAL_COMMA_MULTIPLIED = /(?<![\d.,])(\d+),(\d{1,2})(?=\s?(?:k|K|M|mn|Mio|Mrd)(?![a-z])|\s?(?:mln|million|thousand|тыс|млн|tys)(?!\p{L}))/gu;
/** "1 200 $", "6 200 €", "340 000 rub": French, Swiss and Eastern European writers group thousands with a space, the currency after. */
const SPACED_THOUSANDS = /(?<![\d.,])\d{1,3}(?: \d{3})+(?=\s?(?:\$|€|£|₽|₴|zł|(?:CHF|EUR|USD|CAD|RUB|PLN|UAH|BYN|KZT|CZK|HUF|RON|GEL|dollars|euros?|francs?|rub(?:les?)?|roubles?|hryvnias?|zloty|tenge)(?!\p{L})))/giu;

/** "28.12.", "am 1.5.", "vom 12.2. bis 14.2.": a day and a month, each with its dot, no year. */
// "grew by 1.5.", "rated 4.5.": a decimal ending a sentence after a word of measure is no day.
const DOTTED_DAY = /(?<![\d.,])(?<!\b(?:by|grew|rose|fell|dropped|increased|decreased|rated|rating|score|scored|version|v|x|about|around|approx)\s?)(\d{1,2})\.(\d{1,2})\.(?![\d%])/gi;

/**
 * "on 24.12", "from 05.05 to 08.05", "till 12.03", "Remind me on 1.10": day first with no closing dot, told as a date
 * by the word before it and what follows it; "for 3.5 lakh", "by 1.5 hours" stay numbers.
 */
const DAY_AFTER_PREPOSITION = /(?<=\b(?:on|from|to|till|until|by|for|before|after|since|from the|on the)\s)(\d{1,2})\.(\d{1,2})(?![\d.%]|,\d)(?=\s*(?:$|[,.!?;:)]|[-–]|\b(?:at|to|till|until|and|or|please|pls|for|in|on|we|i|our|my|the|with|evening|morning|night|lunch|dinner)\b))/giu;

/** "Next meeting 20.05 at 15:00", "contact him 10.06 at 11:00": a day and month, then the hour on it. */
const DAY_BEFORE_HOUR = /(?<![\d.,])(?<!\b(?:by|rated|rating|score|scored|version|v|about|around|approx)\s?)(\d{1,2})\.(\d{1,2})(?=\s+(?:at|@)\s*\d{1,2}[:.]\d{2}\b)/g;
/** "12 000 bottles", "2 500 pieces": a count grouped by spaces, then what is counted. */
const SPACED_COUNT = /(?<![\d.,])\d{1,3}(?: \d{3})+(?=\s+(?!(?:am|pm|hours?|hrs|mins?|minutes)\b)[a-z]{3,})/gi;

export function inPlainNumbers(text: string): string {
  if (!/\d[., ]\d/.test(text)) return text;
  return text
    .replace(DECIMAL_COMMA_MULTIPLIED, (_all, whole: string, tenths: string) => `${whole}.${tenths}`)
    .replace(SPACED_THOUSANDS, (n) => n.replace(/ /g, ""))
    .replace(SPACED_COUNT, (n) => n.replace(/ /g, ""))
    .replace(THOUSANDS_AND_DECIMALS, (_all, whole: string, cents: string) => `${whole.replace(/\./g, "")}.${cents}`)
    .replace(THOUSANDS, (n) => n.replace(/\./g, ""))
    .replace(COUNTED_THOUSANDS, (n) => n.replace(/\./g, ""))
    .replace(DOTTED_DAY, dayAndMonth)
    .replace(DAY_AFTER_PREPOSITION, dayAndMonth)
    .replace(DAY_BEFORE_HOUR, dayAndMonth);
}

function dayAndMonth(all: string, d: string, m: string): string {
  const day = Number(d), month = Number(m);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${day} ${MONTHS[month - 1]}` : all;
}
