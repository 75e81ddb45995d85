// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS, type NewCustomerTag } from "#contract/huawei-api";
import { encodeGbk } from "../../../testing/gbk.ts";
import { render } from "../../../testing/render.tsx";
import { buildForeignIds, buildTags } from "../../../testing/tag-factory.ts";
import { readSearchParams } from "../../../lib/url-state.ts";
import { setScope } from "../../../lib/scope.ts";
import { useLookup } from "../use-lookup.ts";
import { LookupPanel } from "./lookup-panel.tsx";

const TAGS_URL = `*/api${BSS_PATHS.newCustomerTags}`;
const server = setupServer();
const calls: string[][] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
  window.history.replaceState(null, "", "/");
});
afterAll(() => server.close());

/** Answers the first batch at once and holds every other one until its request is aborted. */
function answerFirstThenHold(known: NewCustomerTag[]) {
  server.use(
    http.post(TAGS_URL, async ({ request }) => {
      const body = (await request.json()) as { customer_ids: string[] };
      calls.push(body.customer_ids);
      if (calls.length > 1) {
        await new Promise((resolve) => request.signal.addEventListener("abort", resolve));
      }
      const wanted = new Set(body.customer_ids);
      return HttpResponse.json({
        new_customer_tags: known.filter((row) => wanted.has(row.customer_id)),
      });
    }),
  );
}

/** Answers like Huawei: known customers come back, others are dropped; `fail` IDs make their batch fail. */
function answerWith(known: NewCustomerTag[], fail = new Set<string>()) {
  server.use(
    http.post(TAGS_URL, async ({ request }) => {
      const body = (await request.json()) as { customer_ids: string[]; limit: number };
      calls.push(body.customer_ids);
      if (body.customer_ids.some((id) => fail.has(id))) {
        return HttpResponse.json(
          { error_code: "CBC.0999", error_msg: "<b>boom</b>" },
          { status: 500 },
        );
      }
      const wanted = new Set(body.customer_ids);
      return HttpResponse.json({
        new_customer_tags: known.filter((row) => wanted.has(row.customer_id)).slice(0, body.limit),
      });
    }),
  );
}

function Harness() {
  const lookup = useLookup();
  return (
    <>
      <LookupPanel lookup={lookup} demoMode={false} scopeLabel={(id) => id ?? "My own customers"} />
      <output aria-label="found rows">
        {lookup.foundRows.map((row) => row.customer_id).join(",")}
      </output>
    </>
  );
}

const summary = () => screen.getByRole("status", { name: "Summary" });

