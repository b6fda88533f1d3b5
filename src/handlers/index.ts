/** Every intent's handler. A Record over IntentName, so an intent without a handler does not compile. */
import type { Handlers } from "../runtime/context.ts";
import { createLeadHandler } from "./create-lead.ts";
import { logFollowupHandler } from "./log-followup.ts";
import { updateDealHandler } from "./update-deal.ts";
import { lookupCustomerHandler } from "./lookup-customer.ts";
import { updateCustomerHandler } from "./update-customer.ts";
import { updateOwnPreferencesHandler } from "./guest-preferences.ts";
import { listTasksHandler } from "./list-tasks.ts";
import { createBookingHandler } from "./create-booking.ts";
import { cancelBookingHandler, changeBookingHandler, myBookingsHandler } from "./guest-bookings.ts";
import { myPointsHandler } from "./my-points.ts";
import { logComplaintHandler } from "./log-complaint.ts";
import { summaryHandler } from "./summary.ts";
import { topCustomersHandler } from "./top-customers.ts";
import { helpHandler, unknownHandler } from "./help.ts";

export const handlers: Handlers = {
  create_lead: createLeadHandler,
  log_followup: logFollowupHandler,
  update_deal: updateDealHandler,
  lookup_customer: lookupCustomerHandler,
  // A guest only ever updates their own preferences; staff update the customer they name.
  update_customer: updateCustomerHandler,
  remember_preferences: updateOwnPreferencesHandler,
  list_tasks: listTasksHandler,
  create_booking: createBookingHandler,
  change_booking: changeBookingHandler,
  cancel_booking: cancelBookingHandler,
  my_bookings: myBookingsHandler,
  my_points: myPointsHandler,
  log_complaint: logComplaintHandler,
  summary: summaryHandler,
  top_customers: topCustomersHandler,
  help: helpHandler,
  unknown: unknownHandler,
};
