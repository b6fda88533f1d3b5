/**
 * A fake Slack Web API on 127.0.0.1: the methods the Slack adapter calls (auth.test, chat.postMessage,
 * the files.getUploadURLExternal → upload → files.completeUploadExternal flow), answered the way Slack
 * answers them, with every call recorded and failures scriptable. Bolt's real WebClient talks to it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";

// Socket Mode: `ws` ships no types and @types/ws is not installed; this is the little of it used here.
type WsSocket = { readyState: number; send(data: string): void; terminate(): void; on(event: "message", listener: (data: Buffer) => void): void };
type WsServer = { address(): { port: number }; clients: Set<WsSocket>; on(event: "connection", listener: (socket: WsSocket) => void): void; on(event: "listening", listener: () => void): void; close(callback: () => void): void };
const { WebSocketServer } = createRequire(import.meta.url)("ws") as { WebSocketServer: new (options: { host: string; port: number }) => WsServer };

export type SlackApiCall = { method: string; token?: string; args: Record<string, unknown> };

export type Failure = { status: 429; retryAfterSeconds: number } | { status: 500 } | { error: string };

export type PostedMessage = {
  ts: string;
  channel: string;
  threadTs?: string;
  text: string;
  /** the text of the first section block, where the message has blocks */
  sectionText?: string;
  buttons?: { label: string; value: string; actionId: string }[];
  image?: { fileId: string; title?: string; bytes: number };
};

/** Methods that post something: the ones `failNext` applies to by default. */
const SEND_METHODS = ["chat.postMessage", "files.getUploadURLExternal"];

type Block = { type?: string; text?: { text?: string }; elements?: { type?: string; action_id?: string; value?: string; text?: { text?: string } }[] };

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseArgs(request: IncomingMessage, body: Buffer): Promise<Record<string, unknown>> {
  const contentType = request.headers["content-type"] ?? "";
  if (contentType.startsWith("application/json")) return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    const args: Record<string, unknown> = {};
    for (const [key, value] of form) args[key] = typeof value === "string" ? value : Buffer.from(await value.arrayBuffer());
    return args;
  }
  const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body.toString("utf8")));
  // The WebClient sends nested arguments (blocks, files) as JSON strings in form fields.
  for (const key of ["blocks", "files"]) {
    if (typeof args[key] === "string") args[key] = JSON.parse(args[key] as string);
  }
  return args;
}

export class FakeSlackApi {
  readonly calls: SlackApiCall[] = [];
  readonly posted: PostedMessage[] = [];
  /** bodies POSTed to response URLs (`${baseUrl}/response/…`) */
  readonly responses: { url: string; body: Record<string, unknown> }[] = [];
  private server: Server | undefined;
  private failures: { methods: string[]; failure: Failure }[] = [];
  private uploads = new Map<string, { filename: string; bytes?: number }>();
  private nextTs = 1_700_000_000;
  private nextFile = 1;

  /** Socket Mode envelopes the app acknowledged, by envelope_id, with the ack's payload if any. */
  readonly acks = new Map<string, unknown>();
  private socketServer: WsServer | undefined;
  private ackWaiters = new Map<string, () => void>();

  constructor(readonly options: { botToken: string; appToken?: string; botUserId?: string; team?: string } = { botToken: "xoxb-fake" }) {}

  /**
   * Pushes an Events API payload over Socket Mode, as Slack does, and resolves with whether the app
   * acknowledged the envelope within `timeoutMs` (Slack redelivers what is not acknowledged).
   */
  async pushEvent(payload: unknown, options: { envelopeId: string; retryAttempt?: number; timeoutMs?: number }): Promise<"acked" | "not acked"> {
    const sockets = [...(this.socketServer?.clients ?? [])].filter((c) => c.readyState === 1);
    if (!sockets.length) throw new Error("fake Slack: no Socket Mode connection");
    const acked = new Promise<"acked">((resolve) => this.ackWaiters.set(options.envelopeId, () => resolve("acked")));
    sockets[0]!.send(JSON.stringify({ envelope_id: options.envelopeId, type: "events_api", accepts_response_payload: false, retry_attempt: options.retryAttempt ?? 0, retry_reason: "", payload }));
    const timeout = new Promise<"not acked">((resolve) => setTimeout(() => resolve("not acked"), options.timeoutMs ?? 2_000));
    const outcome = await Promise.race([acked, timeout]);
    this.ackWaiters.delete(options.envelopeId);
    return outcome;
  }

