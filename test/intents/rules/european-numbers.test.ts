import { describe, expect, it } from "vitest";
import { inPlainNumbers } from "../../../src/intents/rules/european-numbers.ts";

describe("numbers and dates written the European way", () => {
  it.each([
    ["budget CHF 9.800, call Monday", "budget CHF 9800, call Monday"],
    ["PLN 2.450,00", "PLN 2450.00"],
    ["64.000 DKK", "64000 DKK"],
    ["COP 22.000.000", "COP 22000000"],
    ["1.000 paper bags", "1000 paper bags"],
    ["from 28.12. to 2.1.", "from 28 Dec to 2 Jan"],
  ])("reads %j as %j", (said, read) => {
    expect(inPlainNumbers(said)).toBe(read);
  });

  it.each(["price is $7.50, ok", "the market grew by 1.5.", "EUR 3.5 million", "version 2.1. is out", "10.0.0.1"])("leaves %j alone", (said) => {
    expect(inPlainNumbers(said)).toBe(said);
  });
});
