/**
 * A customer's terms of trade, kept on their record as preferences: how they pay ("net 30", "月结30天", "预付50%",
 * "bank transfer") and when they take deliveries ("上午送货", "morning deliveries only").
 */

/**
 * The words that give terms, with their value: a payment's conditions set ("payment terms: net 30", "付款方式改成月结"),
 * an invoice's due days, a delivery window. Terms only talked about ("haggling over payment terms") give none.
 */
const PAYMENT_EN = /\bpayment (?:terms?|method)\b(?:\s+(?:for|of)\s+[^:：,.]{1,40}?)?\s*(?:[:：=]|\bare\b|\bis\b|\bto\b)\s*([^.;!?]+)/i;
const PAYMENT_ZH = /(?:付款|结算|支付)(?:条件|方式|方法)(?:也)?(?:备注成|改成|改为|换成|定为|定成|是|为|[:：])\s*([^，,。；;！!]+)/;
const DELIVERY = /(?:只|仅)(?:接受|收|要)?((?:上午|下午|早上|晚上|周末|工作日|白天)(?:送货|收货|配送|到货))|\b(?:morning|afternoon|evening|weekday|weekend) deliver(?:y|ies) only\b/i;
const NET_DAYS = /\binvoices? (?:go|goes|are|is|on)\b[^.;!?]{0,12}\bnet ?\d{2,3}\b|\bon net ?\d{2,3}\b/i;
export const TERMS_GIVEN = new RegExp([PAYMENT_EN, PAYMENT_ZH, DELIVERY, NET_DAYS].map((re) => re.source).join("|"), "i");

const ITEM_SPLIT = /\s*(?:[,，;；、/]|\band\b|和)\s*/;
const CLEAN_END = /\s*(?:[.。!！]|(?:please|pls|kindly)\b.*|请.*|麻烦.*|记(?:一下|下)?.*|备注.*)$/i;

function items(phrase: string): string[] {
  return phrase.replace(CLEAN_END, "").split(ITEM_SPLIT).map((p) => p.trim()).filter((p) => p.length >= 2);
}

export function termsOfTrade(text: string): string[] {
  if (!TERMS_GIVEN.test(text)) return [];
  const out: string[] = [];
  // "Mrs. Okafor's payment terms: bank transfer, net 30", "Set payment terms for Brightside Catering to net 45".
  const en = PAYMENT_EN.exec(text);
  if (en) out.push(...items(en[1] as string));
  // "谢总的付款条件改成预付50%", "付款方式备注成月结30天".
  const zh = PAYMENT_ZH.exec(text);
  if (zh) out.push(...items(zh[1] as string));
  // "his invoices go on net 60": the due days said alone.
  for (const m of text.matchAll(/\bnet ?(\d{2,3})\b/gi)) if (!out.some((o) => /net ?\d/i.test(o) && o.includes(m[1] as string))) out.push(`net ${m[1]}`);
  // "只接受上午送货", "morning deliveries only".
  const delivery = DELIVERY.exec(text);
  if (delivery) out.push(delivery[1] ?? delivery[0]);
  return [...new Set(out)];
}
