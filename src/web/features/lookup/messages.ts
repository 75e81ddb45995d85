import type { Translation } from "../../app/i18n/translation.ts";

// Messages of the lookup feature; merged into the app's dictionaries in app/i18n.
export const lookupEn = {
  "lookup.loadingSummary": "Loading the summary…",
  "lookup.title": "Customer IDs",
  "lookup.box.label": "Customer IDs",
  "lookup.box.description":
    "Paste in any layout: one per line, or separated by commas, semicolons, tabs or spaces. Quotes are ignored.",
  "lookup.box.placeholder": "0bb43f2b5a10f19c014228fb580…\n05377f723980d4330f06c01929ec37a0",
  "lookup.box.shortcut": "Ctrl+Enter queries.",

  "lookup.counts.label": "What will be queried",
  "lookup.counts.valid": "{count} valid",
  "lookup.counts.duplicates": "Duplicates removed: {count}",
  "lookup.counts.invalid": "{count} invalid",
  "lookup.counts.converted":
    "{count} IDs converted from full-width: letters and digits typed in full-width mode are read as ASCII.",
  "lookup.counts.batches":
    "{ids} IDs → {batches} calls to Huawei (200 each, about {seconds} s at 10 calls/s)",
  "lookup.counts.updating": "Counting…",

  "lookup.invalid.show": "Show invalid entries ({count})",
  "lookup.invalid.hide": "Hide invalid entries",
  "lookup.invalid.intro":
    "These are left out of the query. Fix them in your list if they should be IDs.",
  "lookup.invalid.listLabel": "Invalid entries",
  "lookup.invalid.tooLong": "too long: {length} characters (customer IDs have at most 64)",
  "lookup.invalid.badCharacter":
    "character “{character}” at position {position} is not allowed (only letters, digits, - and _)",
  "lookup.invalid.badSpace": "a space at position {position} (an ID cannot contain spaces)",
  "lookup.invalid.line": "line {line}",
  "lookup.invalid.row": "{source}, row {line}",
  "lookup.invalid.more": "…and {count} more. Download the list to see them all.",

  "lookup.file.drop": "Drop a CSV, TSV, TXT or XLSX file here, or click to choose one",
  "lookup.file.hint":
    "Up to 50 MB. The ID column is found by its header (customer_id, Customer ID, 客户ID…) or by its values.",
  "lookup.file.reading": "Reading the file…",
  "lookup.file.loaded": "{name}: {rows} rows read; {count} values taken from {column}.",
  "lookup.file.column.header": "the column “{header}” (found by its header)",
  "lookup.file.column.values": "column {column} (most of its values look like customer IDs)",
  "lookup.file.column.valuesNamed":
    "the column “{header}” (most of its values look like customer IDs)",
  "lookup.file.column.single": "its only column",
  "lookup.file.column.list": "the whole text, split like a paste",
  "lookup.file.encoding": "Text encoding: {encoding}.",
  "lookup.file.errorTitle": "Could not use “{name}”",
  "lookup.file.kept": "What you entered before is unchanged.",
  "lookup.file.error.empty": "The file is empty.",
  "lookup.file.error.empty.next": "Choose a file that lists customer IDs.",
  "lookup.file.error.binary": "This is not a text or Excel file.",
  "lookup.file.error.binary.next": "Save the sheet as CSV (UTF-8) or XLSX and try again.",
  "lookup.file.error.tooLarge": "The file is larger than 50 MB.",
  "lookup.file.error.tooLarge.next":
    "Split it into smaller files, or keep only the customer ID column.",
  "lookup.file.error.noIdColumn": "No customer ID column was found.",
  "lookup.file.error.noIdColumn.next":
    "Name the column customer_id or 客户ID (or put the IDs in the first column) and try again.",
  "lookup.file.error.unreadableXlsx":
    "The Excel file could not be read: it is damaged, encrypted, or not an XLSX file.",
  "lookup.file.error.unreadableXlsx.next": "Open it in Excel and save it again as .xlsx or as CSV.",
  "lookup.file.error.unsupported": "This file type cannot be read.",
  "lookup.file.error.unsupported.next": "Use CSV, TSV, TXT or XLSX (save old .xls files as .xlsx).",
  "lookup.file.error.crash": "Reading the file failed: {message}",
  "lookup.file.error.crash.next": "Try again; if it keeps failing, save the file as CSV and retry.",
  "lookup.file.dismiss": "Dismiss",

  "lookup.list.file": "{name} · {count} values",
  "lookup.list.paste": "Pasted list · {lines} lines · {count} values",
  "lookup.list.remove": "Remove {name}",
  "lookup.list.pasteName": "the pasted list",
  "lookup.list.edit": "Edit in the box",
  "lookup.list.bigPaste": "Large pastes are kept as a list so the page stays fast.",

  "lookup.query": "Query",
  "lookup.cancel": "Cancel",
  "lookup.retryFailed": "Retry failed ({count})",
  "lookup.continue": "Continue ({count} not sent)",
  "lookup.refresh": "Refresh",
  "lookup.refreshHint":
    "Ask Huawei again instead of using the answers already fetched this session",
  "lookup.clear": "Clear",
  "lookup.tryDemo": "Try demo IDs",

  "lookup.progress.label": "Query progress",
  "lookup.progress.text": "Batches {done}/{total} · IDs {idsDone}/{idsTotal} · {elapsed} elapsed",
  "lookup.progress.eta": "about {seconds} s left",
  "lookup.progress.estimating": "estimating time left…",
  "lookup.progress.finished": "Finished in {elapsed}.",
  "lookup.progress.cancelled": "Cancelled after {elapsed}. The answers that arrived are kept.",
  "lookup.progress.notSent":
    "{count} IDs were not sent to Huawei. Continue sends only those; nothing is asked twice.",
  "lookup.progress.cached":
    "{count} of {total} batches came from this session's cache, without calling Huawei. Refresh asks again.",

  "lookup.scope.own": "Scope: your own customers.",
  "lookup.scopeChanged.title": "The last lookup was for another scope",
  "lookup.scopeChanged.text":
    "Your lookup of {count} IDs asked about {runScope}. You have now chosen {scope}, so its results are hidden rather than shown under the wrong name. Your ID list is kept.",
  "lookup.scopeChanged.rerun": "Look up these IDs for {scope}",
  "lookup.scopeChanged.back": "Back to {runScope}",
  "lookup.scope.reseller": "Scope: customers of cloud reseller {id}.",

  "lookup.summary.title": "Summary",
  "lookup.summary.idle":
    "Paste IDs or upload a file, then press Query. Every ID will be accounted for here.",
  "lookup.summary.equation":
    "{found} found + {notReturned} not returned + {invalid} invalid + {failed} failed = {total} entries",
  "lookup.summary.equationNotSent":
    "{found} found + {notReturned} not returned + {invalid} invalid + {failed} failed + {notSent} not sent = {total} entries",
  "lookup.summary.pending": "{count} still waiting for an answer.",
  "lookup.summary.duplicates": "Duplicates removed before querying: {count}.",
  "lookup.summary.allFound": "Every valid ID was found.",

  "lookup.bucket.found": "Found",
  "lookup.bucket.notReturned": "Not returned",
  "lookup.bucket.invalid": "Invalid",
  "lookup.bucket.failed": "Failed",
  "lookup.bucket.notSent": "Not sent — cancelled",
  "lookup.bucket.pending": "Waiting",
  "lookup.bucket.found.hint":
    "Huawei returned a tag for these IDs; they are listed in the results.",
  "lookup.bucket.notReturned.hint": "Huawei dropped these IDs without an error. Likely reasons:",
  "lookup.bucket.notReturned.notYours": "They are not your customers (or not SMB customers).",
  "lookup.bucket.notReturned.reseller":
    "They belong to one of your cloud resellers: choose that reseller and query again.",
  "lookup.bucket.notReturned.otherScope":
    "They are not customers of this reseller: they may be your own customers or another reseller's; change the scope.",
  "lookup.bucket.notReturned.otherPartner": "They belong to another partner.",
  "lookup.bucket.notReturned.typo": "A typo: compare the ID with the one in the console.",
  "lookup.bucket.invalid.hint": "Left out of the query: these cannot be customer IDs.",
  "lookup.bucket.failed.hint": "No answer for these IDs. “{retry}” queries only them again.",
  "lookup.bucket.failed.group": "{code} · {count} IDs",
  "lookup.bucket.notSent.hint":
    "You cancelled the run before these IDs were sent to Huawei: they did not fail. Continue sends only these.",
  "lookup.bucket.show": "Show IDs",
  "lookup.bucket.hide": "Hide IDs",
  "lookup.bucket.listLabel": "{bucket} IDs",
  "lookup.bucket.more": "Showing the first {shown} of {count}. Copy or download for all of them.",

  "lookup.ids.copy": "Copy IDs",
  "lookup.ids.copied": "Copied {count} IDs",
  "lookup.ids.download": "Download CSV",
  "lookup.ids.header": "customer_id",
  "lookup.ids.reason": "reason",
  "lookup.ids.errorCode": "error_code",
  "lookup.ids.errorMessage": "error_msg",
} as const;

