/**
 * The platforms `chatcrm serve` can speak. Adding one is one file in this folder and one entry here
 * (and one driver in test/adapters/drivers/ for the shared adapter suite).
 */
import type { AnyAdapterFactory } from "./types.ts";
import { slackAdapter } from "./slack.ts";
import { telegramAdapter } from "./telegram.ts";
import { wecomBotAdapter } from "./wecom-bot.ts";
import { wecomAppAdapter } from "./wecom-app.ts";
import { wechatOaAdapter } from "./wechat-oa.ts";
import { wechatyAdapter } from "./wechaty.ts";

export const ADAPTERS: AnyAdapterFactory[] = [
  slackAdapter,
  telegramAdapter,
  wecomBotAdapter,
  wecomAppAdapter,
  wechatOaAdapter,
  wechatyAdapter,
];
