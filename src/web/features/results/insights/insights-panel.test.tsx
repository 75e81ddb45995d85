// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TagRow } from "#domain/tag-filters";
import { createDataset } from "#testing/dataset";
import { render } from "../../../testing/render.tsx";
import { ResultsWorkspace, type ResultsScope } from "../components/results-workspace.tsx";

// The demo data set of the proxy's own tests; "now" is in December 2026 in China.
const now = new Date("2026-12-07T04:00:00Z");
const dataset = createDataset({ seed: 9, now });
const reseller = dataset.resellers[0]!;
const own: TagRow[] = dataset.ownCustomers.slice(0, 40).map((c) => ({ ...c.tag, indirect_partner_id: null }));
const theirs: TagRow[] = (dataset.customersByReseller.get(reseller.indirect_partner_id) ?? [])
  .slice(0, 20)
  .map((c) => ({ ...c.tag, indirect_partner_id: reseller.indirect_partner_id }));
const rows = [...own, ...theirs];
const scope: ResultsScope = {
  all: true,
  resellerName: (id) => (id === null ? "Own customers" : `Reseller ${id}`),
};

// Expected figures, read off the rows by hand rather than by the code under test.
const month = (field: string | null | undefined) => field?.slice(0, 7);
const heldExpiring = (m: string) =>
  rows.filter((tag) => tag.new_customer_tag === "Y" && month(tag.expire_time) === m).length;
const busiest = ["2026-12", "2027-01", "2027-02", "2027-03"].sort((a, b) => heldExpiring(b) - heldExpiring(a))[0]!;
const withExpiry = (m: string) => rows.filter((tag) => month(tag.expire_time) === m).length;

const downloads = vi.hoisted(() => ({ texts: [] as { name: string; text: string }[] }));
vi.mock("../../../lib/download.ts", () => ({
  downloadBlob: () => {},
  downloadText: (name: string, text: string) => downloads.texts.push({ name, text }),
}));

// jsdom lays nothing out, so the charts measure 0 × 0 and say so: these tests read the tables.
beforeEach(() => {
  const warn = console.warn;
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("of chart should be greater than 0")) warn(...args);
  });
});
afterEach(() => window.history.replaceState(null, "", "/"));

const card = (title: string) => screen.getByRole("figure", { name: title });
const countLine = () => screen.getByText(/^All scopes · \d+ of \d+ customers$/).textContent;

async function openInsights() {
  const user = userEvent.setup();
  render(<ResultsWorkspace rows={rows} scope={scope} now={now} lapsesQuery={{ queryKey: ["lapses-test"], load: async () => LAPSES }} />);
  await user.click(screen.getByRole("button", { name: "Insights" }));
  await screen.findByRole("figure", { name: "Tags expiring in the next 12 months" });
  return user;
}

const LAPSES = [
  { customerId: own[0]!.customer_id, month: "2026-10" },
  { customerId: own[0]!.customer_id, month: "2026-10" },
  { customerId: "someone-else", month: "2026-10" },
];

