import { useCallback, useState } from "react";
import { type ColumnLayout, DEFAULT_LAYOUT, readLayout, writeLayout } from "#domain/column-layout";
import { useUrlParam } from "../../lib/url-state.ts";

const KEY = "results.columns";

function remembered(): ColumnLayout {
  try {
    return readLayout(globalThis.localStorage?.getItem(KEY) ?? undefined);
  } catch {
    return DEFAULT_LAYOUT;
  }
}

/**
 * The table's column layout: the view URL's (`cols`) when it has one, so a shared link shows the
 * columns it was made with; otherwise the user's own, remembered in this browser. A change goes
 * to both.
 */
export function useColumnLayout(): [ColumnLayout, (layout: ColumnLayout) => void] {
  const [fromUrl, setUrl] = useUrlParam("layout");
  const [own, setOwn] = useState(remembered);
  const layout = fromUrl === DEFAULT_LAYOUT ? own : fromUrl;
  const set = useCallback(
    (next: ColumnLayout) => {
      setOwn(next);
      setUrl(next);
      try {
        globalThis.localStorage?.setItem(KEY, writeLayout(next) ?? "");
      } catch {
        // Storage refused: the layout lasts as long as the URL.
      }
    },
    [setUrl],
  );
  return [layout, set];
}
