import { test as base } from "@playwright/test";
import { resetFake } from "./fake-bss.ts";

export { expect, type Locator, type Page } from "@playwright/test";

/**
 * Playwright's `test` with the fake BSS reset before and after every test: each test starts with
 * no faults, zeroed counters and the default switches, whatever the previous one did or left
 * half-done when it failed.
 */
export const test = base.extend<{ cleanFake: void }>({
  cleanFake: [
    // Playwright reads a fixture's dependencies from this destructuring: none here.
    // oxlint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await resetFake();
      await use();
      await resetFake();
    },
    { auto: true },
  ],
});
