/**
 * Demo data for a first run: a sales team (manager wang, reps alice and bob), their customers, deals,
 * follow-ups and tasks, and a returning hotel guest (amy). Dates are relative to `now`, so the demo
 * always has something due today. Adds nothing to a database that already has staff.
 */
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { buildSearchKey, customerKeys } from "../customer/search-key.ts";
import { ensureVenue } from "../booking/ensure-venue.ts";
import { localDate, zonedInstant } from "../time/zoned.ts";

export const DEMO_USER = { name: "alice", role: "sales" } as const;

type DemoCustomer = {
  name: string; company?: string; phone?: string; email?: string; owner: "alice" | "bob";
  deal?: { product: string; quantity?: number; amount: number; stage: "new" | "qualified" | "proposal" | "negotiation" | "won" | "lost"; closedDaysAgo?: number };
  contact?: { daysAgo: number; channel: "call" | "visit" | "message" | "meeting" | "email"; summary: string };
  task?: { inDays: number; title: string };
  birthday?: string;
};

const CUSTOMERS: DemoCustomer[] = [
  { name: "张伟", company: "蓝海科技", phone: "13800138000", owner: "alice", deal: { product: "矿泉水", quantity: 300, amount: 36000, stage: "proposal" },
    contact: { daysAgo: 2, channel: "call", summary: "要报价单" }, task: { inDays: 0, title: "给张伟发报价" } },
  { name: "李经理", company: "华润万家", phone: "13911112222", owner: "alice", deal: { product: "黄酒", quantity: 200, amount: 86000, stage: "negotiation" },
    contact: { daysAgo: 5, channel: "visit", summary: "谈了账期" }, task: { inDays: -1, title: "回电李经理确认账期" }, birthday: "12-03" },
  { name: "John Smith", company: "Acme Corp", email: "john@acme.com", owner: "alice", deal: { product: "coffee beans", quantity: 40, amount: 12000, stage: "won", closedDaysAgo: 3 },
    contact: { daysAgo: 3, channel: "email", summary: "signed the order" } },
  { name: "陈刚", company: "金鼎酒楼", phone: "13755556666", owner: "bob", deal: { product: "啤酒", quantity: 100, amount: 15000, stage: "lost", closedDaysAgo: 6 },
    contact: { daysAgo: 6, channel: "call", summary: "选了别家" } },
  { name: "王强", company: "远航旅行社", phone: "13522223333", owner: "bob", deal: { product: "礼品卡", amount: 50000, stage: "qualified" },
    task: { inDays: 1, title: "拜访王强" } },
];

export async function seedDemo(options: { db: PrismaClient; now: Date; tz: string }): Promise<boolean> {
  const { db, now, tz } = options;
  if ((await db.staff.count()) > 0) return false;
  await ensureVenue({ db });
  const today = localDate(now, tz);
  const at = (days: number, hour = 10) => {
    const d = new Date(zonedInstant({ ...today, hour, minute: 0, second: 0 }, tz).getTime() + days * 86_400_000);
    return d;
  };
  await db.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name: "华东销售部" } });
    const wang = await tx.staff.create({ data: { name: "wang", role: "manager", teamId: team.id, locale: "zh", timeZone: tz } });
    const staff = {
      alice: await tx.staff.create({ data: { name: "alice", role: "sales", teamId: team.id, managerId: wang.id, locale: "zh", timeZone: tz } }),
      bob: await tx.staff.create({ data: { name: "bob", role: "sales", teamId: team.id, managerId: wang.id, locale: "zh", timeZone: tz } }),
    };
    await tx.staff.create({ data: { name: "lily", role: "frontdesk", locale: "zh", timeZone: tz } });
    for (const c of CUSTOMERS) {
      const owner = staff[c.owner];
      const company = c.company
        ? await tx.company.create({ data: { name: c.company, searchKey: buildSearchKey({ name: c.company }) } })
        : undefined;
      const phones = c.phone ? [c.phone] : [];
      const emails = c.email ? [c.email] : [];
      const customer = await tx.customer.create({
        data: {
          name: c.name, companyId: company?.id, phones, emails, ownerId: owner.id, birthday: c.birthday, source: "demo",
          ...customerKeys({ name: c.name, company: c.company, phones, emails }), createdAt: at(-10),
        },
      });
      if (c.deal) {
        await tx.deal.create({
          data: {
            customerId: customer.id, ownerId: owner.id, product: c.deal.product, quantity: c.deal.quantity, amount: c.deal.amount,
            stage: c.deal.stage, closedAt: c.deal.closedDaysAgo !== undefined ? at(-c.deal.closedDaysAgo) : null, createdAt: at(-10),
          },
        });
      }
      if (c.contact) {
        await tx.activity.create({
          data: { customerId: customer.id, staffId: owner.id, channel: c.contact.channel, summary: c.contact.summary, occurredAt: at(-c.contact.daysAgo) },
        });
      }
      if (c.task) {
        await tx.task.create({ data: { ownerId: owner.id, customerId: customer.id, title: c.task.title, dueAt: at(c.task.inDays, 15), origin: "demo" } });
      }
    }
    const amy = await tx.customer.create({
      data: { name: "amy", isGuest: true, preferences: ["无烟", "高楼层"], ...customerKeys({ name: "amy" }), source: "demo" },
    });
    await tx.identity.create({ data: { platform: "console", platformUserId: "amy", chatId: "amy", customerId: amy.id } });
    const room = await tx.resource.findFirstOrThrow({ where: { kind: "room" } });
    const stay = await tx.booking.create({
      data: { customerId: amy.id, kind: "room", resourceId: room.id, startAt: at(-30, 14), endAt: at(-28, 12), status: "completed", preferencesApplied: ["无烟", "高楼层"] },
    });
    await tx.loyaltyEntry.create({ data: { customerId: amy.id, points: 120, reason: "stay", bookingId: stay.id } });
  });
  return true;
}
