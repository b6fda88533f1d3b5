/** Every platform's driver for the shared adapter suite: one entry per adapter in src/adapters/index.ts. */
import type { PlatformDriver } from "../driver.ts";
import { slackDriver } from "./slack.ts";
import { telegramDriver } from "./telegram.ts";
import { wecomBotDriver } from "./wecom-bot.ts";
import { wecomAppDriver } from "./wecom-app.ts";
import { wechatOaDriver } from "./wechat-oa.ts";

export const DRIVERS: PlatformDriver[] = [
  slackDriver,
  telegramDriver,
  wecomBotDriver,
  wecomAppDriver,
  wechatOaDriver,
];
