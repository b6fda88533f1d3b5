/**
 * A real HTTP server on 127.0.0.1 speaking the Bot API at `/bot<token>/<method>`, so grammY runs end to
 * end in tests: JSON and multipart (sendPhoto) requests are recorded, failures can be scripted, and
 * getUpdates long-polls a queue of scripted updates with Telegram's offset rules.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedFile = { filename: string; contentType: string; bytes: Buffer };
/** One request the bot made, and the HTTP status the fake answered it with. */
export type TelegramCall = { method: string; params: Record<string, unknown>; files: Record<string, RecordedFile>; status: number };
export type ScriptedFailure = { status: 429 | 500 | 400 | 401 | 403; retryAfter?: number; description?: string };

export type FakeTelegramApi = {
  /** for TELEGRAM_API_ROOT / grammY's `client.apiRoot` */
  apiRoot: string;
  token: string;
  calls: TelegramCall[];
  callsTo(method: string): TelegramCall[];
  /** the next `count` calls to any of `methods` fail with `failure` */
  failNext(methods: string[], failure: ScriptedFailure & { count?: number }): void;
  /** queues updates for getUpdates; update_id is given by the caller */
  pushUpdates(...updates: object[]): void;
  /** what setWebhook last set, as getWebhookInfo reports it */
  webhook: { url: string; secretToken?: string; allowedUpdates?: string[] };
  close(): Promise<void>;
};

export const FAKE_BOT = { id: 7000001, is_bot: true, first_name: "ChatCRM", username: "chatcrm_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

/** A private-chat text message update, as Telegram sends it. */
export function textUpdate(options: { updateId: number; chatId: number; userId: number; text: string; firstName?: string; lastName?: string; date?: number }) {
  const from = { id: options.userId, is_bot: false, first_name: options.firstName ?? "Guest", ...(options.lastName ? { last_name: options.lastName } : {}), language_code: "en" };
  return {
    update_id: options.updateId,
    message: {
      message_id: options.updateId,
      from,
      chat: options.chatId === options.userId ? { id: options.chatId, type: "private", first_name: from.first_name } : { id: options.chatId, type: "group", title: "Group" },
      date: options.date ?? Math.floor(Date.now() / 1000),
      text: options.text,
      ...(options.text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: options.text.split(/\s/)[0]!.length }] } : {}),
    },
  };
}

