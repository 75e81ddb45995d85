import { describe, expect, it } from "vitest";
import { alertWebhookBodySchema } from "#contract/alert-webhook-api";
import type { AlertTarget } from "../config.ts";
import { buildAlertDigest, buildDigestEntry } from "../testing/alert-builders.ts";
import { testDigest } from "./digest.ts";
import { alertRequest, WECOM_MAX_BYTES } from "./messages.ts";

const LINK = "https://tags.example.com/?mode=portfolio";
const NOW = 1_796_684_640_000;
const R1 = "r1";

// Run 12: a tag lost, a customer gone, two expiring, an expiry moved, a new customer.
const digest = buildAlertDigest({
  counts: { new: 1, tag_changed: 1, effective_changed: 0, expiry_changed: 1, gone: 1, back: 0 },
  expiring: 2,
  entries: [
    buildDigestEntry({ customer_id: "a1", customer_name: "星河科技", reason: "tag_lost", tag: "N", previous: "Y" }),
    buildDigestEntry({ customer_id: "b2", indirect_partner_id: R1, reseller_name: "华东云", reason: "gone", expire_month: "2027-03", months_left: 3 }),
    buildDigestEntry({ customer_id: "f6", customer_name: "云帆网络", indirect_partner_id: R1, reseller_name: "华东云" }),
    buildDigestEntry({ customer_id: "e5", customer_name: "Acme Ltd", expire_month: "2027-01", months_left: 1 }),
    buildDigestEntry({ customer_id: "c3", reason: "expiry_changed", previous: "2027-06", expire_month: "2027-08", months_left: 8 }),
    buildDigestEntry({
      customer_id: "d4",
      customer_name: "北辰数据",
      indirect_partner_id: R1,
      reseller_name: "华东云",
      reason: "new",
      expire_month: "2027-11",
      months_left: 11,
    }),
  ],
});

const target = (channel: AlertTarget["channel"], secret?: string): AlertTarget => ({ channel, url: "https://alerts.example.com/send?key=k", secret });
const body = (channel: AlertTarget["channel"], language: "zh-CN" | "en", secret?: string) =>
  JSON.parse(alertRequest(target(channel, secret), digest, { language, link: LINK }, NOW).body) as Record<string, unknown>;

const ZH_LINES = [
  "1. 星河科技（a1） · 自有客户 · 标签 Y → N · 2026-12 到期（本月）",
  "2. b2 · 云经销商 华东云 · 不再列出（最后标签 Y） · 2027-03 到期（还剩 3 个月）",
  "3. 云帆网络（f6） · 云经销商 华东云 · 2026-12 到期（本月）",
  "4. Acme Ltd（e5） · 自有客户 · 2027-01 到期（还剩 1 个月）",
  "5. c3 · 自有客户 · 到期月份已变更（原为 2027-06） · 2027-08 到期（还剩 8 个月）",
  "6. 北辰数据（d4） · 云经销商 华东云 · 新增客户，标签 Y · 2027-11 到期（还剩 11 个月）",
];

