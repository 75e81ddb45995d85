// English messages of shared pieces (failure explanations, the chunk boundary): their keys are the source of truth for every language.
export const sharedEn = {
  "chunk.title": "This part of the page could not be loaded",
  "chunk.hint":
    "The dashboard may have been updated, or the network dropped while it loaded; the rest of the page still works. “{reload}” loads the page again: the reseller, filters and sort (kept in the address) stay, IDs you entered and lookup results do not.",
  "chunk.reload": "Reload the page",

  "error.title": "The query failed",
  "error.code": "Error code: {code}",
  "error.status": "HTTP status {status}",
  "error.message": "Message from the server:",
  "error.retry": "Retry",
  "error.CBC.0100.what": "Huawei rejected a parameter of the request.",
  "error.CBC.0100.next":
    "Check the customer IDs and the reseller ID for stray characters: each is at most 64 letters, digits, - or _.",
  "error.CBC.0151.what": "Huawei denied access to this data.",
  "error.CBC.0151.next":
    "Ask your administrator to check that the connected account is a reseller partner or tier-1 distributor with access to the partner APIs.",
  "error.CBC.0155.what":
    "Huawei did not allow the request: the credentials are wrong or lack permission for this API.",
  "error.CBC.0155.next":
    "Ask your administrator to check the proxy's AK/SK and the account's API permissions.",
  "error.CBC.0156.what": "The customer does not belong to this Huawei Cloud site.",
  "error.CBC.0156.next":
    "Ask your administrator whether the proxy is pointed at the right site (China, International or Europe).",
  "error.CBC.0154.what": "The Huawei token is invalid or has expired.",
  "error.CBC.0154.next": "Ask your administrator to renew the proxy's credentials.",
  "error.APIGW.0301.what":
    "Huawei's gateway rejected the request signature (AK/SK authentication failed).",
  "error.APIGW.0301.next":
    "Do not try again and again: the key locks after 5 failures. Ask your administrator to check the AK/SK and the server clock.",
  "error.throttled.what": "Too many requests: Huawei's flow control is limiting us.",
  "error.throttled.next": "Wait a few seconds, then press “{retry}”.",
  "error.throttled.nextIn": "Wait {seconds} s, then press “{retry}”.",
  "error.CBC.0999.what": "Huawei reported an unknown internal error.",
  "error.CBC.0999.next":
    "Press “{retry}” in a moment; if it keeps failing, give your administrator the error code.",
  "error.NETWORK.what": "The dashboard could not reach its server.",
  "error.NETWORK.next": "Check your network connection, then press “{retry}”.",
  "error.BAD_RESPONSE.what": "The server's answer was not in the expected format.",
  "error.BAD_RESPONSE.next": "Press “{retry}”; if it keeps happening, contact your administrator.",
  "error.PROXY.timeout.what": "Huawei did not answer in time, even after several tries.",
  "error.PROXY.timeout.next":
    "Huawei may be slow right now: wait a minute, then press “{retry}”. Nothing already loaded is lost.",
  "error.PROXY.unreachable.what":
    "The dashboard's server could not reach Huawei (the connection failed).",
  "error.PROXY.unreachable.next":
    "Press “{retry}” in a minute; if it keeps failing, ask your administrator to check the server's network.",
  "error.PROXY.badAnswer.what":
    "Huawei's answer could not be read (it was incomplete or malformed).",
  "error.PROXY.badAnswer.next":
    "Press “{retry}”; if it keeps happening, give your administrator the request id in the server's message.",
  "error.PROXY.paused.what":
    "Huawei is failing, so the dashboard paused its calls to let it recover.",
  "error.PROXY.paused.next":
    "Wait a few seconds, then press “{retry}”. Nothing already loaded is lost.",
  "error.PROXY.paused.nextIn":
    "Wait {seconds} s, then press “{retry}”. Nothing already loaded is lost.",
  "error.PROXY.busy.what": "The dashboard's server has too many calls to Huawei waiting.",
  "error.PROXY.busy.next":
    "Wait a few seconds, then press “{retry}”; colleagues may be running large lookups.",
  "error.PROXY.busy.nextIn":
    "Wait {seconds} s, then press “{retry}”; colleagues may be running large lookups.",
  "error.PROXY.tooMany.what": "Too many requests came from this browser in a short time.",
  "error.PROXY.tooMany.next": "Wait a minute, then press “{retry}”.",
  "error.PROXY.tooMany.nextIn": "Wait {seconds} s, then press “{retry}”.",
  "error.PROXY.signIn.what":
    "The dashboard's server could not sign in to Huawei, or you are not signed in to the dashboard.",
  "error.PROXY.signIn.next":
    "Reload the page and sign in; if it persists, ask your administrator to check the Huawei credentials.",
  "error.PROXY.refused.what": "The dashboard's server refused the request.",
  "error.PROXY.refused.next":
    "Open the dashboard from its own address, not from another site or a bookmarklet.",
  "error.PROXY.restarting.what": "The dashboard's server is restarting.",
  "error.PROXY.restarting.next": "Wait a few seconds, then press “{retry}”. Nothing already loaded is lost.",
  "error.PROXY.restarting.nextIn": "Wait {seconds} s, then press “{retry}”. Nothing already loaded is lost.",
  "error.PROXY.wrongHost.what": "The dashboard's server does not answer at this address.",
  "error.PROXY.wrongHost.next":
    "Open the dashboard at the address your administrator gave you (administrators: PUBLIC_URL or ALLOWED_HOSTS).",
  "error.PROXY.storeOff.what": "The portfolio is turned off on this dashboard's server: it keeps no store of your customers' tags.",
  "error.PROXY.storeOff.next":
    "Looking up IDs and browsing all customers still work. If you need the portfolio, ask your administrator to turn its store on.",
  "error.PROXY.storeUnavailable.what": "The portfolio's store is not answering right now.",
  "error.PROXY.storeUnavailable.next":
    "Looking up IDs and browsing all customers still work. Press “{retry}” in a minute; if it keeps failing, ask your administrator to check the store's database.",
  "error.PROXY.storeUnavailable.nextIn":
    "Looking up IDs and browsing all customers still work. Wait {seconds} s, then press “{retry}”; if it keeps failing, ask your administrator to check the store's database.",
  "error.PROXY.alertNotDelivered.what": "The alert channel did not take the test alert.",
  "error.PROXY.alertNotDelivered.next":
    "Check the channel's address and secret in the dashboard's configuration (the message below says what the channel answered), then press “{retry}”.",
  "error.PROXY.syncRunning.what": "A sync of the portfolio is already running.",
  "error.PROXY.syncRunning.next": "Wait for it to finish: its progress shows here, and the table refreshes when it is done.",
  "error.client.what": "The request was refused.",
  "error.client.next":
    "Check what you entered; if it looks right, give your administrator the error code.",
  "error.server.what": "The server failed to answer.",
  "error.server.next":
    "Press “{retry}” in a moment; if it keeps failing, contact your administrator.",
} as const;
