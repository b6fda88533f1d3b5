import { describe, expect, it } from "vitest";
import { buildSearchKey } from "../../../src/domain/customer/search-key.ts";

const cases: { label: string; input: Parameters<typeof buildSearchKey>[0]; key: string }[] = [
  { label: "Chinese name", input: { name: "张伟" }, key: "张伟 zhang wei zhangwei zw" },
  { label: "surname read as a surname", input: { name: "单雄信" }, key: "单雄信 shan xiong xin shanxiongxin sxx" },
  { label: "compound surname", input: { name: "欧阳娜娜" }, key: "欧阳娜娜 ou yang na na ouyangnana oynn" },
  { label: "English name, lower-cased", input: { name: "John  Smith" }, key: "john smith" },
  { label: "full-width letters folded", input: { name: "Ｊｏｈｎ" }, key: "john" },
  {
    label: "Chinese company with its pinyin",
    input: { name: "李娜", company: "字节跳动" },
    key: "李娜 li na lina ln 字节跳动 zi jie tiao dong zijietiaodong",
  },
  { label: "English company", input: { name: "John Smith", company: "Acme Trading" }, key: "john smith acme trading" },
  { label: "phone digits", input: { name: "Ann", phones: ["+86 138-0013-8000", "(555) 0142"] }, key: "ann 8613800138000 5550142" },
  { label: "email local parts", input: { name: "Ann", emails: ["Ann.Lee@Example.com"] }, key: "ann ann.lee" },
  { label: "WeChat id", input: { name: "Ann", wechatId: "AnnLee88" }, key: "ann annlee88" },
  { label: "no repeated words", input: { name: "Acme", company: "Acme" }, key: "acme" },
  { label: "mixed Chinese and Latin", input: { name: "李 Lee 明" }, key: "李 lee 明 li ming liming lm" },
];

describe("buildSearchKey", () => {
  it.each(cases)("$label", ({ input, key }) => {
    expect(buildSearchKey(input)).toBe(key);
  });
});
