import type { Translation } from "../../lib/i18n/catalog.ts";
import type { lookupEn } from "./messages.en.ts";

// Simplified Chinese messages of the lookup feature; a type-only import, so no English text comes along.
export const lookupZh: Translation<typeof lookupEn> = {
  "lookup.loadingSummary": "正在加载汇总…",
  "lookup.title": "客户 ID",
  "lookup.box.label": "客户 ID",
  "lookup.box.description":
    "可任意格式粘贴：每行一个，或用逗号、分号、制表符、空格分隔，引号会被忽略。",
  "lookup.box.placeholder": "0bb43f2b5a10f19c014228fb580…\n05377f723980d4330f06c01929ec37a0",

  "lookup.counts.label": "待查询内容",
  "lookup.counts.valid": "有效 {count, number} 个",
  "lookup.counts.duplicates": "重复 {count, number} 个（已去除）",
  "lookup.counts.invalid": "无效 {count, number} 个",
  "lookup.counts.converted":
    "已将 {count, number} 个 ID 从全角转换为半角：全角模式下输入的字母和数字按半角读取。",
  "lookup.counts.batches":
    "{ids, number} 个 ID → 分 {batches, number} 次调用华为云（每次 200 个，按每秒 10 次约需 {seconds, number} 秒）",
  "lookup.counts.updating": "正在统计…",

  "lookup.invalid.show": "查看无效条目（{count, number}）",
  "lookup.invalid.hide": "收起无效条目",
  "lookup.invalid.intro": "以下条目不会被查询。如果它们应当是客户 ID，请在原始列表中修正。",
  "lookup.invalid.listLabel": "无效条目",
  "lookup.invalid.tooLong": "过长：{length} 个字符（客户 ID 最多 64 个字符）",
  "lookup.invalid.badCharacter":
    "第 {position} 个字符“{character}”不允许出现（只能是字母、数字、- 和 _）",
  "lookup.invalid.badSpace": "第 {position} 个字符是空格（客户 ID 不能包含空格）",
  "lookup.invalid.line": "第 {line} 行",
  "lookup.invalid.row": "{source} 第 {line} 行",
  "lookup.invalid.more": "……另有 {count, number} 条，请下载列表查看全部。",

  "lookup.file.drop": "将 CSV、TSV、TXT 或 XLSX 文件拖到此处，或点击选择文件",
  "lookup.file.hint":
    "文件不超过 50 MB。系统按表头（customer_id、Customer ID、客户ID 等）或内容自动识别客户 ID 列。",
  "lookup.file.reading": "正在读取文件…",
  "lookup.file.loaded": "{name}：读取 {rows, number} 行，从{column}取得 {count, number} 个值。",
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

  "lookup.list.file": "{name} · {count, number} 个值",
  "lookup.list.paste": "粘贴的列表 · {lines, number} 行 · {count, number} 个值",
  "lookup.list.remove": "移除{name}",
  "lookup.list.pasteName": "粘贴的列表",
  "lookup.list.edit": "放回输入框编辑",
  "lookup.list.bigPaste": "粘贴内容较多，已作为列表保存，以免页面卡顿。",

  "lookup.query": "查询",
  "lookup.cancel": "取消",
  "lookup.retryFailed": "重试失败的 ID（{count, number}）",
  "lookup.continue": "继续查询（{count, number} 个未发送）",
  "lookup.refresh": "刷新",
  "lookup.refreshHint": "重新向华为云查询，而不使用本次会话中已获取的结果",
  "lookup.clear": "清空",
  "lookup.tryDemo": "试用演示 ID",

  "lookup.progress.label": "查询进度",
  "lookup.notice.done": "查询已完成",
  "lookup.notice.cancelled": "查询已取消",
  "lookup.notice.failed": "查询因错误停止",
  "lookup.notice.ask": "结束时通知我",
  "lookup.notice.asked": "如果结束时此标签页在后台，将收到通知。",
  "lookup.progress.text": "批次 {done, number}/{total, number} · ID {idsDone, number}/{idsTotal, number} · 已用时 {elapsed}",
  "lookup.progress.eta": "预计还需约 {seconds, number} 秒",
  "lookup.progress.estimating": "正在估算剩余时间…",
  "lookup.progress.finished": "查询完成，用时 {elapsed}。",
  "lookup.progress.cancelled": "已在 {elapsed} 后取消，已返回的结果均已保留。",
  "lookup.progress.notSent": "{count, number} 个 ID 尚未发送给华为云。点击“继续查询”只发送这些 ID，已查询的不会重复查询。",
  "lookup.progress.cached":
    "{total, number} 个批次中有 {count, number} 个来自本次会话的缓存，未调用华为云。点击“刷新”可重新查询。",
  "lookup.duration.seconds": "{seconds, number} 秒",
  "lookup.duration.minutes": "{minutes, number} 分 {seconds, number, ::00} 秒",

  "lookup.scope.own": "查询范围：您自己的客户。",
  "lookup.scopeChanged.title": "上次查询属于另一个查询范围",
  "lookup.scopeChanged.text":
    "您上次查询的 {count, number} 个 ID 的范围是“{runScope}”。您现在选择了“{scope}”，为避免结果被标上错误的归属，上次的结果已隐藏。您的 ID 列表仍然保留。",
  "lookup.scopeChanged.rerun": "为“{scope}”查询这些 ID",
  "lookup.scopeChanged.back": "返回“{runScope}”",
  "lookup.scope.reseller": "查询范围：云经销商 {id} 的客户。",

  "lookup.summary.title": "汇总",
  "lookup.summary.idle": "粘贴 ID 或上传文件后点击“查询”，每个 ID 的结果都会在这里列明。",
  "lookup.summary.equation":
    "找到 {found, number} + 未返回 {notReturned, number} + 无效 {invalid, number} + 失败 {failed, number} = 共 {total, number} 个",
  "lookup.summary.equationNotSent":
    "找到 {found, number} + 未返回 {notReturned, number} + 无效 {invalid, number} + 失败 {failed, number} + 未发送 {notSent, number} = 共 {total, number} 个",
  "lookup.summary.pending": "还有 {count, number} 个正在等待结果。",
  "lookup.summary.duplicates": "查询前已去除 {count, number} 个重复项。",
  "lookup.summary.allFound": "所有有效 ID 均已找到。",

  "lookup.bucket.found": "已找到",
  "lookup.bucket.notReturned": "未返回",
  "lookup.bucket.invalid": "无效",
  "lookup.bucket.failed": "失败",
  "lookup.bucket.notSent": "未发送（已取消）",
  "lookup.bucket.heading": "{bucket} · {count, number}",
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
  "lookup.bucket.failed.group": "{code} · {count, number} 个 ID",
  "lookup.bucket.notSent.hint": "您在这些 ID 发送给华为云之前取消了查询：它们并未失败。点击“继续查询”只发送这些 ID。",
  "lookup.bucket.show": "查看 ID",
  "lookup.bucket.hide": "收起",
  "lookup.bucket.listLabel": "{bucket}的 ID",
  "lookup.bucket.more": "仅显示前 {shown, number} 个，共 {count, number} 个。复制或下载可获取全部。",

  "lookup.ids.copy": "复制 ID",
  "lookup.ids.copied": "已复制 {count, number} 个 ID",
  "lookup.ids.download": "下载 CSV",
  "lookup.ids.header": "customer_id",
  "lookup.ids.reason": "reason",
  "lookup.ids.errorCode": "error_code",
  "lookup.ids.errorMessage": "error_msg",
};
