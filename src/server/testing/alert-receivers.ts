import { createHmac, timingSafeEqual } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

// Stand-ins for the four alert platforms on loopback ports. Each checks a message the way its
// platform's documentation says the platform does, with its own code (never the sender's signer),
// and answers as the platform answers: success, or the platform's own refusal.
//
// DingTalk custom robot, 加签: query `timestamp` (ms) within an hour and `sign` = base64 of
//   HMAC-SHA256(key = secret, "timestamp\nsecret"); answers {"errcode":0,"errmsg":"ok"}, 310000 on a
//   bad sign or timestamp.
// Feishu custom bot, 签名校验: body `timestamp` (s) within an hour and `sign` = base64 of
//   HMAC-SHA256(key = "timestamp\nsecret", empty message); answers {"code":0,"msg":"success"}, 19021.
// WeCom group robot: `key` in the query, markdown content at most 4096 bytes; answers
//   {"errcode":0,"errmsg":"ok"}, 93000 for a wrong key, 40058 for content too long.
// Generic webhook: `X-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>`; 2xx.

/** One message a receiver accepted, its JSON body parsed. */
export interface Received {
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
  /** The message's human text: the markdown, the post's paragraphs, or the webhook's `text`. */
  text: string;
}

/** An answer a receiver gives instead of checking the message: an outage or a refusal scripted by a test. */
export type ScriptedAnswer = { status: number; body?: unknown };

/** A platform's stand-in: what it accepted and refused, and the answers a test scripted. */
export interface Receiver {
  /** The URL to configure as the channel's, token included. */
  url: string;
  /** Messages accepted. */
  received: Received[];
  /** Every request that arrived, accepted or not. */
  requests: number;
  /** Why messages were refused, in the platform's words. */
  refusals: string[];
  /** Answers given to the next requests, in order, before checking resumes. */
  script: ScriptedAnswer[];
  close(): Promise<void>;
}

type Verdict = { ok: true; text: string } | { ok: false; status: number; body: unknown; reason: string };

type Check = (request: { url: URL; headers: IncomingMessage["headers"]; raw: Buffer; json: Record<string, unknown> | undefined }) => Verdict;

