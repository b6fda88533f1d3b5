/**
 * What a platform adapter is: a thin translation between one messenger and the neutral Message/Reply.
 * The HTTP server, the durable inbox and the outbox are shared; an adapter only verifies and parses
 * deliveries (routes), keeps a connection open when its platform pushes over one (start/stop), renders
 * and sends replies (send), and says whether its API answers (check). Platform SDK types never leave
 * the adapter's file.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Message, Reply } from "../runtime/message.ts";
import type { Logger } from "../runtime/logger.ts";

export type HttpRequest = {
  method: string;
  /** the path without the query string */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** the raw body, exactly as received: signatures are computed over it */
  body: Buffer;
};

export type HttpResponse = { status: number; headers?: Record<string, string>; body?: string | Buffer };

export type Route = { method: "GET" | "POST"; path: string; handle(request: HttpRequest): Promise<HttpResponse> };

/**
 * Hands a verified delivery to the durable inbox. It resolves once the message is stored (so the
 * platform may be acknowledged); "duplicate" when the same platform message id was stored before.
 * It rejects when the database is unreachable: answer the platform with a retryable status (503).
 */
export type Deliver = (message: Message) => Promise<"accepted" | "duplicate">;

/** Where a reply goes: the chat of the message it answers, its thread, and who asked. */
export type ReplyTarget = { chatId: string; userId: string; threadId?: string };

/** Who writes on a platform: staff (unknown users must link first) or guests (unknown users become guests). */
export type Audience = "staff" | "guest";

export type AdapterContext = { deliver: Deliver; log: Logger };

export interface PlatformAdapter {
  readonly platform: string;
  readonly audience: Audience;
  /** the HTTP endpoints this platform calls (webhooks, callbacks), mounted on the one server */
  routes(context: AdapterContext): Route[];
  /** for platforms that push over a connection we open (Socket Mode, long polling, WebSocket) */
  start?(context: AdapterContext): Promise<void>;
  stop?(): Promise<void>;
  /** Renders and sends one reply. Throws PlatformError on failure, marked retryable or not. */
  send(target: ReplyTarget, reply: Reply): Promise<void>;
  /** Does the platform's API answer with these credentials? For `chatcrm doctor`. */
  check(): Promise<{ ok: boolean; detail: string }>;
  /** Most messages per second to one chat, and overall, that the platform accepts. */
  readonly rateLimits: { perChatPerSecond: number; globalPerSecond: number };
}

/** A failed platform call, wrapped with where it happened and whether trying again can help. */
export class PlatformError extends Error {
  readonly platform: string;
  readonly method: string;
  readonly retryable: boolean;
  /** what the platform asked us to wait (429 retry_after), if it said */
  readonly retryAfterMs?: number;

  constructor(options: { platform: string; method: string; message: string; retryable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(`${options.platform}.${options.method}: ${options.message}`, { cause: options.cause });
    this.name = "PlatformError";
    this.platform = options.platform;
    this.method = options.method;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Reads one platform's variables: `on: false` when the platform is off (its switch variable is unset;
 * `missing` may name what to set to turn it on), the config when on, or `invalid` with a problem naming
 * the variable when it is half set up or a value is wrong.
 */
export type PlatformConfigReader<C> = (env: NodeJS.ProcessEnv) => { on: false; missing?: string[] } | { on: true; config: C } | { on: "invalid"; problem: string };

/** One entry of the adapter map: how to read its variables and build it. */
export type AdapterFactory<C = unknown> = {
  platform: string;
  /** the variables, for `chatcrm doctor` and .env.example */
  variables: { name: string; required: boolean; description: string }[];
  readConfig: PlatformConfigReader<C>;
  create(config: C, options: { log: Logger }): PlatformAdapter;
};

/**
 * Any platform's factory. Each has its own config type; the map only ever hands `create` what the same
 * factory's `readConfig` returned, so the erasure is safe.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAdapterFactory = AdapterFactory<any>;
