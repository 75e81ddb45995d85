import type { IdParseResult } from "#domain/customer-ids";
import type { FileParseResult } from "../parse-file.ts";

/**
 * A file read and counted in the worker: the page receives the distinct valid IDs as strings and
 * the (few) invalid entries, never one object per row, so it has nothing heavy left to do.
 */
export type CountedFile =
  | (Omit<Extract<FileParseResult, { ok: true }>, "entries"> & { parsed: IdParseResult })
  | Extract<FileParseResult, { ok: false }>;

/** A job for the parse worker: read a file, or split a pasted text too large for the box. */
export type ParseJob = { kind: "file"; file: Blob; name: string } | { kind: "text"; text: string };

export type ParseRequest = ParseJob & { id: number };

export type ParseResponse =
  | { id: number; kind: "file"; result: CountedFile }
  | { id: number; kind: "text"; parsed: IdParseResult }
  | { id: number; kind: "crash"; message: string };
