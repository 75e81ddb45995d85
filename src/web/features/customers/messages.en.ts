// English messages of the customers feature: their keys are the source of truth for every language.
export const customersEn = {
  "customers.about": "About customer names",
  "customers.declined": "Names were not fetched by themselves: this scope's customer list holds {total, number} customers ({calls, number} calls). Turn the switch on to read it.",
  "customers.show": "Show customer names",
  "customers.showHint":
    "Real names and account names from Huawei's customer list: one call per 100 customers, read once per reseller. On by themselves for up to 300 rows when that takes at most 60 calls. Phone numbers and e-mail addresses are never shown.",
  "customers.fewHint": "Names of the customers shown are looked up one by one.",
  "customers.loadingFew":
    "{count, plural, one {Looking up the name of # customer…} other {Looking up the names of # customers…}}",
  "customers.loading":
    "Loading names: {loaded, number} of {total, plural, one {# customer} other {# customers}}",
  "customers.loadingStart": "Loading names…",
  "customers.progressLabel": "Loading customer names",
  "customers.cancel": "Cancel",
  "customers.stopped":
    "Names loaded for {loaded, number} of {total, plural, one {# customer.} other {# customers.}}",
  "customers.continue": "Continue",
  "customers.done":
    "{total, plural, one {Name of # customer loaded.} other {Names of all # customers loaded.}}",
  "customers.refused":
    "Names are not available: Huawei refused the customer list ({code}). The connected account may lack permission to read customer details.",
  "customers.failed": "Loading names failed. The names loaded so far are kept.",
  "customers.retry": "Retry",
} as const;
