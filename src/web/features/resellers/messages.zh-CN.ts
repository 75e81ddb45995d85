import type { Translation } from "../../lib/i18n/catalog.ts";
import type { resellersEn } from "./messages.en.ts";

// Simplified Chinese messages of the resellers feature; a type-only import, so no English text comes along.
export const resellersZh: Translation<typeof resellersEn> = {
  "resellers.label": "查看谁的客户",
  "resellers.own": "我自己的客户",
  "resellers.placeholder": "按名称、账号名或 ID 搜索",
  "resellers.loading": "正在加载云经销商列表…",
  "resellers.nothingFound": "没有与“{search}”匹配的云经销商。",
  "resellers.countHint": "共 {count, number} 个云经销商。输入名称、账号名或 ID 即可搜索。",
  "resellers.noneHint": "您还没有云经销商，只能查看自己的客户。",
  "resellers.notInList": "{id}（不在您的云经销商列表中）",
  "resellers.accountName": "账号名：{name}",
  "resellers.notDistributor.title": "无法获取云经销商列表",
  "resellers.notDistributor.text":
    "华为云拒绝了云经销商列表请求（{code}）：只有一级经销商的账号才能查询其云经销商。您仍可在下方手动输入云经销商 ID。",
  "resellers.failed.title": "云经销商列表加载失败",
  "resellers.failed.manual": "您也可以在下方手动输入云经销商 ID。",
  "resellers.retry": "重试",
  "resellers.manual.label": "云经销商 ID",
  "resellers.manual.description": "留空并点击“应用”即查看您自己的客户。",
  "resellers.manual.placeholder": "例如 0bb43f2b5a10f19c014228fb580ab12c",
  "resellers.manual.apply": "应用",
  "resellers.manual.tooLong": "云经销商 ID 最多 64 个字符，当前为 {length} 个。请检查粘贴的内容。",
  "resellers.manual.badCharacter":
    "“{character}”不能出现在云经销商 ID 中（只能包含字母、数字、- 和 _）。请检查粘贴的内容。",
  "resellers.error.unknown.what": "该云经销商不属于您，或 ID 输入有误。",
  "resellers.error.unknown.next": "请从列表中选择云经销商或检查 ID，也可以改为查看您自己的客户。",
};
