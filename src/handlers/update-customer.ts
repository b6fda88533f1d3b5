import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { updateCustomer } from "../domain/customer/update-customer.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { joinList } from "./format.ts";
import { customerFor, requireStaff } from "./support.ts";

export const updateCustomerHandler: Handler<"update_customer"> = async (ctx, { slots }) => {
  const staff = requireStaff(ctx);
  const { customer: query, ...changes } = slots;
  const customer = await customerFor(ctx, query);
  if (!customer) return;
  await ctx.write(({ tx, audit }) => updateCustomer({ tx, audit, customerId: customer.id, changes, byStaffId: staff.staffId }));
  const what = [
    changes.phone && say(ctx.lang, `电话 ${changes.phone}`, `phone ${changes.phone}`),
    changes.email && say(ctx.lang, `邮箱 ${changes.email}`, `email ${changes.email}`),
    changes.company && say(ctx.lang, `公司 ${changes.company}`, `company ${changes.company}`),
    changes.birthday && say(ctx.lang, `生日 ${changes.birthday}`, `birthday ${changes.birthday}`),
    changes.preferences && say(ctx.lang, `偏好 ${joinList(changes.preferences, "zh")}`, `preferences ${joinList(changes.preferences, "en")}`),
  ].filter((x): x is string => Boolean(x));
  ctx.reply(
    say(ctx.lang, `✅ 已更新 ${shortId("customer", customer.id)} ${customer.name}：${joinList(what, "zh")}`, `✅ Updated ${shortId("customer", customer.id)} ${customer.name}: ${joinList(what, "en")}`),
  );
};
