import type { Translation } from "../lib/i18n/catalog.ts";
import type { appEn } from "./messages.en.ts";

// Simplified Chinese messages of the app shell.
export const appZh: Translation<typeof appEn> = {
  "app.name": "新客标签查询",
  "app.shortName": "新客标签查询",

  "shell.language": "语言",
  "shell.languageMenu": "切换语言（当前：{language}）",
  "shell.colorScheme": "配色",
  "shell.colorSchemeMenu": "切换配色（当前：{scheme}）",
  "shell.colorScheme.light": "浅色",
  "shell.colorScheme.dark": "深色",
  "shell.colorScheme.auto": "跟随系统",

  "page.loading": "正在加载…",
  "page.skipToResults": "跳到查询结果",
  "page.portfolioScope": "全部范围：自有客户及所有云经销商的客户",
};
