// English messages of the portfolio feature: their keys are the source of truth for every language.
export const portfolioEn = {
  "portfolio.title": "Portfolio",
  "portfolio.intro":
    "Every customer of yours and of every reseller, as the dashboard's store last read them from Huawei; it syncs on a schedule, or now.",
  "portfolio.loading": "Loading the portfolio…",
  "portfolio.firstRows":
    "Showing the first {shown, number} of {total, plural, one {# customer} other {# customers}} while the rest loads…",
  "portfolio.own": "Own customers",

  "portfolio.ago.now": "just now",
  "portfolio.ago.minutes": "{count, plural, one {# minute ago} other {# minutes ago}}",
  "portfolio.ago.hours": "{count, plural, one {# hour ago} other {# hours ago}}",
  "portfolio.ago.days": "{count, plural, one {# day ago} other {# days ago}}",
  "portfolio.time": "{time, date, medium} {time, time, short}",
  "portfolio.asOf": "As of {time} ({ago})",
  "portfolio.asOfNever": "No sync has finished yet: the portfolio fills in when the first one has.",
  "portfolio.incomplete":
    "The first sync has not finished yet: some scopes are missing or incomplete until it has.",

  "portfolio.down.title": "The portfolio cannot be shown",

  "portfolio.sync.button": "Sync now",
  "portfolio.sync.progressLabel": "Sync progress",
  "portfolio.sync.starting":
    "Syncing: reading the reseller list ({calls, plural, one {# call} other {# calls}} to Huawei)…",
  "portfolio.sync.running":
    "Syncing: {done, number} of {total, plural, one {# scope} other {# scopes}} · {rows, plural, one {# customer} other {# customers}} · {calls, plural, one {# call} other {# calls}} to Huawei",
  "portfolio.sync.succeeded":
    "Last sync finished {ago}: {rows, plural, one {# customer} other {# customers}} in {total, plural, one {# scope} other {# scopes}}, {calls, plural, one {# call} other {# calls}} to Huawei.",
  "portfolio.sync.failed":
    "The last sync failed {ago}, after {done, number} of {total, plural, one {# scope} other {# scopes}}.",
  "portfolio.sync.errors": "What went wrong:",
  "portfolio.sync.moreErrors":
    "{count, plural, one {… and # more line} other {… and # more lines}}",
  "portfolio.sync.never": "No sync has run yet.",

  "portfolio.changes.title": "What changed",
  "portfolio.changes.since": "Since",
  "portfolio.changes.lastSync": "Previous sync",
  "portfolio.changes.sinceLastSync": "Found by the last sync (since {time}).",
  "portfolio.changes.sinceDay": "Since {time}.",
  "portfolio.changes.loading": "Loading the changes…",
  "portfolio.changes.truncated":
    "More changes happened than one answer holds: the oldest are left out. Choose a later day to see them all.",
  "portfolio.changes.none": "Nothing changed in this time.",
  "portfolio.changes.group": "{kind} · {count, number}",
  "portfolio.changes.more": "Show {count, number} more ({shown, number} of {total, number} shown)",
  "portfolio.col.customer": "Customer ID",
  "portfolio.col.reseller": "Reseller",
  "portfolio.col.change": "Before → after",
  "portfolio.col.observed": "Seen",

  "portfolio.kind.new": "New customers",
  "portfolio.kind.tagChanged": "Tag changed",
  "portfolio.kind.effectiveChanged": "Effective month changed",
  "portfolio.kind.expiryChanged": "Expire month changed",
  "portfolio.kind.gone": "No longer listed",
  "portfolio.kind.back": "Listed again",
  "portfolio.value.none": "(none)",
  "portfolio.value.change": "{before} → {after}",
  "portfolio.value.changeOfType": "{before} → {after} ({type})",

  "portfolio.customer.open": "Show the tag history of customer {id}",
  "portfolio.customer.title": "Customer {id}",
  "portfolio.customer.close": "Close the customer's history",
  "portfolio.customer.loading": "Loading the customer's history…",
  "portfolio.customer.unknown":
    "The portfolio does not know this customer: no sync has seen it among your customers or your resellers'.",
  "portfolio.customer.tag": "Tag now",
  "portfolio.customer.effective": "Effective month",
  "portfolio.customer.expire": "Expire month",
  "portfolio.customer.firstSeen": "First seen",
  "portfolio.customer.lastSeen": "Last seen",
  "portfolio.customer.goneSince": "Not listed since {time}",
  "portfolio.customer.history": "History of its tag",
  "portfolio.customer.noHistory": "No change since it was first seen.",
  "portfolio.alerts.title": "Alerts",
  "portfolio.alerts.none":
    "No alert channel is configured: set ALERT_WECOM_URL, ALERT_DINGTALK_URL, ALERT_FEISHU_URL or ALERT_WEBHOOK_URL to hear about each sync's findings in the team's chat.",
  "portfolio.alerts.intro":
    "After each sync that finds {months, plural, =0 {changes} one {changes, or tags expiring this month or next} other {changes, or tags expiring within # months}}, a digest in {language} goes to:",
  "portfolio.alerts.language.zh-CN": "Simplified Chinese",
  "portfolio.alerts.language.en": "English",
  "portfolio.alerts.channel.webhook": "Webhook",
  "portfolio.alerts.channel.wecom": "WeCom",
  "portfolio.alerts.channel.dingtalk": "DingTalk",
  "portfolio.alerts.channel.feishu": "Feishu (Lark)",
  "portfolio.alerts.test": "Send test alert",
  "portfolio.alerts.testFor": "Send a test alert to {channel}",
  "portfolio.alerts.testSent":
    "Test alert delivered ({attempts, plural, one {# attempt} other {# attempts}}).",
  "portfolio.alerts.deliveries": "Alerts of this sync",
  "portfolio.alerts.delivery.sent":
    "{channel}: sent {time} ({attempts, plural, one {# attempt} other {# attempts}})",
  "portfolio.alerts.delivery.sending":
    "{channel}: sending ({attempts, plural, one {# attempt} other {# attempts}} so far)…",
  "portfolio.alerts.delivery.failed":
    "{channel}: not delivered after {attempts, plural, one {# attempt} other {# attempts}} ({time}): {error}",
} as const;
