import type { Translation } from "../../lib/i18n/catalog.ts";
import type { portfolioEn } from "./messages.en.ts";

// Simplified Chinese messages of the portfolio feature; a type-only import, so no English text comes along.
export const portfolioZh: Translation<typeof portfolioEn> = {
  "portfolio.title": "客户总览",
  "portfolio.intro":
    "您和各云经销商的全部客户，以看板存储最近一次从华为云读取的数据为准；存储按计划同步，也可立即同步。",
  "portfolio.loading": "正在加载客户总览…",
  "portfolio.firstRows": "共 {total, number} 个客户，先显示前 {shown, number} 个，其余正在加载…",
  "portfolio.own": "自有客户",

  "portfolio.ago.now": "刚刚",
  "portfolio.ago.minutes": "{count, number} 分钟前",
  "portfolio.ago.hours": "{count, number} 小时前",
  "portfolio.ago.days": "{count, number} 天前",
  "portfolio.time": "{time, date, medium} {time, time, short}",
  "portfolio.asOf": "数据截至 {time}（{ago}）",
  "portfolio.asOfNever": "尚无完成的同步：首次同步完成后即可查看客户总览。",
  "portfolio.incomplete": "首次同步尚未完成：在完成之前，部分范围的客户可能缺失或不完整。",

  "portfolio.down.title": "无法显示客户总览",

  "portfolio.sync.button": "立即同步",
  "portfolio.sync.progressLabel": "同步进度",
  "portfolio.sync.starting": "正在同步：正在读取云经销商列表（已调用华为云 {calls, number} 次）…",
  "portfolio.sync.running":
    "正在同步：已完成 {done, number} / {total, number} 个范围 · {rows, number} 个客户 · 已调用华为云 {calls, number} 次",
  "portfolio.sync.succeeded":
    "上次同步已完成（{ago}）：{total, number} 个范围共 {rows, number} 个客户，调用华为云 {calls, number} 次。",
  "portfolio.sync.failed":
    "上次同步失败（{ago}），已完成 {done, number} / {total, number} 个范围。",
  "portfolio.sync.errors": "出错原因：",
  "portfolio.sync.moreErrors": "……另有 {count, number} 条",
  "portfolio.sync.never": "尚未进行过同步。",

  "portfolio.changes.title": "变更记录",
  "portfolio.changes.since": "起始日期",
  "portfolio.changes.lastSync": "上次同步",
  "portfolio.changes.sinceLastSync": "上次同步发现的变更（自 {time} 起）。",
  "portfolio.changes.sinceDay": "自 {time} 起。",
  "portfolio.changes.loading": "正在加载变更…",
  "portfolio.changes.truncated":
    "变更数量超过单次可返回的上限，最早的变更未列出。请选择较晚的日期以查看全部。",
  "portfolio.changes.none": "此期间没有变更。",
  "portfolio.changes.group": "{kind} · {count, number}",
  "portfolio.changes.more":
    "再显示 {count, number} 条（已显示 {shown, number} / {total, number} 条）",
  "portfolio.col.customer": "客户 ID",
  "portfolio.col.reseller": "云经销商",
  "portfolio.col.change": "变更前 → 变更后",
  "portfolio.col.observed": "发现时间",

  "portfolio.kind.new": "新增客户",
  "portfolio.kind.tagChanged": "标签变更",
  "portfolio.kind.effectiveChanged": "生效月份变更",
  "portfolio.kind.expiryChanged": "到期月份变更",
  "portfolio.kind.gone": "不再列出",
  "portfolio.kind.back": "重新列出",
  "portfolio.value.none": "（无）",
  "portfolio.value.change": "{before} → {after}",
  "portfolio.value.changeOfType": "{before} → {after}（{type}）",

  "portfolio.customer.open": "查看客户 {id} 的标签历史",
  "portfolio.customer.title": "客户 {id}",
  "portfolio.customer.close": "关闭客户历史",
  "portfolio.customer.loading": "正在加载客户历史…",
  "portfolio.customer.unknown":
    "客户总览中没有此客户：任何一次同步都未在您或您的云经销商的客户中发现它。",
  "portfolio.customer.tag": "当前标签",
  "portfolio.customer.effective": "生效月份",
  "portfolio.customer.expire": "到期月份",
  "portfolio.customer.firstSeen": "首次发现",
  "portfolio.customer.lastSeen": "最近发现",
  "portfolio.customer.goneSince": "自 {time} 起不再列出",
  "portfolio.customer.history": "标签历史",
  "portfolio.customer.noHistory": "首次发现以来没有变更。",
  "portfolio.alerts.title": "告警",
  "portfolio.alerts.none":
    "尚未配置告警渠道：设置 ALERT_WECOM_URL、ALERT_DINGTALK_URL、ALERT_FEISHU_URL 或 ALERT_WEBHOOK_URL，即可在团队群里收到每次同步的发现。",
  "portfolio.alerts.intro":
    "每次同步{months, plural, =0 {发现变更} one {发现变更或本月、下月到期的标签} other {发现变更或 # 个月内到期的标签}}后，将以{language}发送摘要至：",
  "portfolio.alerts.language.zh-CN": "简体中文",
  "portfolio.alerts.language.en": "英文",
  "portfolio.alerts.channel.webhook": "Webhook",
  "portfolio.alerts.channel.wecom": "企业微信",
  "portfolio.alerts.channel.dingtalk": "钉钉",
  "portfolio.alerts.channel.feishu": "飞书",
  "portfolio.alerts.test": "发送测试告警",
  "portfolio.alerts.testFor": "向{channel}发送测试告警",
  "portfolio.alerts.testSent": "测试告警已送达（尝试 {attempts, number} 次）。",
  "portfolio.alerts.deliveries": "本次同步的告警",
  "portfolio.alerts.delivery.sent": "{channel}：已于 {time} 送达（尝试 {attempts, number} 次）",
  "portfolio.alerts.delivery.sending": "{channel}：正在发送（已尝试 {attempts, number} 次）…",
  "portfolio.alerts.delivery.failed": "{channel}：尝试 {attempts, number} 次后仍未送达（{time}）：{error}",
};
