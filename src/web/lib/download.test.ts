// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadBlob, downloadText } from "./download.ts";

function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const revoke = vi.fn<(url: string) => void>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = revoke;
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
    expect(this.isConnected).toBe(true);
  });
  return { blobs, names, revoke };
}

afterEach(() => vi.useRealTimers());

describe("download", () => {
  it("clicks a temporary link named after the file, then frees the URL later", () => {
    vi.useFakeTimers();
    const { names, revoke } = captureDownloads();
    downloadBlob("report.xlsx", new Blob(["x"]));
    expect(names).toEqual(["report.xlsx"]);
    expect(document.querySelector("a")).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith("blob:test/1");
  });

  it("saves text as UTF-8, keeping a byte order mark", async () => {
    const { blobs } = captureDownloads();
    downloadText("a.csv", "\uFEFF客户\r\n", "text/csv");
    const blob = blobs[0]!;
    expect(blob.type).toBe("text/csv;charset=utf-8");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("客户\r\n");
  });
});
