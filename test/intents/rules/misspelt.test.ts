import { describe, expect, it } from "vitest";
import { mendMisspelt } from "../../../src/intents/rules/misspelt.ts";

describe("keywords typed one slip wrong", () => {
  it.each([
    ["pls cancle my room", "pls cancel my room"],
    ["looup Prairie Foods", "lookup Prairie Foods"],
    ["Thrusday works", "Thursday works"],
    ["my resevation for 2", "my reservation for 2"],
    ["new custmer from the fair", "new customer from the fair"],
  ])("%s", (typed, meant) => expect(mendMisspelt(typed)).toBe(meant));

  it.each(["his contact at the bank", "two meetings on Sundays", "she complains a lot", "scheduled for noon", "email bob@cancle.io"])(
    "leaves real words and addresses alone: %s",
    (text) => expect(mendMisspelt(text)).toBe(text),
  );
});
