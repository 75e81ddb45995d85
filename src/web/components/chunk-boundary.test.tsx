// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy, Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { render } from "../testing/render.tsx";
import { useLookup } from "../features/lookup/use-lookup.ts";
import { LookupPanel } from "../features/lookup/components/lookup-panel.tsx";
import { ChunkBoundary } from "./chunk-boundary.tsx";

// The lookup summary's chunk fails to load, as after a deployment that replaced it.
vi.mock("../features/lookup/components/lookup-summary.tsx", () =>
  Promise.reject(
    new TypeError("Failed to fetch dynamically imported module: /assets/lookup-summary-1a2b3c.js"),
  ),
);

const chunkError = () => new TypeError("Failed to fetch dynamically imported module: /assets/x.js");

// React reports an error its boundary caught on the console; here that is the expected outcome.
function expectCaughtOnConsole() {
  const spy = vi.spyOn(console, "error").mockImplementation(() => {});
  return () =>
    expect(
      spy.mock.calls.flat().some((arg) => String(arg).includes("error boundary you provided")),
    ).toBe(true);
}

const Broken = lazy(() => Promise.reject(chunkError()));

function Page({ onReload }: { onReload: () => void }) {
  return (
    <>
      <p>Other content</p>
      <ChunkBoundary onReload={onReload}>
        <Suspense fallback={<p>Loading</p>}>
          <Broken />
        </Suspense>
      </ChunkBoundary>
    </>
  );
}

describe("ChunkBoundary", () => {
  it.each([
    ["en", "This part of the page could not be loaded", "Reload the page"],
    ["zh-CN", "页面的这一部分未能加载", "重新加载页面"],
  ] as const)(
    "replaces a part whose chunk failed with a message and the reload button it names (%s)",
    async (locale, title, reload) => {
      const caught = expectCaughtOnConsole();
      const user = userEvent.setup();
      const onReload = vi.fn<() => void>();
      render(<Page onReload={onReload} />, { locale });
      const alert = await screen.findByRole("alert");
      expect(within(alert).getByText(title)).toBeTruthy();
      expect(within(alert).getByText(new RegExp(`“${reload}”`))).toBeTruthy();
      expect(screen.getByText("Other content")).toBeTruthy();
      await user.click(within(alert).getByRole("button", { name: reload }));
      expect(onReload).toHaveBeenCalledOnce();
      caught();
    },
  );

  it("keeps the lookup usable when the summary's chunk fails", async () => {
    const caught = expectCaughtOnConsole();
    const user = userEvent.setup();
    function Harness() {
      return <LookupPanel lookup={useLookup()} demoMode={false} scopeLabel={(id) => id ?? "My own customers"} />;
    }
    render(<Harness />);
    await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
    await user.paste("0bb43f2b5a10f19c014228fb580c0d1e");
    await user.click(screen.getByRole("button", { name: "Query" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("This part of the page could not be loaded")).toBeTruthy();
    expect(within(alert).getByRole("button", { name: "Reload the page" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /Customer IDs/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Query" })).toBeTruthy();
    caught();
  });
});
