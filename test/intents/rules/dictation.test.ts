/** English dictated by voice, put back as it would have been typed (src/intents/rules/dictation.ts). */
import { describe, expect, it } from "vitest";
import { asTyped } from "../../../src/intents/rules/dictation.ts";

describe("asTyped", () => {
  it.each([
    ["budget forty five thousand", "budget 45000"],
    ["signed period seventy two hundred dollars", "signed. 7200 dollars"],
    ["proposal for eleven thousand four hundred pounds", "proposal for 11400 pounds"],
    ["around one fifty k for the year", "around 150 k for the year"],
    ["change it to forty two point five k", "change it to 42.5 k"],
    ["about three hundred and twenty cases", "about 320 cases"],
    ["new cell its three one two five five five seven seven four oh", "new cell it's 3125557740"],
    ["email siobhan dot murphy at brazenhead dot ie", "email siobhan.murphy@brazenhead.ie"],
    ["a table four two tonight at seven thirty", "a table for two tonight at 7:30"],
    ["cancel the room on the twenty ninth", "cancel the room on the 29th"],
    ["the twentieth too the twenty third", "the 20th to the 23rd"],
    ["moved over two Lotus Garden", "moved over to Lotus Garden"],
    ["there interested in are chafing dishes", "they're interested in our chafing dishes"],
  ])("%s → %s", (said, typed) => expect(asTyped(said)).toBe(typed));

  it.each([
    "wants two industrial ovens",
    "the first time we met",
    "Forty Winks Hotel signed",
    "Called Tom, budget 45k, follow up Friday.",
    "王总要两百箱",
  ])("leaves %s as it is", (said) => expect(asTyped(said)).toBe(said));
});
