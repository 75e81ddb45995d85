// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Job } from "#domain/job";
import { useBackgroundNotice, type EndedJob } from "./use-background-notice.ts";

const job = (changes: Partial<Job>): Job => ({
  status: "running",
  run: 1,
  done: 0,
  total: 10,
  startedAt: 1_000,
  endedAt: undefined,
  error: undefined,
  ...changes,
});
const describeEnd = (ended: EndedJob) => ({ title: `Lookup ${ended.status}`, body: "3 found" });

let visibility: DocumentVisibilityState = "hidden";
const notifications: { title: string; body: string | undefined }[] = [];

beforeEach(() => {
  visibility = "hidden";
  notifications.length = 0;
  document.title = "New-customer tags";
  vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
  class FakeNotification {
    static permission: NotificationPermission = "granted";
    addEventListener(): void {}
    constructor(title: string, options?: NotificationOptions) {
      notifications.push({ title, body: options?.body });
    }
  }
  vi.stubGlobal("Notification", FakeNotification);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("useBackgroundNotice", () => {
  it("says in the title and a notification that a long run ended in a hidden tab, until the tab is shown", () => {
    const { rerender } = renderHook(({ current }) => useBackgroundNotice(current, describeEnd), {
      initialProps: { current: job({}) },
    });
    expect(document.title).toBe("New-customer tags");
    rerender({ current: job({ status: "done", endedAt: 12_001 }) });
    expect(document.title).toBe("Lookup done · New-customer tags");
    expect(notifications).toEqual([{ title: "Lookup done", body: "3 found" }]);
    // Rendering again does not say it twice.
    rerender({ current: job({ status: "done", endedAt: 12_001 }) });
    expect(notifications).toHaveLength(1);
    visibility = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(document.title).toBe("New-customer tags");
  });

  it("keeps quiet for a run of 10 seconds or less, or one that ends in view", () => {
    const { rerender } = renderHook(({ current }) => useBackgroundNotice(current, describeEnd), {
      initialProps: { current: job({}) },
    });
    rerender({ current: job({ status: "done", endedAt: 11_000 }) });
    expect(document.title).toBe("New-customer tags");
    visibility = "visible";
    rerender({ current: job({ run: 2, status: "cancelled", startedAt: 0, endedAt: 60_000 }) });
    expect(document.title).toBe("New-customer tags");
    expect(notifications).toEqual([]);
  });

  it("changes only the title when notifications are not allowed", () => {
    (Notification as unknown as { permission: NotificationPermission }).permission = "denied";
    const { rerender } = renderHook(({ current }) => useBackgroundNotice(current, describeEnd), {
      initialProps: { current: job({}) },
    });
    rerender({ current: job({ status: "failed", endedAt: 30_000 }) });
    expect(document.title).toBe("Lookup failed · New-customer tags");
    expect(notifications).toEqual([]);
  });
});
