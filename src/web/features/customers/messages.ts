import type { Translation } from "../../app/i18n/translation.ts";

// Messages of the customers feature (names beside IDs); merged into the app's dictionaries.
export const customersEn = {
  "customers.show": "Show customer names",
  "customers.showHint":
    "Real names and account names from Huawei's customer list: one call per 100 customers, read once per reseller. Phone numbers and e-mail addresses are never shown.",
  "customers.fewHint": "Names of the customers shown are looked up one by one.",
  "customers.loadingFew": "Looking up the names of {count} customers…",
  "customers.loading": "Loading names: {loaded} of {total} customers",
  "customers.loadingStart": "Loading names…",
  "customers.progressLabel": "Loading customer names",
  "customers.cancel": "Cancel",
  "customers.stopped": "Names loaded for {loaded} of {total} customers.",
  "customers.continue": "Continue",
  "customers.done": "Names of all {total} customers loaded.",
  "customers.refused":
    "Names are not available: Huawei refused the customer list ({code}). The connected account may lack permission to read customer details.",
  "customers.failed": "Loading names failed. The names loaded so far are kept.",
  "customers.retry": "Retry",
} as const;

export const customersZh: Translation<typeof customersEn> = {
  "customers.show": "显示客户名称",
  "customers.showHint":
    "实名名称与账号名来自华为云客户列表：每 100 个客户调用一次，每个云经销商只读取一次。不会显示电话号码和邮箱。",
  "customers.fewHint": "将逐个查询所显示客户的名称。",
  "customers.loadingFew": "正在查询 {count} 个客户的名称…",
  "customers.loading": "正在加载名称：已加载 {loaded} / {total} 个客户",
  "customers.loadingStart": "正在加载名称…",
  "customers.progressLabel": "正在加载客户名称",
  "customers.cancel": "取消",
  "customers.stopped": "已加载 {loaded} / {total} 个客户的名称。",
  "customers.continue": "继续",
  "customers.done": "已加载全部 {total} 个客户的名称。",
  "customers.refused":
    "无法显示名称：华为云拒绝了客户列表请求（{code}）。所连接的账号可能没有读取客户信息的权限。",
  "customers.failed": "名称加载失败。已加载的名称会保留。",
  "customers.retry": "重试",
};
