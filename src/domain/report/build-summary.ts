/**
 * The manager's summary: what the team (every owner in scope) and each rep did in a period, against the
 * period before. Every figure is counted by the database, grouped by owner, with the scope inside the
 * query; JS only adds up one row per owner.
 */
import type { PrismaClient } from "../../store/client.ts";
import type { Scope } from "../../runtime/context.ts";
import { previousRange, type DateRange } from "./period-range.ts";

export const OPEN_STAGES = ["new", "qualified", "proposal", "negotiation"] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

/** A figure this period, the period before, and `current - previous`. */
export type Change = { current: number; previous: number; delta: number };
/** A ratio or average that has no value when nothing was closed. */
export type MaybeChange = { current: number | null; previous: number | null; delta: number | null };

export type Figures = {
  /** customers (not guests) created */
  newLeads: Change;
  /** activities logged */
  followUps: Change;
  /** tasks (not cancelled) due in the period, up to now */
  tasksDue: Change;
  /** of those, how many are done */
  tasksDone: Change;
  /** deals closed won / lost in the period (by closedAt); amount in the currency's unit */
  won: { count: Change; amount: Change };
  lost: { count: Change; amount: Change };
  /** won / (won + lost), 0–1 */
  conversion: MaybeChange;
  averageWon: MaybeChange;
  bookings: Change;
  complaintsOpened: Change;
  complaintsResolved: Change;
  /** snapshots at `now`: no previous value */
  complaintsOpen: number;
  overdueTasks: number;
  pipeline: { stage: OpenStage; count: number; amount: number }[];
  pipelineTotal: { count: number; amount: number };
};

export type BehindReason = "few_followups" | "overdue_tasks";
export type RepSummary = { staffId: number; name: string; figures: Figures; behind: BehindReason[] };

export type Summary = {
  range: DateRange;
  previous: DateRange;
  /** the whole scope, or the one person when `staffId` is given */
  team: Figures;
  reps: RepSummary[];
  /** reps whose tasks done are under half the team's average per rep, or who have overdue open tasks */
  behind: RepSummary[];
};

type Ids = number[] | "all";
/** Per owner; the `null` key holds what no one in particular owns (visible to "all" scopes only). */
type ByOwner<T> = Map<number | null, T>;

type PeriodCounts = {
  newLeads: number;
  followUps: number;
  tasksDue: number;
  tasksDone: number;
  wonCount: number;
  wonAmount: number;
  lostCount: number;
  lostAmount: number;
  bookings: number;
  complaintsOpened: number;
  complaintsResolved: number;
};
type Snapshot = {
  complaintsOpen: number;
  overdueTasks: number;
  pipeline: Record<OpenStage, { count: number; amount: number }>;
};

const emptyCounts = (): PeriodCounts => ({
  newLeads: 0, followUps: 0, tasksDue: 0, tasksDone: 0, wonCount: 0, wonAmount: 0, lostCount: 0,
  lostAmount: 0, bookings: 0, complaintsOpened: 0, complaintsResolved: 0,
});
const emptySnapshot = (): Snapshot => ({
  complaintsOpen: 0,
  overdueTasks: 0,
  pipeline: Object.fromEntries(OPEN_STAGES.map((s) => [s, { count: 0, amount: 0 }])) as Snapshot["pipeline"],
});

/**
 * Builds the summary of `range` (and the period before it) for everyone in `scope`, or for one
 * `staffId` in it. `now` bounds "due so far" and the overdue and open snapshots.
 */
export async function buildSummary(options: {
  db: PrismaClient;
  scope: Scope;
  range: DateRange;
  staffId?: number;
  now?: Date;
}): Promise<Summary> {
  const { db, scope, range, staffId } = options;
  const now = options.now ?? new Date();
  const ids: Ids = scope.ownerIds;
  const previous = previousRange(range);

  const [current, before, snapshot, staff] = await Promise.all([
    countPeriod(db, ids, range, now),
    countPeriod(db, ids, previous, now),
    countSnapshot(db, ids, now),
    db.staff.findMany({
      where: {
        deletedAt: null,
        ...(ids === "all" ? {} : { id: { in: ids } }),
        OR: [{ role: "sales" }, ...(staffId === undefined ? [] : [{ id: staffId }])],
      },
      select: { id: true, name: true, role: true },
      orderBy: { name: "asc" },
    }),
  ]);

  const figuresOf = (owner: number) =>
    toFigures(current.get(owner) ?? emptyCounts(), before.get(owner) ?? emptyCounts(), snapshot.get(owner) ?? emptySnapshot());

  const allReps: RepSummary[] = staff.map((s) => ({ staffId: s.id, name: s.name, figures: figuresOf(s.id), behind: [] }));
  const salesReps = allReps.filter((r) => staff.find((s) => s.id === r.staffId)?.role === "sales");
  const averageDone = salesReps.length
    ? salesReps.reduce((sum, r) => sum + r.figures.tasksDone.current, 0) / salesReps.length
    : 0;
  for (const rep of allReps) {
    if (rep.figures.tasksDone.current < averageDone / 2) rep.behind.push("few_followups");
    if (rep.figures.overdueTasks > 0) rep.behind.push("overdue_tasks");
  }

  if (staffId !== undefined) {
    const rep = allReps.find((r) => r.staffId === staffId);
    const figures = rep?.figures ?? toFigures(emptyCounts(), emptyCounts(), emptySnapshot());
    return { range, previous, team: figures, reps: rep ? [rep] : [], behind: rep?.behind.length ? [rep] : [] };
  }
  const team = toFigures(sumAll(current, emptyCounts), sumAll(before, emptyCounts), sumSnapshots(snapshot));
  return { range, previous, team, reps: salesReps, behind: salesReps.filter((r) => r.behind.length > 0) };
}

