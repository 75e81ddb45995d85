import type { Translation } from "../../lib/i18n/catalog.ts";
import type { browseEn } from "./messages.en.ts";

// Simplified Chinese messages of the browse feature; a type-only import, so no English text comes along.
export const browseZh: Translation<typeof browseEn> = {
  "browse.mode.label": "操作方式",
  "browse.mode.lookup": "按 ID 查询",
  "browse.mode.browse": "浏览全部客户",
  "browse.title": "全部客户",
  "browse.intro":
    "华为云按页返回您的 SMB 客户，且不提供总数：某页的条数少于每页条数时，即为最后一页。",
  "browse.previous": "从华为云加载上一页",
  "browse.next": "从华为云加载下一页",
  "browse.pageSize": "每页条数",
  "browse.pageLabel": "第 {page, number} 页",
  "browse.rowRange": "第 {first, number}–{last, number} 个客户",
  "browse.loadingPage": "正在加载第 {page, number} 页…",
  "browse.moreAfter": "后面可能还有更多页：华为云不提供总数。",
  "browse.lastPage": "已是最后一页：第 {last, number} 个客户之后没有更多客户。",
  "browse.onlyPage": "全部 {count, number} 个客户都在本页。",
  "browse.pastEnd": "没有更多客户：客户列表在第 {page, number} 页之前已结束。",
  "browse.backToLast": "返回第 {page, number} 页",
  "browse.empty": "没有可显示的客户：华为云在此范围内未返回任何客户。",
  "browse.emptyHint": "这里只列出 SMB 子客户。如果您认为应当有客户，请检查所选的云经销商。",
  "browse.loadAll": "加载全部",
  "browse.loadAllHint": "逐页获取全部客户（每次 200 个），使筛选、排序和导出覆盖所有客户。",
  "browse.loadingAll": "正在加载全部客户：已加载 {pages, number} 页，{count, number} 个客户，用时 {seconds, number} 秒",
  "browse.noTotal": "总数未知：遇到第一页不满的数据即停止。",
  "browse.cancel": "取消",
  "browse.allLoaded": "已加载全部 {count, number} 个客户（共 {pages, number} 页）。",
  "browse.allLoadedIn": "已加载全部 {count, number} 个客户（共 {pages, number} 页，用时 {seconds, number} 秒）。",
  "browse.stopped": "已停止加载：已加载的 {count, number} 个客户会保留。",
  "browse.continue": "继续加载",
  "browse.failedSoFar": "已加载的 {count, number} 个客户会保留。",
  "browse.failedSoFarResume": "已加载的 {count, number} 个客户会保留；“{retry}”将从中断处继续。",
  "browse.showPages": "按页浏览",
  "browse.progressLabel": "正在加载全部客户",
  "browse.backToOwn": "查看我自己的客户",
};
