import type { AlertLanguage } from "#contract/alerts-api";
import type { DigestEntry, DigestReason } from "#contract/alert-webhook-api";
import type { ChangeKind } from "#contract/portfolio-api";
import type { Digest } from "./digest.ts";

/** A digest in words, before a channel lays it out: each part a plain line of text. */
export interface DigestDocument {
  title: string;
  /** When the sync ended, and what to know about it (first sync, errors); a test's explanation. */
  intro: string[];
  /** One line per kind with a count. */
  counts: string[];
  /** Above the customers, given how many are listed. */
  listHeading: (shown: number) => string;
  /** One line per listed customer, most urgent first. */
  items: string[];
  /** The line saying `n` customers are not listed, for `n` > 0. */
  moreLine: (n: number) => string;
  /** The What changed view: its link text and address, and both as one line of plain text. */
  link: { text: string; href: string; line: string } | undefined;
}

type Texts = {
  title: string;
  testTitle: string;
  testBody: string;
  finished: (run: string, time: string) => string;
  errors: (count: number) => string;
  firstSync: (count: number) => string;
  kinds: Record<ChangeKind, string>;
  expiring: (months: number) => string;
  /** A label and its value on one line. */
  labelled: (label: string, value: string | number) => string;
  listHeading: (count: number) => string;
  who: (name: string | null, id: string) => string;
  own: string;
  reseller: (name: string) => string;
  reasons: Record<Exclude<DigestReason, "expiring">, (previous: string, tag: string) => string>;
  months: (month: string, left: number | null) => string;
  none: string;
  more: (count: number) => string;
  link: string;
};

// Counts in order of urgency, as the customers are listed.
const COUNT_ORDER: readonly (ChangeKind | "expiring")[] = ["tag_changed", "gone", "expiring", "expiry_changed", "effective_changed", "new", "back"];

// The kinds' names are the ones What changed shows (src/web/features/portfolio/messages.*.ts).
const TEXTS: Record<AlertLanguage, Texts> = {
  "zh-CN": {
    title: "新客户标签日报",
    testTitle: "新客户标签日报（测试）",
    testBody: "这是一条测试消息：此渠道已配置正确。每次同步发现标签变更或即将到期的标签后，摘要会发送到这里。",
    finished: (run, time) => `同步 #${run} 已于 ${time}（北京时间）完成`,
    errors: (count) => `本次同步有 ${count} 个错误，部分客户未能读取，以下内容可能不完整`,
    firstSync: (count) => `首次同步：已记录 ${count} 个客户`,
    kinds: {
      new: "新增客户",
      tag_changed: "标签变更",
      effective_changed: "生效月份变更",
      expiry_changed: "到期月份变更",
      gone: "不再列出",
      back: "重新列出",
    },
    expiring: (months) => (months === 1 ? "本月或下月到期" : `${months} 个月内到期（含本月）`),
    labelled: (label, value) => `${label}：${value}`,
    listHeading: (count) => `最需关注的客户（${count} 个）`,
    who: (name, id) => (name ? `${name}（${id}）` : id),
    own: "自有客户",
    reseller: (name) => `云经销商 ${name}`,
    reasons: {
      tag_lost: (previous, tag) => `标签 ${previous} → ${tag}`,
      gone: (_, tag) => `不再列出（最后标签 ${tag}）`,
      tag_changed: (previous, tag) => `标签 ${previous} → ${tag}`,
      expiry_changed: (previous) => `到期月份已变更（原为 ${previous}）`,
      effective_changed: (previous) => `生效月份已变更（原为 ${previous}）`,
      new: (_, tag) => `新增客户，标签 ${tag}`,
      back: (_, tag) => `重新列出，标签 ${tag}`,
    },
    months: (month, left) => {
      if (left === null) return `${month} 到期`;
      if (left < 0) return `${month} 已到期`;
      return left === 0 ? `${month} 到期（本月）` : `${month} 到期（还剩 ${left} 个月）`;
    },
    none: "无",
    more: (count) => `……还有 ${count} 个客户未列出`,
    link: "在看板中查看变化",
  },
  en: {
    title: "New-customer tag digest",
    testTitle: "New-customer tag digest (test)",
    testBody:
      "This is a test message: this channel is set up correctly. After each sync that finds tag changes or tags about to expire, a digest is sent here.",
    finished: (run, time) => `Sync #${run} finished at ${time} (China time)`,
    errors: (count) => `The sync had ${count} error${count === 1 ? "" : "s"}: some customers were not read, so this digest may be incomplete`,
    firstSync: (count) => `First sync: ${count} customer${count === 1 ? "" : "s"} recorded`,
    kinds: {
      new: "New customers",
      tag_changed: "Tag changed",
      effective_changed: "Effective month changed",
      expiry_changed: "Expire month changed",
      gone: "No longer listed",
      back: "Listed again",
    },
    expiring: (months) => (months === 1 ? "Expiring this month or next" : `Expiring within ${months} months (this one included)`),
    labelled: (label, value) => `${label}: ${value}`,
    listHeading: (count) => (count === 1 ? "The most urgent customer" : `The ${count} most urgent customers`),
    who: (name, id) => (name ? `${name} (${id})` : id),
    own: "own customer",
    reseller: (name) => `reseller ${name}`,
    reasons: {
      tag_lost: (previous, tag) => `tag ${previous} → ${tag}`,
      gone: (_, tag) => `no longer listed (last tag ${tag})`,
      tag_changed: (previous, tag) => `tag ${previous} → ${tag}`,
      expiry_changed: (previous) => `expire month changed (was ${previous})`,
      effective_changed: (previous) => `effective month changed (was ${previous})`,
      new: (_, tag) => `new, tag ${tag}`,
      back: (_, tag) => `listed again, tag ${tag}`,
    },
    months: (month, left) => {
      if (left === null) return `expires ${month}`;
      if (left < 0) return `expired ${month}`;
      if (left === 0) return `expires ${month} (this month)`;
      return `expires ${month} (${left} month${left === 1 ? "" : "s"} left)`;
    },
    none: "none",
    more: (count) => `…and ${count} more`,
    link: "Open What changed in the dashboard",
  },
};

