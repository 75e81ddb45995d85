import { SegmentedControl } from "@mantine/core";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { type BrowseMode, useBrowseMode } from "../use-browse-mode.ts";

/** Switches between looking up pasted IDs and browsing every customer (URL parameter `mode`). */
export function ModeSwitch() {
  const t = useT();
  const [mode, setMode] = useBrowseMode();
  return (
    <SegmentedControl
      aria-label={t("browse.mode.label")}
      value={mode}
      onChange={(value) => setMode(value as BrowseMode)}
      data={[
        { value: "lookup", label: t("browse.mode.lookup") },
        { value: "browse", label: t("browse.mode.browse") },
      ]}
    />
  );
}
