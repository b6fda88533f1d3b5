/**
 * How Slack deliveries reach Bolt. Bolt's own receivers acknowledge Events API deliveries before any
 * listener runs, so a crash in between would lose a message Slack believes we have. These receivers
 * hold the acknowledgement until the listener has stored the message through `deliver`: over HTTP the
 * response is sent after `app.processEvent` resolves; in Socket Mode the envelope is acked then.
 */
import type { App, Logger as BoltLogger, Receiver, ReceiverEvent } from "@slack/bolt";
import { SocketModeReceiver, verifySlackRequest } from "@slack/bolt";
import type { AdapterContext, HttpRequest, HttpResponse, Route } from "../types.ts";
import type { Logger } from "../../runtime/logger.ts";
import type { DeliveryProperties } from "./inbound.ts";

/** Slack waits 3 s for an answer; past this we answer 503 ourselves so Slack retries (the inbox dedupes). */
const ACK_DEADLINE_MS = 2_500;
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * `retry`: the message could not be stored in time, so Slack should bring it again. Otherwise Bolt
 * itself could not read the body (it throws on shapes Slack never sends, such as a numeric channel):
 * bringing it again would fail again.
 */
type Outcome = { ok: true; ackBody: unknown } | { ok: false; error: unknown; retry: boolean };

/** Runs one delivery through Bolt with an acknowledgement that only records what to answer. */
async function processHeld(app: App, options: { body: Record<string, unknown>; retryNum?: number; retryReason?: string; properties: DeliveryProperties }): Promise<Outcome> {
  let ackBody: unknown;
  let storeFailed = false;
  let timedOut = false;
  const properties: DeliveryProperties = {
    deliver: (message) =>
      options.properties.deliver(message).catch((error: unknown) => {
        storeFailed = true;
        throw error;
      }),
  };
  const event: ReceiverEvent = {
    body: options.body,
    retryNum: options.retryNum,
    retryReason: options.retryReason,
    customProperties: properties,
    ack: async (response?: unknown) => {
      ackBody = response;
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`not stored within ${ACK_DEADLINE_MS} ms`));
    }, ACK_DEADLINE_MS);
  });
  try {
    await Promise.race([app.processEvent(event), deadline]);
    return { ok: true, ackBody };
  } catch (error) {
    return { ok: false, error, retry: storeFailed || timedOut };
  } finally {
    clearTimeout(timer);
  }
}