const CST_OFFSET_MS = 8 * 3600_000;

/** An ISO time as "YYYY-MM-DD HH:mm" in China Standard Time, the partner's clock. */
export function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + CST_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

// A name is the customer's own text: on one line, so it cannot pose as lines of the digest.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function itemOf(entry: DigestEntry, t: Texts, name: (text: string) => string): string {
  const who = t.who(entry.customer_name ? name(oneLine(entry.customer_name)) : null, entry.customer_id);
  const reseller =
    entry.indirect_partner_id === null ? t.own : t.reseller(entry.reseller_name ? name(oneLine(entry.reseller_name)) : entry.indirect_partner_id);
  const months = entry.expire_month === null ? undefined : t.months(entry.expire_month, entry.months_left);
  const what = entry.reason === "expiring" ? undefined : t.reasons[entry.reason](entry.previous ?? t.none, entry.tag ?? t.none);
  return [who, reseller, what, months].filter((part) => part !== undefined).join(" · ");
}

/**
 * The digest in words in `language`. `name` makes a customer's or reseller's name safe for the
 * channel's markup (names are the only text that comes from outside the dashboard).
 */
export function digestDocument(
  digest: Digest,
  language: AlertLanguage,
  link: string | undefined,
  name: (text: string) => string = (text) => text,
): DigestDocument {
  const t = TEXTS[language];
  const linkPart = link ? { text: t.link, href: link, line: t.labelled(t.link, link) } : undefined;
  if (digest.test) {
    return { title: t.testTitle, intro: [t.testBody], counts: [], listHeading: t.listHeading, items: [], moreLine: t.more, link: linkPart };
  }
  const intro = [t.finished(digest.runId ?? "", digest.finishedAt ? chinaTime(digest.finishedAt) : "")];
  if (digest.firstSync) intro.push(t.firstSync(digest.counts.new));
  if (digest.errors > 0) intro.push(t.errors(digest.errors));
  const counts = COUNT_ORDER.flatMap((kind) => {
    if (kind === "expiring") return digest.expiring > 0 ? [t.labelled(t.expiring(digest.expiringMonths), digest.expiring)] : [];
    if (kind === "new" && digest.firstSync) return [];
    const count = digest.counts[kind];
    return count > 0 ? [t.labelled(t.kinds[kind], count)] : [];
  });
  return {
    title: t.title,
    intro,
    counts,
    listHeading: t.listHeading,
    items: digest.entries.map((entry) => itemOf(entry, t, name)),
    moreLine: t.more,
    link: linkPart,
  };
}
