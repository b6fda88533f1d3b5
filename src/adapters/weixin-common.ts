/**
 * What the WeCom self-built app and the WeChat Official Account share: the same XML callbacks, the same
 * access-token API shape, the same byte limits on text.
 */
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { detectLang, say, type Reply } from "../runtime/message.ts";
import { PlatformError, type HttpResponse } from "./types.ts";
import { isEncodingAesKey } from "./wechat-crypto.ts";

// The outer envelope is read before the signature is checked: no entity processing on untrusted input.
export const envelopeParser = new XMLParser({ parseTagValue: false, processEntities: false, ignoreAttributes: true, ignoreDeclaration: true });
// MsgId is a 64-bit number: parseTagValue false keeps it (and every field) a string.
export const messageParser = new XMLParser({ parseTagValue: false, processEntities: true, htmlEntities: false, ignoreAttributes: true, ignoreDeclaration: true });

export const EnvelopeSchema = z.object({ xml: z.object({ Encrypt: z.string().min(1) }) });

const API_TIMEOUT_MS = 10_000;
const TokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });
/** The fields every WeCom and WeChat callback has; each platform extends them with its own. */
export const CallbackBaseSchema = z.object({
  FromUserName: z.string().min(1),
  CreateTime: z.string().regex(/^\d+$/),
  MsgType: z.string(),
  Content: z.string().optional(),
  MsgId: z.string().optional(),
  Event: z.string().optional(),
});

/** When a callback's message was written; a CreateTime past the range of Date (which could not be stored, so 503 for ever) is read as now. */
export function callbackTime(createTime: string): Date {
  const sent = new Date(Number(createTime) * 1000);
  return Number.isNaN(sent.getTime()) ? new Date() : sent;
}

export const MediaResponseSchema = z.object({ media_id: z.string().min(1) });

export const text = (status: number, body = ""): HttpResponse => ({ status, headers: { "content-type": "text/plain; charset=utf-8" }, body });

export function safeParse(parser: XMLParser, xml: string): unknown {
  try {
    return parser.parse(xml);
  } catch {
    return undefined;
  }
}

/** Splits text into parts of at most `maxBytes` UTF-8 bytes, at line breaks where it can. */
export function splitUtf8(value: string, maxBytes: number): string[] {
  if (Buffer.byteLength(value) <= maxBytes) return [value];
  const parts: string[] = [];
  let current = "";
  for (const char of value) {
    if (Buffer.byteLength(current + char) > maxBytes) {
      const cut = current.lastIndexOf("\n");
      if (cut > current.length / 2) {
        parts.push(current.slice(0, cut));
        current = current.slice(cut + 1);
      } else {
        parts.push(current);
        current = "";
      }
    }
    current += char;
  }
  if (current) parts.push(current);
  return parts;
}

export function truncate(value: string, chars: number): string {
  const codePoints = [...value];
  return codePoints.length <= chars ? value : `${codePoints.slice(0, chars - 1).join("")}…`;
}

/** A choice as numbered lines, with how to answer in the reply's language. */
export function numberedChoice(reply: Extract<Reply, { kind: "choice" }>): string {
  const lang = detectLang(reply.text) ?? "en";
  const lines = reply.options.map((option, index) => `${index + 1}. ${option.label}`);
  return `${reply.text}\n\n${lines.join("\n")}\n\n${say(lang, "回复数字选择。", "Reply with a number.")}`;
}

export type Payload = Record<string, unknown> & { msgtype: string };

/**
 * The access token, fetched once and shared by concurrent sends until shortly before it expires. After
 * the platform refuses one, the next fetch is told which, so it can insist on a new one.
 */
