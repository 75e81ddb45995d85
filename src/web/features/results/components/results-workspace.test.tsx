// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDataset } from "#testing/dataset";
import { countByStatus, toResultRows } from "#domain/tag-filters";
import { sortRows } from "#domain/tag-sort";
import { render } from "../../../testing/render.tsx";
import { ResultsWorkspace } from "./results-workspace.tsx";

// Counts renders of the search box, to see whether the filter panel renders again.
const searchRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock("./search-filter.tsx", async (importOriginal) => {
  const original = await importOriginal<typeof import("./search-filter.tsx")>();
  return {
    SearchFilter: (props: Parameters<typeof original.SearchFilter>[0]) => {
      searchRenders.count += 1;
      return original.SearchFilter(props);
    },
  };
});

const now = new Date("2026-11-15T04:00:00Z");
const dataset = createDataset({ seed: 9, now });
const customers = dataset.ownCustomers.slice(0, 45);
const tags = customers.map((customer) => customer.tag);
const rows = toResultRows(tags, { month: dataset.month, soonMonths: 3 });
const counts = countByStatus(rows);

afterEach(() => window.history.replaceState(null, "", "/"));

const table = () => screen.getByRole("table", { name: "New-customer tags" });
const bodyRows = () => within(table()).getAllByRole("row").slice(1);

