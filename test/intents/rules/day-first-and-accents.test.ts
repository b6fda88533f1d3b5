/**
 * Dates in numbers are read the way the writer's place writes them, and accented Latin names are read whole and
 * given back as written.
 */
import { describe, expect, it } from "vitest";
import { parseWithRules } from "../../../src/intents/rules/index.ts";
import { writesDayFirst } from "../../../src/intents/rules/calendar.ts";
import { withAccents, withoutAccents } from "../../../src/intents/rules/latin-accents.ts";

const parse = (text: string, tz: string, role: "sales" | "guest" = "guest") =>
  parseWithRules({ text, role, now: new Date("2027-01-13T10:00:00Z"), tz }).intent; // a Wednesday

describe("dates in numbers", () => {
  it.each([
    ["Europe/Lisbon", "2027-02-05"],
    ["America/Bogota", "2027-02-05"],
    ["Australia/Melbourne", "2027-02-05"],
    ["America/Chicago", "2027-05-02"],
    ["Asia/Tokyo", "2027-05-02"],
  ])("'05/02' from %s is %s", (tz, date) => {
    expect(parse("cancel my table on 05/02 please", tz)).toMatchObject({ intent: "cancel_booking", slots: { date } });
  });

  it("reads a range day first on both ends", () => {
    expect(parse("a double room 14/03 to 17/03 please", "Europe/Rome")).toMatchObject({ slots: { start: "2027-03-14", end: "2027-03-17" } });
  });

  it("reads a day past twelve first anywhere", () => {
    expect(parse("cancel my table on 24/02 please", "America/New_York")).toMatchObject({ slots: { date: "2027-02-24" } });
  });

  it("leaves month names alone", () => {
    expect(parse("please cancel my booking on Feb 20", "Europe/London")).toMatchObject({ slots: { date: "2027-02-20" } });
  });

  it("knows which places write the day first", () => {
    expect(["Europe/Madrid", "America/Sao_Paulo", "Africa/Nairobi", "Asia/Kolkata"].every(writesDayFirst)).toBe(true);
    expect(["America/Los_Angeles", "America/Toronto", "Asia/Shanghai", "Asia/Manila", "UTC"].some(writesDayFirst)).toBe(false);
  });
});

describe("accented Latin letters", () => {
  it("reads them as plain letters without moving anything", () => {
    const text = "Reunión con Zoë Müller, Łódź";
    expect(withoutAccents(text)).toBe("Reunion con Zoe Muller, Lodz");
    expect(withoutAccents(text)).toHaveLength(text.length);
  });

  it("gives a value back as written", () => {
    expect(withAccents("Joao Gomes", "ligar pro João Gomes amanhã")).toBe("João Gomes");
    expect(withAccents("Someone Else", "ligar pro João Gomes")).toBe("Someone Else");
  });

  it("keeps whole names and businesses", () => {
    expect(parse("new lead: Íñigo Sáez, Cervecería Añil, 40 barrels of IPA", "Europe/Madrid", "sales")).toMatchObject({
      intent: "create_lead",
      slots: { name: "Íñigo Sáez", company: "Cervecería Añil", quantity: 40 },
    });
  });
});
