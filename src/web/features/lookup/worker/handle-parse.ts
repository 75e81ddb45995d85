import { collectIds, splitText } from "#domain/customer-ids";
import { MAX_FILE_BYTES } from "../file-limits.ts";
import { parseFile } from "../parse-file.ts";
import type { ParseRequest, ParseResponse } from "./parse-protocol.ts";

/**
 * The worker's whole job, kept apart from `self` so that it runs the same in the page when
 * there is no Worker (unit tests under jsdom). The file is read here, not in the page.
 */
export async function handleParse(request: ParseRequest): Promise<ParseResponse> {
  try {
    if (request.kind === "text")
      return { id: request.id, kind: "text", parsed: collectIds(splitText(request.text)) };
    const { file, name } = request;
    // Refused before reading: no point loading 2 GB into memory to say it is too large.
    if (file.size > MAX_FILE_BYTES)
      return { id: request.id, kind: "file", result: { ok: false, name, error: "tooLarge" } };
    const result = await parseFile(name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return { id: request.id, kind: "file", result };
    const { entries, ...read } = result;
    const parsed = collectIds(entries);
    // Invalid entries name their file, so each can be traced to the list it came from.
    parsed.invalid = parsed.invalid.map((entry) => ({ ...entry, source: name }));
    return { id: request.id, kind: "file", result: { ...read, parsed } };
  } catch (error) {
    return {
      id: request.id,
      kind: "crash",
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
