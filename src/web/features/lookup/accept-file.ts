import { MAX_FILE_BYTES } from "./file-limits.ts";

// By extension: browsers report MIME types inconsistently (Windows calls CSV application/vnd.ms-excel).
const EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx"];

/** The `accept` attribute of the file chooser. */
export const ACCEPT_ATTRIBUTE = EXTENSIONS.join(",");

export type FileProblem = "tooLarge" | "unsupported" | "empty";

/** Why a chosen or dropped file cannot be read as an ID list, or undefined when it can. */
export function fileProblem(file: Pick<File, "name" | "size">): FileProblem | undefined {
  const name = file.name.toLowerCase();
  if (!EXTENSIONS.some((extension) => name.endsWith(extension))) return "unsupported";
  if (file.size === 0) return "empty";
  if (file.size > MAX_FILE_BYTES) return "tooLarge";
  return undefined;
}
