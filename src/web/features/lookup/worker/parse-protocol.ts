import type { IdEntry } from "#shared/customer-ids";
import type { FileParseResult } from "../parse-file.ts";

/** A job for the parse worker: read a file, or split a pasted text too large for the box. */
export type ParseJob = { kind: "file"; file: Blob; name: string } | { kind: "text"; text: string };

export type ParseRequest = ParseJob & { id: number };

export type ParseResponse =
  | { id: number; kind: "file"; result: FileParseResult }
  | { id: number; kind: "text"; entries: IdEntry[] }
  | { id: number; kind: "crash"; message: string };
