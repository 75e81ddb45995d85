// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { reportExport } from "./report-export.ts";

afterEach(() => vi.restoreAllMocks());

describe("reportExport", () => {
  it("posts the export's format, rows and scope to the proxy's audit route, surviving the page's close", () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(null, { status: 204 }));
    reportExport({ format: "xlsx", rows: 1234, scope: "own", selected: true });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(String(url)).toBe(`${window.location.origin}/api/audit/export`);
    expect(init).toMatchObject({ method: "POST", keepalive: true, headers: { [CSRF_HEADER.name]: CSRF_HEADER.value } });
    expect(JSON.parse(String(init?.body))).toEqual({ format: "xlsx", rows: 1234, scope: "own", selected: true });
  });

  it("never troubles the user when the report cannot be sent (the file is already saved)", async () => {
    const unhandled = vi.fn<(reason: unknown) => void>();
    process.on("unhandledRejection", unhandled);
    const failing = Promise.reject(new TypeError("Failed to fetch"));
    vi.spyOn(globalThis, "fetch").mockReturnValue(failing);
    expect(() => reportExport({ format: "csv", rows: 1, scope: "r-1", selected: false })).not.toThrow();
    await failing.catch(() => {});
    await new Promise((resolve) => setImmediate(resolve));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
