import type { ExportReport } from "#contract/proxy-api";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { API_HEADERS } from "../../../lib/api-client.ts";

/**
 * Tells the proxy what was exported, for its audit log (the file itself is made here, in the
 * browser, and never leaves it). Best effort: the export has already happened, so a failed report
 * is not the user's problem and is not shown; `keepalive` lets it finish if the page closes.
 */
export function reportExport(report: ExportReport): void {
  void fetch(new URL(PROXY_PATHS.auditExport, window.location.origin), {
    method: "POST",
    headers: API_HEADERS,
    body: JSON.stringify(report),
    keepalive: true,
  }).catch(() => {});
}
