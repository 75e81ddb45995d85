// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Changes, Portfolio } from "#contract/portfolio-api";
import { PROXY_PATHS } from "#contract/proxy-constants";
import {
  createBssState,
  createFakePortfolio,
  createProxyHandlers,
  type FakePortfolio,
} from "#testing/proxy-handlers";
import { buildChange, buildPortfolioRow, buildSyncRun } from "../testing/portfolio-factory.ts";
import { render } from "../testing/render.tsx";
import { readSearchParams } from "../lib/url-state.ts";
import { PortfolioView } from "./portfolio-view.tsx";

const state = createBssState({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const { dataset } = state;
const reseller = dataset.resellers[0]!;
const server = setupServer();
let portfolio: FakePortfolio;
const asked: string[] = [];

const HOUR = 3_600_000;
const url = (path: string) => `${window.location.origin}${path}`;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  window.history.replaceState(null, "", "/?mode=portfolio");
  portfolio = createFakePortfolio(dataset);
  asked.length = 0;
  server.resetHandlers(
    ...createProxyHandlers({ state, origin: window.location.origin, portfolio }),
  );
  server.events.on("request:start", ({ request }) => {
    const { pathname, search } = new URL(request.url);
    asked.push(`${request.method} ${pathname}${search}`);
  });
});
afterEach(() => server.events.removeAllListeners());
afterAll(() => server.close());

const table = () => screen.getByRole("table", { name: "New-customer tags" });
const bodyRows = () => within(table()).getAllByRole("row").slice(1);

