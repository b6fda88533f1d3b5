/**
 * Webhook path: signed Telegram and Slack deliveries posted to a spawned `chatcrm serve` at fixed rates,
 * each with its own update/event id (none is a duplicate) and its own chat, so the first reply reaching
 * the fake platform API in that chat is the answer to that delivery. Figures: acknowledgements per
 * second, p50/p99 time to acknowledge, p50/p99 delivery→reply, peak RSS of serve; saturation throughput
 * with autocannon. Baseline: a bare node:http server in its own process answering 200 to the same load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "../src/store/client.ts";
import { registerUser } from "../src/domain/staff/register-user.ts";
import { startFakeTelegramApi, textUpdate, type FakeTelegramApi } from "../test/fakes/fake-telegram-api.ts";
import { FakeSlackApi } from "../test/fakes/fake-slack-api.ts";
import { readEvalInputs } from "./parser.ts";
import { pacedLoad, type LoadRequest } from "./lib/load.ts";
import { distribution } from "./lib/stats.ts";
import type { BenchOptions } from "./lib/options.ts";
import type { Report } from "./lib/report.ts";
import type { BenchPostgres } from "./lib/postgres.ts";

const BIN = resolve(import.meta.dirname, "../bin/chatcrm.js");
const TELEGRAM_SECRET = "bench_secret";
const SLACK_SECRET = "bench-slack-signing-secret";
const SLACK_TOKEN = "xoxb-bench";
const TELEGRAM_USERS = 50;
const SLACK_USERS = 20;
/** The ack targets of issue 7, by database: p99 under 50 ms at this rate. */
const ACK_TARGET_RATE = { pglite: 50, postgres: 200 } as const;

type Db = "pglite" | "postgres";
type Platform = "telegram" | "slack";

/** Deliveries and where their replies land: `build(i)` makes delivery i, whose replies go to chat `chatOf(i)`. */
type Traffic = { path: string; build(i: number): LoadRequest; chatOf(i: number): string };

/** Texts a guest (Telegram) and a sales rep (Slack) would send: the shared eval cases of those roles. */
function texts(role: "guest" | "sales"): string[] {
  return readEvalInputs().filter((c) => c.role === role).map((c) => c.text);
}

function telegramTraffic(offset: number): Traffic {
  const guestTexts = texts("guest");
  // Group chats: a fresh chat per delivery (so replies are told apart) from a pool of known guests.
  const chat = (i: number) => -(1_000_000_000 + offset + i);
  return {
    path: "/telegram/webhook",
    chatOf: (i) => String(chat(i)),
    build(i) {
      const update = textUpdate({ updateId: offset + i, chatId: chat(i), userId: 9_000_000 + (i % TELEGRAM_USERS), text: guestTexts[i % guestTexts.length]!, firstName: `Guest${i % TELEGRAM_USERS}` });
      return { path: "/telegram/webhook", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TELEGRAM_SECRET }, body: JSON.stringify(update) };
    },
  };
}

