/**
 * `chatcrm serve` assembled: the app, the enabled platforms, the HTTP server, the inbox worker and the
 * sender. Deliveries are stored before they are acknowledged and processed from the table.
 */
import type { Config } from "./config.ts";
import { startApp, type App } from "./app.ts";
import { enabledAdapters } from "./adapters/enabled-adapters.ts";
import { linkUnknownUser } from "./adapters/link-unknown-user.ts";
import type { AdapterContext, Deliver, PlatformAdapter } from "./adapters/types.ts";
import { startHttpServer, type HttpServer } from "./server.ts";
import { acceptDelivery } from "./runtime/inbox.ts";
import { createInboxWorker, type InboxWorker } from "./runtime/inbox-worker.ts";
import { createSender, type Sender } from "./runtime/sender.ts";
import { createLogger } from "./runtime/logger.ts";
import { Metrics } from "./runtime/metrics.ts";
import { startScheduler, type SchedulerLoop } from "./jobs/start-scheduler.ts";
import { createNotify } from "./jobs/notify.ts";
import { JOB_KINDS } from "./jobs/kinds/index.ts";
import { warmUpRulesParser } from "./intents/rules/warm-up.ts";

export type Serving = { app: App; http: HttpServer; adapters: PlatformAdapter[]; worker: InboxWorker; sender: Sender; scheduler: SchedulerLoop; metrics: Metrics; stop(): Promise<void> };

export async function startServing(options: { config: Config; env: NodeJS.ProcessEnv; db?: string; port?: number; host?: string }): Promise<Serving> {
  const { config, env } = options;
  const log = createLogger(config.LOG_LEVEL);
  const metrics = new Metrics();
  const adapters = enabledAdapters(env, log);
  const audiences = new Map(adapters.map((adapter) => [adapter.platform, adapter.audience]));
  const app = await startApp({ config, db: options.db, onUnknownUser: linkUnknownUser(audiences), log });
  const db = app.db.prisma;
  metrics.collect(() => {
    const { total, skippedModel, modelAnswered, fellBack } = app.parser.stats;
    const help = "messages parsed, by the path taken: rules only, the rules sure enough to skip the model, the model, or the rules after the model failed";
    return [
      { name: "chatcrm_parse_total", help, labels: { path: "rules_only" }, value: total - skippedModel - modelAnswered - fellBack },
      { name: "chatcrm_parse_total", help, labels: { path: "skipped_model" }, value: skippedModel },
      { name: "chatcrm_parse_total", help, labels: { path: "model" }, value: modelAnswered },
      { name: "chatcrm_parse_total", help, labels: { path: "fallback" }, value: fellBack },
    ];
  });
  const sender = createSender({ db, adapters: new Map(adapters.map((a) => [a.platform, a])), log, metrics, leaseMs: config.CHATCRM_CLAIM_LEASE_MS });
  const worker = createInboxWorker({ db, router: app.router, log, metrics, onReplies: () => sender.kick(), leaseMs: config.CHATCRM_CLAIM_LEASE_MS });

  const deliver: Deliver = async (message) => {
    const id = await acceptDelivery(db, message);
    metrics.count("chatcrm_messages_in_total", { platform: message.platform, duplicate: String(id === undefined) }, 1, "deliveries received");
    if (id === undefined) return "duplicate";
    worker.kick();
    return "accepted";
  };
  const context: AdapterContext = { deliver, log };
  warmUpRulesParser();
  const http = await startHttpServer({
    port: options.port ?? config.PORT,
    host: options.host,
    routes: adapters.flatMap((adapter) => adapter.routes(context)),
    db,
    metrics,
    log,
  });
  for (const adapter of adapters) await adapter.start?.(context);
  worker.start();
  sender.start();
  // Pushed messages (reminders, digests) go only to platforms that are on here.
  const notify = createNotify({ db, now: () => new Date(), platforms: new Set(adapters.map((a) => a.platform)) });
  const scheduler = startScheduler({ db, handlers: JOB_KINDS, notify, log, onRan: () => sender.kick() });

  return {
    app, http, adapters, worker, sender, scheduler, metrics,
    async stop() {
      for (const adapter of adapters) await adapter.stop?.().catch(() => {});
      await http.close();
      await scheduler.stop();
      await worker.stop();
      await sender.stop();
      await app.close();
    },
  };
}