const HOUR_MS = 3600_000;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function parse(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function startReceiver(path: string, check: Check, success: { status: number; body: unknown }): Promise<Receiver> {
  const receiver: Omit<Receiver, "url" | "close"> = { received: [], requests: 0, refusals: [], script: [] };
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    void readAll(req).then((raw) => {
      receiver.requests += 1;
      const scripted = receiver.script.shift();
      if (scripted) return answer(res, scripted.status, scripted.body);
      const url = new URL(req.url ?? "/", "http://receiver");
      const json = parse(raw);
      const verdict: Verdict =
        req.method !== "POST"
          ? { ok: false, status: 405, body: { error: "POST only" }, reason: `method ${req.method}` }
          : check({ url, headers: req.headers, raw, json });
      if (!verdict.ok) {
        receiver.refusals.push(verdict.reason);
        return answer(res, verdict.status, verdict.body);
      }
      receiver.received.push({ body: json ?? {}, headers: req.headers, text: verdict.text });
      return answer(res, success.status, success.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

const isString = (value: unknown): value is string => typeof value === "string";
const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});

/** The generic webhook: JSON, signed with the secret when one is given. */
export function startWebhookReceiver(options: { secret?: string } = {}): Promise<Receiver> {
  return startReceiver(
    "/hooks/newtag",
    ({ headers, raw, json }) => {
      const refuse = (status: number, reason: string): Verdict => ({ ok: false, status, body: { error: reason }, reason });
      if (!String(headers["content-type"]).startsWith("application/json")) return refuse(415, "not JSON");
      if (!headers["user-agent"]) return refuse(400, "no User-Agent");
      if (options.secret) {
        const expected = `sha256=${createHmac("sha256", options.secret).update(raw).digest("hex")}`;
        if (!sameText(String(headers["x-signature-256"] ?? ""), expected)) return refuse(401, "bad signature");
      }
      if (!json || !isString(json.text) || !Array.isArray(json.entries) || typeof json.counts !== "object") return refuse(400, "not a digest");
      return { ok: true, text: json.text };
    },
    { status: 204, body: undefined },
  );
}

/** WeCom's group robot. */
export function startWeComReceiver(options: { key: string }): Promise<Receiver> {
  return startReceiver(
    `/cgi-bin/webhook/send?key=${options.key}`,
    ({ url, json }) => {
      const refuse = (errcode: number, errmsg: string): Verdict => ({ ok: false, status: 200, body: { errcode, errmsg }, reason: `${errcode} ${errmsg}` });
      if (url.pathname !== "/cgi-bin/webhook/send" || url.searchParams.get("key") !== options.key) return refuse(93000, "invalid webhook url");
      const markdown = record(json?.markdown);
      if (json?.msgtype !== "markdown" || !isString(markdown.content)) return refuse(40008, "invalid message type");
      if (Buffer.byteLength(markdown.content, "utf8") > 4096) return refuse(40058, "markdown.content exceed max length 4096");
      return { ok: true, text: markdown.content };
    },
    { status: 200, body: { errcode: 0, errmsg: "ok" } },
  );
}

/** DingTalk's custom robot with 加签; `now` is the platform's clock (ms). */
export function startDingTalkReceiver(options: { token: string; secret: string; now?: () => number }): Promise<Receiver> {
  const now = options.now ?? Date.now;
  return startReceiver(
    `/robot/send?access_token=${options.token}`,
    ({ url, json }) => {
      const refuse = (errcode: number, errmsg: string): Verdict => ({ ok: false, status: 200, body: { errcode, errmsg }, reason: `${errcode} ${errmsg}` });
      if (url.pathname !== "/robot/send" || url.searchParams.get("access_token") !== options.token) return refuse(300001, "token is not exist");
      // URLSearchParams has decoded the percent-encoding of the signature.
      const timestamp = url.searchParams.get("timestamp") ?? "";
      const sign = url.searchParams.get("sign") ?? "";
      if (!/^\d{13}$/.test(timestamp) || Math.abs(now() - Number(timestamp)) > HOUR_MS) return refuse(310000, "timestamp is not within one hour");
      const expected = createHmac("sha256", options.secret).update(`${timestamp}\n${options.secret}`).digest("base64");
      if (!sameText(sign, expected)) return refuse(310000, "sign not match");
      const markdown = record(json?.markdown);
      if (json?.msgtype !== "markdown" || !isString(markdown.title) || !isString(markdown.text)) return refuse(40035, "缺少参数 json");
      return { ok: true, text: markdown.text };
    },
    { status: 200, body: { errcode: 0, errmsg: "ok" } },
  );
}

/** Feishu's custom bot with 签名校验; `now` is the platform's clock (ms). */
export function startFeishuReceiver(options: { hook: string; secret: string; now?: () => number }): Promise<Receiver> {
  const now = options.now ?? Date.now;
  return startReceiver(
    `/open-apis/bot/v2/hook/${options.hook}`,
    ({ url, json }) => {
      const refuse = (code: number, msg: string): Verdict => ({ ok: false, status: 200, body: { code, data: {}, msg }, reason: `${code} ${msg}` });
      if (url.pathname !== `/open-apis/bot/v2/hook/${options.hook}`) return refuse(19001, "param invalid: incoming webhook access token invalid");
      const timestamp = json?.timestamp;
      const sign = json?.sign;
      if (!isString(timestamp) || !/^\d{10}$/.test(timestamp) || Math.abs(now() - Number(timestamp) * 1000) > HOUR_MS) {
        return refuse(19021, "sign match fail or timestamp is not within one hour from current time");
      }
      const expected = createHmac("sha256", `${timestamp}\n${options.secret}`).update("").digest("base64");
      if (!isString(sign) || !sameText(sign, expected)) return refuse(19021, "sign match fail or timestamp is not within one hour from current time");
      const post = record(record(json?.content).post);
      const [locale] = Object.keys(post);
      const body = record(locale === undefined ? undefined : post[locale]);
      if (json?.msg_type !== "post" || (locale !== "zh_cn" && locale !== "en_us") || !isString(body.title) || !Array.isArray(body.content)) {
        return refuse(9499, "Bad Request");
      }
      const lines: string[] = [];
      for (const paragraph of body.content as unknown[]) {
        if (!Array.isArray(paragraph)) return refuse(9499, "Bad Request");
        const parts = paragraph.map(record);
        const valid = parts.every((part) => (part.tag === "text" && isString(part.text)) || (part.tag === "a" && isString(part.text) && isString(part.href)));
        if (!valid) return refuse(9499, "Bad Request");
        lines.push(parts.map((part) => (part.tag === "a" ? `${String(part.text)} <${String(part.href)}>` : String(part.text))).join(""));
      }
      return { ok: true, text: [body.title, ...lines].join("\n") };
    },
    { status: 200, body: { code: 0, data: {}, msg: "success" } },
  );
}