function header(request: HttpRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Checks Slack's v0 signature and that the timestamp is within 5 minutes either way. */
export function isSignedBySlack(request: HttpRequest, options: { signingSecret: string; now?: Date }): { ok: true } | { ok: false; reason: string } {
  const signature = header(request, "x-slack-signature");
  const timestamp = Number(header(request, "x-slack-request-timestamp"));
  if (!signature || !Number.isInteger(timestamp)) return { ok: false, reason: "missing signature headers" };
  const nowMs = (options.now ?? new Date()).getTime();
  // Bolt's check refuses only old timestamps; one from the future is as much a replay risk.
  if (timestamp > nowMs / 1000 + MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: "timestamp in the future" };
  try {
    verifySlackRequest({
      signingSecret: options.signingSecret,
      body: request.body.toString("utf8"),
      headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
      nowMilliseconds: nowMs,
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Events API deliveries are JSON; slash commands are form fields; interactivity is a form field `payload` of JSON. */
function parseBody(request: HttpRequest): Record<string, unknown> | undefined {
  const contentType = header(request, "content-type") ?? "";
  const text = request.body.toString("utf8");
  try {
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      const form = new URLSearchParams(text);
      const payload = form.get("payload");
      if (payload !== null) return JSON.parse(payload) as Record<string, unknown>;
      return Object.fromEntries(form);
    }
    const json: unknown = JSON.parse(text);
    return json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function ackResponse(ackBody: unknown): HttpResponse {
  if (ackBody === undefined || ackBody === "") return { status: 200 };
  if (typeof ackBody === "string") return { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: ackBody };
  return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(ackBody) };
}

/** `POST /slack/events`: Events API, the /crm command and interactivity, all on one URL. */
export function slackEventsRoute(options: { app: App; signingSecret: string; context: AdapterContext; path?: string }): Route {
  const { app, signingSecret, context } = options;
  return {
    method: "POST",
    path: options.path ?? "/slack/events",
    async handle(request) {
      const signed = isSignedBySlack(request, { signingSecret });
      if (!signed.ok) {
        context.log.warn("slack: refused an unsigned or stale request", { reason: signed.reason });
        return { status: 401, body: "invalid signature" };
      }
      const body = parseBody(request);
      if (!body) return { status: 400, body: "unreadable body" };
      if (body["type"] === "url_verification") {
        return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ challenge: body["challenge"] }) };
      }
      // Slack checks a slash command's certificate with this; nothing to do but answer.
      if (body["ssl_check"] === "1") return { status: 200 };

      const retryNum = Number(header(request, "x-slack-retry-num"));
      const outcome = await processHeld(app, {
        body,
        retryNum: Number.isInteger(retryNum) ? retryNum : undefined,
        retryReason: header(request, "x-slack-retry-reason"),
        properties: { deliver: context.deliver },
      });
      if (outcome.ok) return ackResponse(outcome.ackBody);
      if (!outcome.retry) {
        context.log.warn("slack: refused a signed delivery Bolt cannot read", { error: String(outcome.error) });
        return { status: 400, body: "unreadable delivery" };
      }
      context.log.error("slack: could not store a delivery; asking Slack to retry", { error: String(outcome.error) });
      // Slack never retries a slash command: tell the person instead of showing them Slack's generic failure.
      if (typeof body["command"] === "string") {
        return ackResponse({ response_type: "ephemeral", text: "Sorry, I couldn't take that just now. Please try again in a moment." });
      }
      return { status: 503, body: "try again" };
    },
  };
}

/**
 * Socket Mode with Bolt's SocketModeClient, acked only once the message is stored: an unacked
 * envelope is redelivered by Slack. (Bolt's SocketModeReceiver acks events first.)
 */
export class HeldAckSocketReceiver implements Receiver {
  private readonly inner: SocketModeReceiver;
  private app: App | undefined;

  constructor(options: { appToken: string; slackApiUrl: string; log: Logger; boltLogger: BoltLogger; context: () => AdapterContext | undefined }) {
    this.inner = new SocketModeReceiver({ appToken: options.appToken, logger: options.boltLogger, installerOptions: { clientOptions: { slackApiUrl: options.slackApiUrl } } });
    // Replace Bolt's handler (which acks before listeners run) with one that acks after deliver.
    this.inner.client.removeAllListeners("slack_event");
    this.inner.client.on("slack_event", async (args: { body: Record<string, unknown>; ack: (response?: unknown) => Promise<void>; retry_num?: number; retry_reason?: string }) => {
      const context = options.context();
      if (!this.app || !context) return; // not started: leave it unacked for Slack to redeliver
      const outcome = await processHeld(this.app, {
        body: args.body,
        retryNum: args.retry_num,
        retryReason: args.retry_reason,
        properties: { deliver: context.deliver },
      });
      if (outcome.ok) await args.ack(outcome.ackBody === undefined ? undefined : outcome.ackBody);
      else options.log.error("slack: could not store a Socket Mode delivery; leaving it unacked", { error: String(outcome.error) });
    });
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<unknown> {
    return this.inner.client.start();
  }

  async stop(): Promise<unknown> {
    return this.inner.client.disconnect();
  }
}

/** A receiver for the HTTP route: the shared server owns the port, so there is nothing to start. */
export class RouteReceiver implements Receiver {
  app: App | undefined;
  init(app: App): void {
    this.app = app;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}