function createTokenCache(fetchToken: (refused?: string) => Promise<{ token: string; expiresInSeconds: number }>) {
  let current: { token: string; expiresAt: number } | undefined;
  let refused: string | undefined;
  let pending: Promise<string> | undefined;
  return {
    get(): Promise<string> {
      if (current && current.expiresAt > Date.now()) return Promise.resolve(current.token);
      pending ??= fetchToken(refused)
        .then(({ token, expiresInSeconds }) => {
          current = { token, expiresAt: Date.now() + Math.max(60, expiresInSeconds - 300) * 1000 };
          refused = undefined;
          return token;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    /** Drops the token the platform refused, unless a newer one already replaced it. */
    invalidate(token: string): void {
      if (current?.token !== token) return;
      current = undefined;
      refused = token;
    },
  };
}

type ApiBody = { json: unknown } | { form: FormData };

/**
 * The shape WeCom and Official Account APIs share: `access_token` in the query, JSON answers with
 * errcode/errmsg (often on an HTTP 200), two-hour tokens. Each platform says which codes mean a bad
 * token, which may pass if tried later, and how to ask for a token.
 */
export function createWeixinApi(options: {
  platform: string;
  apiBase: string;
  tokenErrors: ReadonlySet<number>;
  retryableErrors: ReadonlySet<number>;
  hints: Readonly<Record<number, string>>;
  /** the token request; `force` when the platform refused the token it just handed out */
  tokenRequest(force: boolean): { method: string; path: string; query?: Record<string, string>; json?: unknown };
}) {
  const { platform, hints } = options;
  const fail = (method: string, message: string, retryable: boolean, extra?: { retryAfterMs?: number; cause?: unknown }) =>
    new PlatformError({ platform, method, message, retryable, ...extra });

  /** One HTTP call: the JSON answer and its errcode, or a PlatformError for what went wrong on the way. */
  async function request(method: string, path: string, query: Record<string, string>, body?: ApiBody) {
    const url = new URL(path, `${options.apiBase}/`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    let response: Response;
    try {
      response = await fetch(url, {
        method: body ? "POST" : "GET",
        headers: body && "json" in body ? { "content-type": "application/json" } : undefined,
        body: body ? ("json" in body ? JSON.stringify(body.json) : body.form) : undefined,
        signal: AbortSignal.timeout(API_TIMEOUT_MS),
      });
    } catch (cause) {
      throw fail(method, `request failed: ${(cause as Error).message}`, true, { cause });
    }
    if (response.status === 429) {
      const seconds = Number(response.headers.get("retry-after"));
      throw fail(method, "HTTP 429", true, { retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined });
    }
    if (!response.ok) throw fail(method, `HTTP ${response.status}`, response.status >= 500);
    let json: Record<string, unknown>;
    try {
      json = (await response.json()) as Record<string, unknown>;
    } catch (cause) {
      throw fail(method, "the answer is not JSON", false, { cause });
    }
    const errcode = typeof json.errcode === "number" ? json.errcode : 0;
    return { json, errcode, errmsg: typeof json.errmsg === "string" ? json.errmsg : "" };
  }

  const describe = (errcode: number, errmsg: string) => `errcode ${errcode} ${errmsg}${hints[errcode] ? ` (${hints[errcode]})` : ""}`;

  async function requestToken(force: boolean) {
    const { method, path, query = {}, json: body } = options.tokenRequest(force);
    const { json, errcode, errmsg } = await request(method, path, query, body === undefined ? undefined : { json: body });
    if (errcode !== 0) throw fail(method, describe(errcode, errmsg), options.retryableErrors.has(errcode));
    const parsed = TokenResponseSchema.safeParse(json);
    if (!parsed.success) throw fail(method, "the answer has no access_token", false);
    return { token: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
  }

  /** A token; if the platform hands back the very token it just refused, asks again, forcing a new one. */
  async function fetchToken(refused?: string) {
    const fetched = await requestToken(false);
    return refused !== undefined && fetched.token === refused ? requestToken(true) : fetched;
  }

  const tokens = createTokenCache(fetchToken);

  /** Calls a method with the access token, refreshing it once if the platform says it expired or is invalid. */
  async function call(method: string, path: string, body: ApiBody, query: Record<string, string> = {}) {
    let token = await tokens.get();
    let answer = await request(method, path, { ...query, access_token: token }, body);
    if (options.tokenErrors.has(answer.errcode)) {
      tokens.invalidate(token);
      token = await tokens.get();
      answer = await request(method, path, { ...query, access_token: token }, body);
    }
    const { errcode, errmsg } = answer;
    if (errcode !== 0) throw fail(method, describe(errcode, errmsg), options.retryableErrors.has(errcode) || options.tokenErrors.has(errcode));
    return answer.json;
  }

  return { fetchToken: () => requestToken(false), call };
}


export type WeixinVariables =
  | { on: false; missing: string[] }
  | { on: "invalid"; problem: string }
  | { on: true; value(name: string): string; encodingAesKey: string; apiBase: string };

/**
 * Reads a WeCom or WeChat platform's variables: off while its switch is unset, invalid when it is set
 * but others are missing, else the values, with the EncodingAESKey and the API base already checked.
 */
export function readWeixinVariables(env: NodeJS.ProcessEnv, options: {
  label: string;
  switchVar: string;
  required: string[];
  encodingAesKeyVar: string;
  apiBaseVar: string;
  defaultApiBase: string;
}): WeixinVariables {
  const value = (name: string) => env[name]?.trim() || undefined;
  const missing = options.required.filter((name) => !value(name));
  if (!value(options.switchVar)) return { on: false, missing: [options.switchVar, ...missing] };
  if (missing.length > 0) {
    return { on: "invalid", problem: `${options.label} is on (${options.switchVar} is set) but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing` };
  }
  const encodingAesKey = value(options.encodingAesKeyVar)!;
  if (!isEncodingAesKey(encodingAesKey)) return { on: "invalid", problem: `${options.encodingAesKeyVar} must be 43 letters and digits` };
  const apiBase = (value(options.apiBaseVar) ?? options.defaultApiBase).replace(/\/+$/, "");
  if (!URL.canParse(apiBase)) return { on: "invalid", problem: `${options.apiBaseVar} is not a URL` };
  return { on: true, value: (name) => value(name)!, encodingAesKey, apiBase };
}
