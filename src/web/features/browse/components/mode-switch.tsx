import { SegmentedControl } from "@mantine/core";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { type BrowseMode, useBrowseMode } from "../use-browse-mode.ts";

type ModeSwitchProps = {
  /** Offers the stored portfolio; false when the proxy keeps no store (health says "off"). */
  withPortfolio: boolean;
};

/**
 * Switches between looking up pasted IDs, browsing every customer and the stored portfolio (URL
 * parameter `mode`).
 */
export function ModeSwitch({ withPortfolio }: ModeSwitchProps) {
  const t = useT();
  const [mode, setMode] = useBrowseMode();
  // A link into the portfolio keeps its option, so the switch still says where the page is.
  const portfolio = withPortfolio || mode === "portfolio";
  return (
    <SegmentedControl
      aria-label={t("browse.mode.label")}
      value={mode}
      onChange={(value) => setMode(value as BrowseMode)}
      data={[
        { value: "lookup", label: t("browse.mode.lookup") },
        { value: "browse", label: t("browse.mode.browse") },
        ...(portfolio ? [{ value: "portfolio", label: t("browse.mode.portfolio") }] : []),
      ]}
    />
  );
}
