// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BSS_PATHS, type CustomerQueryRequest } from "#contract/huawei-api";
import { createBssState, createProxyHandlers } from "#testing/proxy-handlers";
import { render } from "../../../testing/render.tsx";
import { readSearchParams } from "../../../lib/url-state.ts";
import { useCustomerNames } from "../use-customer-names.ts";
import { NamesBar } from "./names-bar.tsx";

const state = createBssState({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const own = state.dataset.ownCustomers;
const reseller = state.dataset.resellers[2]!;
const theirs = state.dataset.customersByReseller.get(reseller.indirect_partner_id)!;
const CUSTOMERS_URL = `*/api${BSS_PATHS.subCustomers}`;
const server = setupServer(...createProxyHandlers({ state, origin: window.location.origin }));
const asked: CustomerQueryRequest[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  window.history.replaceState(null, "", "/");
  asked.length = 0;
  server.use(
    http.post(CUSTOMERS_URL, async ({ request }) => {
      asked.push((await request.clone().json()) as CustomerQueryRequest);
    }),
  );
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The bar and, as the results workspace would see it, the names map. */
function Harness({ ids, resellerId }: { ids: string[]; resellerId?: string }) {
  const names = useCustomerNames({ resellerId, ids });
  const entries = names.names ? [...names.names.entries()] : undefined;
  return (
    <>
      <NamesBar names={names} />
      <output aria-label="names">{entries ? entries.length : "none"}</output>
      <output aria-label="map">{JSON.stringify(entries?.slice(0, 3))}</output>
    </>
  );
}
const shown = (name: string) => screen.getByRole("status", { name }).textContent;

describe("customer names", () => {
  it("looks up the names of a few rows one by one, without being asked", async () => {
    const few = own.slice(10, 15);
    render(<Harness ids={few.map((c) => c.tag.customer_id)} />);
    await waitFor(() => expect(shown("names")).toBe("5"));
    expect(JSON.parse(shown("map")!)).toEqual(
      few
        .slice(0, 3)
        .map((c) => [
          c.tag.customer_id,
          { name: c.info.customer, accountName: c.info.account_name },
        ]),
    );
    expect(asked).toHaveLength(5);
    expect(asked[0]).toEqual({ customer_id: few[0]!.tag.customer_id, limit: 1 });
  });

  it("with names wanted, still names a few rows one by one rather than reading the whole list", async () => {
    window.history.replaceState(null, "", "/?names=1");
    const few = own.slice(0, 3);
    render(<Harness ids={few.map((c) => c.tag.customer_id)} />);
    await waitFor(() => expect(shown("names")).toBe("3"));
    expect(asked.map((call) => call.customer_id)).toEqual(few.map((c) => c.tag.customer_id));
  });

  it("leaves more than 300 rows without names until the user asks", async () => {
    const { queryClient } = render(<Harness ids={own.slice(0, 301).map((c) => c.tag.customer_id)} />);
    expect(screen.getByRole("switch", { name: "Show customer names" })).toHaveProperty(
      "checked",
      false,
    );
    // A query starts fetching as soon as it is mounted and enabled, inside render's act(): none did.
    const customerQueries = queryClient.getQueryCache().findAll({ queryKey: ["customers"] });
    expect(customerQueries.map((query) => query.state.fetchStatus)).not.toContain("fetching");
    expect(queryClient.isFetching()).toBe(0);
    expect(shown("names")).toBe("none");
    expect(asked).toHaveLength(0);
  });

  it("names a few hundred rows by itself when the customer list is short, and the switch says so", async () => {
    const rows = theirs.slice(0, 250);
    render(<Harness ids={rows.map((c) => c.tag.customer_id)} resellerId={reseller.indirect_partner_id} />);
    expect(
      await screen.findByText(`Names of all ${theirs.length.toLocaleString()} customers loaded.`),
    ).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Show customer names" })).toHaveProperty("checked", true);
    // One call per 100 customers of the list (at most 60), none per ID.
    expect(asked).toHaveLength(Math.ceil(theirs.length / 100));
    expect(asked.every((call) => call.limit === 100)).toBe(true);
    expect(readSearchParams().has("names")).toBe(false);
  });

  it("declines by itself a customer list of more than 60 calls after reading its first page", async () => {
    server.use(
      http.post(CUSTOMERS_URL, async ({ request }) => {
        asked.push((await request.clone().json()) as CustomerQueryRequest);
        return HttpResponse.json({ count: 6_001, customer_infos: own.slice(0, 100).map((c) => c.info) });
      }),
    );
    render(<Harness ids={own.slice(0, 50).map((c) => c.tag.customer_id)} />);
    expect(
      await screen.findByText(
        "Names were not fetched by themselves: this scope's customer list holds 6,001 customers (61 calls). Turn the switch on to read it.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Show customer names" })).toHaveProperty("checked", false);
    expect(shown("names")).toBe("none");
    expect(asked).toHaveLength(1);
  });

  it("keeps names off for a few rows once the user turned them off", async () => {
    const user = userEvent.setup();
    const few = own.slice(20, 23);
    render(<Harness ids={few.map((c) => c.tag.customer_id)} />);
    await waitFor(() => expect(shown("names")).toBe("3"));
    await user.click(screen.getByRole("switch", { name: "Show customer names" }));
    expect(shown("names")).toBe("none");
    expect(readSearchParams().get("names")).toBe("0");
    expect(screen.getByRole("switch", { name: "Show customer names" })).toHaveProperty("checked", false);
  });

  it("on request reads a reseller's whole customer list, 100 per call, and keeps the choice in the URL", async () => {
    const user = userEvent.setup();
    render(
      <Harness
        ids={theirs.map((c) => c.tag.customer_id)}
        resellerId={reseller.indirect_partner_id}
      />,
    );
    await user.click(screen.getByRole("switch", { name: "Show customer names" }));

    expect(
      await screen.findByText(`Names of all ${theirs.length.toLocaleString()} customers loaded.`),
    ).toBeTruthy();
    expect(shown("names")).toBe(String(theirs.length));
    expect(readSearchParams().get("names")).toBe("1");
    expect(asked).toEqual(
      Array.from({ length: Math.ceil(theirs.length / 100) }, (_, i) => ({
        indirect_partner_id: reseller.indirect_partner_id,
        offset: i * 100,
        limit: 100,
      })),
    );
    // Phone numbers and e-mail addresses never reach the map.
    expect(screen.getByRole("status", { name: "map" }).textContent).not.toMatch(
      /@|telephone|email/,
    );
  });

  it("shows progress as loaded of total, and Cancel keeps the names that arrived", async () => {
    let hold = true;
    server.use(
      http.post(CUSTOMERS_URL, async ({ request }) => {
        const { offset = 0 } = (await request.clone().json()) as CustomerQueryRequest;
        if (offset >= 300 && hold) await delay("infinite");
      }),
    );
    window.history.replaceState(null, "", "/?names=1");
    const user = userEvent.setup();
    render(<Harness ids={own.map((c) => c.tag.customer_id)} />);
    const total = own.length.toLocaleString();
    expect(await screen.findByText(`Loading names: 300 of ${total} customers`)).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Loading customer names" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText(`Names loaded for 300 of ${total} customers.`)).toBeTruthy();
    expect(shown("names")).toBe("300");

    hold = false;
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByText(`Names of all ${total} customers loaded.`)).toBeTruthy();
    expect(shown("names")).toBe(String(own.length));
  });

  it("says why there are no names when Huawei refuses the customer list", async () => {
    server.use(
      http.post(CUSTOMERS_URL, () =>
        HttpResponse.json({ error_code: "CBC.0151", error_msg: "access denied" }, { status: 403 }),
      ),
    );
    render(<Harness ids={own.slice(0, 3).map((c) => c.tag.customer_id)} />);
    expect(
      await screen.findByText(
        /Names are not available: Huawei refused the customer list \(CBC\.0151\)/,
      ),
    ).toBeTruthy();
    expect(shown("names")).toBe("none");
  });
});
