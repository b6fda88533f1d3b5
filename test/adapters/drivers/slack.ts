/**
 * Slack for the shared adapter suite: the fake Web API, and deliveries to `POST /slack/events` signed
 * with the signing secret exactly as Slack signs them (a DM per text, block_actions per button press).
 */
import { createHmac } from "node:crypto";
import type { FakePlatform, PlatformDriver, SentReply } from "../driver.ts";
import { FakeSlackApi } from "../../fakes/fake-slack-api.ts";

const SIGNING_SECRET = "shared-suite-slack-signing-secret";
const BOT_TOKEN = "xoxb-shared-suite";

async function postSigned(baseUrl: string, options: { body: string; contentType: string; secret?: string }): Promise<{ status: number }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${options.body}`).digest("hex")}`;
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: "POST",
    headers: { "content-type": options.contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature },
    body: options.body,
  });
  await response.arrayBuffer();
  return { status: response.status };
}

function dmEvent(message: { userId: string; chatId: string; text: string; messageId: string }): string {
  const ts = (Date.now() / 1000).toFixed(6);
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    // The suite's messageId is the delivery's identity: a resend of it is Slack retrying the same event.
    event_id: message.messageId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event: { type: "message", channel: message.chatId, channel_type: "im", user: message.userId, text: message.text, ts, event_ts: ts },
  });
}

const unescape = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

export const slackDriver: PlatformDriver = {
  platform: "slack",
  audience: "staff",
  async startFake(): Promise<FakePlatform> {
    const api = await new FakeSlackApi({ botToken: BOT_TOKEN }).start();
    return {
      env: { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: api.apiUrl },
      sendText: (baseUrl, message) => postSigned(baseUrl, { body: dmEvent(message), contentType: "application/json" }),
      sendForged: (baseUrl, message) => postSigned(baseUrl, { body: dmEvent(message), contentType: "application/json", secret: "not-the-signing-secret" }),
      async pressButton(baseUrl, options) {
        const last = api.posted.findLast((p) => p.channel === options.chatId && p.buttons);
        const button = last?.buttons?.find((b) => b.label === options.label);
        if (!last || !button) throw new Error(`slack driver: no button "${options.label}" in ${options.chatId}`);
        const payload = {
          type: "block_actions",
          user: { id: options.userId, name: options.userId, team_id: "T1" },
          api_app_id: "A1",
          container: { type: "message", message_ts: last.ts, channel_id: options.chatId, is_ephemeral: false, ...(last.threadTs ? { thread_ts: last.threadTs } : {}) },
          trigger_id: `trigger-${options.actionId}`,
          team: { id: "T1" },
          channel: { id: options.chatId },
          message: { type: "message", ts: last.ts, text: last.text, ...(last.threadTs ? { thread_ts: last.threadTs } : {}) },
          actions: [{ type: "button", action_id: button.actionId, block_id: "choices", value: button.value, text: { type: "plain_text", text: button.label }, action_ts: actionTs(options.actionId) }],
        };
        return postSigned(baseUrl, { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: "application/x-www-form-urlencoded" });
      },
      sent: () =>
        api.posted.map(
          (p): SentReply => ({
            chatId: p.channel,
            text: unescape(p.sectionText ?? p.text),
            ...(p.buttons ? { buttons: p.buttons.map((b) => b.label) } : {}),
            ...(p.threadTs ? { threadId: p.threadTs } : {}),
            ...(p.image ? { image: true } : {}),
          }),
        ),
      failNextSends: (count, status) => api.failNext(count, status === 429 ? { status: 429, retryAfterSeconds: 1 } : { status: 500 }),
      close: () => api.close(),
    };
  },
};

/** Slack's action_ts is the press time in seconds with microseconds; the action id keeps presses apart. */
function actionTs(actionId: string): string {
  const micros = [...actionId].reduce((hash, ch) => (hash * 31 + ch.charCodeAt(0)) % 1_000_000, 0);
  return `${Math.floor(Date.now() / 1000)}.${String(micros).padStart(6, "0")}`;
}