function slackTraffic(offset: number): Traffic {
  const repTexts = texts("sales");
  const channel = (i: number) => `DB${offset + i}`;
  return {
    path: "/slack/events",
    chatOf: channel,
    build(i) {
      const ts = (Date.now() / 1000).toFixed(6);
      const body = JSON.stringify({
        token: "legacy", team_id: "T1", api_app_id: "A1", type: "event_callback",
        event_id: `EvBench${offset + i}`, event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
        event: { type: "message", channel: channel(i), channel_type: "im", user: `UREP${i % SLACK_USERS}`, text: repTexts[i % repTexts.length]!, ts, event_ts: ts },
      });
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac("sha256", SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
      return { path: "/slack/events", headers: { "content-type": "application/json", "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature }, body };
    },
  };
}

/** The fake platform APIs, with the arrival time of the first reply in each chat. */
type Fakes = { telegram: FakeTelegramApi; slack: FakeSlackApi; arrivals: Map<string, number>; env: Record<string, string>; close(): Promise<void> };

async function startFakes(): Promise<Fakes> {
  const telegram = await startFakeTelegramApi();
  const slack = await new FakeSlackApi({ botToken: SLACK_TOKEN }).start();
  const arrivals = new Map<string, number>();
  const arrived = (chat: unknown) => {
    const key = String(chat);
    if (!arrivals.has(key)) arrivals.set(key, performance.now());
  };
  // The fakes keep what they receive in arrays; stamping each push is the arrival time at the fake.
  const stamp = <T>(list: T[], chatOf: (item: T) => unknown) => {
    const push = list.push.bind(list);
    list.push = (...items: T[]) => {
      for (const item of items) arrived(chatOf(item));
      return push(...items);
    };
  };
  stamp(telegram.calls, (call) => (call.method === "sendMessage" || call.method === "sendPhoto" ? call.params.chat_id : "-"));
  stamp(slack.posted, (posted) => posted.channel);
  return {
    telegram, slack, arrivals,
    env: {
      TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: telegram.apiRoot, TELEGRAM_MODE: "webhook",
      SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_API_URL: slack.apiUrl,
    },
    async close() {
      await telegram.close();
      await slack.close();
    },
  };
}

/** Staff linked on Slack and guests known on Telegram, as after a day in production: the steady state, not first contact. */
async function seed(db: string): Promise<void> {
  const database = await openDatabase({ db });
  try {
    for (let k = 0; k < SLACK_USERS; k++) {
      await registerUser({ db: database.prisma, platform: "slack", platformUserId: `UREP${k}`, chatId: `DREP${k}`, name: `Rep ${k}`, role: "sales", tz: "Asia/Shanghai" });
    }
    for (let k = 0; k < TELEGRAM_USERS; k++) {
      await registerUser({ db: database.prisma, platform: "telegram", platformUserId: String(9_000_000 + k), chatId: String(9_000_000 + k), name: `Guest${k}`, role: "guest", tz: "Asia/Shanghai" });
    }
  } finally {
    await database.close();
  }
}

type Spawned = { url: string; child: ChildProcess; stop(): Promise<void> };

/** Starts a process and waits for the line that says where it listens. */
async function spawnListening(args: string[], env: NodeJS.ProcessEnv, pattern: RegExp): Promise<Spawned> {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const port = await new Promise<string>((done, fail) => {
    let stdout = "";
    const timer = setTimeout(() => fail(new Error(`did not start in 60 s\n${stderr}`)), 60_000);
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = pattern.exec(stdout);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}\n${stderr}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        // serve finishes the delivery in hand on SIGTERM; a backlog is not waited for past 10 s.
        const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(kill);
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}

const BARE_SERVER = `
const server = require("node:http").createServer((req, res) => { req.resume(); req.on("end", () => { res.writeHead(200); res.end(); }); });
server.listen(0, "127.0.0.1", () => console.log("listening on " + server.address().port));`;

const spawnBare = () => spawnListening(["-e", BARE_SERVER], { PATH: process.env.PATH }, /listening on (\d+)/);

function spawnServe(db: string, fakes: Fakes): Promise<Spawned> {
  return spawnListening([BIN, "serve", "--port", "0", "--db", db], { ...process.env, OPENAI_API_KEY: "", LOG_LEVEL: "error", PORT: "0", ...fakes.env }, /listening on http:\/\/[\d.]+:(\d+)/);
}

/** Peak resident memory of a process so far, in MB (Linux). */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

type RunFigures = { rate: number; ackPerSecond: number; ack: ReturnType<typeof distribution>; failed: number; failures: Record<string, number>; reply?: ReturnType<typeof distribution>; replied?: number; sent: number; rssMb?: number | null };

/** One fixed-rate run against `url`; with `fakes`, also waits (bounded) for the replies and times them. */
async function fixedRate(options: { url: string; traffic: Traffic; rate: number; seconds: number; drainSeconds: number; fakes?: Fakes }): Promise<RunFigures> {
  const { traffic, rate, fakes } = options;
  const load = await pacedLoad({ url: options.url, rate, seconds: options.seconds, build: traffic.build });
  const figures: RunFigures = { rate, sent: load.sent, ackPerSecond: load.ok / load.seconds, ack: distribution(load.latencies), failed: load.failed, failures: load.failures };
  if (!fakes) return figures;
  const until = performance.now() + options.drainSeconds * 1000;
  const pending = () => [...load.sentAt.keys()].filter((i) => !fakes.arrivals.has(traffic.chatOf(i))).length;
  while (pending() > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 200));
  const replyMs: number[] = [];
  for (const [i, at] of load.sentAt) {
    const arrived = fakes.arrivals.get(traffic.chatOf(i));
    // Not arrived within the drain window: counted as the window's end, so p99 is a lower bound.
    replyMs.push(arrived === undefined ? until - at : arrived - at);
  }
  return { ...figures, reply: distribution(replyMs), replied: load.sent - pending() };
}

/** Acknowledgements per second with the server saturated: autocannon, 10 connections, bounded in time and count. */
async function saturation(url: string, traffic: Traffic, seconds: number): Promise<number> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 10,
    // Bounded by time (autocannon's `amount` would override it): at most seconds × what serve can take.
    duration: seconds,
    timeout: 10,
    requests: [{ method: "POST", path: traffic.path, setupRequest: (req) => ({ ...req, ...traffic.build(i++) }) }],
  });
  return result["2xx"] / result.duration;
}

