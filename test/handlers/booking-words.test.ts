/** The bits of a change or desk message that the intent slots do not carry: the booking id and extra nights. */
import { describe, expect, it } from "vitest";
import { bookingIdIn, extraNights } from "../../src/handlers/guest-bookings.ts";

describe("booking words", () => {
  it.each([
    { text: "/change B-3 加一晚", id: 3 },
    { text: "取消B-12的预订", id: 12 },
    { text: "b7 for 6", id: 7 },
    { text: "改成6位", id: undefined },
    { text: "BB-3", id: undefined },
  ])("$text → booking $id", ({ text, id }) => expect(bookingIdIn(text)).toBe(id));

  it.each([
    { text: "加一晚", nights: 1 },
    { text: "多住两晚", nights: 2 },
    { text: "续住3晚", nights: 3 },
    { text: "B-2 extra night", nights: 1 },
    { text: "one more night please", nights: 1 },
    { text: "2 more nights", nights: 2 },
    { text: "改到11月21日", nights: undefined },
  ])("$text → $nights extra", ({ text, nights }) => expect(extraNights(text)).toBe(nights));
});
