/**
 * A record typed as a form, a field a line ("姓名：周静怡\n单位：华信证券…", "Name: Ana Ruiz | Company: Solara"):
 * the labels say what each value is, so they are read rather than guessed from the values' shapes.
 */

export type FormField = { index: number; end: number; value: string };
export type Form = { name?: FormField; company?: FormField; customer?: FormField; need?: FormField };

const LABELS: Record<keyof Form, RegExp> = {
  name: /^(?:姓名|名字|联系人|客户姓名|客户名字|name|contact(?: person| name)?|full name)$/i,
  company: /^(?:单位|公司|名称|公司名称|企业|企业名称|客户名称|客户单位|所在单位|company|organi[sz]ation|business|firm|account)$/i,
  // "客户：陈晓峰", "客户：锦江之星": a person or a business, whichever it names.
  customer: /^(?:客户|customer|client)$/i,
  need: /^(?:需求|产品|意向|意向产品|采购需求|采购内容|requirement|requirements|product|products|interest|interested in|needs?|looking for)$/i,
};

/** "label: value" where the label starts a line or follows a separator; the value runs to the next one. */
// "客户：Kelvin Tan 方式：邮件 内容：…": on one line, a short Chinese label after a space starts the next field.
const FIELD = /(?:^|[\n|;；,，】\]\-–—•·●▪*]\s*|[^\S\n](?=[\u4e00-\u9fff]{2,6}[:：]))([\p{L} ]{1,16}?)\s*[:：][^\S\n]*([^\n|;；]+?)(?=\s*(?:$|[\n|;；]|[,，]\s*[\p{L} ]{1,16}[:：])|[^\S\n]+[\u4e00-\u9fff]{2,6}[:：])/gu;
/** A remark in brackets after a value ("华信证券股份有限公司（行政部）") belongs to no field. */
const REMARK = /\s*[（(][^）)]*[）)]\s*$/;

/** The labelled fields of a form-shaped message; only a message with two or more labels is read as a form. */
export function readForm(text: string): Form {
  const fields: Array<[keyof Form | undefined, FormField]> = [];
  for (const m of text.matchAll(FIELD)) {
    const label = (m[1] ?? "").trim();
    const raw = m[2] ?? "";
    const value = raw.replace(REMARK, "").trim();
    const index = (m.index ?? 0) + m[0].length - raw.length;
    const kind = (Object.keys(LABELS) as Array<keyof Form>).find((k) => LABELS[k].test(label));
    fields.push([kind, { index, end: index + value.length, value }]);
  }
  if (fields.length < 2) return {};
  const form: Form = {};
  for (const [kind, field] of fields) if (kind && field.value && !form[kind]) form[kind] = field;
  return form;
}
