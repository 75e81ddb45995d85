import { useSearchParam } from "../../lib/url-state.ts";

export type BrowseMode = "lookup" | "browse";

/** Whether the page looks up pasted IDs or browses every customer; URL parameter `mode`. */
export function useBrowseMode(): [BrowseMode, (mode: BrowseMode) => void] {
  const [value, setValue] = useSearchParam("mode");
  const mode: BrowseMode = value === "browse" ? "browse" : "lookup";
  return [mode, (next) => setValue(next === "browse" ? "browse" : undefined)];
}
