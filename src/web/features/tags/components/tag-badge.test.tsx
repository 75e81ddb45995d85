// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { render } from "../../../testing/render.tsx";
import { TagBadge } from "./tag-badge.tsx";

describe("TagBadge", () => {
  it.each([
    ["Y", "Y · New customer"],
    ["N", "N · Not new"],
    ["UNDETERMINED", "Undetermined"],
    ["", "Empty — no real-name authentication"],
    [null, "Empty — no real-name authentication"],
    [undefined, "Empty — no real-name authentication"],
    ["X", "Unknown value: X"],
  ])("says what %j means in words", (value, text) => {
    render(<TagBadge value={value} />, { locale: "en" });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it("speaks Chinese when the page does", () => {
    render(<TagBadge value="Y" />, { locale: "zh-CN" });
    expect(screen.getByText("Y · 新客")).toBeTruthy();
  });
});
