// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { render } from "../../../testing/render.tsx";
import { TagBadge } from "./tag-badge.tsx";

describe("TagBadge", () => {
  it.each([
    ["Y", "Y · New customer"],
    ["N", "N · Not new"],
    ["UNDETERMINED", "Undetermined"],
    ["", "Empty"],
    [null, "Empty"],
    [undefined, "Empty"],
    ["X", "Other: X"],
  ])("says what %j means in short words", (value, text) => {
    render(<TagBadge value={value} />, { locale: "en" });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it("explains the empty tag in a tooltip reachable by keyboard", async () => {
    const user = userEvent.setup();
    render(<TagBadge value="" />, { locale: "en" });
    await user.tab();
    expect((await screen.findByRole("tooltip")).textContent).toMatch(
      /not completed real-name authentication/,
    );
  });

  it("speaks Chinese when the page does", () => {
    render(<TagBadge value="Y" />, { locale: "zh-CN" });
    expect(screen.getByText("Y · 新客")).toBeTruthy();
  });
});