describe("ResultsWorkspace", () => {
  it("shows the first page, the count and a status chip per status present", () => {
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    expect(screen.getByText(`Your own customers · 45 of 45 customers`)).toBeTruthy();
    expect(bodyRows()).toHaveLength(20);
    const chips = screen.getByRole("group", { name: "Quick filter by status" });
    expect(
      within(chips).getByRole("checkbox", { name: `Expired · ${counts.expired}` }),
    ).toBeTruthy();
    expect(within(chips).queryByRole("checkbox", { name: /^Unknown tag/ })).toBeNull();
  });

  it("filters by a status chip and keeps it in the URL", async () => {
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    await user.click(
      screen.getByRole("checkbox", { name: `Undetermined · ${counts.undetermined}` }),
    );
    expect(window.location.search).toBe("?st=undetermined");
    expect(bodyRows()).toHaveLength(counts.undetermined);
    for (const row of bodyRows())
      expect(within(row).getAllByText("Undetermined").length).toBeGreaterThan(0);
  });

  it("restores sort, page and page size from the URL and sorts by a header click", async () => {
    window.history.replaceState(null, "", "/?sort=-expire&size=10&page=2");
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    const sorted = sortRows(rows, { column: "expire", desc: true });
    expect(bodyRows()).toHaveLength(10);
    expect(within(bodyRows()[0]!).getByText(sorted[10]!.tag.customer_id)).toBeTruthy();
    expect(
      screen.getByRole("columnheader", { name: /^Expire month/ }).getAttribute("aria-sort"),
    ).toBe("descending");

    await user.click(screen.getByRole("button", { name: "Customer ID" }));
    expect(window.location.search).toBe("?sort=id&size=10");
    const byId = sortRows(rows, { column: "id", desc: false });
    expect(within(bodyRows()[0]!).getByText(byId[0]!.tag.customer_id)).toBeTruthy();
  });

  it("ignores an unreadable URL instead of breaking", () => {
    window.history.replaceState(null, "", "/?st=nope&size=7&page=abc&sort=colour");
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    expect(bodyRows()).toHaveLength(20);
  });

  it("tints N and expired rows and names the status in words", () => {
    window.history.replaceState(null, "", "/?st=expired");
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    for (const row of bodyRows()) {
      expect(row.getAttribute("data-tone")).toBe("danger");
      expect(within(row).getByText("Expired")).toBeTruthy();
    }
  });

  it("shows names, searches them, and labels the copy buttons", async () => {
    const names = new Map(
      customers.map((c) => [
        c.tag.customer_id,
        { name: c.info.customer, accountName: c.info.account_name },
      ]),
    );
    const user = userEvent.setup();
    render(
      <ResultsWorkspace
        rows={tags}
        scope={{ resellerId: "r1", resellerLabel: "Acme" }}
        names={names}
        now={now}
      />,
    );
    expect(screen.getByText(/^Reseller: Acme ·/)).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: /^Customer name/ })).toBeTruthy();
    const target = customers[5]!;
    await user.type(
      await screen.findByRole("textbox", { name: "Search" }),
      target.info.account_name,
    );
    await vi.waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(
      within(bodyRows()[0]!).getByRole("button", {
        name: `Copy customer ID ${target.tag.customer_id}`,
      }),
    ).toBeTruthy();
  });

  it("names each row's reseller in a column of its own when the rows span every scope", async () => {
    const scoped = tags.map((tag, i) => ({ ...tag, indirect_partner_id: i % 2 === 0 ? null : "r-1" }));
    const resellerName = (id: string | null) => (id === null ? "Own customers" : "Acme Reseller");
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={scoped} scope={{ all: true, resellerName }} now={now} />);
    expect(screen.getByText("All scopes · 45 of 45 customers")).toBeTruthy();
    const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers.slice(1, 3)).toEqual(["Customer ID", "Reseller"]);
    expect(within(bodyRows()[0]!).getByText("Own customers")).toBeTruthy();
    expect(within(bodyRows()[1]!).getByText("Acme Reseller")).toBeTruthy();

    await user.click(await screen.findByRole("button", { name: "Columns" }));
    await user.click(await screen.findByRole("checkbox", { name: "Reseller" }));
    expect(window.location.search).toBe("?hide=reseller");
    expect(screen.queryByRole("columnheader", { name: /^Reseller/ })).toBeNull();
  });

  it("has no Reseller column for one scope's rows, nor a history button without a page to open it", () => {
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    expect(screen.queryByRole("columnheader", { name: /^Reseller/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Show the tag history/ })).toBeNull();
  });

  it("opens a customer's details from its ID cell when the page has them", async () => {
    const opened: string[] = [];
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} onOpenCustomer={(id) => opened.push(id)} />);
    const id = tags[2]!.customer_id;
    const name = `Show the tag history of customer ${id}`;
    // Pointed at first, as by a person's pointer: that mounts the button's tooltip.
    await user.hover(within(bodyRows()[2]!).getByRole("button", { name }));
    await screen.findByRole("tooltip", { name: "Tag history" });
    await user.click(within(bodyRows()[2]!).getByRole("button", { name }));
    expect(opened).toEqual([id]);
  });

  it("over one server page: says only part is loaded, never reads like a total, and has no pager of its own", () => {
    window.history.replaceState(null, "", "/?size=10");
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} partial={{ loadedRows: tags.length, serverPage: true }} />);
    expect(screen.getByText(new RegExp(`${tags.length} customers are loaded so far`))).toBeTruthy();
    expect(screen.getByText(new RegExp(`${tags.length} of the ${tags.length} customers loaded so far \\(more may follow\\)`))).toBeTruthy();
    // The whole page shows, with no second pager, page size or Load all.
    expect(screen.getAllByRole("row")).toHaveLength(tags.length + 1);
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.queryByLabelText("Rows per page")).toBeNull();
    expect(screen.queryByRole("button", { name: "Load all" })).toBeNull();
  });

  it("explains an empty result and clears the filters", async () => {
    window.history.replaceState(null, "", "/?q=no-such-customer");
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    expect(screen.getByText("No customer matches these filters.")).toBeTruthy();
    await user.click(screen.getAllByRole("button", { name: "Clear all filters" })[0]!);
    expect(window.location.search).toBe("");
    expect(bodyRows()).toHaveLength(20);
  });

  it("sorts without rendering the filter panel again", async () => {
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    await screen.findByRole("textbox", { name: "Search" });
    const before = searchRenders.count;
    await user.click(screen.getByRole("button", { name: "Expire month" }));
    expect(window.location.search).toBe("?sort=expire");
    expect(searchRenders.count).toBe(before);
  });

  it("keeps the legend closed until the ? beside the Status column opens it", async () => {
    const user = userEvent.setup();
    render(<ResultsWorkspace rows={tags} scope={{}} now={now} />);
    // Hidden, so not in the accessibility tree until opened.
    expect(screen.queryByRole("region", { name: "What the colours mean" })).toBeNull();
    const help = screen.getByRole("button", { name: "What the colours mean" });
    expect(help.getAttribute("aria-expanded")).toBe("false");
    await user.click(help);
    const legend = screen.getByRole("region", { name: "What the colours mean" });
    expect(help.getAttribute("aria-controls")).toBe(legend.id);
    expect(help.getAttribute("aria-expanded")).toBe("true");
    expect(legend.textContent).toMatch(/^Red rows: not new \(N\) or expired/);
    await user.click(help);
    expect(screen.queryByRole("region", { name: "What the colours mean" })).toBeNull();
    // Its own close button closes it too.
    await user.click(help);
    await user.click(screen.getByRole("button", { name: "Close the colour legend" }));
    expect(help.getAttribute("aria-expanded")).toBe("false");
  });
});
