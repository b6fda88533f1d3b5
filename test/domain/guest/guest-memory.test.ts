/** Repeat-guest history, the recognition line, preferences from what guests say, and survey answers, on both stores. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/client.ts";
import { ensureVenue } from "../../../src/domain/booking/ensure-venue.ts";
import { DEFAULT_VENUE } from "../../../src/domain/venue/default-venue.ts";
import { guestHistory } from "../../../src/domain/guest/guest-history.ts";
import { recogniseGuest } from "../../../src/domain/guest/recognise-guest.ts";
import { preferencesInStatement } from "../../../src/domain/guest/statement-preferences.ts";
import { pendingSurvey, recordSurveyAnswer } from "../../../src/domain/guest/record-survey-answer.ts";
import { scheduleBookingReminder } from "../../../src/domain/guest/schedule-booking-reminder.ts";
import { runDueJobs } from "../../../src/jobs/scheduler.ts";
import { createNotify } from "../../../src/jobs/notify.ts";
import { loadJobSettings } from "../../../src/jobs/settings.ts";
import { JOB_KINDS } from "../../../src/jobs/kinds/index.ts";
import { createLogger } from "../../../src/runtime/logger.ts";
import { testDatabases } from "../../support/databases.ts";
import { makeBooking, makeGuest, pushedTo, write } from "./fixtures.ts";

const at = (iso: string) => new Date(iso);
const policy = DEFAULT_VENUE.complaints;

describe("preferences in what a guest says", () => {
  it.each([
    { text: "我不抽烟", want: ["无烟"] },
    { text: "always a high floor", want: ["high floor"] },
    { text: "我对花生过敏", want: ["花生过敏"] },
    { text: "I'm allergic to peanuts.", want: ["allergic to peanuts"] },
    { text: "I don't smoke, and a quiet room please", want: ["non-smoking", "quiet"] },
    { text: "以后都给我安排高楼层，安静一点", want: ["高楼层", "安静"] },
    { text: "我喜欢抽烟", want: ["吸烟"] },
    { text: "谢谢", want: [] },
  ])("$text", ({ text, want }) => {
    expect(preferencesInStatement(text)).toEqual(want);
  });
});

describe("the recognition line", () => {
  const history = { visits: 4, lastVisitAt: at("2026-10-01T06:00:00Z"), lifetimeSpend: 3200, points: 1500 };
  it("greets a returning guest with their visit number and tier", () => {
    expect(recogniseGuest({ history, tier: "银卡", lang: "zh", audience: "guest" })).toBe("欢迎回来！这是您第5次光临（银卡会员）。");
    expect(recogniseGuest({ history, tier: "VIP", lang: "en", audience: "guest" })).toBe("Welcome back! This is your visit #5 (VIP member).");
  });
  it("tells staff the visit, tier and lifetime spend", () => {
    expect(recogniseGuest({ history, tier: "VIP", lang: "zh", audience: "staff" })).toBe("回头客：第5次光临，VIP，累计消费¥3,200");
  });
  it("says nothing of a first visit", () => {
    expect(recogniseGuest({ history: { ...history, visits: 0 }, lang: "zh", audience: "guest" })).toBeUndefined();
  });
});

describe.each(testDatabases)("guest memory on $name", ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    await ensureVenue({ db: database.prisma, venue: DEFAULT_VENUE });
  });
  afterAll(() => database.close());
  const db = () => database.prisma;

  it("counts completed visits, the last one, lifetime spend and points", async () => {
    const guest = await makeGuest(db());
    await makeBooking(db(), { customerId: guest.id, startAt: at("2026-09-01T06:00:00Z"), status: "completed", spend: 458 });
    await makeBooking(db(), { customerId: guest.id, startAt: at("2026-10-01T06:00:00Z"), status: "completed", spend: 916.5 });
    await makeBooking(db(), { customerId: guest.id, startAt: at("2026-10-15T06:00:00Z"), status: "cancelled", spend: 999 });
    await makeBooking(db(), { customerId: guest.id, startAt: at("2026-12-01T06:00:00Z") });
    await db().loyaltyEntry.create({ data: { customerId: guest.id, points: 120, reason: "stay" } });
    const other = await makeGuest(db());
    await makeBooking(db(), { customerId: other.id, startAt: at("2026-10-02T06:00:00Z"), status: "completed", spend: 10_000 });

    expect(await guestHistory({ db: db(), customerId: guest.id })).toEqual({
      visits: 2, lastVisitAt: at("2026-10-01T06:00:00Z"), lifetimeSpend: 1374.5, points: 120,
    });
    expect(await guestHistory({ db: db(), customerId: (await makeGuest(db())).id })).toEqual({ visits: 0, lastVisitAt: undefined, lifetimeSpend: 0, points: 0 });
  });

  it("stores a survey score, and a low one opens a complaint against that booking", async () => {
    const guest = await makeGuest(db());
    const now = at("2026-11-20T04:00:00Z");
    const good = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-14T06:00:00Z"), status: "completed" });
    await db().booking.update({ where: { id: good.id }, data: { surveySentAt: at("2026-11-15T04:00:00Z") } });
    expect((await pendingSurvey({ db: db(), customerId: guest.id, now }))?.id).toBe(good.id);
    const first = await write(db(), ({ tx, audit }) => recordSurveyAnswer({ tx, audit, bookingId: good.id, score: 5, now, policy }));
    expect(first.booking.surveyScore).toBe(5);
    expect(first.complaint).toBeUndefined();
    expect(await pendingSurvey({ db: db(), customerId: guest.id, now })).toBeNull();

    const bad = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-18T06:00:00Z"), status: "completed" });
    await db().booking.update({ where: { id: bad.id }, data: { surveySentAt: at("2026-11-19T04:00:00Z") } });
    const second = await write(db(), ({ tx, audit }) => recordSurveyAnswer({ tx, audit, bookingId: bad.id, score: 2, now, policy }));
    expect(second.complaint).toMatchObject({ customerId: guest.id, bookingId: bad.id, status: "open" });
    expect(second.complaint!.deadlineAt).toEqual(new Date(now.getTime() + policy.responseHours * 3_600_000));
  });

  it("does not count an old survey as pending", async () => {
    const guest = await makeGuest(db());
    const booking = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-10-01T06:00:00Z"), status: "completed" });
    await db().booking.update({ where: { id: booking.id }, data: { surveySentAt: at("2026-10-02T04:00:00Z") } });
    expect(await pendingSurvey({ db: db(), customerId: guest.id, now: at("2026-11-20T04:00:00Z") })).toBeNull();
  });

  it("queues one reminder a day before arrival, a new one when the start moves, none for tomorrow morning", async () => {
    const guest = await makeGuest(db());
    const now = at("2026-11-18T02:00:00Z");
    const booking = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-25T06:00:00Z") });
    await scheduleBookingReminder({ db: db(), booking, now });
    await scheduleBookingReminder({ db: db(), booking, now });
    const jobs = () => db().job.findMany({ where: { kind: "booking-reminder", payload: { path: ["bookingId"], equals: booking.id } } });
    expect((await jobs()).map((j) => j.runAt)).toEqual([at("2026-11-24T06:00:00Z")]);
    await scheduleBookingReminder({ db: db(), booking: { ...booking, startAt: at("2026-11-27T06:00:00Z") }, now });
    expect((await jobs()).length).toBe(2);
    const soon = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-19T00:00:00Z") });
    await scheduleBookingReminder({ db: db(), booking: soon, now });
    expect(await db().job.count({ where: { kind: "booking-reminder", payload: { path: ["bookingId"], equals: soon.id } } })).toBe(0);
  });

  it("reminds once the day before; a moved booking only at its new time, a cancelled one never", async () => {
    const runJobs = (now: Date) => runDueJobs({ db: db(), now, handlers: JOB_KINDS, notify: createNotify({ db: db(), now: () => now }), log: createLogger("silent"), settings: loadJobSettings({}) });
    const guest = await makeGuest(db());
    const now = at("2026-11-30T02:00:00Z");
    const moved = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-12-05T06:00:00Z") });
    await scheduleBookingReminder({ db: db(), booking: moved, now });
    const newStart = at("2026-12-08T06:00:00Z");
    await db().booking.update({ where: { id: moved.id }, data: { startAt: newStart, endAt: at("2026-12-09T04:00:00Z") } });
    await scheduleBookingReminder({ db: db(), booking: { id: moved.id, startAt: newStart }, now });
    const cancelled = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-12-06T06:00:00Z") });
    await scheduleBookingReminder({ db: db(), booking: cancelled, now });
    await db().booking.update({ where: { id: cancelled.id }, data: { status: "cancelled" } });

    await runJobs(at("2026-12-06T00:00:00Z"));
    expect(await pushedTo(db(), guest.userId)).toEqual([]);
    await runJobs(at("2026-12-07T06:00:00Z"));
    const pushed = await pushedTo(db(), guest.userId);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatch(new RegExp(`温馨提醒：您预订的 B-${moved.id} .*12月8日`));
    expect((await db().booking.findUniqueOrThrow({ where: { id: moved.id } })).reminderSentAt).toEqual(at("2026-12-07T06:00:00Z"));
  });
});
