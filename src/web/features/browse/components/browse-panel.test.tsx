// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BSS_PATHS, type TagQueryRequest } from "#contract/huawei-api";
import { createBssState, createProxyHandlers } from "#testing/proxy-handlers";
import { foreignIds } from "#testing/dataset";
import { buildTags } from "../../../testing/tag-factory.ts";
import { render } from "../../../testing/render.tsx";
import { setScope, useScopeId } from "../../../lib/scope.ts";
import { readSearchParams } from "../../../lib/url-state.ts";
import { useBrowse } from "../use-browse.ts";
import { BrowsePanel } from "./browse-panel.tsx";

const state = createBssState({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const own = state.dataset.ownCustomers;
const reseller = state.dataset.resellers[0]!;
const theirs = state.dataset.customersByReseller.get(reseller.indirect_partner_id)!;
const TAGS_URL = `*/api${BSS_PATHS.newCustomerTags}`;
const server = setupServer(...createProxyHandlers({ state, origin: window.location.origin }));
const asked: TagQueryRequest[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  window.history.replaceState(null, "", "/?mode=browse");
  asked.length = 0;
  // Records each tag call, then lets the fake BSS answer it.
  server.use(
    http.post(TAGS_URL, async ({ request }) => {
      asked.push((await request.clone().json()) as TagQueryRequest);
    }),
  );
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** What the page does: the panel, and the rows it would hand to the results workspace. */
function Harness() {
  const resellerId = useScopeId();
  const browse = useBrowse({ resellerId, enabled: true });
  return (
    <>
      <BrowsePanel browse={browse} />
      <output aria-label="rows">{browse.rows?.length ?? "none"}</output>
      <output aria-label="first">{browse.rows?.[0]?.customer_id}</output>
      <output aria-label="partial">{browse.partial ? browse.partial.loadedRows : "whole"}</output>
    </>
  );
}
const shown = (name: string) => screen.getByRole("status", { name }).textContent;
const open = (search: string) => {
  window.history.replaceState(null, "", `/?mode=browse&${search}`);
  return render(<Harness />);
};

describe("browsing page by page", () => {
  it("shows the first page of the own customers, then the next one", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(await screen.findByText("Customers 1–50")).toBeTruthy();
    expect(screen.getByText(/More pages may follow/)).toBeTruthy();
    expect(shown("rows")).toBe("50");
    expect(shown("partial")).toBe("50");
    expect(shown("first")).toBe(own[0]!.tag.customer_id);
    expect(screen.getByRole("button", { name: "Previous page from Huawei" })).toHaveProperty("disabled", true);

    await user.click(screen.getByRole("button", { name: "Next page from Huawei" }));
    expect(await screen.findByText("Customers 51–100")).toBeTruthy();
    expect(screen.getByText("Page 2")).toBeTruthy();
    expect(shown("first")).toBe(own[50]!.tag.customer_id);
    expect(readSearchParams().get("bpage")).toBe("2");
    expect(asked).toEqual([
      { offset: 0, limit: 50 },
      { offset: 50, limit: 50 },
    ]);
  });

  it("stops at the last, short page of a reseller's customers", async () => {
    const last = Math.ceil(theirs.length / 200);
    open(`reseller=${reseller.indirect_partner_id}&bsize=200&bpage=${last}`);
    const first = (last - 1) * 200 + 1;
    expect(
      await screen.findByText(
        `Customers ${first.toLocaleString()}–${theirs.length.toLocaleString()}`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(`Last page: no customers after number ${theirs.length.toLocaleString()}.`),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next page from Huawei" })).toHaveProperty("disabled", true);
    expect(shown("first")).toBe(theirs[first - 1]!.tag.customer_id);
    expect(asked).toEqual([
      { offset: (last - 1) * 200, limit: 200, indirect_partner_id: reseller.indirect_partner_id },
    ]);
  });

  it("says no more customers when a full page is followed by an empty one", async () => {
    const forty = buildTags(40);
    server.use(
      http.post(TAGS_URL, async ({ request }) => {
        const { offset = 0, limit = 10 } = (await request.json()) as TagQueryRequest;
        return HttpResponse.json({ new_customer_tags: forty.slice(offset, offset + limit) });
      }),
    );
    const user = userEvent.setup();
    open("bsize=20&bpage=2");
    expect(await screen.findByText("Customers 21–40")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Next page from Huawei" }));

    expect(await screen.findByText("No more customers: the list ends before page 3.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next page from Huawei" })).toHaveProperty("disabled", true);
    expect(shown("rows")).toBe("none");
    await user.click(screen.getByRole("button", { name: "Back to page 2" }));
    expect(await screen.findByText("Customers 21–40")).toBeTruthy();
  });

  it("treats a first page shorter than the page size as the whole set", async () => {
    const twelve = buildTags(12);
    server.use(http.post(TAGS_URL, () => HttpResponse.json({ new_customer_tags: twelve })));
    render(<Harness />);
    expect(await screen.findByText("All 12 customers fit on this page.")).toBeTruthy();
    expect(shown("partial")).toBe("whole");
  });

  it("changes the page size keeping the first row in view, and restarts at page 1 for another reseller", async () => {
    const user = userEvent.setup();
    open("bsize=20&bpage=6");
    expect(await screen.findByText("Customers 101–120")).toBeTruthy();
    await user.click(screen.getByRole("combobox", { name: "Rows per page" }));
    await user.click(await screen.findByRole("option", { name: "100" }));
    expect(await screen.findByText("Customers 101–200")).toBeTruthy();
    expect(readSearchParams().get("bpage")).toBe("2");

    asked.length = 0;
    act(() => setScope(reseller.indirect_partner_id));
    expect(readSearchParams().has("bpage")).toBe(false);
    expect(await screen.findByText("Customers 1–100")).toBeTruthy();
    expect(shown("first")).toBe(theirs[0]!.tag.customer_id);
    // The new scope's first page only: never the old page's offset with the new reseller.
    expect(asked).toEqual([{ offset: 0, limit: 100, indirect_partner_id: reseller.indirect_partner_id }]);
  });

  it("explains an unknown reseller in plain words and offers the own customers", async () => {
    const user = userEvent.setup();
    open(`reseller=${foreignIds(1, 9, state.dataset)[0]}`);
    expect(
      await screen.findByText("This reseller is not one of yours, or the ID is mistyped."),
    ).toBeTruthy();
    expect(screen.getByText("Error code: CBC.99000037")).toBeTruthy();
    // Asking Huawei again would give the same answer.
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show my own customers" }));
    expect(await screen.findByText("Customers 1–50")).toBeTruthy();
    expect(readSearchParams().has("reseller")).toBe(false);
  });
});

describe("Load all", () => {
  it("fetches every page, 200 per call, until the short one, then hands over every row", async () => {
    const user = userEvent.setup();
    open(`reseller=${reseller.indirect_partner_id}`);
    await screen.findByText("Customers 1–50");
    await user.click(screen.getByRole("button", { name: "Load all" }));

    // Calls until the first short page, the empty one included when the total divides evenly.
    const pages = Math.floor(theirs.length / 200) + 1;
    expect(
      await screen.findByText(
        new RegExp(`^All ${theirs.length.toLocaleString()} customers loaded \\(pages: ${pages}`),
      ),
    ).toBeTruthy();
    expect(shown("rows")).toBe(String(theirs.length));
    expect(shown("partial")).toBe("whole");
    const loadAllCalls = asked.slice(1);
    expect(loadAllCalls).toEqual(
      Array.from({ length: pages }, (_, i) => ({
        offset: i * 200,
        limit: 200,
        indirect_partner_id: reseller.indirect_partner_id,
      })),
    );

    await user.click(screen.getByRole("button", { name: "Browse page by page" }));
    expect(await screen.findByText("Customers 1–50")).toBeTruthy();
    expect(shown("rows")).toBe("50");
  });

  it("Cancel keeps the pages that arrived, and Continue resumes after them", async () => {
    let hold = true;
    server.use(
      http.post(TAGS_URL, async ({ request }) => {
        const { offset = 0 } = (await request.clone().json()) as TagQueryRequest;
        if (offset >= 400 && hold) await delay("infinite");
      }),
    );
    const user = userEvent.setup();
    render(<Harness />);
    await screen.findByText("Customers 1–50");
    await user.click(screen.getByRole("button", { name: "Load all" }));
    expect(await screen.findByText(/^Loading all customers: 400 so far \(pages: 2,/)).toBeTruthy();
    expect(screen.getByText("No total known: loading stops at the first short page.")).toBeTruthy();
    expect(shown("partial")).toBe("400");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(
      await screen.findByText("Loading stopped: 400 customers loaded so far are kept."),
    ).toBeTruthy();
    expect(shown("rows")).toBe("400");

    hold = false;
    await user.click(screen.getByRole("button", { name: "Continue loading" }));
    expect(
      await screen.findByText(new RegExp(`^All ${own.length.toLocaleString()} customers loaded`)),
    ).toBeTruthy();
    expect(shown("rows")).toBe(String(own.length));
    // Resumed after the kept pages: offset 400 again, never 0 or 200.
    const offsets = asked.slice(1).map((call) => call.offset);
    expect(offsets.filter((offset) => offset === 0 || offset === 200)).toHaveLength(2);
  });

  it("a failed page keeps what arrived, and Retry goes on from there", async () => {
    let fail = true;
    server.use(
      http.post(TAGS_URL, async ({ request }) => {
        const { offset = 0 } = (await request.clone().json()) as TagQueryRequest;
        if (offset === 600 && fail) {
          return HttpResponse.json(
            { error_code: "PROXY.0503", error_msg: "Huawei is unavailable" },
            { status: 503 },
          );
        }
        // No answer here: the fake BSS answers.
        return undefined;
      }),
    );
    const user = userEvent.setup();
    render(<Harness />);
    await screen.findByText("Customers 1–50");
    await user.click(screen.getByRole("button", { name: "Load all" }));
    expect(await screen.findByText("Error code: PROXY.0503")).toBeTruthy();
    expect(screen.getByText(/The 600 customers loaded so far are kept/)).toBeTruthy();
    expect(shown("rows")).toBe("600");

    fail = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(
      await screen.findByText(new RegExp(`^All ${own.length.toLocaleString()} customers loaded`)),
    ).toBeTruthy();
    expect(shown("partial")).toBe("whole");
  });

  it("a Load all whose first call fails says so, with the wait and the button it names", async () => {
    let fail = true;
    server.use(
      http.post(TAGS_URL, async ({ request }) => {
        const { limit } = (await request.clone().json()) as TagQueryRequest;
        if (limit === 200 && fail) {
          return HttpResponse.json(
            { error_code: "PROXY.0429", error_msg: "Too many requests", retry_after_s: 12 },
            { status: 429, headers: { "Retry-After": "12" } },
          );
        }
        return undefined;
      }),
    );
    const user = userEvent.setup();
    render(<Harness />);
    await screen.findByText("Customers 1–50");
    await user.click(screen.getByRole("button", { name: "Load all" }));
    expect(await screen.findByText("Error code: PROXY.0429")).toBeTruthy();
    expect(screen.getByText("Wait 12 s, then press “Retry”.")).toBeTruthy();
    expect(screen.queryByText(/loaded so far/)).toBeNull();

    fail = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(
      await screen.findByText(new RegExp(`^All ${own.length.toLocaleString()} customers loaded`)),
    ).toBeTruthy();
  });

  it("going back to pages after a failed Load all shows the pages again", async () => {
    server.use(
      http.post(TAGS_URL, async ({ request }) => {
        const { limit } = (await request.clone().json()) as TagQueryRequest;
        if (limit === 200) {
          return HttpResponse.json({ error_code: "CBC.0999", error_msg: "boom" }, { status: 500 });
        }
        return undefined;
      }),
    );
    const user = userEvent.setup();
    render(<Harness />);
    await screen.findByText("Customers 1–50");
    await user.click(screen.getByRole("button", { name: "Load all" }));
    expect(await screen.findByText("Error code: CBC.0999")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Browse page by page" }));
    expect(await screen.findByText("Customers 1–50")).toBeTruthy();
    expect(screen.queryByText("Error code: CBC.0999")).toBeNull();
  });
});
