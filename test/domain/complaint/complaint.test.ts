/** A complaint's life on both stores: deadline, the duty alert, acknowledge, escalation once, resolution told to the guest. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/client.ts";
import { ensureVenue } from "../../../src/domain/booking/ensure-venue.ts";
import { DEFAULT_VENUE } from "../../../src/domain/venue/default-venue.ts";
import { setActiveVenue } from "../../../src/domain/venue/active-venue.ts";
import { logComplaint } from "../../../src/domain/complaint/log-complaint.ts";
import { acknowledgeComplaint } from "../../../src/domain/complaint/acknowledge-complaint.ts";
import { resolveComplaint } from "../../../src/domain/complaint/resolve-complaint.ts";
import { runDueJobs } from "../../../src/jobs/scheduler.ts";
import { createNotify } from "../../../src/jobs/notify.ts";
import { loadJobSettings } from "../../../src/jobs/settings.ts";
import { JOB_KINDS } from "../../../src/jobs/kinds/index.ts";
import { createLogger } from "../../../src/runtime/logger.ts";
import { testDatabases } from "../../support/databases.ts";
import { makeBooking, makeGuest, makeStaff, pushedTo, write } from "../guest/fixtures.ts";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const policy = { responseHours: 2, escalateAfterHours: 4 };

describe.each(testDatabases)("complaints on $name", ({ open }) => {
  let database: Database;
  const log = createLogger("silent");
  const settings = loadJobSettings({});
  let frontdesk: { id: number; userId: string };
  let manager: { id: number; userId: string };
  let sales: { id: number; userId: string };
  beforeAll(async () => {
    database = await open();
    await ensureVenue({ db: database.prisma, venue: DEFAULT_VENUE });
    frontdesk = await makeStaff(database.prisma, "frontdesk");
    manager = await makeStaff(database.prisma, "manager");
    sales = await makeStaff(database.prisma, "sales");
  });
  afterEach(() => setActiveVenue(DEFAULT_VENUE));
  afterAll(() => database.close());
  const db = () => database.prisma;
  const runJobs = (now: Date) => runDueJobs({ db: db(), now, handlers: JOB_KINDS, notify: createNotify({ db: db(), now: () => now }), log, settings });
  const clearPushes = () => db().outboundMessage.deleteMany({});

  it("records it against the guest's current booking with a deadline, and alerts front desk and managers with an ack button", async () => {
    await clearPushes();
    const guest = await makeGuest(db(), "林小姐");
    const now = at("2026-11-20T02:00:00Z");
    const booking = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-19T06:00:00Z"), nights: 2 });
    const complaint = await write(db(), ({ tx, audit }) => logComplaint({ tx, audit, customerId: guest.id, issue: "空调坏了", now, policy }));
    expect(complaint).toMatchObject({ customerId: guest.id, bookingId: booking.id, status: "open", deadlineAt: new Date(now.getTime() + 2 * HOUR) });

    await runJobs(now);
    const alert = await db().outboundMessage.findFirstOrThrow({ where: { userId: frontdesk.userId } });
    expect(alert.reply).toMatchObject({ kind: "choice", options: [{ value: `/ack CP-${complaint.id}` }] });
    expect((alert.reply as { text: string }).text).toMatch(new RegExp(`新投诉 CP-${complaint.id}：空调坏了[\\s\\S]*林小姐[\\s\\S]*B-${booking.id}[\\s\\S]*12:00 前处理`));
    expect(await pushedTo(db(), manager.userId)).toHaveLength(1);
    expect(await pushedTo(db(), sales.userId)).toEqual([]);
    expect(await pushedTo(db(), guest.userId)).toEqual([]);
  });

  it("alerts the venue's staff chat instead, when it names one", async () => {
    await clearPushes();
    setActiveVenue({ ...DEFAULT_VENUE, staffAlertChat: { platform: "console", chatId: "duty-room" } });
    const guest = await makeGuest(db());
    const now = at("2026-11-20T03:00:00Z");
    const complaint = await write(db(), ({ tx, audit }) => logComplaint({ tx, audit, customerId: guest.id, issue: "waited 40 minutes", now, policy }));
    await runJobs(now);
    const rows = await db().outboundMessage.findMany({});
    expect(rows.map((r) => r.chatId)).toEqual(["duty-room"]);
    expect((rows[0]!.reply as { text: string }).text).toContain(`CP-${complaint.id}`);
  });

  it("escalates an unresolved complaint to the manager once, after escalateAfterHours", async () => {
    await clearPushes();
    const guest = await makeGuest(db());
    const now = at("2026-11-21T02:00:00Z");
    const complaint = await write(db(), ({ tx, audit }) => logComplaint({ tx, audit, customerId: guest.id, issue: "房间太吵", now, policy }));
    await write(db(), ({ tx, audit }) => acknowledgeComplaint({ tx, audit, complaintId: complaint.id, staffId: frontdesk.id, now }));
    await runJobs(new Date(now.getTime() + 4 * HOUR - 1));
    expect((await db().complaint.findUniqueOrThrow({ where: { id: complaint.id } })).escalatedAt).toBeNull();
    await clearPushes();
    await runJobs(new Date(now.getTime() + 4 * HOUR));
    const escalated = await db().complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(escalated.escalatedAt).toEqual(new Date(now.getTime() + 4 * HOUR));
    const toManager = await pushedTo(db(), manager.userId);
    expect(toManager).toHaveLength(1);
    expect(toManager[0]).toMatch(new RegExp(`投诉升级[\\s\\S]*CP-${complaint.id}：房间太吵[\\s\\S]*${frontdesk.userId} 已受理`));
    expect(await pushedTo(db(), frontdesk.userId)).toEqual([]);
    // A second escalation job (a retry, a duplicate) pages nobody again.
    await db().job.create({ data: { kind: "complaint-escalation", runAt: now, payload: { complaintId: complaint.id } } });
    await runJobs(new Date(now.getTime() + 5 * HOUR));
    expect(await pushedTo(db(), manager.userId)).toHaveLength(1);
  });

  it("does not escalate a resolved complaint, and tells the guest the resolution", async () => {
    await clearPushes();
    const guest = await makeGuest(db());
    const now = at("2026-11-22T02:00:00Z");
    const complaint = await write(db(), ({ tx, audit }) => logComplaint({ tx, audit, customerId: guest.id, issue: "没有热水", now, policy }));
    const result = await write(db(), ({ tx, audit }) => resolveComplaint({ tx, audit, complaintId: complaint.id, staffId: frontdesk.id, resolution: "已修好热水器", now: new Date(now.getTime() + HOUR) }));
    expect(result).toMatchObject({ kind: "resolved", complaint: { status: "resolved", resolution: "已修好热水器", assigneeId: frontdesk.id } });
    const twice = await write(db(), ({ tx, audit }) => resolveComplaint({ tx, audit, complaintId: complaint.id, staffId: manager.id, resolution: "again", now }));
    expect(twice.kind).toBe("already");
    await runJobs(new Date(now.getTime() + 5 * HOUR));
    expect((await db().complaint.findUniqueOrThrow({ where: { id: complaint.id } })).escalatedAt).toBeNull();
    expect(await pushedTo(db(), manager.userId)).toEqual([]);
    expect(await pushedTo(db(), guest.userId)).toEqual([`您反馈的问题（CP-${complaint.id}）已处理：已修好热水器。再次向您致歉，感谢您的耐心！`]);
  });

  it("acknowledges once: a second taker is told who has it", async () => {
    const guest = await makeGuest(db());
    const now = at("2026-11-23T02:00:00Z");
    const complaint = await write(db(), ({ tx, audit }) => logComplaint({ tx, audit, customerId: guest.id, issue: "菜凉了", now, policy }));
    const first = await write(db(), ({ tx, audit }) => acknowledgeComplaint({ tx, audit, complaintId: complaint.id, staffId: frontdesk.id, now }));
    expect(first).toMatchObject({ kind: "acknowledged", complaint: { status: "acknowledged", assigneeId: frontdesk.id, acknowledgedAt: now } });
    const second = await write(db(), ({ tx, audit }) => acknowledgeComplaint({ tx, audit, complaintId: complaint.id, staffId: manager.id, now }));
    expect(second).toMatchObject({ kind: "already", complaint: { assigneeId: frontdesk.id } });
    expect((await write(db(), ({ tx, audit }) => acknowledgeComplaint({ tx, audit, complaintId: 999_999, staffId: manager.id, now }))).kind).toBe("not_found");
  });
});
