// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBssState, createProxyHandlers } from "#testing/proxy-handlers";
import { foreignIds } from "#testing/dataset";
import { render } from "../../testing/render.tsx";
import { useResellerScope } from "./use-reseller-scope.ts";

const state = createBssState({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const server = setupServer(...createProxyHandlers({ state, origin: window.location.origin }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => window.history.replaceState(null, "", "/"));
afterAll(() => server.close());

function Scope() {
  return <output aria-label="scope">{JSON.stringify(useResellerScope())}</output>;
}
const scope = () => JSON.parse(screen.getByRole("status", { name: "scope" }).textContent ?? "");

describe("useResellerScope", () => {
  it("is empty for the partner's own customers", () => {
    render(<Scope />);
    expect(scope()).toEqual({});
  });

  it("labels a known reseller by its name, for headers and file names", async () => {
    const reseller = state.dataset.resellers[3]!;
    window.history.replaceState(null, "", `/?reseller=${reseller.indirect_partner_id}`);
    render(<Scope />);
    await waitFor(() =>
      expect(scope()).toEqual({
        resellerId: reseller.indirect_partner_id,
        resellerLabel: reseller.name,
      }),
    );
  });

  it("falls back on the ID for a reseller the list does not know", async () => {
    const [stranger] = foreignIds(1, 3, state.dataset);
    window.history.replaceState(null, "", `/?reseller=${stranger}`);
    const { queryClient } = render(<Scope />);
    expect(scope()).toEqual({ resellerId: stranger, resellerLabel: stranger });
    // Still the ID once the list has arrived without it.
    await waitFor(() => expect(queryClient.getQueryData(["resellers"])).toBeDefined());
    expect(scope()).toEqual({ resellerId: stranger, resellerLabel: stranger });
  });
});
