import { createHmac } from "node:crypto";

// How each platform authenticates a message from its secret, as its documentation writes it.

/** The generic webhook's `X-Signature-256` value: `sha256=` and the hex HMAC-SHA256 of the raw body. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/**
 * A DingTalk custom robot's URL signed at `nowMs` (加签): `timestamp` in milliseconds and `sign`,
 * the base64 HMAC-SHA256 of "timestamp\nsecret" keyed with the secret, URL-encoded, in the query.
 */
export function dingTalkSignedUrl(url: string, secret: string, nowMs: number): string {
  const timestamp = String(nowMs);
  const sign = createHmac("sha256", secret).update(`${timestamp}\n${secret}`, "utf8").digest("base64");
  const signed = new URL(url);
  // URLSearchParams percent-encodes base64's "+", "/" and "=".
  signed.searchParams.set("timestamp", timestamp);
  signed.searchParams.set("sign", sign);
  return signed.toString();
}

/**
 * A Feishu (Lark) custom bot's signature at `nowMs` (签名校验): `timestamp` in seconds, and `sign`,
 * the base64 HMAC-SHA256 of an empty message keyed with "timestamp\nsecret"; both go in the body.
 */
export function feishuSignature(secret: string, nowMs: number): { timestamp: string; sign: string } {
  const timestamp = String(Math.floor(nowMs / 1000));
  const sign = createHmac("sha256", `${timestamp}\n${secret}`).update("").digest("base64");
  return { timestamp, sign };
}
