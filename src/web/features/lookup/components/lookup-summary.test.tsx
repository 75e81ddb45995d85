// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseIdText } from "#domain/customer-ids";
import { computeBuckets } from "#domain/lookup-buckets";
import { render } from "../../../testing/render.tsx";
import { buildForeignIds, buildTags } from "../../../testing/tag-factory.ts";
import { LookupSummary } from "./lookup-summary.tsx";

// A run with one ID in each bucket: found, not returned, invalid and failed.
const [found] = buildTags(1);
const [dropped, failing] = buildForeignIds(2);
const input = parseIdText([found!.customer_id, dropped, failing, "bad#id"].join("\n"));
const buckets = computeBuckets(input.ids, input.invalid, [
  { ids: [found!.customer_id, dropped!], status: "done", rows: [found!] },
  { ids: [failing!], status: "failed", error: { code: "CBC.0999", message: "boom", status: 500 } },
]);

/** The names of the files the page offers for download. */
function captureDownloads(): string[] {
  const names: string[] = [];
  URL.createObjectURL = () => "blob:test";
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return names;
}

// Opens a bucket and downloads its list; the list shows once the bucket's panel has opened.
async function download(bucket: string) {
  const user = userEvent.setup();
  const section = screen.getByRole("region", { name: bucket });
  await user.click(within(section).getByRole("button", { name: "Show IDs" }));
  await user.click(await within(section).findByRole("button", { name: "Download CSV" }));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("LookupSummary downloads", () => {
  it("names each bucket's file with the day in China Standard Time and the reseller", async () => {
    // Only the clock is faked: 16:30 UTC is already the next day in Beijing.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-29T16:30:00Z") });
    const names = captureDownloads();
    render(
      <LookupSummary
        buckets={buckets}
        input={input}
        resellerId="4f9c1a2b3c4d5e6f7a8b9c0d1e2f3a4b"
        resellerLabel="上海新天教育科技有限公司"
      />,
    );
    for (const bucket of ["Found", "Not returned", "Invalid", "Failed"]) await download(bucket);
    expect(names).toEqual([
      "found-ids_2026-11-30_上海新天教育科技有限公司.csv",
      "not-returned-ids_2026-11-30_上海新天教育科技有限公司.csv",
      "invalid-entries_2026-11-30_上海新天教育科技有限公司.csv",
      "failed-ids_2026-11-30_上海新天教育科技有限公司.csv",
    ]);
  });

  it("says 'own' for the partner's own customers, and the reseller's ID when its name is unknown", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-29T10:00:00Z") });
    const names = captureDownloads();
    const { unmount } = render(
      <LookupSummary buckets={buckets} input={input} resellerId={undefined} />,
    );
    await download("Not returned");
    unmount();
    render(<LookupSummary buckets={buckets} input={input} resellerId="4f9c1a2b" />);
    await download("Not returned");
    expect(names).toEqual([
      "not-returned-ids_2026-11-29_own.csv",
      "not-returned-ids_2026-11-29_4f9c1a2b.csv",
    ]);
  });
});