async function countPeriod(db: PrismaClient, ids: Ids, range: DateRange, now: Date): Promise<ByOwner<PeriodCounts>> {
  const within = { gte: range.start, lt: range.end };
  const inScope = ids === "all" ? undefined : { in: ids };
  // Tasks due later in a running period are not late yet: count them due only once their time comes.
  const dueUntil = range.end < now ? range.end : now;
  const { start, end, all, list } = rawParams(ids, range);

  const [leads, activities, tasks, deals, bookings, complaints] = await Promise.all([
    db.customer.groupBy({
      by: ["ownerId"],
      where: { ownerId: inScope, isGuest: false, deletedAt: null, createdAt: within },
      _count: { _all: true },
    }),
    db.activity.groupBy({
      by: ["staffId"],
      where: { staffId: inScope, deletedAt: null, occurredAt: within },
      _count: { _all: true },
    }),
    db.task.groupBy({
      by: ["ownerId", "status"],
      where: { ownerId: inScope, status: { not: "cancelled" }, dueAt: { gte: range.start, lt: dueUntil } },
      _count: { _all: true },
    }),
    db.deal.groupBy({
      by: ["ownerId", "stage"],
      where: { ownerId: inScope, deletedAt: null, stage: { in: ["won", "lost"] }, closedAt: within },
      _count: { _all: true },
      _sum: { amount: true },
    }),
    // A booking belongs to its customer's owner, else to the staff member who made it. Bookings guests
    // made themselves belong to the venue: every manager's team figures include them.
    db.$queryRaw<{ ownerId: number | null; n: number }[]>`
      SELECT COALESCE(c."ownerId", b."createdById") AS "ownerId", COUNT(*)::int AS n
      FROM "Booking" b JOIN "Customer" c ON c.id = b."customerId"
      WHERE b."createdAt" >= ${start}::timestamp AND b."createdAt" < ${end}::timestamp
        AND (${all}::boolean OR COALESCE(c."ownerId", b."createdById") = ANY(${list}::int[])
          OR (c."isGuest" AND c."ownerId" IS NULL AND b."createdById" IS NULL))
      GROUP BY 1`,
    // A complaint belongs to its customer's owner, else its assignee, else whoever logged it.
    db.$queryRaw<{ ownerId: number | null; opened: number; resolved: number }[]>`
      SELECT COALESCE(c."ownerId", k."assigneeId", k."reportedById") AS "ownerId",
        COUNT(*) FILTER (WHERE k."createdAt" >= ${start}::timestamp AND k."createdAt" < ${end}::timestamp)::int AS opened,
        COUNT(*) FILTER (WHERE k."resolvedAt" >= ${start}::timestamp AND k."resolvedAt" < ${end}::timestamp)::int AS resolved
      FROM "Complaint" k LEFT JOIN "Customer" c ON c.id = k."customerId"
      WHERE ((k."createdAt" >= ${start}::timestamp AND k."createdAt" < ${end}::timestamp)
          OR (k."resolvedAt" >= ${start}::timestamp AND k."resolvedAt" < ${end}::timestamp))
        AND (${all}::boolean OR COALESCE(c."ownerId", k."assigneeId", k."reportedById") = ANY(${list}::int[]))
      GROUP BY 1`,
  ]);

  const out: ByOwner<PeriodCounts> = new Map();
  const at = (owner: number | null) => {
    let counts = out.get(owner);
    if (!counts) out.set(owner, (counts = emptyCounts()));
    return counts;
  };
  for (const row of leads) at(row.ownerId).newLeads += row._count._all;
  for (const row of activities) at(row.staffId).followUps += row._count._all;
  for (const row of tasks) {
    const counts = at(row.ownerId);
    counts.tasksDue += row._count._all;
    if (row.status === "done") counts.tasksDone += row._count._all;
  }
  for (const row of deals) {
    const counts = at(row.ownerId);
    const amount = Number(row._sum.amount ?? 0);
    if (row.stage === "won") {
      counts.wonCount += row._count._all;
      counts.wonAmount += amount;
    } else {
      counts.lostCount += row._count._all;
      counts.lostAmount += amount;
    }
  }
  for (const row of bookings) at(row.ownerId).bookings += row.n;
  for (const row of complaints) {
    at(row.ownerId).complaintsOpened += row.opened;
    at(row.ownerId).complaintsResolved += row.resolved;
  }
  return out;
}