describe("the portfolio", () => {
  it("opens with every scope's rows in one table, each naming its reseller", async () => {
    render(<PortfolioView store="ok" resultsId="results" />);
    // Every customer but the three the last sync missed.
    const total = (dataset.customers.length - 3).toLocaleString("en");
    expect(await screen.findByText(`All scopes · ${total} of ${total} customers`)).toBeTruthy();
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByRole("columnheader", { name: /^Reseller/ })).toBeTruthy();
    expect(within(bodyRows()[0]!).getByText("Own customers")).toBeTruthy();

    // Sorted by reseller one way and the other: the own customers at one end, a reseller (named
    // from the reseller list) at the other.
    const user = userEvent.setup();
    const firstReseller = () => within(bodyRows()[0]!).getAllByRole("cell")[2]!.textContent;
    await user.click(screen.getByRole("button", { name: "Reseller" }));
    const ascending = firstReseller();
    await user.click(screen.getByRole("button", { name: "Reseller" }));
    expect(readSearchParams().get("sort")).toBe("-reseller");
    const ends = [ascending, firstReseller()];
    expect(ends).toContain("Own customers");
    expect(dataset.resellers.map((r) => r.name)).toContain(
      ends.find((end) => end !== "Own customers"),
    );
    expect(asked.filter((request) => request === `GET ${PROXY_PATHS.portfolio}`)).toHaveLength(1);
  });

  it("shows the first rows while the whole portfolio loads, then the whole", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => buildPortfolioRow({ customer_id: `c${i}${"0".repeat(30)}` }));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(url(PROXY_PATHS.portfolio), async ({ request }) => {
        const first = new URL(request.url).searchParams.get("first");
        if (first !== null) {
          return HttpResponse.json<Portfolio>({ as_of: null, complete: true, rows: rows.slice(0, 2), total: 5 });
        }
        await held;
        return HttpResponse.json<Portfolio>({ as_of: null, complete: true, rows });
      }),
    );
    render(<PortfolioView store="ok" resultsId="results" />);
    expect(await screen.findByText("Showing the first 2 of 5 customers while the rest loads…")).toBeTruthy();
    expect(bodyRows()).toHaveLength(2);
    release();
    expect(await screen.findByText("All scopes · 5 of 5 customers")).toBeTruthy();
    expect(screen.queryByText(/while the rest loads/)).toBeNull();
    expect(bodyRows()).toHaveLength(5);
  });

  it("says how fresh the rows are, and that the first sync has not finished", async () => {
    const asOf = new Date(Date.now() - 3 * HOUR - 5 * 60_000);
    server.use(
      http.get(url(PROXY_PATHS.portfolio), () =>
        HttpResponse.json<Portfolio>({
          as_of: asOf.toISOString(),
          complete: false,
          rows: [
            buildPortfolioRow({ customer_id: dataset.ownCustomers[0]!.tag.customer_id }),
            buildPortfolioRow({
              customer_id: dataset.customersByReseller.get(reseller.indirect_partner_id)![0]!.tag
                .customer_id,
              indirect_partner_id: reseller.indirect_partner_id,
            }),
          ],
        }),
      ),
    );
    render(<PortfolioView store="ok" resultsId="results" />);
    const day = new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(asOf);
    const line = await screen.findByText(/^As of /);
    expect(line.textContent).toContain(day);
    expect(line.textContent).toMatch(/\(3 hours ago\)$/);
    expect(
      screen.getByText(
        "The first sync has not finished yet: some scopes are missing or incomplete until it has.",
      ),
    ).toBeTruthy();
    expect(await screen.findByText(reseller.name)).toBeTruthy();
  });

  it("Sync now shows the run's progress, then fetches the rows and the changes it found", async () => {
    const user = userEvent.setup();
    render(<PortfolioView store="ok" resultsId="results" />);
    expect(await screen.findByText(/^Last sync finished 1 hour ago: /)).toBeTruthy();
    await screen.findByRole("button", { name: "Tag changed · 4" });

    await user.click(screen.getByRole("button", { name: "Sync now" }));
    expect(
      await screen.findByText(
        /^Syncing: [24] of 5 scopes · [\d,]+ customers · \d+ calls to Huawei$/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Sync progress" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sync now" })).toHaveProperty("disabled", true);

    const all = dataset.customers.length.toLocaleString("en");
    expect(
      await screen.findByText(
        new RegExp(
          `^Last sync finished just now: ${all} customers in 5 scopes, \\d+ calls to Huawei\\.$`,
        ),
      ),
    ).toBeTruthy();
    // What the new sync found, and the rows as of now.
    expect(await screen.findByRole("button", { name: "Tag changed · 1" })).toBeTruthy();
    // A handful of changes shows at once, without unfolding its group.
    expect(screen.getByRole("table", { name: "Tag changed" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^New customers/ })).toBeNull();
    expect(await screen.findByText(/^As of .* \(just now\)$/)).toBeTruthy();
    expect(asked.filter((request) => request === `GET ${PROXY_PATHS.portfolio}`)).toHaveLength(2);
    expect(screen.queryByRole("progressbar", { name: "Sync progress" })).toBeNull();
  });

  it("says a sync is already running when Sync now is refused with 409, and shows that run", async () => {
    let running = false;
    server.use(
      http.post(url(PROXY_PATHS.portfolioSync), () => {
        running = true;
        return HttpResponse.json(
          { error_code: "PROXY.0409", error_msg: "A sync is already running (run run-7)" },
          { status: 409 },
        );
      }),
      http.get(url(PROXY_PATHS.portfolioSync), () =>
        running ? HttpResponse.json(buildSyncRun()) : undefined,
      ),
    );
    const user = userEvent.setup();
    render(<PortfolioView store="ok" resultsId="results" />);
    await user.click(await screen.findByRole("button", { name: "Sync now" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("A sync of the portfolio is already running.")).toBeTruthy();
    expect(within(alert).getByText("Error code: PROXY.0409")).toBeTruthy();
    expect(
      await screen.findByText("Syncing: 1 of 5 scopes · 4,800 customers · 12 calls to Huawei"),
    ).toBeTruthy();
  });

  it("shows the errors of a sync that failed", async () => {
    const errors = Array.from({ length: 7 }, (_, i) => `reseller r-${i}: CBC.0999 Huawei failed`);
    server.use(
      http.get(url(PROXY_PATHS.portfolioSync), () =>
        HttpResponse.json(
          buildSyncRun({
            status: "failed",
            scopes_done: 3,
            errors,
            finished_at: new Date(Date.now() - 5 * 60_000).toISOString(),
          }),
        ),
      ),
    );
    render(<PortfolioView store="ok" resultsId="results" />);
    expect(
      await screen.findByText("The last sync failed 5 minutes ago, after 3 of 5 scopes."),
    ).toBeTruthy();
    expect(screen.getByText("reseller r-0: CBC.0999 Huawei failed")).toBeTruthy();
    expect(screen.queryByText("reseller r-5: CBC.0999 Huawei failed")).toBeNull();
    expect(screen.getByText("… and 2 more lines")).toBeTruthy();
  });
});

