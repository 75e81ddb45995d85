import type { AlertLanguage } from "#contract/alerts-api";
import type { AlertWebhookBody } from "#contract/alert-webhook-api";
import type { AlertTarget } from "../config.ts";
import type { Digest } from "./digest.ts";
import { type DigestDocument, digestDocument } from "./digest-text.ts";
import { dingTalkSignedUrl, feishuSignature, webhookSignature } from "./signatures.ts";

/** One alert ready to POST: where, with which headers, and the body's text. */
export interface AlertRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** How the digest reads: its language, and the dashboard's What changed view, if known. */
export interface DigestWording {
  language: AlertLanguage;
  link: string | undefined;
}

/** Sent with every alert, so a receiver's logs say where it came from. */
export const ALERT_USER_AGENT = "newtag-dashboard-alerts/1";

/** WeCom refuses markdown content over 4096 bytes (UTF-8). */
export const WECOM_MAX_BYTES = 4096;

const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "User-Agent": ALERT_USER_AGENT };

// Markdown reads a name's brackets, asterisks, back quotes and angle brackets (WeCom's <font>) as
// markup, and a link could pose as the dashboard's: full-width forms look alike and mean nothing.
const MARKUP: Record<string, string> = { "[": "［", "]": "］", "*": "＊", "<": "＜", ">": "＞", "`": "＇" };
const markdownSafe = (text: string) => text.replace(/[[\]*<>`]/g, (char) => MARKUP[char] ?? char);

/** The document as markdown with its first `shown` customers; DingTalk's markdown breaks lines only at blank lines. */
function markdown(doc: DigestDocument, shown: number, more: number, lineBreak: string): string {
  const lines = [`### ${doc.title}`, ...doc.intro];
  if (doc.counts.length > 0) lines.push(doc.counts.map((line) => `> ${line}`).join(lineBreak));
  if (shown > 0) {
    lines.push(`**${doc.listHeading(shown)}**`);
    lines.push(doc.items.slice(0, shown).map((item, index) => `${index + 1}. ${item}`).join(lineBreak));
  }
  const hidden = more + doc.items.length - shown;
  if (hidden > 0) lines.push(doc.moreLine(hidden));
  if (doc.link) lines.push(`[${doc.link.text}](${doc.link.href})`);
  return lines.join(lineBreak);
}

/** The first text, from all customers down to none, that fits `maxBytes`. */
function fitted(render: (shown: number) => string, items: number, maxBytes: number): string {
  for (let shown = items; shown > 0; shown--) {
    const text = render(shown);
    if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  }
  return render(0);
}

/** The digest as plain text, one line each, the link written out: the webhook's `text`. */
export function plainText(doc: DigestDocument, more: number): string {
  const lines = [doc.title, ...doc.intro, ...doc.counts];
  if (doc.items.length > 0) lines.push(doc.listHeading(doc.items.length), ...doc.items.map((item, index) => `${index + 1}. ${item}`));
  if (more > 0) lines.push(doc.moreLine(more));
  if (doc.link) lines.push(doc.link.line);
  return lines.join("\n");
}

function webhookRequest(target: AlertTarget, digest: Digest, wording: DigestWording): AlertRequest {
  const doc = digestDocument(digest, wording.language, wording.link);
  const payload: AlertWebhookBody = {
    type: digest.test ? "test" : "digest",
    run_id: digest.runId,
    finished_at: digest.finishedAt,
    first_sync: digest.firstSync,
    counts: digest.counts,
    expiring: digest.expiring,
    expiring_months: digest.expiringMonths,
    entries: digest.entries,
    more: digest.more,
    link: wording.link ?? null,
    language: wording.language,
    text: plainText(doc, digest.more),
  };
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (target.secret) headers["X-Signature-256"] = webhookSignature(target.secret, body);
  return { url: target.url, headers, body };
}

function weComRequest(target: AlertTarget, digest: Digest, wording: DigestWording): AlertRequest {
  const doc = digestDocument(digest, wording.language, wording.link, markdownSafe);
  const content = fitted((shown) => markdown(doc, shown, digest.more, "\n"), doc.items.length, WECOM_MAX_BYTES);
  return { url: target.url, headers: JSON_HEADERS, body: JSON.stringify({ msgtype: "markdown", markdown: { content } }) };
}

function dingTalkRequest(target: AlertTarget, digest: Digest, wording: DigestWording, nowMs: number): AlertRequest {
  const doc = digestDocument(digest, wording.language, wording.link, markdownSafe);
  const text = markdown(doc, doc.items.length, digest.more, "\n\n");
  const url = target.secret ? dingTalkSignedUrl(target.url, target.secret, nowMs) : target.url;
  return { url, headers: JSON_HEADERS, body: JSON.stringify({ msgtype: "markdown", markdown: { title: doc.title, text } }) };
}

// Feishu's rich text ("post"): one paragraph per line, the link as a link element.
function feishuRequest(target: AlertTarget, digest: Digest, wording: DigestWording, nowMs: number): AlertRequest {
  const doc = digestDocument(digest, wording.language, wording.link);
  const text = (line: string) => [{ tag: "text", text: line }];
  const paragraphs: object[][] = [...doc.intro, ...doc.counts].map(text);
  if (doc.items.length > 0) {
    paragraphs.push(text(doc.listHeading(doc.items.length)));
    paragraphs.push(...doc.items.map((item, index) => text(`${index + 1}. ${item}`)));
  }
  if (digest.more > 0) paragraphs.push(text(doc.moreLine(digest.more)));
  if (doc.link) paragraphs.push([{ tag: "a", text: doc.link.text, href: doc.link.href }]);
  const locale = wording.language === "en" ? "en_us" : "zh_cn";
  const signature = target.secret ? feishuSignature(target.secret, nowMs) : {};
  const body = { ...signature, msg_type: "post", content: { post: { [locale]: { title: doc.title, content: paragraphs } } } };
  return { url: target.url, headers: JSON_HEADERS, body: JSON.stringify(body) };
}

/** The request that delivers a digest to a channel, signed at `nowMs` where the platform signs. */
export function alertRequest(target: AlertTarget, digest: Digest, wording: DigestWording, nowMs: number): AlertRequest {
  switch (target.channel) {
    case "webhook":
      return webhookRequest(target, digest, wording);
    case "wecom":
      return weComRequest(target, digest, wording);
    case "dingtalk":
      return dingTalkRequest(target, digest, wording, nowMs);
    case "feishu":
      return feishuRequest(target, digest, wording, nowMs);
  }
}
