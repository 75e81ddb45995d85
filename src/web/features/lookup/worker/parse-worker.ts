/// <reference lib="webworker" />
import { handleParse } from "./handle-parse.ts";
import type { ParseRequest } from "./parse-protocol.ts";

// Parsing 100,000 rows takes long enough to freeze the page, so it happens here.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener("message", (event: MessageEvent<ParseRequest>) => {
  // A dedicated worker posts to its own page only: there is no target origin to name.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  void handleParse(event.data).then((response) => scope.postMessage(response));
});