describe("alert messages", () => {
  it("gives the webhook the digest as data with its plain text, signed when a secret is set", () => {
    const request = alertRequest(target("webhook", "s3cret"), digest, { language: "zh-CN", link: LINK }, NOW);
    expect(request.headers).toEqual({
      "Content-Type": "application/json; charset=utf-8",
      "User-Agent": "newtag-dashboard-alerts/1",
      "X-Signature-256": expect.stringMatching(/^sha256=[0-9a-f]{64}$/),
    });
    const sent = alertWebhookBodySchema.parse(JSON.parse(request.body));
    expect(sent).toMatchObject({ type: "digest", run_id: "12", finished_at: "2026-12-01T23:04:00.000Z", expiring: 2, more: 0, link: LINK, language: "zh-CN" });
    expect(sent.entries).toEqual(digest.entries);
    expect(sent.text).toBe(
      [
        "新客户标签日报",
        "同步 #12 已于 2026-12-02 07:04（北京时间）完成",
        "标签变更：1",
        "不再列出：1",
        "本月或下月到期：2",
        "到期月份变更：1",
        "新增客户：1",
        "最需关注的客户（6 个）",
        ...ZH_LINES,
        "在看板中查看变化：https://tags.example.com/?mode=portfolio",
      ].join("\n"),
    );
    expect(alertRequest(target("webhook"), digest, { language: "zh-CN", link: LINK }, NOW).headers).not.toHaveProperty("X-Signature-256");
  });

  it("writes WeCom's markdown", () => {
    expect(body("wecom", "zh-CN")).toEqual({
      msgtype: "markdown",
      markdown: {
        content: [
          "### 新客户标签日报",
          "同步 #12 已于 2026-12-02 07:04（北京时间）完成",
          "> 标签变更：1",
          "> 不再列出：1",
          "> 本月或下月到期：2",
          "> 到期月份变更：1",
          "> 新增客户：1",
          "**最需关注的客户（6 个）**",
          ...ZH_LINES,
          "[在看板中查看变化](https://tags.example.com/?mode=portfolio)",
        ].join("\n"),
      },
    });
  });

  it("writes DingTalk's markdown with blank lines between lines, on the signed URL", () => {
    const request = alertRequest(target("dingtalk", "s3cret"), digest, { language: "zh-CN", link: LINK }, NOW);
    expect(request.url).toBe("https://alerts.example.com/send?key=k&timestamp=1796684640000&sign=uQr3%2BoSibU16ETzAhBaauYUklOccunP5yQc%2BKOB5Mxg%3D");
    expect(JSON.parse(request.body)).toEqual({
      msgtype: "markdown",
      markdown: {
        title: "新客户标签日报",
        text: [
          "### 新客户标签日报",
          "同步 #12 已于 2026-12-02 07:04（北京时间）完成",
          "> 标签变更：1",
          "> 不再列出：1",
          "> 本月或下月到期：2",
          "> 到期月份变更：1",
          "> 新增客户：1",
          "**最需关注的客户（6 个）**",
          ...ZH_LINES,
          "[在看板中查看变化](https://tags.example.com/?mode=portfolio)",
        ].join("\n\n"),
      },
    });
  });

  it("writes Feishu's rich text in English, one paragraph per line, with the signature in the body", () => {
    const text = (line: string) => [{ tag: "text", text: line }];
    expect(body("feishu", "en", "s3cret")).toEqual({
      timestamp: "1796684640",
      sign: "zHwa4lMljXgvfvUqEPqlPLOTIN117mK33ptcBbetpBc=",
      msg_type: "post",
      content: {
        post: {
          en_us: {
            title: "New-customer tag digest",
            content: [
              text("Sync #12 finished at 2026-12-02 07:04 (China time)"),
              text("Tag changed: 1"),
              text("No longer listed: 1"),
              text("Expiring this month or next: 2"),
              text("Expire month changed: 1"),
              text("New customers: 1"),
              text("The 6 most urgent customers"),
              text("1. 星河科技 (a1) · own customer · tag Y → N · expires 2026-12 (this month)"),
              text("2. b2 · reseller 华东云 · no longer listed (last tag Y) · expires 2027-03 (3 months left)"),
              text("3. 云帆网络 (f6) · reseller 华东云 · expires 2026-12 (this month)"),
              text("4. Acme Ltd (e5) · own customer · expires 2027-01 (1 month left)"),
              text("5. c3 · own customer · expire month changed (was 2027-06) · expires 2027-08 (8 months left)"),
              text("6. 北辰数据 (d4) · reseller 华东云 · new, tag Y · expires 2027-11 (11 months left)"),
              [{ tag: "a", text: "Open What changed in the dashboard", href: LINK }],
            ],
          },
        },
      },
    });
  });

  it("says a first sync's count and its errors, and leaves the link out without PUBLIC_URL", () => {
    const first = buildAlertDigest({
      firstSync: true,
      errors: 2,
      counts: { new: 1234, tag_changed: 0, effective_changed: 0, expiry_changed: 0, gone: 0, back: 0 },
      expiring: 1,
      entries: [buildDigestEntry()],
    });
    const sent = alertWebhookBodySchema.parse(JSON.parse(alertRequest(target("webhook"), first, { language: "en", link: undefined }, NOW).body));
    expect(sent.link).toBeNull();
    expect(sent.text).toBe(
      [
        "New-customer tag digest",
        "Sync #12 finished at 2026-12-02 07:04 (China time)",
        "First sync: 1234 customers recorded",
        "The sync had 2 errors: some customers were not read, so this digest may be incomplete",
        "Expiring this month or next: 1",
        "The most urgent customer",
        "1. e5 · own customer · expires 2026-12 (this month)",
      ].join("\n"),
    );
  });

  it("says what a test alert is", () => {
    const test = JSON.parse(alertRequest(target("wecom"), testDigest(1), { language: "zh-CN", link: LINK }, NOW).body) as { markdown: { content: string } };
    expect(test.markdown.content).toBe(
      [
        "### 新客户标签日报（测试）",
        "这是一条测试消息：此渠道已配置正确。每次同步发现标签变更或即将到期的标签后，摘要会发送到这里。",
        "[在看板中查看变化](https://tags.example.com/?mode=portfolio)",
      ].join("\n"),
    );
  });

  it("keeps WeCom's content within 4096 bytes, saying how many customers it left out", () => {
    const long = "很长的客户名称".repeat(9);
    const many = buildAlertDigest({
      expiring: 25,
      more: 5,
      entries: Array.from({ length: 20 }, (_, index) =>
        buildDigestEntry({ customer_id: `${index}`.padStart(32, "0"), customer_name: long, indirect_partner_id: R1, reseller_name: long }),
      ),
    });
    const content = (JSON.parse(alertRequest(target("wecom"), many, { language: "zh-CN", link: LINK }, NOW).body) as { markdown: { content: string } })
      .markdown.content;
    expect(Buffer.byteLength(content, "utf8")).toBeLessThanOrEqual(WECOM_MAX_BYTES);
    expect(content).toContain("**最需关注的客户（8 个）**");
    expect(content).toContain("\n……还有 17 个客户未列出\n[在看板中查看变化]");
  });

  it("writes names in markdown so that they cannot be markup", () => {
    const sly = buildAlertDigest({ expiring: 1, entries: [buildDigestEntry({ customer_name: "[点此续期](https://evil.example) *急*\n### 假标题" })] });
    const content = (JSON.parse(alertRequest(target("wecom"), sly, { language: "zh-CN", link: undefined }, NOW).body) as { markdown: { content: string } })
      .markdown.content;
    expect(content).toContain("1. ［点此续期］(https://evil.example) ＊急＊ ### 假标题（e5） · 自有客户 · 2026-12 到期（本月）");
  });
});
