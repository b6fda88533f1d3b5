/**
 * Slack, for staff: DMs to the bot, @-mentions in channels (answered in the thread), the /crm command
 * and Block Kit buttons. Deliveries arrive on `POST /slack/events` (or over Socket Mode when
 * SLACK_APP_TOKEN is set) and run through a Bolt app; replies go out through Bolt's WebClient.
 */
import { App, LogLevel, webApi, type Logger as BoltLogger } from "@slack/bolt";
import type { AdapterContext, AdapterFactory, PlatformAdapter } from "./types.ts";
import type { Logger } from "../runtime/logger.ts";
import { registerListeners, SLACK_PLATFORM } from "./slack/inbound.ts";
import { checkAuth, sendReply } from "./slack/outbound.ts";
import { HeldAckSocketReceiver, RouteReceiver, slackEventsRoute } from "./slack/receivers.ts";

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

export type SlackConfig = {
  signingSecret: string;
  botToken: string;
  /** Socket Mode when set */
  appToken?: string;
  apiUrl: string;
};

const VARIABLES = [
  { name: "SLACK_SIGNING_SECRET", required: true, description: "Signing Secret (Basic Information page of your Slack app): verifies requests from Slack" },
  { name: "SLACK_BOT_TOKEN", required: true, description: "Bot User OAuth Token, xoxb-… (OAuth & Permissions page, after installing the app)" },
  { name: "SLACK_APP_TOKEN", required: false, description: "App-Level Token, xapp-…, with connections:write: turns on Socket Mode (no public URL needed)" },
  { name: "SLACK_API_URL", required: false, description: `Slack Web API base URL (default ${DEFAULT_SLACK_API_URL}); tests point it at a fake` },
];

function readSlackConfig(env: NodeJS.ProcessEnv): ReturnType<AdapterFactory<SlackConfig>["readConfig"]> {
  const signingSecret = env["SLACK_SIGNING_SECRET"]?.trim();
  const botToken = env["SLACK_BOT_TOKEN"]?.trim();
  const appToken = env["SLACK_APP_TOKEN"]?.trim() || undefined;
  if (!signingSecret && !botToken) return { on: false, missing: ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"] };
  if (!signingSecret) return { on: "invalid", problem: "SLACK_SIGNING_SECRET is missing (SLACK_BOT_TOKEN is set)" };
  if (!botToken) return { on: "invalid", problem: "SLACK_BOT_TOKEN is missing (SLACK_SIGNING_SECRET is set)" };
  // The two tokens are easy to swap; Slack's answer to the wrong one (not_allowed_token_type) is cryptic.
  if (!botToken.startsWith("xoxb-")) return { on: "invalid", problem: "SLACK_BOT_TOKEN must be the bot token (xoxb-…)" };
  if (appToken && !appToken.startsWith("xapp-")) return { on: "invalid", problem: "SLACK_APP_TOKEN must be an app-level token (xapp-…)" };
  const apiUrl = env["SLACK_API_URL"]?.trim() || DEFAULT_SLACK_API_URL;
  if (!URL.canParse(apiUrl)) return { on: "invalid", problem: `SLACK_API_URL is not a URL: ${apiUrl}` };
  return { on: true, config: { signingSecret, botToken, appToken, apiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } };
}

/** Bolt's logger interface over ours; Bolt's debug chatter is dropped. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...messages) => log.info(`slack: ${messages.map(String).join(" ")}`),
    warn: (...messages) => log.warn(`slack: ${messages.map(String).join(" ")}`),
    error: (...messages) => log.error(`slack: ${messages.map(String).join(" ")}`),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function createSlackAdapter(config: SlackConfig, options: { log: Logger }): PlatformAdapter {
  let context: AdapterContext | undefined;
  const logger = boltLogger(options.log);
  const receiver = config.appToken
    ? new HeldAckSocketReceiver({ appToken: config.appToken, slackApiUrl: config.apiUrl, log: options.log, boltLogger: logger, context: () => context })
    : new RouteReceiver();
  // The outbox retries with backoff and honours Retry-After; the client must fail fast and say why.
  const clientOptions = { slackApiUrl: config.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 10_000, logger };
  const client = new webApi.WebClient(config.botToken, clientOptions);
  const app = new App({
    receiver,
    // With a plain `token` Bolt calls auth.test on every delivery to learn the bot's id for ignoreSelf.
    // We filter bot messages ourselves (bot_id), so the path to the acknowledgement makes no API call.
    authorize: async () => ({ botToken: config.botToken }),
    ignoreSelf: false,
    logger,
    clientOptions,
  });
  registerListeners(app);
  app.error(async (error) => {
    throw error;
  });

  return {
    platform: SLACK_PLATFORM,
    audience: "staff",
    rateLimits: { perChatPerSecond: 1, globalPerSecond: 20 },
    routes(routeContext) {
      context ??= routeContext;
      return [slackEventsRoute({ app, signingSecret: config.signingSecret, context: routeContext })];
    },
    async start(startContext) {
      context = startContext;
      if (config.appToken) await app.start();
    },
    async stop() {
      if (config.appToken) await app.stop();
    },
    send: (target, reply) => sendReply(client, target, reply),
    check: () => checkAuth(client),
  };
}

export const slackAdapter: AdapterFactory<SlackConfig> = {
  platform: SLACK_PLATFORM,
  variables: VARIABLES,
  readConfig: readSlackConfig,
  create: createSlackAdapter,
};
