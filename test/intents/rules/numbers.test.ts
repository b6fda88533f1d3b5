import { describe, expect, it } from "vitest";
import { findMoney, parseCount, parseMoney, parseZhNumber } from "../../../src/intents/rules/numbers.ts";

describe("parseZhNumber", () => {
  it.each([
    { text: "十五", want: 15 }, { text: "二十", want: 20 }, { text: "一百二十", want: 120 }, { text: "两百", want: 200 },
    { text: "两百五", want: 250 }, { text: "一百零五", want: 105 }, { text: "一千", want: 1000 }, { text: "三万", want: 30000 },
    { text: "十五万", want: 150000 }, { text: "二十万", want: 200000 }, { text: "3万", want: 30000 }, { text: "8万6", want: 86000 },
    { text: "4万5", want: 45000 }, { text: "4万5千", want: 45000 }, { text: "1.2万", want: 12000 }, { text: "5千", want: 5000 },
    { text: "3千5", want: 3500 }, { text: "一万二千", want: 12000 }, { text: "12,000", want: 12000 }, { text: "300", want: 300 },
    { text: "十", want: 10 }, { text: "两", want: 2 }, { text: "一亿", want: 100000000 }, { text: "九十九", want: 99 },
    { text: "一千零一", want: 1001 },
  ])("$text", ({ text, want }) => {
    expect(parseZhNumber(text)).toBe(want);
  });
});

describe("parseCount", () => {
  it.each([
    { text: "五百", want: 500 }, { text: "一百", want: 100 }, { text: "two", want: 2 }, { text: "twelve", want: 12 },
    { text: "40", want: 40 }, { text: "一千", want: 1000 }, { text: "俩", want: 2 }, { text: "1.5", want: undefined },
  ])("$text", ({ text, want }) => {
    expect(parseCount(text)).toBe(want);
  });
});

describe("parseMoney", () => {
  it.each([
    { text: "$12,000", want: 12000 }, { text: "12k", want: 12000 }, { text: "1.2k", want: 1200 }, { text: "¥5000", want: 5000 },
    { text: "5千", want: 5000 }, { text: "3万", want: 30000 }, { text: "8万6", want: 86000 }, { text: "二十万", want: 200000 },
    { text: "$12k", want: 12000 }, { text: "￥8,800", want: 8800 }, { text: "2.5万", want: 25000 }, { text: "500元", want: 500 },
    { text: "3000块", want: 3000 }, { text: "1.5m", want: 1500000 }, { text: "7,800", want: 7800 }, { text: "十五万元", want: 150000 },
  ])("$text", ({ text, want }) => {
    expect(parseMoney(text)).toBe(want);
  });
});

describe("findMoney in sentences", () => {
  it.each([
    { text: "预算5万 明天回电", want: 50000, strong: true },
    { text: "budget 8k", want: 8000, strong: true },
    { text: "Acme deal is won, $23,000", want: 23000, strong: true },
    { text: "成交了，金额4万5", want: 45000, strong: true },
    { text: "proposal sent, 7,800", want: 7800, strong: false },
    { text: "预算二十万", want: 200000, strong: true },
    { text: "报价3000元", want: 3000, strong: true },
  ])("$text", ({ text, want, strong }) => {
    const m = findMoney(text)[0];
    expect(m?.value).toBe(want);
    expect(m?.strong).toBe(strong);
  });

  it.each([{ text: "想采购300箱矿泉水" }, { text: "40 bags of coffee beans" }, { text: "12个人" }, { text: "住3晚" }])("no money in $text", ({ text }) => {
    expect(findMoney(text)).toEqual([]);
  });
});