describe("insights panel", () => {
  it("opens from the toolbar into the URL, and closes again", async () => {
    const user = await openInsights();
    expect(window.location.search).toBe("?ins=1");
    const toggle = screen.getByRole("button", { name: "Insights" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await user.click(toggle);
    expect(screen.queryByRole("figure", { name: "Tags expiring in the next 12 months" })).toBeNull();
    expect(window.location.search).toBe("");
  });

  it("lists the calendar's figures as a table whose month filters the results, and back", async () => {
    const user = await openInsights();
    const calendar = card("Tags expiring in the next 12 months");
    await user.click(within(calendar).getByRole("button", { name: "Table" }));
    const table = within(calendar).getByRole("table");
    const header = within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(header).toEqual(["Month", "Expires this month", "Expiring within 3 months", "Active", "Not yet effective", "Total"]);
    const line = within(table).getByRole("row", { name: new RegExp(`^${busiest}`) });
    expect(within(line).getAllByRole("cell").at(-1)?.textContent).toBe(String(heldExpiring(busiest)));

    await user.click(within(line).getByRole("button", { name: busiest }));
    expect(decodeURIComponent(window.location.search)).toBe(`?ins=1&exp=${busiest}..${busiest}`);
    expect(countLine()).toBe(`All scopes · ${withExpiry(busiest)} of ${rows.length} customers`);
    expect(within(line).getByRole("button", { name: busiest }).getAttribute("aria-pressed")).toBe("true");

    await user.click(within(line).getByRole("button", { name: busiest }));
    expect(window.location.search).toBe("?ins=1");
    expect(countLine()).toBe(`All scopes · ${rows.length} of ${rows.length} customers`);
  });

  it("counts the store's lapses of customers among the rows, once per month", async () => {
    const user = await openInsights();
    const past = card("The past 12 months");
    await waitFor(() => expect(within(past).getByText(/customers the store saw turn N/)).toBeTruthy());
    await user.click(within(past).getByRole("button", { name: "Table" }));
    const line = within(past).getByRole("row", { name: /^2026-10/ });
    const expired = rows.filter((tag) => month(tag.expire_time) === "2026-10").length;
    expect(within(line).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([String(expired), "1"]);
  });

  it("filters to a reseller from its line, and to a status from the donut's legend", async () => {
    const user = await openInsights();
    const resellers = card("Customers by reseller");
    const line = within(resellers).getByRole("row", { name: new RegExp(`^Reseller ${reseller.indirect_partner_id}`) });
    expect(within(line).getAllByRole("cell").at(-1)?.textContent).toBe(String(theirs.length));
    await user.click(within(line).getByRole("button", { name: `Reseller ${reseller.indirect_partner_id}` }));
    expect(window.location.search).toBe(`?ins=1&rs=${reseller.indirect_partner_id}`);
    expect(countLine()).toBe(`All scopes · ${theirs.length} of ${rows.length} customers`);
    const totals = within(resellers).getAllByRole("row").at(-1)!;
    expect(within(totals).getAllByRole("cell").at(-1)?.textContent).toBe(String(rows.length));

    await user.click(within(line).getByRole("button", { name: `Reseller ${reseller.indirect_partner_id}` }));
    const undetermined = rows.filter((tag) => tag.new_customer_tag === "UNDETERMINED").length;
    await user.click(within(card("Status distribution")).getByRole("button", { name: `Undetermined · ${undetermined}` }));
    expect(window.location.search).toBe("?ins=1&st=undetermined");
    expect(countLine()).toBe(`All scopes · ${undetermined} of ${rows.length} customers`);
  });

  it("downloads a chart's figures as CSV", async () => {
    const user = await openInsights();
    await user.click(screen.getByRole("button", { name: "Download the figures of New customers won per month (CSV)" }));
    const [file] = downloads.texts;
    expect(file?.name).toMatch(/^customers-won_\d{4}-\d{2}-\d{2}_all\.csv$/);
    const lines = (file?.text ?? "").replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Month,Customers won");
    expect(lines[1]).toBe(`2025-01,${rows.filter((tag) => month(tag.effective_time) === "2025-01").length}`);
    expect(lines[24]).toBe(`2026-12,${rows.filter((tag) => month(tag.effective_time) === "2026-12").length}`);
  });
});

describe("the panel drawn ahead", () => {
  const ahead = () => document.querySelector<HTMLElement>("section[aria-hidden='true'][inert]");

  it("is drawn out of sight and out of reach when the pointer reaches Insights; the click shows that very panel, and closing hides it again", async () => {
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={rows} scope={scope} now={now} />);
    const toggle = screen.getByRole("button", { name: "Insights" });
    expect(ahead()).toBeNull();
    await user.hover(toggle);
    await waitFor(() => expect(ahead()?.querySelector("figure table")).toBeTruthy());
    const section = ahead()!;
    const table = section.querySelector("figure table")!;
    // Neither seen nor reachable: no region, no figure, nothing to tab to, and the URL unchanged.
    expect(screen.queryByRole("region", { name: "Insights" })).toBeNull();
    expect(screen.queryByRole("figure", { name: "Tags expiring in the next 12 months" })).toBeNull();
    expect(window.location.search).toBe("");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");

    await user.click(toggle);
    const region = screen.getByRole("region", { name: "Insights" });
    expect(region).toBe(section);
    expect(region.contains(table)).toBe(true);
    expect(region.hasAttribute("inert")).toBe(false);
    expect(toggle.getAttribute("aria-controls")).toBe(region.id);
    expect(card("Tags expiring in the next 12 months")).toBeTruthy();

    await user.click(toggle);
    expect(screen.queryByRole("region", { name: "Insights" })).toBeNull();
    expect(ahead()).toBe(section);
    expect(section.contains(table)).toBe(true);
  });

  it("is not drawn again for a new result set until the pointer comes back", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ResultsWorkspace rows={rows} scope={scope} now={now} />);
    await user.hover(screen.getByRole("button", { name: "Insights" }));
    await waitFor(() => expect(ahead()).not.toBeNull());
    await user.unhover(screen.getByRole("button", { name: "Insights" }));
    rerender(<ResultsWorkspace rows={own} scope={scope} now={now} />);
    expect(ahead()).toBeNull();
    await user.hover(screen.getByRole("button", { name: "Insights" }));
    await waitFor(() => expect(ahead()).not.toBeNull());
  });

  it("is drawn again for results that change while the pointer rests on Insights (their names arriving)", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ResultsWorkspace rows={rows} scope={scope} now={now} />);
    await user.hover(screen.getByRole("button", { name: "Insights" }));
    await waitFor(() => expect(ahead()).not.toBeNull());
    rerender(<ResultsWorkspace rows={own} scope={scope} now={now} />);
    await waitFor(() => expect(ahead()).not.toBeNull());
  });

  it("is drawn ahead when the focus reaches Insights, for keyboard users", async () => {
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={rows} scope={scope} now={now} />);
    screen.getByRole("button", { name: "Insights" }).focus();
    await waitFor(() => expect(ahead()).not.toBeNull());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: "Insights" })).toBeTruthy();
  });
});
