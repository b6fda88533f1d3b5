/**
 * The WeChat Official Account in the shared adapter suite: the fake WeChat API, and safe-mode callbacks
 * encrypted and signed as WeChat does (with @wecom/crypto, not the adapter's own code). Custom messages
 * have no buttons, so there is no pressButton.
 */
import { createHash, randomBytes } from "node:crypto";
import type { PlatformDriver, SentReply } from "../driver.ts";
import { startFakeWechatApi } from "../../fakes/fake-wechat-api.ts";
import { cdata, encryptedDelivery, randomEncodingAesKey, type WeixinSecrets } from "./wecom-app.ts";

/** The account's original id (原始ID), the ToUserName of every callback. */
export const WECHAT_ORIGINAL_ID = "gh_0123456789ab";

/** The plain signature of the URL handshake: sha1 of the sorted token, timestamp and nonce. */
export function plainSignature(token: string, timestamp: string, nonce: string): string {
  return createHash("sha1").update([token, timestamp, nonce].sort().join("")).digest("hex");
}

/** The decrypted XML of a guest's text message. */
export function wechatTextXml(options: { openid: string; text: string; messageId: string; createTime?: number }): string {
  return (
    `<xml><ToUserName>${cdata(WECHAT_ORIGINAL_ID)}</ToUserName><FromUserName>${cdata(options.openid)}</FromUserName>` +
    `<CreateTime>${options.createTime ?? Math.floor(Date.now() / 1000)}</CreateTime><MsgType>${cdata("text")}</MsgType>` +
    `<Content>${cdata(options.text)}</Content><MsgId>${options.messageId}</MsgId></xml>`
  );
}

/** The decrypted XML of an event (subscribe, unsubscribe, CLICK …). */
export function wechatEventXml(options: { openid: string; event: string; createTime?: number }): string {
  return (
    `<xml><ToUserName>${cdata(WECHAT_ORIGINAL_ID)}</ToUserName><FromUserName>${cdata(options.openid)}</FromUserName>` +
    `<CreateTime>${options.createTime ?? Math.floor(Date.now() / 1000)}</CreateTime><MsgType>${cdata("event")}</MsgType>` +
    `<Event>${cdata(options.event)}</Event></xml>`
  );
}

/**
 * A safe-mode POST as WeChat sends it: msg_signature over the Encrypt field, plus the plain signature,
 * openid and encrypt_type=aes in the query.
 */
export function wechatDelivery(options: { secrets: WeixinSecrets; xml: string; openid: string; timestamp?: number; wrongToken?: boolean }): { query: URLSearchParams; body: string } {
  const delivery = encryptedDelivery({ ...options, toUserName: WECHAT_ORIGINAL_ID });
  const timestamp = delivery.query.get("timestamp")!;
  const nonce = delivery.query.get("nonce")!;
  delivery.query.set("signature", plainSignature(options.secrets.token, timestamp, nonce));
  delivery.query.set("openid", options.openid);
  delivery.query.set("encrypt_type", "aes");
  return { query: delivery.query, body: delivery.body.replace(/<AgentID>.*<\/AgentID>/, "") };
}

async function post(url: string, delivery: { query: URLSearchParams; body: string }): Promise<{ status: number }> {
  const response = await fetch(`${url}?${delivery.query}`, { method: "POST", headers: { "content-type": "text/xml" }, body: delivery.body });
  await response.arrayBuffer();
  return { status: response.status };
}

export const wechatOaDriver: PlatformDriver = {
  platform: "wechat",
  audience: "guest",
  async startFake() {
    const api = await startFakeWechatApi();
    const secrets: WeixinSecrets = { token: randomBytes(8).toString("hex"), encodingAesKey: randomEncodingAesKey(), receiveId: api.appId };
    const deliver = (baseUrl: string, message: { userId: string; text: string; messageId: string }, wrongToken = false) =>
      post(
        `${baseUrl}/wechat/callback`,
        wechatDelivery({ secrets, openid: message.userId, xml: wechatTextXml({ openid: message.userId, text: message.text, messageId: message.messageId }), wrongToken }),
      );

    return {
      env: {
        WECHAT_APP_ID: api.appId,
        WECHAT_APP_SECRET: api.appSecret,
        WECHAT_TOKEN: secrets.token,
        WECHAT_ENCODING_AES_KEY: secrets.encodingAesKey,
        WECHAT_API_BASE: api.baseUrl,
      },
      sendText: (baseUrl, message) => deliver(baseUrl, message),
      sendForged: (baseUrl, message) => deliver(baseUrl, message, true),
      sent: () =>
        api.sent.map((sent): SentReply => ({ chatId: sent.to, text: sent.text, ...(sent.msgtype === "image" ? { image: true } : {}) })),
      // WeChat signals a rate limit with errcode 45009 on an HTTP 200, not with a 429.
      failNextSends: (count, status) => api.failNextSends(count, status === 429 ? { errcode: 45011, errmsg: "api minute-quota reach limit" } : { status }),
      close: () => api.close(),
    };
  },
};
