// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "../../testing/render.tsx";
import { LookupPanel } from "./components/lookup-panel.tsx";
import type { SavedLookup } from "./session-store.ts";
import { useLookup } from "./use-lookup.ts";

// The browser's store answers when the test says so: a busy machine can take seconds.
const pending: ((saved: SavedLookup | undefined) => void)[] = [];
vi.mock("./session-store.ts", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./session-store.ts")>()),
  loadLastLookup: () => new Promise<SavedLookup | undefined>((resolve) => pending.push(resolve)),
  saveLastLookup: async () => {},
  clearLastLookup: async () => {},
}));

afterEach(() => {
  pending.length = 0;
});

const saved: SavedLookup = {
  savedAt: Date.UTC(2026, 11, 1, 8),
  text: "abc",
  lists: [],
  run: {
    resellerId: undefined,
    input: { ids: ["abc"], invalid: [], duplicates: 0, converted: 0, entries: 1 },
    batches: [["abc"]],
    outcomes: [{ ids: ["abc"], status: "cancelled" }],
    pass: [0],
    cachedBatches: 0,
  },
};

function Harness() {
  const lookup = useLookup();
  return <LookupPanel lookup={lookup} demoMode={false} scopeLabel={(id) => id ?? "My own customers"} />;
}

const offer = () => screen.queryByText("Your last lookup is kept in this browser");

describe("the saved lookup's offer", () => {
  it("is shown when the saved lookup arrives before the user begins", async () => {
    render(<Harness />);
    await act(async () => pending.forEach((resolve) => resolve(saved)));
    expect(offer()).not.toBeNull();
  });

  it("is not shown when it arrives after the user began typing: the Query button stays where it was", async () => {
    render(<Harness />);
    const box = screen.getByRole("textbox", { name: /Customer IDs/ });
    await userEvent.type(box, "123");
    const query = screen.getByRole("button", { name: "Query" });
    await act(async () => pending.forEach((resolve) => resolve(saved)));
    expect(offer()).toBeNull();
    expect(screen.getByRole("button", { name: "Query" })).toBe(query);
    expect(box).toHaveProperty("value", "123");
  });
});
