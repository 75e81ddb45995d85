import { browseZh } from "../../features/browse/messages.ts";
import { customersZh } from "../../features/customers/messages.ts";
import { lookupZh } from "../../features/lookup/messages.ts";
import { resellersZh } from "../../features/resellers/messages.ts";
import { resultsZh } from "../../features/results/messages.ts";
import type { Messages } from "./en.ts";

export const zhCN: Messages = {
  ...lookupZh,
  ...resultsZh,
  ...resellersZh,
  ...browseZh,
  ...customersZh,
  "app.name": "新客标签查询",
  "app.shortName": "新客标签查询",

  "shell.language": "语言",
  "shell.languageMenu": "切换语言（当前：{language}）",
  "shell.colorScheme": "配色",
  "shell.colorSchemeMenu": "切换配色（当前：{scheme}）",
  "shell.colorScheme.light": "浅色",
  "shell.colorScheme.dark": "深色",
  "shell.colorScheme.auto": "跟随系统",
  "shell.demoBadge": "演示数据",
  "shell.demoTitle": "演示数据",
  "shell.demoText": "演示数据——未连接华为云账号，所有数据均为生成的示例。",

  "page.title": "新客标签查询",
  "page.description": "粘贴客户 ID，查看客户的新客标签。",

  "results.title": "查询结果",
  "results.loading": "正在向华为云查询 {count} 个 ID 的标签…",
  "results.idleTitle": "暂无结果",
  "results.idleHint": "在输入框中粘贴客户 ID 并点击“查询”，结果将显示在这里。",
  "results.noneTitle": "这些 ID 均未返回结果",
  "results.noneHint": "华为云只返回属于您的客户。请检查 ID 是否正确，或是否属于您的某个云经销商。",
  "results.summary":
    "共 {requested} 个 ID，找到 {found} 个；{missing} 个未被华为云返回（不是您的客户，或属于其他经销商）。",
  "results.missingList": "未返回：{ids}",
  "results.summaryAll": "全部 {found} 个 ID 均已找到。",
  "results.showMore": "展开全部",
  "results.showLess": "收起",
  "results.tableLabel": "所查询客户的新客标签",

  "error.title": "查询失败",
  "error.code": "错误码：{code}",
  "error.status": "HTTP 状态码 {status}",
  "error.message": "服务器返回的信息：",
  "error.retry": "重试",
  "error.CBC.0100.what": "华为云拒绝了请求中的参数。",
  "error.CBC.0100.next": "请确认每个 ID 不超过 64 个字符且没有多余字符，然后重新查询。",
  "error.CBC.0151.what": "华为云拒绝访问该数据。",
  "error.CBC.0151.next":
    "请联系管理员，确认所连接的账号是经销商伙伴或一级经销商，并具有伙伴 API 的访问权限。",
  "error.CBC.0155.what": "华为云不允许该请求：凭证错误，或没有该 API 的权限。",
  "error.CBC.0155.next": "请联系管理员检查代理的 AK/SK 以及账号的 API 权限。",
  "error.CBC.0156.what": "该客户不属于当前华为云站点。",
  "error.CBC.0156.next": "请联系管理员确认代理连接的站点（中国站、国际站或欧洲站）是否正确。",
  "error.CBC.0154.what": "华为云 Token 无效或已过期。",
  "error.CBC.0154.next": "请联系管理员更新代理的凭证后重试。",
  "error.APIGW.0301.what": "华为云网关校验请求签名失败（AK/SK 认证失败）。",
  "error.APIGW.0301.next":
    "请勿反复重试：连续失败 5 次后密钥会被锁定。请联系管理员检查 AK/SK 和服务器时间。",
  "error.throttled.what": "请求过于频繁，已触发华为云流控。",
  "error.throttled.next": "请等待几秒后点击“重试”。",
  "error.CBC.0999.what": "华为云返回了未知的内部错误。",
  "error.CBC.0999.next": "请稍后重试；如持续失败，请将错误码提供给管理员。",
  "error.NETWORK.what": "无法连接到本系统的服务器。",
  "error.NETWORK.next": "请检查网络连接，然后点击“重试”。",
  "error.BAD_RESPONSE.what": "服务器返回的数据格式不符合预期。",
  "error.BAD_RESPONSE.next": "请重试；如仍出现，请联系管理员。",
  "error.client.what": "请求被拒绝。",
  "error.client.next": "请检查输入的 ID，然后重新查询。",
  "error.server.what": "服务器未能正常响应。",
  "error.server.next": "请稍后重试；如持续失败，请联系管理员。",
};
