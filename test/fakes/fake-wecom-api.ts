/**
 * A fake of the WeCom server API on 127.0.0.1: gettoken, message/send, appchat/send and media/upload,
 * answering with WeCom's JSON (errcode/errmsg) so the adapter's real HTTP, token and error handling run.
 * It records what the bot sent, and can be scripted to fail: an errcode (42001 expired token, 45009
 * rate limit, …) or an HTTP status.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type WecomSent = {
  /** the userid (message/send) or the chatid (appchat/send) */
  to: string;
  via: "message/send" | "appchat/send";
  msgtype: string;
  /** the text, markdown or card title and subtitle, as a person would read it */
  text: string;
  buttons?: { text: string; key: string }[];
  taskId?: string;
  mediaId?: string;
  body: Record<string, unknown>;
};

export type FakeWecomFailure = { errcode: number; errmsg?: string } | { status: number; retryAfterSeconds?: number };

export type FakeWecomApi = {
  /** for WECOM_API_BASE */
  baseUrl: string;
  corpId: string;
  secret: string;
  sent: WecomSent[];
  uploads: { bytes: number; contentType?: string }[];
  /** every request, in order: "GET /cgi-bin/gettoken", "POST /cgi-bin/message/send", … */
  calls: string[];
  readonly tokensIssued: number;
  /** the next `count` send calls (message/send, appchat/send) answer with `failure` and record nothing */
  failNextSends(count: number, failure: FakeWecomFailure): void;
  /** every token issued so far now answers 42001, as after its two hours */
  expireTokens(): void;
  close(): Promise<void>;
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function readable(body: Record<string, unknown>): Pick<WecomSent, "msgtype" | "text" | "buttons" | "taskId" | "mediaId"> {
  const msgtype = String(body.msgtype);
  const part = (body[msgtype] ?? {}) as Record<string, unknown>;
  if (msgtype === "template_card") {
    const title = ((part.main_title as { title?: string } | undefined)?.title ?? "").trim();
    const subtitle = typeof part.sub_title_text === "string" ? part.sub_title_text : "";
    const buttons = ((part.button_list as { text: string; key: string }[] | undefined) ?? []).map(({ text, key }) => ({ text, key }));
    return { msgtype, text: subtitle ? `${title}\n${subtitle}` : title, buttons, taskId: String(part.task_id) };
  }
  if (msgtype === "image") return { msgtype, text: "", mediaId: String(part.media_id) };
  return { msgtype, text: String(part.content ?? "") };
}

export async function startFakeWecomApi(options: { corpId?: string; secret?: string } = {}): Promise<FakeWecomApi> {
  const corpId = options.corpId ?? `ww${randomBytes(8).toString("hex")}`;
  const secret = options.secret ?? randomBytes(16).toString("hex");
  const valid = new Set<string>();
  const expired = new Set<string>();
  const failures: FakeWecomFailure[] = [];
  const sent: WecomSent[] = [];
  const uploads: FakeWecomApi["uploads"] = [];
  const calls: string[] = [];
  let tokensIssued = 0;

  const tokenError = (token: string | null) =>
    token && expired.has(token) ? { errcode: 42001, errmsg: "access_token expired" } : token && valid.has(token) ? undefined : { errcode: 40014, errmsg: "invalid access_token" };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    calls.push(`${req.method} ${url.pathname}`);
    const body = await readBody(req);

    if (url.pathname === "/cgi-bin/gettoken") {
      if (url.searchParams.get("corpid") !== corpId) return json(res, { errcode: 40013, errmsg: "invalid corpid" });
      if (url.searchParams.get("corpsecret") !== secret) return json(res, { errcode: 40001, errmsg: "invalid credential" });
      const token = `wecom-token-${++tokensIssued}`;
      valid.add(token);
      return json(res, { errcode: 0, errmsg: "ok", access_token: token, expires_in: 7200 });
    }

    const refused = tokenError(url.searchParams.get("access_token"));
    if (refused) return json(res, refused);

    if (url.pathname === "/cgi-bin/media/upload") {
      if (url.searchParams.get("type") !== "image") return json(res, { errcode: 40004, errmsg: "invalid media type" });
      const contentType = /content-type: *([^\r\n]+)/i.exec(body.toString("latin1"))?.[1];
      uploads.push({ bytes: body.length, contentType });
      return json(res, { errcode: 0, errmsg: "ok", type: "image", media_id: `media-${uploads.length}`, created_at: String(Math.floor(Date.now() / 1000)) });
    }

    if (url.pathname === "/cgi-bin/message/send" || url.pathname === "/cgi-bin/appchat/send") {
      const failure = failures.shift();
      if (failure && "status" in failure) {
        const headers: Record<string, string> = failure.retryAfterSeconds ? { "retry-after": String(failure.retryAfterSeconds) } : {};
        return json(res, { errcode: -1, errmsg: "system busy" }, failure.status, headers);
      }
      if (failure) return json(res, { errcode: failure.errcode, errmsg: failure.errmsg ?? `scripted ${failure.errcode}` });
      const parsed = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
      const via = url.pathname === "/cgi-bin/message/send" ? "message/send" : "appchat/send";
      const to = String(via === "message/send" ? parsed.touser : parsed.chatid);
      sent.push({ to, via, body: parsed, ...readable(parsed) });
      return json(res, { errcode: 0, errmsg: "ok", invaliduser: "", msgid: `msg-${sent.length}` });
    }

    return json(res, { errcode: 404, errmsg: "no such method in the fake" }, 404);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    corpId,
    secret,
    sent,
    uploads,
    calls,
    get tokensIssued() {
      return tokensIssued;
    },
    failNextSends(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    expireTokens() {
      for (const token of valid) expired.add(token);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
