// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "../../testing/render.tsx";
import { LanguageMenu } from "./language-menu.tsx";
import { LOCALE_STORAGE_KEY } from "../../lib/i18n/locale.ts";

afterEach(() => window.localStorage.clear());

describe("language choice", () => {
  it("starts in Chinese when the browser prefers any Chinese", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["zh-TW", "en"]);
    render(<LanguageMenu />, { locale: "detect" });
    expect(screen.getByRole("button", { name: "切换语言（当前：中文）" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("remembers the language the user picks and sets <html lang>", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-US"]);
    const user = userEvent.setup();
    render(<LanguageMenu />, { locale: "detect" });
    await user.click(screen.getByRole("button", { name: "Change language (current: English)" }));
    await user.click(screen.getByRole("menuitem", { name: "中文" }));

    expect(screen.getByRole("button", { name: "切换语言（当前：中文）" })).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
  });
});