async function countSnapshot(db: PrismaClient, ids: Ids, now: Date): Promise<ByOwner<Snapshot>> {
  const inScope = ids === "all" ? undefined : { in: ids };
  const { all, list } = rawParams(ids);
  const [pipeline, overdue, complaints] = await Promise.all([
    db.deal.groupBy({
      by: ["ownerId", "stage"],
      where: { ownerId: inScope, deletedAt: null, stage: { in: [...OPEN_STAGES] } },
      _count: { _all: true },
      _sum: { amount: true },
    }),
    db.task.groupBy({
      by: ["ownerId"],
      where: { ownerId: inScope, status: "open", dueAt: { lt: now } },
      _count: { _all: true },
    }),
    db.$queryRaw<{ ownerId: number | null; n: number }[]>`
      SELECT COALESCE(c."ownerId", k."assigneeId", k."reportedById") AS "ownerId", COUNT(*)::int AS n
      FROM "Complaint" k LEFT JOIN "Customer" c ON c.id = k."customerId"
      WHERE k.status <> 'resolved'
        AND (${all}::boolean OR COALESCE(c."ownerId", k."assigneeId", k."reportedById") = ANY(${list}::int[]))
      GROUP BY 1`,
  ]);

  const out: ByOwner<Snapshot> = new Map();
  const at = (owner: number | null) => {
    let snap = out.get(owner);
    if (!snap) out.set(owner, (snap = emptySnapshot()));
    return snap;
  };
  for (const row of pipeline) {
    const slot = at(row.ownerId).pipeline[row.stage as OpenStage];
    slot.count += row._count._all;
    slot.amount += Number(row._sum.amount ?? 0);
  }
  for (const row of overdue) at(row.ownerId).overdueTasks += row._count._all;
  for (const row of complaints) at(row.ownerId).complaintsOpen += row.n;
  return out;
}

/**
 * Raw-query parameters. Instants go as UTC wall-clock text cast to `timestamp`, matching how Prisma
 * stores DateTime, so the server's own TimeZone setting never shifts them.
 */
function rawParams(ids: Ids, range?: DateRange) {
  const utc = (d: Date) => d.toISOString().slice(0, 23);
  return {
    start: utc(range?.start ?? new Date(0)),
    end: utc(range?.end ?? new Date(0)),
    all: ids === "all",
    list: ids === "all" ? [] : ids,
  };
}

function sumAll(map: ByOwner<PeriodCounts>, empty: () => PeriodCounts): PeriodCounts {
  const total = empty();
  for (const counts of map.values()) {
    for (const key of Object.keys(total) as (keyof PeriodCounts)[]) total[key] += counts[key];
  }
  return total;
}

function sumSnapshots(map: ByOwner<Snapshot>): Snapshot {
  const total = emptySnapshot();
  for (const snap of map.values()) {
    total.complaintsOpen += snap.complaintsOpen;
    total.overdueTasks += snap.overdueTasks;
    for (const stage of OPEN_STAGES) {
      total.pipeline[stage].count += snap.pipeline[stage].count;
      total.pipeline[stage].amount += snap.pipeline[stage].amount;
    }
  }
  return total;
}

const change = (current: number, previous: number): Change => ({
  current,
  previous,
  delta: round2(current - previous),
});

const maybeChange = (current: number | null, previous: number | null): MaybeChange => ({
  current,
  previous,
  delta: current === null || previous === null ? null : current - previous,
});

/** Money sums come back as decimals; keep them to the cent after JS adds them. */
const round2 = (n: number) => Math.round(n * 100) / 100;

function toFigures(now: PeriodCounts, before: PeriodCounts, snap: Snapshot): Figures {
  const conversion = (c: PeriodCounts) => (c.wonCount + c.lostCount ? c.wonCount / (c.wonCount + c.lostCount) : null);
  const average = (c: PeriodCounts) => (c.wonCount ? round2(c.wonAmount / c.wonCount) : null);
  const pipeline = OPEN_STAGES.map((stage) => ({ stage, count: snap.pipeline[stage].count, amount: round2(snap.pipeline[stage].amount) }));
  return {
    newLeads: change(now.newLeads, before.newLeads),
    followUps: change(now.followUps, before.followUps),
    tasksDue: change(now.tasksDue, before.tasksDue),
    tasksDone: change(now.tasksDone, before.tasksDone),
    won: { count: change(now.wonCount, before.wonCount), amount: change(round2(now.wonAmount), round2(before.wonAmount)) },
    lost: { count: change(now.lostCount, before.lostCount), amount: change(round2(now.lostAmount), round2(before.lostAmount)) },
    conversion: maybeChange(conversion(now), conversion(before)),
    averageWon: maybeChange(average(now), average(before)),
    bookings: change(now.bookings, before.bookings),
    complaintsOpened: change(now.complaintsOpened, before.complaintsOpened),
    complaintsResolved: change(now.complaintsResolved, before.complaintsResolved),
    complaintsOpen: snap.complaintsOpen,
    overdueTasks: snap.overdueTasks,
    pipeline,
    pipelineTotal: {
      count: pipeline.reduce((sum, p) => sum + p.count, 0),
      amount: round2(pipeline.reduce((sum, p) => sum + p.amount, 0)),
    },
  };
}
