// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { createBssState, createProxyHandlers } from "#testing/proxy-handlers";
import { foreignIds } from "#testing/dataset";
import { render } from "../../../testing/render.tsx";
import { readSearchParams } from "../../../lib/url-state.ts";
import { ResellerPicker } from "./reseller-picker.tsx";

const state = createBssState({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const { resellers } = state.dataset;
const server = setupServer(...createProxyHandlers({ state, origin: window.location.origin }));
const RESELLERS_URL = `*/api${BSS_PATHS.indirectPartners}`;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  server.resetHandlers();
  state.distributor = true;
});
afterAll(() => server.close());

const picker = () => screen.getByRole("combobox", { name: "Whose customers" });

describe("ResellerPicker", () => {
  it("offers My own customers first, then each reseller with name, account name and ID", async () => {
    const user = userEvent.setup();
    render(<ResellerPicker />);
    expect(
      await screen.findByText(
        `${resellers.length} cloud resellers. Type to search by name, account name or ID.`,
      ),
    ).toBeTruthy();
    expect(picker()).toHaveProperty("value", "My own customers");

    await user.click(picker());
    const options = await screen.findAllByRole("option");
    expect(options).toHaveLength(1 + resellers.length);
    expect(options[0]!.textContent).toBe("My own customers");
    const second = resellers[1]!;
    const option = options[2]!;
    expect(within(option).getByText(second.name)).toBeTruthy();
    expect(within(option).getByText(`Account: ${second.account_name}`)).toBeTruthy();
    expect(within(option).getByText(second.indirect_partner_id)).toBeTruthy();

    await user.click(option);
    expect(readSearchParams().get("reseller")).toBe(second.indirect_partner_id);
    expect(picker()).toHaveProperty("value", second.name);
  });

  it("finds a reseller by its account name or ID, and says when nothing matches", async () => {
    const user = userEvent.setup();
    const wanted = resellers[2]!;
    render(<ResellerPicker />);
    await screen.findByText(/cloud resellers/);

    await user.click(picker());
    await user.clear(picker());
    await user.type(picker(), wanted.account_name.toUpperCase());
    let options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining(wanted.indirect_partner_id),
    ]);

    await user.clear(picker());
    await user.type(picker(), wanted.indirect_partner_id.slice(-8));
    options = await screen.findAllByRole("option");
    expect(options).toHaveLength(1);

    await user.clear(picker());
    await user.type(picker(), "zzz-no-such");
    expect(await screen.findByText("No reseller matches “zzz-no-such”.")).toBeTruthy();
  });

  it("going back to My own customers removes the reseller from the URL", async () => {
    window.history.replaceState(null, "", `/?reseller=${resellers[0]!.indirect_partner_id}`);
    const user = userEvent.setup();
    render(<ResellerPicker />);
    await waitFor(() => expect(picker()).toHaveProperty("value", resellers[0]!.name));
    await user.click(picker());
    await user.click(await screen.findByRole("option", { name: "My own customers" }));
    expect(readSearchParams().has("reseller")).toBe(false);
  });

  it("keeps a reseller from the URL that the list does not know, marked as such", async () => {
    const [stranger] = foreignIds(1, 21, state.dataset);
    window.history.replaceState(null, "", `/?reseller=${stranger}`);
    render(<ResellerPicker />);
    await waitFor(() =>
      expect(picker()).toHaveProperty("value", `${stranger} (not in your reseller list)`),
    );
  });

  it("reads every page of a long list, 100 per call", async () => {
    // 250 resellers: the data set's four, repeated under fresh IDs.
    const many = foreignIds(250, 5, state.dataset).map((id, i) => ({
      ...resellers[i % resellers.length]!,
      indirect_partner_id: id,
    }));
    const asked: unknown[] = [];
    server.use(
      http.post(RESELLERS_URL, async ({ request }) => {
        const body = (await request.json()) as { offset: number; limit: number };
        asked.push(body);
        return HttpResponse.json({
          count: many.length,
          indirect_partners: many.slice(body.offset, body.offset + body.limit),
        });
      }),
    );
    render(<ResellerPicker />);
    expect(await screen.findByText(/^250 cloud resellers/)).toBeTruthy();
    expect(asked).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100 },
      { offset: 200, limit: 100 },
    ]);
  });

  it("for a partner that is not a distributor: disabled with the reason, and an ID can be typed", async () => {
    state.distributor = false;
    const user = userEvent.setup();
    render(<ResellerPicker />);

    expect(await screen.findByText("Reseller list not available")).toBeTruthy();
    expect(screen.getByText(/Huawei refused the reseller list \(CBC\.0151\)/)).toBeTruthy();
    expect(picker()).toHaveProperty("disabled", true);

    const input = screen.getByRole("textbox", { name: "Reseller ID" });
    await user.type(input, "abc def");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/“ ” cannot be part of a reseller ID/)).toBeTruthy();
    expect(input).toHaveProperty("value", "abc def");
    expect(readSearchParams().has("reseller")).toBe(false);

    await user.clear(input);
    await user.type(input, `${"a".repeat(65)}{Enter}`);
    expect(await screen.findByText(/at most 64 characters; this one has 65/)).toBeTruthy();

    const id = resellers[3]!.indirect_partner_id;
    await user.clear(input);
    await user.type(input, ` ${id} {Enter}`);
    await waitFor(() => expect(readSearchParams().get("reseller")).toBe(id));
    expect(screen.queryByText(/cannot be part|at most 64/)).toBeNull();

    await user.clear(screen.getByRole("textbox", { name: "Reseller ID" }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(readSearchParams().has("reseller")).toBe(false));
  });

  it("on another failure says what failed, offers Retry, and still takes a typed ID", async () => {
    let fail = true;
    server.use(
      http.post(RESELLERS_URL, () =>
        fail
          ? HttpResponse.json(
              { error_code: "PROXY.0503", error_msg: "Huawei is <b>down</b>" },
              { status: 503 },
            )
          : HttpResponse.json({ count: 1, indirect_partners: [resellers[0]] }),
      ),
    );
    const user = userEvent.setup();
    render(<ResellerPicker />);
    expect(await screen.findByText("The reseller list could not be loaded")).toBeTruthy();
    expect(
      screen.getByText("Huawei is failing, so the dashboard paused its calls to let it recover."),
    ).toBeTruthy();
    expect(screen.getByText("Error code: PROXY.0503")).toBeTruthy();
    // Huawei's own text stays, as text, for the administrator.
    expect(screen.getByText(/Huawei is <b>down<\/b>/)).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Reseller ID" })).toBeTruthy();

    fail = false;
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText(/^1 cloud reseller\./)).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Reseller ID" })).toBeNull();
  });
});
