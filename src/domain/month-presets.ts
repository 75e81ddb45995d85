// Ready-made month ranges for the effective and expire filters, relative to the current month in
// China Standard Time (Huawei's billing months). Quarters are calendar quarters.
import { addMonths } from "./month.ts";
import type { MonthRange } from "./results-view.ts";

export const MONTH_PRESETS = [
  "thisMonth",
  "next3Months",
  "thisQuarter",
  "nextQuarter",
  "last12Months",
] as const;

export type MonthPreset = (typeof MONTH_PRESETS)[number];

// The first month of the calendar quarter that holds `month`.
function quarterStart(month: string): string {
  const monthOfYear = Number(month.slice(5, 7));
  return addMonths(month, -((monthOfYear - 1) % 3));
}

/** The range a preset stands for, seen from `current` ("YYYY-MM"); both ends included. */
export function monthPreset(preset: MonthPreset, current: string): Required<MonthRange> {
  switch (preset) {
    case "thisMonth":
      return { from: current, to: current };
    case "next3Months":
      return { from: addMonths(current, 1), to: addMonths(current, 3) };
    case "thisQuarter": {
      const from = quarterStart(current);
      return { from, to: addMonths(from, 2) };
    }
    case "nextQuarter": {
      const from = addMonths(quarterStart(current), 3);
      return { from, to: addMonths(from, 2) };
    }
    case "last12Months":
      return { from: addMonths(current, -11), to: current };
  }
}
