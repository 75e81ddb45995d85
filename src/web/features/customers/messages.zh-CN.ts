import type { Translation } from "../../lib/i18n/catalog.ts";
import type { customersEn } from "./messages.en.ts";

// Simplified Chinese messages of the customers feature; a type-only import, so no English text comes along.
export const customersZh: Translation<typeof customersEn> = {
  "customers.about": "关于客户名称",
  "customers.declined": "未自动获取名称：此查询范围的客户列表共有 {total, number} 个客户（需调用 {calls, number} 次）。打开开关即可读取。",
  "customers.show": "显示客户名称",
  "customers.showHint":
    "实名名称与账号名来自华为云客户列表：每 100 个客户调用一次，每个云经销商只读取一次。结果不超过 300 行且读取不超过 60 次调用时自动获取。不会显示电话号码和邮箱。",
  "customers.fewHint": "将逐个查询所显示客户的名称。",
  "customers.loadingFew": "正在查询 {count, number} 个客户的名称…",
  "customers.loading": "正在加载名称：已加载 {loaded, number} / {total, number} 个客户",
  "customers.loadingStart": "正在加载名称…",
  "customers.progressLabel": "正在加载客户名称",
  "customers.cancel": "取消",
  "customers.stopped": "已加载 {loaded, number} / {total, number} 个客户的名称。",
  "customers.continue": "继续",
  "customers.done": "已加载全部 {total, number} 个客户的名称。",
  "customers.refused":
    "无法显示名称：华为云拒绝了客户列表请求（{code}）。所连接的账号可能没有读取客户信息的权限。",
  "customers.failed": "名称加载失败。已加载的名称会保留。",
  "customers.retry": "重试",
};
