/**
 * A fake of the WeChat Official Account API on 127.0.0.1: stable_token (and the older token),
 * message/custom/send and media/upload, answering with WeChat's JSON (errcode/errmsg) so the adapter's
 * real HTTP, token and error handling run. It records what the bot sent, and can be scripted to fail:
 * an errcode (42001 expired, 45015 outside the 48 hours, 45009 limit, …) or an HTTP status.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type WechatSent = { to: string; msgtype: string; text: string; mediaId?: string; body: Record<string, unknown> };

export type FakeWechatFailure = { errcode: number; errmsg?: string } | { status: number; retryAfterSeconds?: number };

export type FakeWechatApi = {
  /** for WECHAT_API_BASE */
  baseUrl: string;
  appId: string;
  appSecret: string;
  sent: WechatSent[];
  uploads: { bytes: number; contentType?: string }[];
  /** every request, in order, with force_refresh noted for stable_token */
  calls: string[];
  readonly tokensIssued: number;
  /** the next `count` custom/send calls answer with `failure` and record nothing */
  failNextSends(count: number, failure: FakeWechatFailure): void;
  /** every token issued so far now answers 42001; stable_token hands out a new one */
  expireTokens(): void;
  /**
   * every token issued so far now answers 40001, yet stable_token without force_refresh keeps handing
   * out the current one (as when another tool reset the account's token)
   */
  revokeTokens(): void;
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

export async function startFakeWechatApi(options: { appId?: string; appSecret?: string } = {}): Promise<FakeWechatApi> {
  const appId = options.appId ?? `wx${randomBytes(8).toString("hex")}`;
  const appSecret = options.appSecret ?? randomBytes(16).toString("hex");
  const valid = new Set<string>();
  const expired = new Set<string>();
  const revoked = new Set<string>();
  const failures: FakeWechatFailure[] = [];
  const sent: WechatSent[] = [];
  const uploads: FakeWechatApi["uploads"] = [];
  const calls: string[] = [];
  let tokensIssued = 0;
  let current: string | undefined;

  const tokenAnswer = (res: ServerResponse, force: boolean) => {
    if (force || !current || expired.has(current)) {
      current = `wechat-token-${++tokensIssued}`;
      valid.add(current);
    }
    return json(res, { access_token: current, expires_in: 7200 });
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const body = await readBody(req);

    if (url.pathname === "/cgi-bin/stable_token") {
      const request = JSON.parse(body.toString("utf8") || "{}") as { grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean };
      calls.push(`POST /cgi-bin/stable_token${request.force_refresh ? " force_refresh" : ""}`);
      if (request.grant_type !== "client_credential") return json(res, { errcode: 40002, errmsg: "invalid grant_type" });
      if (request.appid !== appId) return json(res, { errcode: 40013, errmsg: "invalid appid" });
      if (request.secret !== appSecret) return json(res, { errcode: 40125, errmsg: "invalid appsecret" });
      return tokenAnswer(res, request.force_refresh === true);
    }
    calls.push(`${req.method} ${url.pathname}`);

    if (url.pathname === "/cgi-bin/token") {
      if (url.searchParams.get("appid") !== appId) return json(res, { errcode: 40013, errmsg: "invalid appid" });
      if (url.searchParams.get("secret") !== appSecret) return json(res, { errcode: 40125, errmsg: "invalid appsecret" });
      return tokenAnswer(res, true);
    }

    const token = url.searchParams.get("access_token");
    if (!token || !valid.has(token)) return json(res, { errcode: 40014, errmsg: "invalid access_token" });
    if (expired.has(token)) return json(res, { errcode: 42001, errmsg: "access_token expired" });
    if (revoked.has(token)) return json(res, { errcode: 40001, errmsg: "invalid credential, access_token is invalid or not latest" });

    if (url.pathname === "/cgi-bin/media/upload") {
      if (url.searchParams.get("type") !== "image") return json(res, { errcode: 40004, errmsg: "invalid media type" });
      const contentType = /content-type: *([^\r\n]+)/i.exec(body.toString("latin1"))?.[1];
      uploads.push({ bytes: body.length, contentType });
      return json(res, { type: "image", media_id: `media-${uploads.length}`, created_at: Math.floor(Date.now() / 1000) });
    }

    if (url.pathname === "/cgi-bin/message/custom/send") {
      const failure = failures.shift();
      if (failure && "status" in failure) {
        const headers: Record<string, string> = failure.retryAfterSeconds ? { "retry-after": String(failure.retryAfterSeconds) } : {};
        return json(res, { errcode: -1, errmsg: "system error" }, failure.status, headers);
      }
      if (failure) return json(res, { errcode: failure.errcode, errmsg: failure.errmsg ?? `scripted ${failure.errcode}` });
      const parsed = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
      const msgtype = String(parsed.msgtype);
      const part = (parsed[msgtype] ?? {}) as Record<string, unknown>;
      sent.push({
        to: String(parsed.touser),
        msgtype,
        text: msgtype === "text" ? String(part.content ?? "") : "",
        ...(msgtype === "image" ? { mediaId: String(part.media_id) } : {}),
        body: parsed,
      });
      return json(res, { errcode: 0, errmsg: "ok" });
    }

    return json(res, { errcode: 404, errmsg: "no such method in the fake" }, 404);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
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
    revokeTokens() {
      for (const token of valid) revoked.add(token);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
