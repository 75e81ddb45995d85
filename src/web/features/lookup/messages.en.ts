// English messages of the lookup feature: their keys are the source of truth for every language.
export const lookupEn = {
  "lookup.loadingSummary": "Loading the summary…",
  "lookup.title": "Customer IDs",
  "lookup.box.label": "Customer IDs",
  "lookup.box.description":
    "Paste in any layout: one per line, or separated by commas, semicolons, tabs or spaces. Quotes are ignored.",
  "lookup.box.placeholder": "0bb43f2b5a10f19c014228fb580…\n05377f723980d4330f06c01929ec37a0",

  "lookup.counts.label": "What will be queried",
  "lookup.counts.valid": "{count, number} valid",
  "lookup.counts.duplicates": "Duplicates removed: {count, number}",
  "lookup.counts.invalid": "{count, number} invalid",
  "lookup.counts.converted":
    "{count, plural, one {# ID} other {# IDs}} converted from full-width: letters and digits typed in full-width mode are read as ASCII.",
  "lookup.counts.batches":
    "{ids, plural, one {# ID} other {# IDs}} → {batches, plural, one {# call} other {# calls}} to Huawei (200 each, about {seconds, number} s at 10 calls/s)",
  "lookup.counts.updating": "Counting…",

  "lookup.invalid.show": "Show invalid entries ({count, number})",
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
  "lookup.invalid.more": "…and {count, number} more. Download the list to see them all.",

  "lookup.file.drop": "Drop a CSV, TSV, TXT or XLSX file here, or click to choose one",
  "lookup.file.hint":
    "Up to 50 MB. The ID column is found by its header (customer_id, Customer ID, 客户ID…) or by its values.",
  "lookup.file.reading": "Reading the file…",
  "lookup.file.loaded":
    "{name}: {rows, plural, one {# row} other {# rows}} read; {count, plural, one {# value} other {# values}} taken from {column}.",
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

  "lookup.list.file": "{name} · {count, plural, one {# value} other {# values}}",
  "lookup.list.paste":
    "Pasted list · {lines, plural, one {# line} other {# lines}} · {count, plural, one {# value} other {# values}}",
  "lookup.list.remove": "Remove {name}",
  "lookup.list.pasteName": "the pasted list",
  "lookup.list.edit": "Edit in the box",
  "lookup.list.bigPaste": "Large pastes are kept as a list so the page stays fast.",

  "lookup.query": "Query",
  "lookup.cancel": "Cancel",
  "lookup.retryFailed": "Retry failed ({count, number})",
  "lookup.continue": "Continue ({count, number} not sent)",
  "lookup.refresh": "Refresh",
  "lookup.refreshHint":
    "Ask Huawei again instead of using the answers already fetched this session",
  "lookup.clear": "Clear",
  "lookup.tryDemo": "Try demo IDs",

  "lookup.progress.label": "Query progress",
  "lookup.notice.done": "Lookup finished",
  "lookup.notice.cancelled": "Lookup cancelled",
  "lookup.notice.failed": "Lookup stopped by an error",
  "lookup.notice.ask": "Notify me when it ends",
  "lookup.notice.asked": "You will be notified if this tab is in the background when it ends.",
  "lookup.progress.text": "Batches {done, number}/{total, number} · IDs {idsDone, number}/{idsTotal, number} · {elapsed} elapsed",
  "lookup.progress.eta": "about {seconds, number} s left",
  "lookup.progress.estimating": "estimating time left…",
  "lookup.progress.finished": "Finished in {elapsed}.",
  "lookup.progress.cancelled": "Cancelled after {elapsed}. The answers that arrived are kept.",
  "lookup.progress.notSent":
    "{count, plural, one {# ID was not sent to Huawei. Continue sends only that one; nothing is asked twice.} other {# IDs were not sent to Huawei. Continue sends only those; nothing is asked twice.}}",
  "lookup.progress.cached":
    "{count, number} of {total, plural, one {# batch} other {# batches}} came from this session's cache, without calling Huawei. Refresh asks again.",
  "lookup.duration.seconds": "{seconds, number} s",
  "lookup.duration.minutes": "{minutes, number} min {seconds, number, ::00} s",

  "lookup.scope.own": "Scope: your own customers.",
  "lookup.scopeChanged.title": "The last lookup was for another scope",
  "lookup.scopeChanged.text":
    "Your lookup of {count, plural, one {# ID} other {# IDs}} asked about {runScope}. You have now chosen {scope}, so its results are hidden rather than shown under the wrong name. Your ID list is kept.",
  "lookup.scopeChanged.rerun": "Look up these IDs for {scope}",
  "lookup.scopeChanged.back": "Back to {runScope}",
  "lookup.scope.reseller": "Scope: customers of cloud reseller {id}.",

  "lookup.summary.title": "Summary",
  "lookup.summary.idle":
    "Paste IDs or upload a file, then press Query. Every ID will be accounted for here.",
  "lookup.summary.equation":
    "{found, number} found + {notReturned, number} not returned + {invalid, number} invalid + {failed, number} failed = {total, plural, one {# entry} other {# entries}}",
  "lookup.summary.equationNotSent":
    "{found, number} found + {notReturned, number} not returned + {invalid, number} invalid + {failed, number} failed + {notSent, number} not sent = {total, plural, one {# entry} other {# entries}}",
  "lookup.summary.pending": "{count, number} still waiting for an answer.",
  "lookup.summary.duplicates": "Duplicates removed before querying: {count, number}.",
  "lookup.summary.allFound": "Every valid ID was found.",

  "lookup.bucket.found": "Found",
  "lookup.bucket.notReturned": "Not returned",
  "lookup.bucket.invalid": "Invalid",
  "lookup.bucket.failed": "Failed",
  "lookup.bucket.notSent": "Not sent — cancelled",
  "lookup.bucket.heading": "{bucket} · {count, number}",
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
  "lookup.bucket.failed.group": "{code} · {count, plural, one {# ID} other {# IDs}}",
  "lookup.bucket.notSent.hint":
    "You cancelled the run before these IDs were sent to Huawei: they did not fail. Continue sends only these.",
  "lookup.bucket.show": "Show IDs",
  "lookup.bucket.hide": "Hide IDs",
  "lookup.bucket.listLabel": "{bucket} IDs",
  "lookup.bucket.more": "Showing the first {shown, number} of {count, number}. Copy or download for all of them.",

  "lookup.ids.copy": "Copy IDs",
  "lookup.ids.copied": "Copied {count, plural, one {# ID} other {# IDs}}",
  "lookup.ids.download": "Download CSV",
  "lookup.ids.header": "customer_id",
  "lookup.ids.reason": "reason",
  "lookup.ids.errorCode": "error_code",
  "lookup.ids.errorMessage": "error_msg",
  "lookup.bar.scope": "Scope: {scope}",
  "lookup.bar.files": "{count, plural, one {File} other {# files}}: {names}",
  "lookup.bar.edit": "Edit IDs",
  "lookup.bar.hide": "Hide input",
  "lookup.bar.restored": "Restored: saved in this browser on {savedAt, date, medium} at {savedAt, time, short}",
  "lookup.restore.title": "Your last lookup is kept in this browser",
  "lookup.restore.text": "{count, plural, one {# entry} other {# entries}} for {scope}, saved on {savedAt, date, medium} at {savedAt, time, short}. Restore shows its results again without calling Huawei.",
  "lookup.restore.restore": "Restore",
  "lookup.restore.discard": "Discard",
} as const;
