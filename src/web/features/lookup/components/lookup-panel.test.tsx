// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS, type NewCustomerTag } from "#shared/huawei-api";
import { encodeGbk } from "../../../testing/gbk.ts";
import { render } from "../../../testing/render.tsx";
import { buildForeignIds, buildTags } from "../../../testing/tag-factory.ts";
import { useLookup } from "../use-lookup.ts";
import { LookupPanel } from "./lookup-panel.tsx";

const TAGS_URL = `*/api${BSS_PATHS.newCustomerTags}`;
const server = setupServer();
const calls: string[][] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
});
afterAll(() => server.close());

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
      <LookupPanel lookup={lookup} demoMode={false} />
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
    expect(screen.getByRole("status", { name: "found rows" }).textContent?.split(",")).toEqual(
      known.map((row) => row.customer_id),
    );
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
    await user.click(screen.getByRole("button", { name: "Query" }));
    await screen.findByText(/1 of 1 batches came from this session's cache/);
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
      await screen.findByText(/客户\.csv: 2 rows read; 1 values taken from the column “客户ID”/),
    ).toBeTruthy();
    expect(screen.getByText(/GBK \/ GB18030/)).toBeTruthy();

    await user.upload(
      input,
      new File(["name,city\nAcme,Shenzhen\n"], "names.csv", { type: "text/csv" }),
    );
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("No customer ID column was found.")).toBeTruthy();
    expect(within(alert).getByText("What you entered before is unchanged.")).toBeTruthy();
    expect(box).toHaveProperty("value", known[0]!.customer_id);
    const counts = screen.getByRole("status", { name: "What will be queried" });
    await waitFor(() => expect(within(counts).getByText("2 valid")).toBeTruthy());
  });
});
