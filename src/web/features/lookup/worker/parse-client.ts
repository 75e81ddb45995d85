import type { IdParseResult } from "#domain/customer-ids";
import type { CountedFile, ParseJob, ParseRequest, ParseResponse } from "./parse-protocol.ts";

/** A file read and counted, or why not; "crash" when the worker itself failed. */
export type FileLoad = CountedFile | { ok: false; name: string; error: "crash"; message: string };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (response: ParseResponse) => void>();

function startWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  if (worker) return worker;
  const started = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module" });
  started.addEventListener("message", (event: MessageEvent<ParseResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  started.addEventListener("error", (event) => {
    // A worker that dies answers nothing: settle every waiting call instead of hanging the page.
    for (const [id, resolve] of pending)
      resolve({ id, kind: "crash", message: event.message || "the parser stopped" });
    pending.clear();
    worker = undefined;
  });
  worker = started;
  return started;
}

async function run(job: ParseJob): Promise<ParseResponse> {
  const request: ParseRequest = { ...job, id: nextId++ };
  const target = startWorker();
  if (!target) {
    const { handleParse } = await import("./handle-parse.ts");
    return handleParse(request);
  }
  return new Promise((resolve) => {
    pending.set(request.id, resolve);
    // A worker has no origin to name (that argument is for windows).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    target.postMessage(request);
  });
}

/** Reads an uploaded file off the main thread; never throws. */
export async function loadFile(file: File): Promise<FileLoad> {
  const response = await run({ kind: "file", file, name: file.name });
  if (response.kind === "file") return response.result;
  const message = response.kind === "crash" ? response.message : "unexpected answer";
  return { ok: false, name: file.name, error: "crash", message };
}

/** Splits and counts a large pasted text off the main thread. */
export async function parseTextOffThread(text: string): Promise<IdParseResult> {
  const response = await run({ kind: "text", text });
  if (response.kind === "text") return response.parsed;
  throw new Error(response.kind === "crash" ? response.message : "unexpected answer");
}