describe("What changed", () => {
  it("groups the last sync's changes by kind with a count, and a customer's ID opens its history", async () => {
    const user = userEvent.setup();
    render(<PortfolioView store="ok" resultsId="results" />);
    const section = await screen.findByRole("region", { name: "What changed" });
    const groups = await within(section).findAllByRole("button", { name: / · \d+$/ });
    expect(groups.map((group) => group.textContent)).toEqual([
      "New customers · 3",
      "Tag changed · 4",
      "Effective month changed · 3",
      "Expire month changed · 3",
      "No longer listed · 3",
      "Listed again · 2",
    ]);

    await user.click(within(section).getByRole("button", { name: "Tag changed · 4" }));
    const changes = await within(section).findByRole("table", { name: "Tag changed" });
    const first = within(changes).getAllByRole("row")[1]!;
    expect(
      within(first).getByText(/^(Y|N|UNDETERMINED) → (Y|N|UNDETERMINED) \(SMB\)$/),
    ).toBeTruthy();

    await user.click(within(section).getByRole("button", { name: "Listed again · 2" }));
    const back = await within(section).findByRole("table", { name: "Listed again" });
    const link = within(within(back).getAllByRole("row")[1]!).getByRole("button", {
      name: /^Show the tag history of customer /,
    });
    const id = link.textContent!;
    await user.click(link);

    const drawer = await screen.findByRole("dialog", { name: `Customer ${id}` });
    expect(readSearchParams().get("customer")).toBe(id);
    // Newest first: listed again, after a complete pass had missed it.
    const again = await within(drawer).findByText("Listed again");
    const missed = within(drawer).getByText("No longer listed");
    expect(again.compareDocumentPosition(missed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within(drawer).getByRole("button", { name: "Close the customer's history" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(readSearchParams().has("customer")).toBe(false);
  });

  it("asks for the changes since a chosen day", async () => {
    const user = userEvent.setup();
    render(<PortfolioView store="ok" resultsId="results" />);
    const section = await screen.findByRole("region", { name: "What changed" });
    await within(section).findByRole("button", { name: "New customers · 3" });
    await user.type(within(section).getByLabelText("Since"), "2025-12-20");
    // Everyone who came in the last weeks, not only at the last sync.
    await waitFor(() =>
      expect(
        Number(
          within(section)
            .getByRole("button", { name: /^New customers · / })
            .textContent!.replace(/\D/g, ""),
        ),
      ).toBeGreaterThan(100),
    );
    expect(asked).toContain(`GET ${PROXY_PATHS.portfolioChanges}?since=2025-12-20`);
    expect(within(section).getByText(/^Since /)).toBeTruthy();
  });

  it("shows a long group 50 events at a time", async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      buildChange({ kind: "expiry_changed", customer_id: `c${String(i).padStart(3, "0")}` }),
    );
    server.use(
      http.get(url(PROXY_PATHS.portfolioChanges), () =>
        HttpResponse.json<Changes>({
          since: "2026-01-10T00:00:00Z",
          changes: many,
          truncated: true,
        }),
      ),
    );
    const user = userEvent.setup();
    render(<PortfolioView store="ok" resultsId="results" />);
    const section = await screen.findByRole("region", { name: "What changed" });
    expect(
      await within(section).findByText(
        "More changes happened than one answer holds: the oldest are left out. Choose a later day to see them all.",
      ),
    ).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Expire month changed · 120" }));
    const changes = await within(section).findByRole("table", { name: "Expire month changed" });
    expect(within(changes).getAllByRole("row")).toHaveLength(51);
    await user.click(
      within(section).getByRole("button", { name: "Show 50 more (50 of 120 shown)" }),
    );
    await user.click(
      within(section).getByRole("button", { name: "Show 20 more (100 of 120 shown)" }),
    );
    expect(within(changes).getAllByRole("row")).toHaveLength(121);
    expect(within(section).queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  });

  it("opens the customer a link names, and says when the portfolio does not know it", async () => {
    window.history.replaceState(
      null,
      "",
      "/?mode=portfolio&customer=ffffffffffffffffffffffffffffffff",
    );
    render(<PortfolioView store="ok" resultsId="results" />);
    const drawer = await screen.findByRole("dialog", {
      name: "Customer ffffffffffffffffffffffffffffffff",
    });
    expect(
      await within(drawer).findByText(
        "The portfolio does not know this customer: no sync has seen it among your customers or your resellers'.",
      ),
    ).toBeTruthy();
  });

  it("opens the drawer from the table's ID cell too", async () => {
    const user = userEvent.setup();
    render(<PortfolioView store="ok" resultsId="results" />);
    await screen.findByRole("columnheader", { name: /^Reseller/ });
    const id = dataset.ownCustomers[1]!.tag.customer_id;
    const name = `Show the tag history of customer ${id}`;
    // Pointing at the button mounts its tooltip first, as a person's pointer does before a click.
    await user.hover(within(table()).getByRole("button", { name }));
    await screen.findByRole("tooltip", { name: "Tag history" });
    await user.click(within(table()).getByRole("button", { name }));
    const drawer = await screen.findByRole("dialog", { name: `Customer ${id}` });
    expect(await within(drawer).findByRole("region", { name: "Own customers" })).toBeTruthy();
    expect(within(drawer).getByText("History of its tag")).toBeTruthy();
  });
});

describe("a store that cannot answer", () => {
  it("says why when the store is unavailable, that lookups still work, and offers Retry", async () => {
    portfolio.store = "unavailable";
    const user = userEvent.setup();
    render(<PortfolioView store="unavailable" resultsId="results" />);
    expect(
      await screen.findByText("The portfolio's store is not answering right now."),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "Looking up IDs and browsing all customers still work. Wait 30 s, then press “Retry”; if it keeps failing, ask your administrator to check the store's database.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Error code: PROXY.0532")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sync now" })).toBeNull();

    portfolio.store = "ok";
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("columnheader", { name: /^Reseller/ })).toBeTruthy();
  });

  it("says the store is off, without asking it, when health says so", async () => {
    render(<PortfolioView store="off" resultsId="results" />, { locale: "zh-CN" });
    expect(await screen.findByText("无法显示客户总览")).toBeTruthy();
    expect(
      screen.getByText(
        "按 ID 查询和浏览全部客户仍可正常使用。如需客户总览，请联系管理员开启存储。",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "重试" })).toBeNull();
    expect(asked.filter((request) => request.includes("/api/portfolio"))).toEqual([]);
  });

  it("explains a route's PROXY.0501 the same way", async () => {
    portfolio.store = "off";
    render(<PortfolioView store="ok" resultsId="results" />);
    expect(
      await screen.findByText(
        "The portfolio is turned off on this dashboard's server: it keeps no store of your customers' tags.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Error code: PROXY.0501")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
  });
});
