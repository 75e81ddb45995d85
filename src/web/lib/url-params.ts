// Every URL search parameter of the app, declared once: its name in the address bar, its type and
// default (a reader that never fails: what cannot be read is the default), who owns it, and
// whether it starts afresh when another scope (reseller) is chosen. Code reads and writes the
// parameters by these keys only; the names below are what saved links contain, so they stay.
// Plain readers rather than zod schemas: this module is on the first screen, zod is not (it loads
// with the first API call).
import { type TextCodec, VIEW_CODECS } from "#domain/results-view";
import { parsePageNumber, parsePageSize } from "#domain/server-paging";
import { readLayout, writeLayout } from "#domain/column-layout";

type Owner = "resellers" | "page" | "browse" | "customers" | "results" | "portfolio";

const MODES = ["lookup", "browse", "portfolio"] as const;
type Mode = (typeof MODES)[number];

type ParamSpec<T> = {
  /** The parameter's name in the URL. */
  name: string;
  owner: Owner;
  /** Means something only within one scope (a page of one reseller's rows). */
  resetsWithScope: boolean;
  /** Reads the parameter's text (undefined when absent) into its value; never throws. */
  read: (raw: string | undefined) => T;
  /** The value as the parameter's text; the default gives undefined (the parameter is left out). */
  write: (value: T) => string | undefined;
};

// A part of the results view, read and written by the domain's rules for it.
function viewParam<T>(name: string, codec: TextCodec<T>, resetsWithScope = false): ParamSpec<T> {
  return { name, owner: "results", resetsWithScope, read: codec.read, write: codec.write };
}

const param = <T>(spec: ParamSpec<T>) => spec;

export const URL_PARAMS = {
  /** The chosen cloud reseller's ID; absent means the partner's own customers. */
  reseller: param({
    name: "reseller",
    owner: "resellers",
    resetsWithScope: false,
    read: (raw): string | undefined => raw || undefined,
    write: (id) => id,
  }),
  /** Whether the page looks up pasted IDs, browses every customer, or shows the stored portfolio. */
  mode: param({
    name: "mode",
    owner: "page",
    resetsWithScope: false,
    read: (raw): Mode => MODES.find((mode) => mode === raw) ?? "lookup",
    write: (mode) => (mode === "lookup" ? undefined : mode),
  }),
  /** The customer whose tag history is open (the portfolio's drawer); every scope's, so kept across scopes. */
  customer: param({
    name: "customer",
    owner: "portfolio",
    resetsWithScope: false,
    read: (raw): string | undefined => raw || undefined,
    write: (id) => id,
  }),
  /**
   * Customer names: on (`1`), off (`0`), or, when absent, "auto" (fetched where it is cheap; see
   * `namesWanted` in customers/name-map.ts).
   */
  names: param({
    name: "names",
    owner: "customers",
    resetsWithScope: false,
    read: (raw): boolean | "auto" => (raw === "1" ? true : raw === "0" ? false : "auto"),
    write: (choice) => (choice === "auto" ? undefined : choice ? "1" : "0"),
  }),
  // `bpage`/`bsize`: the server-side pager's own page, beside the results table's `page`/`size`
  // (both are on screen together in browse mode).
  /** The page of the server-side pager, 1-based; another scope starts again at page 1. */
  browsePage: param({
    name: "bpage",
    owner: "browse",
    resetsWithScope: true,
    read: parsePageNumber,
    write: (page) => (page <= 1 ? undefined : String(page)),
  }),
  /** The server-side pager's page size. */
  browseSize: param({
    name: "bsize",
    owner: "browse",
    resetsWithScope: false,
    read: parsePageSize,
    // Written even at the default, as it always was: a link keeps the size it was made with.
    write: (size) => String(size),
  }),
  statuses: viewParam("st", VIEW_CODECS.statuses),
  tags: viewParam("tag", VIEW_CODECS.tags),
  tagTypes: viewParam("type", VIEW_CODECS.tagTypes),
  resellers: viewParam("rs", VIEW_CODECS.resellers),
  effective: viewParam("eff", VIEW_CODECS.effective),
  expire: viewParam("exp", VIEW_CODECS.expire),
  query: viewParam("q", VIEW_CODECS.query),
  sort: viewParam("sort", VIEW_CODECS.sort),
  /** The results table's page; another scope's rows start on their first page. */
  page: viewParam("page", VIEW_CODECS.page, true),
  pageSize: viewParam("size", VIEW_CODECS.pageSize),
  soonMonths: viewParam("soon", VIEW_CODECS.soonMonths),
  hidden: viewParam("hide", VIEW_CODECS.hidden),
  /** Whether the insights panel above the results is open (`ins=1`). */
  insights: param({
    name: "ins",
    owner: "results",
    resetsWithScope: false,
    read: (raw): boolean => raw === "1",
    write: (open) => (open ? "1" : undefined),
  }),
  /** The table's column order, pins and widths (see domain/column-layout.ts). */
  layout: param({ name: "cols", owner: "results", resetsWithScope: false, read: readLayout, write: writeLayout }),
};

export type UrlParams = typeof URL_PARAMS;
export type UrlKey = keyof UrlParams;
/** The value of every parameter, typed by its reader. */
export type UrlValues = { [K in UrlKey]: ReturnType<UrlParams[K]["read"]> };

const KEYS = Object.keys(URL_PARAMS) as UrlKey[];

/** The value of one parameter, given its text in the URL (undefined when absent). */
export function parseParam<K extends UrlKey>(key: K, raw: string | undefined): UrlValues[K] {
  return (URL_PARAMS[key] as unknown as ParamSpec<UrlValues[K]>).read(raw);
}

/** The value of one parameter, given the URL's search parameters. */
export function readParam<K extends UrlKey>(params: URLSearchParams, key: K): UrlValues[K] {
  return parseParam(key, rawParam(params, key));
}

/** The text of one parameter in the URL (undefined when absent): what its value is read from. */
export function rawParam(params: URLSearchParams, key: UrlKey): string | undefined {
  return params.get(URL_PARAMS[key].name) ?? undefined;
}

/** Every parameter's value. */
export function readParams(params: URLSearchParams): UrlValues {
  return Object.fromEntries(KEYS.map((key) => [key, readParam(params, key)])) as UrlValues;
}

/** Changes of values as changes of the URL's parameters, by name; undefined removes one. */
export function writeParams(changes: Partial<UrlValues>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of KEYS) {
    if (!(key in changes)) continue;
    const spec = URL_PARAMS[key] as unknown as ParamSpec<UrlValues[typeof key]>;
    out[spec.name] = spec.write(changes[key] as UrlValues[typeof key]);
  }
  return out;
}

/** The value each scope-dependent parameter goes back to when another scope is chosen. */
export function scopeResets(): Partial<UrlValues> {
  const defaults = readParams(new URLSearchParams());
  return Object.fromEntries(
    KEYS.filter((key) => URL_PARAMS[key].resetsWithScope).map((key) => [key, defaults[key]]),
  ) as Partial<UrlValues>;
}