describe("LookupPanel", () => {
  it("counts valid, duplicate and invalid entries live, and lists why each invalid one is left out", async () => {
    const user = userEvent.setup();
    const [row] = buildTags(1);
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste(`${row!.customer_id}\n${row!.customer_id}\nab#cd\n${"x".repeat(70)}`);
    const counts = await screen.findByRole("status", { name: "What will be queried" });
    await waitFor(() => expect(within(counts).getByText("1 valid")).toBeTruthy());
    expect(within(counts).getByText("Duplicates removed: 1")).toBeTruthy();
    expect(within(counts).getByText("2 invalid")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show invalid entries (2)" }));
    const list = await screen.findByRole("list", { name: "Invalid entries" });
    expect(within(list).getByText(/character “#” at position 3 is not allowed/)).toBeTruthy();
    expect(within(list).getByText(/too long: 70 characters/)).toBeTruthy();
    expect(within(list).getByText("(line 4)")).toBeTruthy();
  });

  it.each([
    ["en", "Customer IDs", "What will be queried", "3 valid", "2 IDs converted from full-width"],
    ["zh-CN", "客户 ID", "待查询内容", "有效 3 个", "已将 2 个 ID 从全角转换为半角"],
  ] as const)(
    "reads IDs typed in full-width as ASCII and says so (%s)",
    async (locale, box, countsName, valid, converted) => {
      const user = userEvent.setup();
      render(<Harness />, { locale });
      await user.click(screen.getByRole("textbox", { name: new RegExp(box) }));
      await user.paste(
        "３４０８５６０５ｄ７ｃ６ｂ５４ｅ０２ｂ９１ｆ３８４５３８０４ｂｆ\nＡＢＣ－ｄｅｆ＿１\nabc",
      );
      const counts = await screen.findByRole("status", { name: countsName });
      await waitFor(() => expect(within(counts).getByText(valid)).toBeTruthy());
      expect(within(counts).getByText(new RegExp(`^${converted}`))).toBeTruthy();
      expect(within(counts).queryByRole("button", { name: /invalid|无效/ })).toBeNull();
    },
  );

  it("queries in batches of 200 and accounts for every ID, retrying only the failed batch", async () => {
    const user = userEvent.setup();
    const known = buildTags(390);
    const foreign = buildForeignIds(20);
    const ids = [...known.map((row) => row.customer_id), ...foreign];
    answerWith(known, new Set([ids[250]!]));
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste([...ids, "bad#id"].join(","));
    await user.click(screen.getByRole("button", { name: "Query" }));

    await waitFor(() =>
      expect(summary().textContent).toBe(
        "200 found + 10 not returned + 1 invalid + 200 failed = 411 entries",
      ),
    );
    expect(calls.map((batch) => batch.length).sort()).toEqual([10, 200, 200]);
    expect(screen.getByText("CBC.0999 · 200 IDs")).toBeTruthy();
    expect(screen.getByText(/<b>boom<\/b>/)).toBeTruthy();

    answerWith(known);
    calls.length = 0;
    await user.click(screen.getByRole("button", { name: "Retry failed (200)" }));
    await waitFor(() =>
      expect(summary().textContent).toBe(
        "390 found + 20 not returned + 1 invalid + 0 failed = 411 entries",
      ),
    );
    expect(calls).toHaveLength(1);
    // A run that went to its end has no "not sent" bucket at all.
    expect(screen.queryByRole("region", { name: "Not sent — cancelled" })).toBeNull();
    expect(screen.getByRole("status", { name: "found rows" }).textContent?.split(",")).toEqual(
      known.map((row) => row.customer_id),
    );
  });

  it("Cancel aborts the requests in flight, so the proxy can drop their calls to Huawei", async () => {
    const user = userEvent.setup();
    const ids = buildForeignIds(1000);
    let waiting = 0;
    let aborted = 0;
    server.use(
      http.post(TAGS_URL, async ({ request }) => {
        waiting += 1;
        // Holds the answer until the browser gives up on it, as a busy queue at the proxy would.
        await new Promise((resolve) => request.signal.addEventListener("abort", resolve));
        aborted += 1;
        return HttpResponse.json({ new_customer_tags: [] });
      }),
    );
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste(ids.join("\n"));
    await user.click(screen.getByRole("button", { name: "Query" }));
    await waitFor(() => expect(waiting).toBe(4));

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(aborted).toBe(4));
    await screen.findByText(/^Cancelled after/);
    expect(waiting).toBe(4);
  });

  it("answers a repeated query from the cache, and Refresh asks Huawei again", async () => {
    const user = userEvent.setup();
    const known = buildTags(3);
    answerWith(known);
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste(known.map((row) => row.customer_id).join("\n"));
    await user.click(screen.getByRole("button", { name: "Query" }));
    await waitFor(() => expect(summary().textContent).toMatch(/^3 found/));
    // The run has ended: the input has folded into a one-line bar, and the focus is on its summary.
    await waitFor(() => expect(document.activeElement).toBe(summary()));
    expect(screen.queryByRole("textbox", { name: /Customer IDs/ })).toBeNull();
    expect(screen.getByText("Scope: My own customers · Finished in 0 s.")).toBeTruthy();
    // "Edit IDs" opens the input again, with the caret in the box and the IDs still there.
    await user.click(screen.getByRole("button", { name: "Edit IDs" }));
    const box = screen.getByRole("textbox", { name: /Customer IDs/ });
    expect(document.activeElement).toBe(box);
    expect(box).toHaveProperty("value", known.map((row) => row.customer_id).join("\n"));
    await user.click(screen.getByRole("button", { name: "Query" }));
    // The bar says the answer came from the cache, and offers Refresh.
    await screen.findByText(/1 of 1 batch came from this session's cache/);
    expect(calls).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(calls).toHaveLength(2));
  });

  it("reads a GBK CSV upload, and a file without an ID column says so and keeps the input", async () => {
    const user = userEvent.setup();
    const known = buildTags(2);
    render(<Harness />);
    const box = screen.getByRole("textbox", { name: /Customer IDs/ });
    await user.click(box);
    await user.paste(known[0]!.customer_id);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const gbk = encodeGbk(`名称,客户ID\n甲公司,${known[1]!.customer_id}\n`);
    await user.upload(input, new File([gbk.slice().buffer], "客户.csv", { type: "text/csv" }));
    expect(
      await screen.findByText(/客户\.csv: 2 rows read; 1 value taken from the column “客户ID”/),
    ).toBeTruthy();
    expect(screen.getByText(/GBK \/ GB18030/)).toBeTruthy();

    await user.upload(
      input,
      new File(["name,city\nAcme,Shenzhen\n"], "names.csv", { type: "text/csv" }),
    );
    let alert = await screen.findByRole("alert");
    expect(within(alert).getByText("No customer ID column was found.")).toBeTruthy();
    expect(within(alert).getByText("What you entered before is unchanged.")).toBeTruthy();
    expect(box).toHaveProperty("value", known[0]!.customer_id);
    const counts = screen.getByRole("status", { name: "What will be queried" });
    await waitFor(() => expect(within(counts).getByText("2 valid")).toBeTruthy());

    // A file of another kind is refused by name, before reading, and the input stays.
    await userEvent.setup({ applyAccept: false }).upload(input, new File(["x"], "ids.xls"));
    alert = await screen.findByRole("alert");
    expect(within(alert).getByText("This file type cannot be read.")).toBeTruthy();
    expect(within(counts).getByText("2 valid")).toBeTruthy();
  });

  it("on Cancel counts unsent IDs as not sent (not failed), and Continue sends only those", async () => {
    const user = userEvent.setup();
    const known = buildTags(2000);
    answerFirstThenHold(known);
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste(known.map((row) => row.customer_id).join("\n"));
    await user.click(screen.getByRole("button", { name: "Query" }));
    // The first batch answered; four more are on their way (four in flight at most).
    await waitFor(() => expect(summary().textContent).toMatch(/^200 found/));
    await waitFor(() => expect(calls).toHaveLength(5));
    await user.click(screen.getByRole("button", { name: "Cancel" }));

    await waitFor(() =>
      expect(summary().textContent).toBe(
        "200 found + 0 not returned + 0 invalid + 0 failed + 1,800 not sent = 2,000 entries",
      ),
    );
    expect(screen.getByText(/^Batches 1\/10 · IDs 200\/2,000/)).toBeTruthy();
    expect(screen.getByText(/1,800 IDs were not sent to Huawei/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Not sent — cancelled" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Retry failed/ })).toBeNull();
    expect(screen.queryByText(/CANCELLED/)).toBeNull();

    answerWith(known);
    calls.length = 0;
    await user.click(screen.getByRole("button", { name: "Continue (1,800 not sent)" }));
    await waitFor(() =>
      expect(summary().textContent).toBe(
        "2,000 found + 0 not returned + 0 invalid + 0 failed = 2,000 entries",
      ),
    );
    // Only the nine unanswered batches, the answered one is not asked again.
    expect(calls).toHaveLength(9);
    expect(new Set(calls.flat()).size).toBe(1800);
  });

  it("hides results under another scope, and looks the same IDs up for it in one click", async () => {
    const user = userEvent.setup();
    const known = buildTags(3);
    answerWith(known);
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste(known.map((row) => row.customer_id).join("\n"));
    await user.click(screen.getByRole("button", { name: "Query" }));
    await waitFor(() => expect(summary().textContent).toMatch(/^3 found/));
    const foundRows = () => screen.getByRole("status", { name: "found rows" }).textContent;
    expect(foundRows()).not.toBe("");

    act(() => setScope("reseller-b"));
    // Not one row is handed on under the new scope's name.
    expect(foundRows()).toBe("");
    expect(screen.getByText("The last lookup was for another scope")).toBeTruthy();
    expect(screen.getByText(/Your lookup of 3 IDs asked about My own customers\. You have now chosen reseller-b/)).toBeTruthy();
    // Nothing here would send the old scope's calls again.
    expect(screen.queryByRole("button", { name: "Refresh" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Back to My own customers" }));
    expect(readSearchParams().has("reseller")).toBe(false);
    expect(foundRows()).not.toBe("");

    act(() => setScope("reseller-b"));
    calls.length = 0;
    await user.click(screen.getByRole("button", { name: "Look up these IDs for reseller-b" }));
    await waitFor(() => expect(summary().textContent).toMatch(/^3 found/));
    expect(calls).toHaveLength(1);
    expect(screen.getByText(/^Scope: reseller-b · Finished in/)).toBeTruthy();
  });
});