export async function benchWebhook(options: { bench: BenchOptions; report: Report; postgres?: BenchPostgres }): Promise<void> {
  const { bench, report, postgres } = options;
  const seconds = bench.webhookSeconds;
  const saturationSeconds = Math.min(5, seconds);
  // Distinct id ranges per run: no delivery is a duplicate of another, in any run.
  let offset = 1_000_000;
  const nextOffset = () => (offset += 1_000_000);
  const trafficFor = (platform: Platform) => (platform === "telegram" ? telegramTraffic(nextOffset()) : slackTraffic(nextOffset()));

  // Baseline: the bare server, same load shape, per rate, and its saturation and memory.
  const baseline = new Map<string, RunFigures>();
  const bare = await spawnBare();
  let bareSaturation: number;
  let bareRss: number | null;
  try {
    for (const platform of ["telegram", "slack"] as const) {
      for (const rate of bench.rates) baseline.set(`${platform}:${rate}`, await fixedRate({ url: bare.url, traffic: trafficFor(platform), rate, seconds, drainSeconds: 0 }));
    }
    bareSaturation = await saturation(bare.url, trafficFor("telegram"), saturationSeconds);
    bareRss = peakRssMb(bare.child.pid);
  } finally {
    await bare.stop();
  }

  for (const db of bench.dbs) {
    if (db === "postgres" && !postgres) continue;
    for (const platform of ["telegram", "slack"] as const) {
      for (const rate of bench.rates) {
        const run = await withServe(db, postgres, async (serve, fakes) => {
          const figures = await fixedRate({ url: serve.url, traffic: trafficFor(platform), rate, seconds, drainSeconds: bench.drainSeconds, fakes });
          return { ...figures, rssMb: peakRssMb(serve.child.pid) };
        });
        const base = baseline.get(`${platform}:${rate}`)!;
        const label = `${platform} @${rate}/s`;
        const target = rate === ACK_TARGET_RATE[db] ? { op: "<" as const, value: 50 } : undefined;
        report.add({ section: "webhook", db, name: `${label} acks/s`, value: run.ackPerSecond, unit: "msg/s", baseline: { name: "bare node:http", value: base.ackPerSecond }, note: run.failed ? `${run.failed} of ${run.sent} not acknowledged with 2xx (${Object.entries(run.failures).map(([why, n]) => `${why}: ${n}`).join(", ")})` : undefined });
        report.add({ section: "webhook", db, name: `${label} ack p50`, value: run.ack.p50 ?? null, unit: "ms", baseline: { name: "bare node:http", value: base.ack.p50 ?? null } });
        report.add({ section: "webhook", db, name: `${label} ack p99`, value: run.ack.p99 ?? null, unit: "ms", baseline: { name: "bare node:http", value: base.ack.p99 ?? null }, target });
        const partial = run.replied !== undefined && run.replied < run.sent ? `only ${run.replied}/${run.sent} replies within ${bench.drainSeconds} s after the load; the rest count as the window's end` : undefined;
        report.add({ section: "webhook", db, name: `${label} delivery→reply p50`, value: run.reply?.p50 ?? null, unit: "ms", note: partial });
        report.add({ section: "webhook", db, name: `${label} delivery→reply p99`, value: run.reply?.p99 ?? null, unit: "ms" });
        report.add({ section: "webhook", db, name: `${label} serve peak RSS`, value: run.rssMb ?? null, unit: "MB", baseline: { name: "bare node:http", value: bareRss } });
      }
    }
    const saturated = await withServe(db, postgres, (serve) => saturation(serve.url, trafficFor("telegram"), saturationSeconds));
    report.add({ section: "webhook", db, name: "telegram saturated acks/s (autocannon, 10 conns)", value: saturated, unit: "msg/s", baseline: { name: "bare node:http", value: bareSaturation } });
  }
}

/**
 * A new process compiles its TypeScript and loads the parser's tables on first use: a few deliveries of
 * each platform, answered, before anything is timed. Their chats are outside every run's range.
 */
async function warmUp(url: string, fakes: Fakes): Promise<void> {
  const traffic = [telegramTraffic(0), slackTraffic(0)];
  for (let i = 0; i < 8; i++) {
    for (const t of traffic) {
      const { path, headers, body } = t.build(i);
      await (await fetch(`${url}${path}`, { method: "POST", headers, body })).arrayBuffer();
    }
  }
  const until = Date.now() + 30_000;
  while (Date.now() < until && traffic.some((t) => [...Array(8).keys()].some((i) => !fakes.arrivals.has(t.chatOf(i))))) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh database and a fresh serve process for one run, so no run inherits another's backlog. */
async function withServe<T>(db: Db, postgres: BenchPostgres | undefined, work: (serve: Spawned, fakes: Fakes) => Promise<T>): Promise<T> {
  const dir = db === "pglite" ? mkdtempSync(join(tmpdir(), "chatcrm-bench-serve-")) : undefined;
  const location = dir ?? postgres!.urlFor("bench_webhook");
  const fakes = await startFakes();
  let serve: Spawned | undefined;
  try {
    await seed(location);
    serve = await spawnServe(location, fakes);
    await warmUp(serve.url, fakes);
    return await work(serve, fakes);
  } finally {
    await serve?.stop();
    await fakes.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    else await postgres!.drop(location).catch(() => {});
  }
}
