import { afterEach, beforeEach, vi } from "vitest";

// vi.waitFor gives up after 1 s by default too: the same upper bound, set once for every test.
const viWaitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback: Parameters<typeof vi.waitFor>[0], options?: Parameters<typeof vi.waitFor>[1]) =>
  viWaitFor(callback, typeof options === "number" ? options : { timeout: 15_000, ...options })) as typeof vi.waitFor;

// findBy* and waitFor give up after 1 s by default, which a heavy render on a busy machine can
// exceed; they still return as soon as the awaited thing appears.
if (typeof document !== "undefined") {
  const { configure } = await import("@testing-library/react");
  configure({ asyncUtilTimeout: 15_000 });
}

// An error logged during a test is a bug the assertions did not catch: fail the test on it.
let logged: unknown[][] = [];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
});
afterEach(() => {
  if (logged.length > 0) {
    const first = logged[0]?.map(String).join(" ");
    throw new Error(`console.error was called ${logged.length} time(s); first: ${first}`);
  }
});
