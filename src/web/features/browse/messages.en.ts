// English messages of the browse feature: their keys are the source of truth for every language.
export const browseEn = {
  "browse.mode.label": "What to do",
  "browse.mode.lookup": "Look up IDs",
  "browse.mode.browse": "Browse all customers",
  "browse.mode.portfolio": "Portfolio",
  "browse.title": "All customers",
  "browse.intro":
    "Huawei lists your SMB customers page by page and never says how many there are: a page shorter than the page size is the last one.",
  "browse.previous": "Previous page from Huawei",
  "browse.next": "Next page from Huawei",
  "browse.pageSize": "Rows per page",
  "browse.pageLabel": "Page {page, number}",
  "browse.rowRange": "Customers {first, number}–{last, number}",
  "browse.loadingPage": "Loading page {page, number}…",
  "browse.moreAfter": "More pages may follow: Huawei does not say how many.",
  "browse.lastPage": "Last page: no customers after number {last, number}.",
  "browse.onlyPage":
    "{count, plural, one {# customer fits on this page.} other {All # customers fit on this page.}}",
  "browse.pastEnd": "No more customers: the list ends before page {page, number}.",
  "browse.backToLast": "Back to page {page, number}",
  "browse.empty": "No customers to show: Huawei returned none for this scope.",
  "browse.emptyHint":
    "Only SMB sub-customers are listed. If you expected customers here, check the chosen reseller.",
  "browse.loadAll": "Load all",
  "browse.loadAllHint":
    "Fetches every page (200 customers per call) so filters, sorting and export cover everyone.",
  "browse.loadingAll": "Loading all customers: {count, number} so far (pages: {pages, number}, {seconds, number} s)",
  "browse.noTotal": "No total known: loading stops at the first short page.",
  "browse.cancel": "Cancel",
  "browse.allLoaded":
    "{count, plural, one {# customer loaded} other {All # customers loaded}} (pages: {pages, number}).",
  "browse.allLoadedIn":
    "{count, plural, one {# customer loaded} other {All # customers loaded}} (pages: {pages, number}, {seconds, number} s).",
  "browse.stopped":
    "Loading stopped: {count, plural, one {# customer loaded so far is kept.} other {# customers loaded so far are kept.}}",
  "browse.continue": "Continue loading",
  "browse.failedSoFar":
    "{count, plural, one {The # customer loaded so far is kept.} other {The # customers loaded so far are kept.}}",
  "browse.failedSoFarResume":
    "{count, plural, one {The # customer loaded so far is kept; “{retry}” resumes after it.} other {The # customers loaded so far are kept; “{retry}” resumes after them.}}",
  "browse.showPages": "Browse page by page",
  "browse.progressLabel": "Loading all customers",
  "browse.backToOwn": "Show my own customers",
} as const;