  private async startSocketServer(): Promise<WsServer> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => server.on("listening", resolve));
    server.on("connection", (socket) => {
      socket.on("message", (data) => {
        const frame = JSON.parse(data.toString("utf8")) as { envelope_id?: string; payload?: unknown };
        if (!frame.envelope_id) return;
        this.acks.set(frame.envelope_id, frame.payload);
        this.ackWaiters.get(frame.envelope_id)?.();
      });
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake", approximate_connection_time: 18060 }, connection_info: { app_id: "A1" } }));
    });
    return server;
  }

  /** The WebClient's base URL, for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  get baseUrl(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error("fake Slack API not started");
    return `http://127.0.0.1:${address.port}`;
  }

  get botUserId(): string {
    return this.options.botUserId ?? "UBOT";
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async close(): Promise<void> {
    const sockets = this.socketServer;
    if (sockets) {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      this.socketServer = undefined;
    }
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** Answers the next `count` calls of `methods` (by default the posting ones) with `failure`. */
  failNext(count: number, failure: Failure, methods: string[] = SEND_METHODS): void {
    for (let i = 0; i < count; i++) this.failures.push({ methods, failure });
  }

  callsOf(method: string): SlackApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private takeFailure(method: string): Failure | undefined {
    const index = this.failures.findIndex((f) => f.methods.includes(method));
    if (index < 0) return undefined;
    return this.failures.splice(index, 1)[0]!.failure;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const body = await readBody(request);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(value));
    };

    // A message's response_url (hooks.slack.com/actions/…): what was said to replace or follow it.
    if (url.pathname.startsWith("/response/")) {
      this.responses.push({ url: url.pathname, body: JSON.parse(body.toString("utf8") || "{}") as Record<string, unknown> });
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }

    const upload = /^\/upload\/(F\w+)$/.exec(url.pathname);
    if (upload) {
      const file = this.uploads.get(upload[1]!);
      if (!file) return json(404, { ok: false });
      const args = await parseArgs(request, body);
      const data = Object.values(args).find((v): v is Buffer => Buffer.isBuffer(v)) ?? body;
      file.bytes = data.length;
      response.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${data.length}`);
      return;
    }

    const method = url.pathname.replace(/^\/api\//, "");
    const args = await parseArgs(request, body);
    const token = request.headers.authorization?.replace(/^Bearer /, "") ?? (typeof args["token"] === "string" ? args["token"] : undefined);
    this.calls.push({ method, token, args });

    const failure = this.takeFailure(method);
    if (failure && "status" in failure) {
      if (failure.status === 429) return json(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfterSeconds) });
      return json(500, { ok: false, error: "internal_error" });
    }
    if (failure) return json(200, { ok: false, error: failure.error });
    if (!token) return json(200, { ok: false, error: "not_authed" });
    if (method === "apps.connections.open") {
      if (token !== this.options.appToken) return json(200, { ok: false, error: token.startsWith("xoxb-") ? "not_allowed_token_type" : "invalid_auth" });
      this.socketServer ??= await this.startSocketServer();
      return json(200, { ok: true, url: `ws://127.0.0.1:${this.socketServer.address().port}/link/?ticket=fake` });
    }
    if (token !== this.options.botToken) return json(200, { ok: false, error: "invalid_auth" });

    switch (method) {
      case "auth.test":
        return json(200, { ok: true, url: "https://fake.slack.com/", team: this.options.team ?? "Fake Hotel", team_id: "T1", user: "chatcrm", user_id: this.botUserId, bot_id: "B1" });
      case "chat.postMessage":
        return json(200, this.postMessage(args));
      case "conversations.open": {
        const user = String(args["users"] ?? "");
        return json(200, user ? { ok: true, channel: { id: `D${user}` } } : { ok: false, error: "users_list_not_supplied" });
      }
      case "files.getUploadURLExternal": {
        const fileId = `F${this.nextFile++}`;
        this.uploads.set(fileId, { filename: String(args["filename"] ?? "file") });
        return json(200, { ok: true, upload_url: `${this.baseUrl}/upload/${fileId}`, file_id: fileId });
      }
      case "files.completeUploadExternal":
        return json(200, this.completeUpload(args));
      default:
        return json(200, { ok: false, error: "unknown_method" });
    }
  }

  private postMessage(args: Record<string, unknown>): unknown {
    const channel = args["channel"];
    if (typeof channel !== "string" || !channel) return { ok: false, error: "channel_not_found" };
    if (typeof args["text"] !== "string" && !Array.isArray(args["blocks"])) return { ok: false, error: "no_text" };
    const buttons = ((args["blocks"] as Block[] | undefined) ?? [])
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.type === "button")
      .map((e) => ({ label: e.text?.text ?? "", value: e.value ?? "", actionId: e.action_id ?? "" }));
    const ts = `${this.nextTs++}.000100`;
    const section = ((args["blocks"] as Block[] | undefined) ?? []).find((b) => b.type === "section");
    this.posted.push({
      sectionText: section?.text?.text,
      ts,
      channel,
      threadTs: typeof args["thread_ts"] === "string" ? args["thread_ts"] : undefined,
      text: String(args["text"] ?? ""),
      buttons: buttons.length ? buttons : undefined,
    });
    return { ok: true, channel, ts, message: { text: args["text"], ts } };
  }

  private completeUpload(args: Record<string, unknown>): unknown {
    const files = args["files"] as { id: string; title?: string }[] | undefined;
    const channel = args["channel_id"];
    if (!Array.isArray(files) || !files.length) return { ok: false, error: "invalid_arguments" };
    for (const file of files) {
      const upload = this.uploads.get(file.id);
      if (!upload || upload.bytes === undefined) return { ok: false, error: "file_not_found" };
      if (typeof channel === "string") {
        this.posted.push({
          ts: `${this.nextTs++}.000100`,
          channel,
          threadTs: typeof args["thread_ts"] === "string" ? args["thread_ts"] : undefined,
          text: file.title ?? "",
          image: { fileId: file.id, title: file.title, bytes: upload.bytes },
        });
      }
    }
    return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
  }
}
