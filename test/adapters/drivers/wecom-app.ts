/**
 * The WeCom self-built app in the shared adapter suite: the fake WeCom API, and callbacks encrypted and
 * signed as WeCom does. The encryption here is @wecom/crypto's, not the adapter's, so the two check
 * each other.
 */
import { randomBytes } from "node:crypto";
import { encrypt as wecomEncrypt, getSignature } from "@wecom/crypto";
import type { PlatformDriver, SentReply } from "../driver.ts";
import { startFakeWecomApi } from "../../fakes/fake-wecom-api.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random EncodingAESKey as the console makes one: 43 letters and digits. */
export function randomEncodingAesKey(): string {
  return [...randomBytes(43)].map((byte) => ALNUM[byte % ALNUM.length]).join("");
}

export const cdata = (value: string) => `<![CDATA[${value.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

export type WeixinSecrets = { token: string; encodingAesKey: string; receiveId: string };

/**
 * A POST as WeCom or an Official Account sends it: the query with msg_signature, timestamp and nonce,
 * and the XML envelope with the encrypted message. `wrongToken` signs with another token (a forgery).
 */
export function encryptedDelivery(options: {
  secrets: WeixinSecrets;
  xml: string;
  toUserName: string;
  timestamp?: number;
  wrongToken?: boolean;
}): { query: URLSearchParams; body: string } {
  const { secrets } = options;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = String(randomBytes(4).readUInt32BE(0));
  const encrypt = wecomEncrypt(secrets.encodingAesKey, options.xml, secrets.receiveId);
  const token = options.wrongToken ? `${secrets.token}x` : secrets.token;
  const query = new URLSearchParams({ msg_signature: getSignature(token, timestamp, nonce, encrypt), timestamp, nonce });
  return { query, body: `<xml><ToUserName>${cdata(options.toUserName)}</ToUserName><Encrypt>${cdata(encrypt)}</Encrypt><AgentID>${cdata("1000002")}</AgentID></xml>` };
}

/** The decrypted XML of a staff member's text message to the app (in an app group chat when chatId differs). */
export function wecomTextXml(options: { corpId: string; userId: string; chatId?: string; text: string; messageId: string; createTime?: number }): string {
  const createTime = options.createTime ?? Math.floor(Date.now() / 1000);
  const chat = options.chatId && options.chatId !== options.userId ? `<ChatId>${cdata(options.chatId)}</ChatId>` : "";
  return (
    `<xml><ToUserName>${cdata(options.corpId)}</ToUserName><FromUserName>${cdata(options.userId)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata("text")}</MsgType><Content>${cdata(options.text)}</Content>` +
    `<MsgId>${options.messageId}</MsgId><AgentID>1000002</AgentID>${chat}</xml>`
  );
}

/** The decrypted XML of a button press on a template card. */
export function wecomCardEventXml(options: { corpId: string; userId: string; key: string; taskId: string; createTime?: number }): string {
  const createTime = options.createTime ?? Math.floor(Date.now() / 1000);
  return (
    `<xml><ToUserName>${cdata(options.corpId)}</ToUserName><FromUserName>${cdata(options.userId)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata("event")}</MsgType><Event>${cdata("template_card_event")}</Event>` +
    `<EventKey>${cdata(options.key)}</EventKey><TaskId>${cdata(options.taskId)}</TaskId><CardType>${cdata("button_interaction")}</CardType>` +
    `<ResponseCode>${cdata(randomBytes(8).toString("hex"))}</ResponseCode><AgentID>1000002</AgentID></xml>`
  );
}

async function post(url: string, delivery: { query: URLSearchParams; body: string }): Promise<{ status: number }> {
  const response = await fetch(`${url}?${delivery.query}`, { method: "POST", headers: { "content-type": "text/xml" }, body: delivery.body });
  await response.arrayBuffer();
  return { status: response.status };
}

export const wecomAppDriver: PlatformDriver = {
  platform: "wecom",
  audience: "staff",
  async startFake() {
    const api = await startFakeWecomApi();
    const secrets: WeixinSecrets = { token: randomBytes(8).toString("hex"), encodingAesKey: randomEncodingAesKey(), receiveId: api.corpId };
    const callback = (baseUrl: string) => `${baseUrl}/wecom/callback`;
    const deliver = (baseUrl: string, xml: string, wrongToken = false) =>
      post(callback(baseUrl), encryptedDelivery({ secrets, xml, toUserName: api.corpId, wrongToken }));

    return {
      env: {
        WECOM_CORP_ID: api.corpId,
        WECOM_AGENT_ID: "1000002",
        WECOM_SECRET: api.secret,
        WECOM_TOKEN: secrets.token,
        WECOM_ENCODING_AES_KEY: secrets.encodingAesKey,
        WECOM_API_BASE: api.baseUrl,
      },
      sendText: (baseUrl, message) => deliver(baseUrl, wecomTextXml({ corpId: api.corpId, ...message })),
      sendForged: (baseUrl, message) => deliver(baseUrl, wecomTextXml({ corpId: api.corpId, ...message }), true),
      async pressButton(baseUrl, { userId, chatId, label }) {
        const card = api.sent.findLast((sent) => sent.to === chatId && sent.buttons?.length);
        const button = card?.buttons?.find((candidate) => candidate.text === label);
        if (!card?.taskId || !button) throw new Error(`no button "${label}" on the last card sent to ${chatId}`);
        return deliver(baseUrl, wecomCardEventXml({ corpId: api.corpId, userId, key: button.key, taskId: card.taskId }));
      },
      sent: () =>
        api.sent.map((sent): SentReply => ({
          chatId: sent.to,
          text: sent.text,
          ...(sent.buttons ? { buttons: sent.buttons.map((button) => button.text) } : {}),
          ...(sent.msgtype === "image" ? { image: true } : {}),
        })),
      // WeCom signals a rate limit with errcode 45009 on an HTTP 200, not with a 429.
      failNextSends: (count, status) => api.failNextSends(count, status === 429 ? { errcode: 45009, errmsg: "api freq out of limit" } : { status }),
      close: () => api.close(),
    };
  },
};