export const lookupZh: Translation<typeof lookupEn> = {
  "lookup.loadingSummary": "正在加载汇总…",
  "lookup.title": "客户 ID",
  "lookup.box.label": "客户 ID",
  "lookup.box.description":
    "可任意格式粘贴：每行一个，或用逗号、分号、制表符、空格分隔，引号会被忽略。",
  "lookup.box.placeholder": "0bb43f2b5a10f19c014228fb580…\n05377f723980d4330f06c01929ec37a0",
  "lookup.box.shortcut": "按 Ctrl+Enter 查询。",

  "lookup.counts.label": "待查询内容",
  "lookup.counts.valid": "有效 {count} 个",
  "lookup.counts.duplicates": "重复 {count} 个（已去除）",
  "lookup.counts.invalid": "无效 {count} 个",
  "lookup.counts.converted":
    "已将 {count} 个 ID 从全角转换为半角：全角模式下输入的字母和数字按半角读取。",
  "lookup.counts.batches":
    "{ids} 个 ID → 分 {batches} 次调用华为云（每次 200 个，按每秒 10 次约需 {seconds} 秒）",
  "lookup.counts.updating": "正在统计…",

  "lookup.invalid.show": "查看无效条目（{count}）",
  "lookup.invalid.hide": "收起无效条目",
  "lookup.invalid.intro": "以下条目不会被查询。如果它们应当是客户 ID，请在原始列表中修正。",
  "lookup.invalid.listLabel": "无效条目",
  "lookup.invalid.tooLong": "过长：{length} 个字符（客户 ID 最多 64 个字符）",
  "lookup.invalid.badCharacter":
    "第 {position} 个字符“{character}”不允许出现（只能是字母、数字、- 和 _）",
  "lookup.invalid.badSpace": "第 {position} 个字符是空格（客户 ID 不能包含空格）",
  "lookup.invalid.line": "第 {line} 行",
  "lookup.invalid.row": "{source} 第 {line} 行",
  "lookup.invalid.more": "……另有 {count} 条，请下载列表查看全部。",

  "lookup.file.drop": "将 CSV、TSV、TXT 或 XLSX 文件拖到此处，或点击选择文件",
  "lookup.file.hint":
    "文件不超过 50 MB。系统按表头（customer_id、Customer ID、客户ID 等）或内容自动识别客户 ID 列。",
  "lookup.file.reading": "正在读取文件…",
  "lookup.file.loaded": "{name}：读取 {rows} 行，从{column}取得 {count} 个值。",
  "lookup.file.column.header": "“{header}”列（按表头识别）",
  "lookup.file.column.values": "第 {column} 列（多数值形如客户 ID）",
  "lookup.file.column.valuesNamed": "“{header}”列（多数值形如客户 ID）",
  "lookup.file.column.single": "唯一的一列",
  "lookup.file.column.list": "全文（按粘贴方式拆分）",
  "lookup.file.encoding": "文本编码：{encoding}。",
  "lookup.file.errorTitle": "无法使用“{name}”",
  "lookup.file.kept": "之前输入的内容保持不变。",
  "lookup.file.error.empty": "文件是空的。",
  "lookup.file.error.empty.next": "请选择包含客户 ID 的文件。",
  "lookup.file.error.binary": "这不是文本文件或 Excel 文件。",
  "lookup.file.error.binary.next": "请将表格另存为 CSV（UTF-8）或 XLSX 后重试。",
  "lookup.file.error.tooLarge": "文件超过 50 MB。",
  "lookup.file.error.tooLarge.next": "请拆分为多个较小的文件，或只保留客户 ID 列。",
  "lookup.file.error.noIdColumn": "未找到客户 ID 列。",
  "lookup.file.error.noIdColumn.next":
    "请将该列命名为 customer_id 或 客户ID（或把 ID 放在第一列）后重试。",
  "lookup.file.error.unreadableXlsx":
    "无法读取该 Excel 文件：文件已损坏、已加密，或不是 XLSX 格式。",
  "lookup.file.error.unreadableXlsx.next": "请用 Excel 打开后重新另存为 .xlsx 或 CSV。",
  "lookup.file.error.unsupported": "不支持该文件类型。",
  "lookup.file.error.unsupported.next":
    "请使用 CSV、TSV、TXT 或 XLSX（旧版 .xls 请另存为 .xlsx）。",
  "lookup.file.error.crash": "读取文件失败：{message}",
  "lookup.file.error.crash.next": "请重试；如仍失败，请将文件另存为 CSV 后再试。",
  "lookup.file.dismiss": "关闭",

  "lookup.list.file": "{name} · {count} 个值",
  "lookup.list.paste": "粘贴的列表 · {lines} 行 · {count} 个值",
  "lookup.list.remove": "移除{name}",
  "lookup.list.pasteName": "粘贴的列表",
  "lookup.list.edit": "放回输入框编辑",
  "lookup.list.bigPaste": "粘贴内容较多，已作为列表保存，以免页面卡顿。",

  "lookup.query": "查询",
  "lookup.cancel": "取消",
  "lookup.retryFailed": "重试失败的 ID（{count}）",
  "lookup.continue": "继续查询（{count} 个未发送）",
  "lookup.refresh": "刷新",
  "lookup.refreshHint": "重新向华为云查询，而不使用本次会话中已获取的结果",
  "lookup.clear": "清空",
  "lookup.tryDemo": "试用演示 ID",

  "lookup.progress.label": "查询进度",
  "lookup.progress.text": "批次 {done}/{total} · ID {idsDone}/{idsTotal} · 已用时 {elapsed}",
  "lookup.progress.eta": "预计还需约 {seconds} 秒",
  "lookup.progress.estimating": "正在估算剩余时间…",
  "lookup.progress.finished": "查询完成，用时 {elapsed}。",
  "lookup.progress.cancelled": "已在 {elapsed} 后取消，已返回的结果均已保留。",
  "lookup.progress.notSent": "{count} 个 ID 尚未发送给华为云。点击“继续查询”只发送这些 ID，已查询的不会重复查询。",
  "lookup.progress.cached":
    "{total} 个批次中有 {count} 个来自本次会话的缓存，未调用华为云。点击“刷新”可重新查询。",

  "lookup.scope.own": "查询范围：您自己的客户。",
  "lookup.scopeChanged.title": "上次查询属于另一个查询范围",
  "lookup.scopeChanged.text":
    "您上次查询的 {count} 个 ID 的范围是“{runScope}”。您现在选择了“{scope}”，为避免结果被标上错误的归属，上次的结果已隐藏。您的 ID 列表仍然保留。",
  "lookup.scopeChanged.rerun": "为“{scope}”查询这些 ID",
  "lookup.scopeChanged.back": "返回“{runScope}”",
  "lookup.scope.reseller": "查询范围：云经销商 {id} 的客户。",

  "lookup.summary.title": "汇总",
  "lookup.summary.idle": "粘贴 ID 或上传文件后点击“查询”，每个 ID 的结果都会在这里列明。",
  "lookup.summary.equation":
    "找到 {found} + 未返回 {notReturned} + 无效 {invalid} + 失败 {failed} = 共 {total} 个",
  "lookup.summary.equationNotSent":
    "找到 {found} + 未返回 {notReturned} + 无效 {invalid} + 失败 {failed} + 未发送 {notSent} = 共 {total} 个",
  "lookup.summary.pending": "还有 {count} 个正在等待结果。",
  "lookup.summary.duplicates": "查询前已去除 {count} 个重复项。",
  "lookup.summary.allFound": "所有有效 ID 均已找到。",

  "lookup.bucket.found": "已找到",
  "lookup.bucket.notReturned": "未返回",
  "lookup.bucket.invalid": "无效",
  "lookup.bucket.failed": "失败",
  "lookup.bucket.notSent": "未发送（已取消）",
  "lookup.bucket.pending": "等待中",
  "lookup.bucket.found.hint": "华为云返回了这些 ID 的标签，详见查询结果。",
  "lookup.bucket.notReturned.hint": "华为云未返回这些 ID，也没有报错。可能的原因：",
  "lookup.bucket.notReturned.notYours": "不是您的客户（或不是 SMB 客户）。",
  "lookup.bucket.notReturned.reseller": "属于您的某个云经销商：请选择该经销商后重新查询。",
  "lookup.bucket.notReturned.otherScope":
    "不是该经销商的客户：可能是您自己的客户或其他经销商的客户，请切换查询范围。",
  "lookup.bucket.notReturned.otherPartner": "属于其他合作伙伴。",
  "lookup.bucket.notReturned.typo": "ID 输入有误：请与控制台中的 ID 核对。",
  "lookup.bucket.invalid.hint": "这些条目不可能是客户 ID，未被查询。",
  "lookup.bucket.failed.hint": "这些 ID 未得到结果。点击“{retry}”只重新查询它们。",
  "lookup.bucket.failed.group": "{code} · {count} 个 ID",
  "lookup.bucket.notSent.hint": "您在这些 ID 发送给华为云之前取消了查询：它们并未失败。点击“继续查询”只发送这些 ID。",
  "lookup.bucket.show": "查看 ID",
  "lookup.bucket.hide": "收起",
  "lookup.bucket.listLabel": "{bucket}的 ID",
  "lookup.bucket.more": "仅显示前 {shown} 个，共 {count} 个。复制或下载可获取全部。",

  "lookup.ids.copy": "复制 ID",
  "lookup.ids.copied": "已复制 {count} 个 ID",
  "lookup.ids.download": "下载 CSV",
  "lookup.ids.header": "customer_id",
  "lookup.ids.reason": "reason",
  "lookup.ids.errorCode": "error_code",
  "lookup.ids.errorMessage": "error_msg",
};
