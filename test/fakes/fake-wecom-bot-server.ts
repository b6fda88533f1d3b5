/**
 * A fake of WeCom's intelligent-bot long-connection endpoint on 127.0.0.1: a real WebSocket server
 * speaking the frames the official SDK sends and expects (aibot_subscribe, ping, aibot_msg_callback,
 * aibot_event_callback, aibot_respond_msg, aibot_send_msg, media upload), so the real SDK runs against it.
 * It records what the bot sent and can push messages, drop connections and fail the next replies.
 */
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";

// `ws` ships no types of its own and @types/ws is not installed: this is the little of it used here.
type WsSocket = {
  readyState: number;
  send(data: string): void;
  terminate(): void;
  on(event: "message", listener: (data: Buffer) => void): void;
  on(event: "close", listener: () => void): void;
};
type WsServer = {
  address(): { port: number };
  clients: Set<WsSocket>;
  on(event: "connection", listener: (socket: WsSocket) => void): void;
  on(event: "listening", listener: () => void): void;
  close(callback: () => void): void;
};
const { WebSocketServer } = createRequire(import.meta.url)("ws") as { WebSocketServer: new (options: { host: string; port: number }) => WsServer };
const OPEN = 1;

type Frame = { cmd?: string; headers?: { req_id?: string }; body?: Record<string, unknown>; errcode?: number; errmsg?: string };

/** One stream as the user sees it: the latest content under its id, and whether it was finished. */
export type RecordedStream = {
  reqId: string;
  streamId: string;
  chatId: string;
  userId: string;
  content: string;
  finish: boolean;
  /** how many frames updated it */
  updates: number;
  images: number;
  buttons?: { text: string; key: string }[];
  /** order in which it was finished, for sent() */
  finishedAt?: number;
};

export type RecordedPush = { chatId: string; msgtype: string; content?: string; buttons?: { text: string; key: string }[]; order: number };

export type PushText = { userId: string; text: string; messageId: string; chatId?: string; chatType?: "single" | "group" };

export type FakeWecomBotServer = {
  url: string;
  botId: string;
  secret: string;
  /** subscribe attempts, in order, and whether each was accepted */
  subscribes: { botId: unknown; secret: unknown; ok: boolean }[];
  /** heartbeats answered */
  pings(): number;
  /** how many sockets are open and authenticated */
  authenticatedCount(): number;
  /** resolves when a socket is open and authenticated */
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** resolves when at least `count` subscriptions have been accepted in total */
  waitForSubscribes(count: number, timeoutMs?: number): Promise<void>;
  /** pushes a text message (aibot_msg_callback) to every authenticated socket; returns its req_id */
  pushText(message: PushText): string;
  /** pushes a template card button press (aibot_event_callback) */
  pushButton(options: { userId: string; chatId?: string; key: string; messageId: string }): string;
  streams(): RecordedStream[];
  pushes(): RecordedPush[];
  /** finished streams and active pushes, in the order they were completed */
  completed(): { chatId: string; text: string; buttons?: { text: string; key: string }[]; image?: boolean }[];
  /** answers the next `count` reply or send frames with this WeCom errcode */
  failNextReplies(count: number, errcode: number, errmsg?: string): void;
  /** closes every open connection from the server side */
  dropConnections(): void;
  close(): Promise<void>;
};

