// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createBssState,
  createFakePortfolio,
  createProxyHandlers,
  type FakePortfolio,
} from "#testing/proxy-handlers";
import { render } from "../testing/render.tsx";
import { readSearchParams } from "../lib/url-state.ts";
import { TagsPage } from "./tags-page.tsx";

const state = createBssState({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const server = setupServer();
let portfolio: FakePortfolio;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  window.history.replaceState(null, "", "/");
  portfolio = createFakePortfolio(state.dataset);
  server.resetHandlers(
    ...createProxyHandlers({ state, origin: window.location.origin, portfolio }),
  );
});
afterAll(() => server.close());

const modes = () => screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"));

describe("the page's modes", () => {
  it("offers the portfolio beside the lookup and browsing, and opens it for every scope", async () => {
    const user = userEvent.setup();
    render(<TagsPage demoMode />);
    await waitFor(() => expect(modes()).toEqual(["lookup", "browse", "portfolio"]));
    await user.click(screen.getByRole("radio", { name: "Portfolio" }));
    expect(readSearchParams().get("mode")).toBe("portfolio");
    expect(await screen.findByRole("region", { name: "Portfolio" })).toBeTruthy();
    // No reseller to choose: the portfolio covers them all.
    expect(screen.queryByRole("combobox", { name: "Whose customers" })).toBeNull();
    expect(
      screen.getByText("Every scope: your own customers and all your resellers'"),
    ).toBeTruthy();
    expect(await screen.findByRole("columnheader", { name: /^Reseller/ })).toBeTruthy();
  });

  it("hides the portfolio when health says the store is off", async () => {
    portfolio.store = "off";
    const { queryClient } = render(<TagsPage demoMode />);
    await waitFor(() =>
      expect(queryClient.getQueryData(["health", "status"])).toMatchObject({ store: "off" }),
    );
    expect(modes()).toEqual(["lookup", "browse"]);
  });
});