/** A button press on one of the bot's messages. */
export function callbackUpdate(options: { updateId: number; queryId: string; chatId: number; userId: number; data: string; messageId?: number }) {
  const from = { id: options.userId, is_bot: false, first_name: "Guest" };
  return {
    update_id: options.updateId,
    callback_query: {
      id: options.queryId,
      from,
      chat_instance: "fake-instance",
      data: options.data,
      message: { message_id: options.messageId ?? 1, from: { ...FAKE_BOT }, chat: { id: options.chatId, type: "private", first_name: "Guest" }, date: Math.floor(Date.now() / 1000), text: "choose" },
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A lenient multipart/form-data reader: grammY writes `content-disposition:form-data;name="x";filename=y`
 * without spaces or quotes around the file name, which Telegram accepts and undici's strict parser does not.
 */
function multipartParts(body: Buffer, contentType: string): { name: string; filename?: string; contentType: string; bytes: Buffer }[] {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!boundary) throw new Error("multipart without a boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length;
    if (body.subarray(from, from + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, from);
    if (next === -1) break;
    const chunk = body.subarray(from + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const headerEnd = chunk.indexOf("\r\n\r\n");
    const headers = chunk.subarray(0, headerEnd).toString("utf8");
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "text/plain";
    parts.push({ name, filename, contentType: type, bytes: Buffer.from(chunk.subarray(headerEnd + 4)) });
    start = next;
  }
  return parts;
}

/** grammY sends objects in multipart fields as JSON, and files as `attach://<id>` pointing at a part. */
async function parseRequest(req: IncomingMessage, body: Buffer): Promise<Pick<TelegramCall, "params" | "files">> {
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const params: Record<string, unknown> = {};
    const parts = new Map<string, RecordedFile>();
    for (const part of multipartParts(body, type)) {
      if (part.filename === undefined) {
        const value = part.bytes.toString("utf8");
        params[part.name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
      } else {
        parts.set(part.name, { filename: part.filename, contentType: part.contentType, bytes: part.bytes });
      }
    }
    const files: Record<string, RecordedFile> = {};
    for (const [key, value] of Object.entries(params)) {
      const file = typeof value === "string" && value.startsWith("attach://") ? parts.get(value.slice("attach://".length)) : undefined;
      if (file) files[key] = file;
    }
    return { params, files };
  }
  const text = body.toString("utf8");
  return { params: text ? (JSON.parse(text) as Record<string, unknown>) : {}, files: {} };
}

function answer(res: ServerResponse, status: number, payload: object): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

export async function startFakeTelegramApi(options: { token?: string } = {}): Promise<FakeTelegramApi> {
  const token = options.token ?? "123456:TEST-fake-token";
  const calls: TelegramCall[] = [];
  const failures: { methods: string[]; failure: ScriptedFailure; left: number }[] = [];
  const updates: { update_id: number }[] = [];
  const waiting = new Set<() => void>();
  let nextMessageId = 1000;
  const webhook: FakeTelegramApi["webhook"] = { url: "" };

  const wakeWaiters = () => {
    for (const wake of [...waiting]) wake();
  };

  const result = (method: string, params: Record<string, unknown>): unknown => {
    const chat = { id: Number(params.chat_id), type: "private" };
    const date = Math.floor(Date.now() / 1000);
    switch (method) {
      case "getMe":
        return FAKE_BOT;
      case "sendMessage":
        return { message_id: nextMessageId++, from: FAKE_BOT, chat, date, text: params.text, ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}) };
      case "sendPhoto":
        return { message_id: nextMessageId++, from: FAKE_BOT, chat, date, photo: [{ file_id: "fake-photo", file_unique_id: "fake", width: 100, height: 100 }], ...(params.caption ? { caption: params.caption } : {}) };
      case "answerCallbackQuery":
      case "deleteWebhook":
        if (method === "deleteWebhook") webhook.url = "";
        return true;
      case "setWebhook":
        webhook.url = String(params.url);
        webhook.secretToken = params.secret_token as string | undefined;
        webhook.allowedUpdates = params.allowed_updates as string[] | undefined;
        return true;
      case "getWebhookInfo":
        return { url: webhook.url, has_custom_certificate: false, pending_update_count: 0 };
      default:
        return undefined;
    }
  };

  const getUpdates = async (req: IncomingMessage, res: ServerResponse, params: Record<string, unknown>) => {
    const offset = typeof params.offset === "number" ? params.offset : 0;
    // Telegram forgets updates below the offset: they are confirmed.
    while (updates.length > 0 && updates[0]!.update_id < offset) updates.shift();
    if (updates.length === 0 && typeof params.timeout === "number" && params.timeout > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, (params.timeout as number) * 1000);
        waiting.add(done);
        req.socket.once("close", done);
      });
    }
    answer(res, 200, { ok: true, result: updates.filter((u) => u.update_id >= offset) });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://fake").pathname);
      const body = await readBody(req);
      if (!match) return answer(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      const [, requestToken, method] = match as unknown as [string, string, string];
      if (requestToken !== token) return answer(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      const { params, files } = await parseRequest(req, body);
      const call: TelegramCall = { method, params, files, status: 200 };
      calls.push(call);

      const scripted = failures.find((f) => f.left > 0 && f.methods.includes(method));
      if (scripted) {
        scripted.left--;
        call.status = scripted.failure.status;
        const { status, retryAfter, description } = scripted.failure;
        return answer(res, status, {
          ok: false,
          error_code: status,
          description: description ?? (status === 429 ? `Too Many Requests: retry after ${retryAfter ?? 1}` : `fake failure ${status}`),
          ...(status === 429 ? { parameters: { retry_after: retryAfter ?? 1 } } : {}),
        });
      }
      if (method === "getUpdates") return getUpdates(req, res, params);
      const value = result(method, params);
      if (value === undefined) call.status = 404;
      if (value === undefined) return answer(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
      answer(res, 200, { ok: true, result: value });
    })().catch((error: unknown) => answer(res, 500, { ok: false, error_code: 500, description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext(methods, failure) {
      failures.push({ methods, failure, left: failure.count ?? 1 });
    },
    pushUpdates(...added) {
      updates.push(...(added as { update_id: number }[]));
      updates.sort((a, b) => a.update_id - b.update_id);
      wakeWaiters();
    },
    webhook,
    async close() {
      wakeWaiters();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