export async function startFakeWecomBotServer(options: { botId?: string; secret?: string } = {}): Promise<FakeWecomBotServer> {
  const botId = options.botId ?? "fake-bot-id";
  const secret = options.secret ?? "fake-bot-secret";
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.on("listening", resolve));

  const authenticated = new Set<WsSocket>();
  const subscribes: FakeWecomBotServer["subscribes"] = [];
  const streams = new Map<string, RecordedStream>();
  const pushes: RecordedPush[] = [];
  /** what each pushed req_id was about, to attribute replies to a chat and user */
  const callbacks = new Map<string, { chatId: string; userId: string }>();
  const failures: { errcode: number; errmsg: string }[] = [];
  const subscribeWaiters: (() => void)[] = [];
  let pingCount = 0;
  let order = 0;
  let accepted = 0;

  const answer = (socket: WsSocket, reqId: string, extra: Partial<Frame> = {}) => {
    if (socket.readyState === OPEN) socket.send(JSON.stringify({ headers: { req_id: reqId }, errcode: 0, errmsg: "ok", ...extra }));
  };

  const buttonsOf = (card: unknown) => (card as { button_list?: { text: string; key: string }[] } | undefined)?.button_list?.map(({ text, key }) => ({ text, key }));

  const handle = (socket: WsSocket, frame: Frame) => {
    const reqId = frame.headers?.req_id ?? "";
    if (frame.cmd === "aibot_subscribe") {
      const ok = frame.body?.bot_id === botId && frame.body?.secret === secret;
      subscribes.push({ botId: frame.body?.bot_id, secret: frame.body?.secret, ok });
      if (!ok) return answer(socket, reqId, { errcode: 40058, errmsg: "invalid bot_id or secret" });
      // WeCom keeps one connection per bot: a new subscription pushes the old one out, saying why.
      for (const old of authenticated) {
        if (old === socket || old.readyState !== OPEN) continue;
        old.send(JSON.stringify({
          cmd: "aibot_event_callback",
          headers: { req_id: `aibot_event_callback_${Date.now()}` },
          body: { msgid: `disconnect_${Date.now()}`, aibotid: botId, create_time: Math.floor(Date.now() / 1000), from: { userid: "" }, msgtype: "event", event: { eventtype: "disconnected_event" } },
        }));
        old.terminate();
        authenticated.delete(old);
      }
      authenticated.add(socket);
      accepted++;
      answer(socket, reqId);
      subscribeWaiters.splice(0).forEach((wake) => wake());
      return;
    }
    if (!authenticated.has(socket)) return answer(socket, reqId, { errcode: 846609, errmsg: "not subscribed" });
    if (frame.cmd === "ping") {
      pingCount++;
      return answer(socket, reqId);
    }
    // Only what completes a reply fails: the opening frame of a stream is not a send of the outbox.
    const stream = (frame.body as { stream?: { finish?: boolean } } | undefined)?.stream;
    if (frame.cmd === "aibot_send_msg" || (frame.cmd === "aibot_respond_msg" && (!stream || stream.finish === true))) {
      const failure = failures.shift();
      if (failure) return answer(socket, reqId, failure);
    }
    if (frame.cmd === "aibot_respond_msg") {
      const body = frame.body as { msgtype: string; stream?: { id: string; finish?: boolean; content?: string; msg_item?: unknown[] }; template_card?: unknown };
      const about = callbacks.get(reqId);
      if (!about) return answer(socket, reqId, { errcode: 846605, errmsg: "invalid req_id" });
      if ((body.msgtype === "stream" || body.msgtype === "stream_with_template_card") && body.stream) {
        const previous = streams.get(body.stream.id);
        if (previous?.finish) return answer(socket, reqId, { errcode: 846608, errmsg: "stream message update expired" });
        const stream: RecordedStream = previous ?? { reqId, streamId: body.stream.id, ...about, content: "", finish: false, updates: 0, images: 0 };
        stream.content = body.stream.content ?? stream.content;
        stream.finish = body.stream.finish === true;
        stream.updates++;
        stream.images += body.stream.msg_item?.length ?? 0;
        stream.buttons = buttonsOf(body.template_card) ?? stream.buttons;
        if (stream.finish) stream.finishedAt = ++order;
        streams.set(stream.streamId, stream);
      }
      return answer(socket, reqId);
    }
    if (frame.cmd === "aibot_send_msg") {
      const body = frame.body as { chatid: string; msgtype: string; markdown?: { content: string }; template_card?: unknown };
      pushes.push({ chatId: body.chatid, msgtype: body.msgtype, content: body.markdown?.content, buttons: buttonsOf(body.template_card), order: ++order });
      return answer(socket, reqId);
    }
    if (frame.cmd === "aibot_upload_media_init") return answer(socket, reqId, { body: { upload_id: `upload_${randomBytes(4).toString("hex")}` } });
    if (frame.cmd === "aibot_upload_media_chunk") return answer(socket, reqId);
    if (frame.cmd === "aibot_upload_media_finish") {
      return answer(socket, reqId, { body: { type: "image", media_id: `media_${randomBytes(4).toString("hex")}`, created_at: String(Date.now()) } });
    }
    answer(socket, reqId, { errcode: 40001, errmsg: `unknown cmd ${frame.cmd}` });
  };

  server.on("connection", (socket) => {
    socket.on("message", (data) => {
      let frame: Frame;
      try {
        frame = JSON.parse(data.toString()) as Frame;
      } catch {
        return;
      }
      handle(socket, frame);
    });
    socket.on("close", () => authenticated.delete(socket));
  });

  const push = (frame: Frame) => {
    const live = [...authenticated].filter((s) => s.readyState === OPEN);
    if (live.length === 0) throw new Error("fake WeCom bot server: no authenticated connection to push to");
    for (const socket of live) socket.send(JSON.stringify(frame));
  };

  return {
    url: `ws://127.0.0.1:${server.address().port}`,
    botId,
    secret,
    subscribes,
    pings: () => pingCount,
    authenticatedCount: () => [...authenticated].filter((s) => s.readyState === OPEN).length,
    async waitForConnection(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while ([...authenticated].every((s) => s.readyState !== OPEN)) {
        if (Date.now() > deadline) throw new Error(`fake WeCom bot server: no authenticated connection after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    waitForSubscribes(count, timeoutMs = 10_000) {
      if (accepted >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake WeCom bot server: ${accepted} of ${count} subscriptions after ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          if (accepted >= count) {
            clearTimeout(timer);
            resolve();
          } else subscribeWaiters.push(check);
        };
        check();
      });
    },
    pushText(message) {
      const reqId = `aibot_msg_callback_${Date.now()}_${randomBytes(4).toString("hex")}`;
      const chatType = message.chatType ?? (message.chatId ? "group" : "single");
      callbacks.set(reqId, { chatId: chatType === "group" ? message.chatId! : message.userId, userId: message.userId });
      push({
        cmd: "aibot_msg_callback",
        headers: { req_id: reqId },
        body: {
          msgid: message.messageId,
          aibotid: botId,
          ...(chatType === "group" ? { chatid: message.chatId } : {}),
          chattype: chatType,
          from: { userid: message.userId },
          create_time: Math.floor(Date.now() / 1000),
          msgtype: "text",
          text: { content: message.text },
        },
      });
      return reqId;
    },
    pushButton({ userId, chatId, key, messageId }) {
      const reqId = `aibot_event_callback_${Date.now()}_${randomBytes(4).toString("hex")}`;
      push({
        cmd: "aibot_event_callback",
        headers: { req_id: reqId },
        body: {
          msgid: messageId,
          aibotid: botId,
          create_time: Math.floor(Date.now() / 1000),
          ...(chatId ? { chatid: chatId, chattype: "group" } : { chattype: "single" }),
          from: { userid: userId },
          msgtype: "event",
          event: { eventtype: "template_card_event", event_key: key, task_id: "task" },
        },
      });
      return reqId;
    },
    streams: () => [...streams.values()],
    pushes: () => [...pushes],
    completed() {
      const done = [
        ...[...streams.values()].filter((s) => s.finish).map((s) => ({ order: s.finishedAt!, chatId: s.chatId, text: s.content, buttons: s.buttons, image: s.images > 0 || undefined })),
        ...pushes
          .filter((p) => p.msgtype !== "template_card")
          .map((p) => ({ order: p.order, chatId: p.chatId, text: p.content ?? "", buttons: undefined, image: p.msgtype === "image" || undefined })),
      ];
      return done.sort((a, b) => a.order - b.order).map(({ order: _order, ...rest }) => rest);
    },
    failNextReplies(count, errcode, errmsg = errcode === 45009 ? "api freq out of limit" : "system error") {
      for (let i = 0; i < count; i++) failures.push({ errcode, errmsg });
    },
    dropConnections() {
      for (const socket of server.clients) socket.terminate();
    },
    close() {
      for (const socket of server.clients) socket.terminate();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
