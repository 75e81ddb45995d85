import { useDebouncedValue } from "@mantine/hooks";
import { useCallback, useMemo, useState } from "react";
import { type IdParseResult, mergeParsed, parseIdText } from "#domain/customer-ids";
import type { ColumnChoice } from "#domain/id-table";
import type { TextEncodingName } from "#domain/decode-text";
import { type FileLoad, loadFile, parseTextOffThread } from "./worker/parse-client.ts";
import type { FileProblem } from "./accept-file.ts";

/** A list held outside the text box: an uploaded file, or a paste too large for the box. */
export type IdList = {
  key: number;
  kind: "file" | "paste";
  /** The file name; empty for a pasted list. */
  name: string;
  /** Counted in the worker: distinct valid IDs, invalid entries, duplicates. */
  parsed: IdParseResult;
  /** Lines or rows read, header included. */
  rows: number;
  choice?: ColumnChoice | { by: "list" };
  encoding?: TextEncodingName;
};

/** Pastes above this many lines stay out of the text box: browsers crawl editing 100,000 lines. */
export const BIG_PASTE_LINES = 5000;
// Counting a few thousand lines is quick, but not on every keystroke of a fast typist.
const COUNT_DELAY_MS = 150;

export type FileNotice =
  | { kind: "loaded"; list: IdList }
  | { kind: "failed"; load: Extract<FileLoad, { ok: false }> };

let nextKey = 1;

function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1))
    count += 1;
  return count;
}

function parseAll(text: string, lists: readonly IdList[]): IdParseResult {
  return mergeParsed([parseIdText(text), ...lists.map((list) => list.parsed)]);
}

/** The IDs the user supplied: the text box plus any loaded lists, parsed and counted. */
export function useIdInput() {
  const [text, setText] = useState("");
  const [lists, setLists] = useState<IdList[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FileNotice | undefined>();
  const [debouncedText] = useDebouncedValue(text, COUNT_DELAY_MS);
  const parsed = useMemo(() => parseAll(debouncedText, lists), [debouncedText, lists]);

  /** Parses what is there right now, for a Query pressed before the counts caught up. */
  const parseNow = useCallback(() => parseAll(text, lists), [text, lists]);

  const addFiles = useCallback(async (files: readonly File[]) => {
    setBusy(true);
    try {
      for (const file of files) {
        const load = await loadFile(file);
        if (!load.ok) {
          // What was already entered stays: a bad file only adds a message.
          setNotice({ kind: "failed", load });
          continue;
        }
        const list: IdList = {
          key: nextKey++,
          kind: "file",
          name: load.name,
          parsed: load.parsed,
          rows: load.rows,
          choice: load.choice,
          ...(load.encoding ? { encoding: load.encoding } : {}),
        };
        setLists((current) => [...current, list]);
        setNotice({ kind: "loaded", list });
      }
    } finally {
      setBusy(false);
    }
  }, []);

  /** Takes a paste: small ones go into the box, huge ones become a list of their own. */
  const paste = useCallback(async (pasted: string): Promise<boolean> => {
    if (lineCount(pasted) <= BIG_PASTE_LINES) return false;
    setBusy(true);
    try {
      const counted = await parseTextOffThread(pasted);
      setLists((current) => [
        ...current,
        { key: nextKey++, kind: "paste", name: "", parsed: counted, rows: lineCount(pasted) },
      ]);
    } finally {
      setBusy(false);
    }
    return true;
  }, []);

  /** A file refused before reading (too large, wrong type): same message path as a bad file. */
  const reject = useCallback((name: string, error: FileProblem) => {
    setNotice({ kind: "failed", load: { ok: false, name, error } });
  }, []);

  const removeList = useCallback(
    (key: number) => setLists((current) => current.filter((list) => list.key !== key)),
    [],
  );

  /** Moves a pasted list back into the box for editing (slow for huge lists, but the user asked). */
  const editList = useCallback((key: number) => {
    setLists((current) => {
      const list = current.find((item) => item.key === key);
      if (list) {
        // Duplicates were already dropped; what goes back is every distinct value, invalid ones too.
        const values = [...list.parsed.ids, ...list.parsed.invalid.map((entry) => entry.value)];
        const listText = values.join("\n");
        setText((box) => (box.trim() ? `${box}\n${listText}` : listText));
      }
      return current.filter((item) => item.key !== key);
    });
  }, []);

  const clear = useCallback(() => {
    setText("");
    setLists([]);
    setNotice(undefined);
  }, []);

  /** Puts back a saved input (session restore); the lists get keys of this page. */
  const restore = useCallback((savedText: string, savedLists: readonly IdList[]) => {
    setText(savedText);
    setLists(savedLists.map((list) => ({ ...list, key: nextKey++ })));
    setNotice(undefined);
  }, []);

  return {
    text,
    setText,
    lists,
    removeList,
    editList,
    addFiles,
    reject,
    paste,
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(undefined), []),
    parsed,
    /** True while the counts lag behind the text being typed. */
    counting: text !== debouncedText,
    parseNow,
    clear,
    restore,
  };
}

export type IdInputState = ReturnType<typeof useIdInput>;
