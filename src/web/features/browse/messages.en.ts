// English messages of the browse feature: their keys are the source of truth for every language.
export const browseEn = {
  "browse.mode.label": "What to do",
  "browse.mode.lookup": "Look up IDs",
  "browse.mode.browse": "Browse all customers",
  "browse.title": "All customers",
  "browse.intro":
    "Huawei lists your SMB customers page by page and never says how many there are: a page shorter than the page size is the last one.",
  "browse.previous": "Previous page from Huawei",
  "browse.next": "Next page from Huawei",
  "browse.pageSize": "Rows per page",
  "browse.pageLabel": "Page {page}",
  "browse.rowRange": "Customers {first}–{last}",
  "browse.loadingPage": "Loading page {page}…",
  "browse.moreAfter": "More pages may follow: Huawei does not say how many.",
  "browse.lastPage": "Last page: no customers after number {last}.",
  "browse.onlyPage": "All {count} customers fit on this page.",
  "browse.pastEnd": "No more customers: the list ends before page {page}.",
  "browse.backToLast": "Back to page {page}",
  "browse.empty": "No customers to show: Huawei returned none for this scope.",
  "browse.emptyHint":
    "Only SMB sub-customers are listed. If you expected customers here, check the chosen reseller.",
  "browse.loadAll": "Load all",
  "browse.loadAllHint":
    "Fetches every page (200 customers per call) so filters, sorting and export cover everyone.",
  "browse.loadingAll": "Loading all customers: {count} so far (pages: {pages}, {seconds} s)",
  "browse.noTotal": "No total known: loading stops at the first short page.",
  "browse.cancel": "Cancel",
  "browse.allLoaded": "All {count} customers loaded (pages: {pages}).",
  "browse.allLoadedIn": "All {count} customers loaded (pages: {pages}, {seconds} s).",
  "browse.stopped": "Loading stopped: {count} customers loaded so far are kept.",
  "browse.continue": "Continue loading",
  "browse.failedSoFar": "The {count} customers loaded so far are kept.",
  "browse.failedSoFarResume":
    "The {count} customers loaded so far are kept; “{retry}” resumes after them.",
  "browse.showPages": "Browse page by page",
  "browse.progressLabel": "Loading all customers",
  "browse.backToOwn": "Show my own customers",
} as const;
