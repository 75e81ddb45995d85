// English messages of the resellers feature: their keys are the source of truth for every language.
export const resellersEn = {
  "resellers.label": "Whose customers",
  "resellers.own": "My own customers",
  "resellers.placeholder": "Search by name, account name or ID",
  "resellers.loading": "Loading your cloud resellers…",
  "resellers.nothingFound": "No reseller matches “{search}”.",
  "resellers.countHint":
    "{count, plural, one {# cloud reseller} other {# cloud resellers}}. Type to search by name, account name or ID.",
  "resellers.noneHint": "You have no cloud resellers yet: only your own customers can be shown.",
  "resellers.notInList": "{id} (not in your reseller list)",
  "resellers.accountName": "Account: {name}",
  "resellers.notDistributor.title": "Reseller list not available",
  "resellers.notDistributor.text":
    "Huawei refused the reseller list ({code}): only a tier-1 distributor's account may list its cloud resellers. You can still type a reseller ID below.",
  "resellers.failed.title": "The reseller list could not be loaded",
  "resellers.failed.manual": "You can also type a reseller ID below.",
  "resellers.retry": "Retry",
  "resellers.manual.label": "Reseller ID",
  "resellers.manual.description": "Leave empty and apply to see your own customers.",
  "resellers.manual.placeholder": "e.g. 0bb43f2b5a10f19c014228fb580ab12c",
  "resellers.manual.apply": "Apply",
  "resellers.manual.tooLong":
    "A reseller ID has at most 64 characters; this one has {length}. Check what was pasted.",
  "resellers.manual.badCharacter":
    "“{character}” cannot be part of a reseller ID (only letters, digits, - and _). Check what was pasted.",
  "resellers.error.unknown.what": "This reseller is not one of yours, or the ID is mistyped.",
  "resellers.error.unknown.next":
    "Pick the reseller from the list or check the ID, or go back to your own customers.",
} as const;
