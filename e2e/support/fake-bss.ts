import { expect } from "@playwright/test";
import { FAKE_BSS_PORT } from "../playwright.config.ts";

/** Control endpoint of the fake BSS the end-to-end proxy talks to. */
export const FAKE = `http://127.0.0.1:${FAKE_BSS_PORT}/__fake`;

/** Replaces the fake BSS's fault rules. */
export async function setFaults(rules: unknown[]): Promise<void> {
  const response = await fetch(`${FAKE}/faults`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(rules),
  });
  expect(response.ok).toBe(true);
}

/** Clears faults, switches and counters. */
export async function resetFake(): Promise<void> {
  await fetch(`${FAKE}/reset`, { method: "POST" });
}

/** The fake's counters. */
export async function fakeStats(): Promise<{ calls: Record<string, number>; throttled: number }> {
  return (await (await fetch(`${FAKE}/stats`)).json()) as { calls: Record<string, number>; throttled: number };
}
