import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  HIDEABLE_COLUMNS,
  PAGE_SIZES,
  type ResultsView,
} from "#domain/results-view";
import { SORT_COLUMNS } from "#domain/tag-sort";
import { TAG_STATUSES, TAG_VALUES } from "#domain/tag-status";
import { readParams, writeParams } from "../../lib/url-params.ts";
import { viewFromParams, viewParams } from "./view-params.ts";

const serializeView = (view: Partial<ResultsView>) => writeParams(viewParams(view));
const parseView = (params: URLSearchParams) => viewFromParams(readParams(params));
const toParams = (view: Partial<ResultsView>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(serializeView(view)))
    if (value !== undefined) params.set(key, value);
  return params;
};

describe("results view in the URL", () => {
  it("writes nothing for the default view", () => {
    expect(toParams(DEFAULT_VIEW).toString()).toBe("");
    expect(parseView(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  it("writes a compact, readable query", () => {
    const view: ResultsView = {
      ...DEFAULT_VIEW,
      filters: {
        statuses: ["expired", "expiringSoon"],
        tags: ["N", "empty"],
        tagTypes: ["SMB", ""],
        resellers: ["", "IP-0042"],
        effective: { from: "2026-01" },
        expire: { from: "2026-11", to: "2027-02" },
        query: "华为 01",
      },
      sort: { column: "expire", desc: true },
      page: 3,
      pageSize: 50,
      soonMonths: 6,
      hidden: ["type", "effective"],
    };
    const params = toParams(view);
    expect(decodeURIComponent(params.toString()).replaceAll("+", " ")).toBe(
      "st=expired,soon&tag=N,empty&type=SMB,-&rs=-,IP-0042&eff=2026-01..&exp=2026-11..2027-02&q=华为 01&sort=-expire&page=3&size=50&soon=6&hide=type,effective",
    );
    expect(parseView(params)).toEqual(view);
  });

  it("round-trips any view", () => {
    const month = fc
      .integer({ min: 2020 * 12, max: 2030 * 12 })
      .map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const view = fc.record({
      filters: fc.record({
        statuses: fc.uniqueArray(fc.constantFrom(...TAG_STATUSES)),
        tags: fc.uniqueArray(fc.constantFrom(...TAG_VALUES)),
        tagTypes: fc.uniqueArray(fc.constantFrom("SMB", "", "KA")),
        resellers: fc.uniqueArray(fc.constantFrom("", "IP-1", "4ab0c2")),
        effective: fc.record({ from: month }, { requiredKeys: [] }),
        expire: fc.record({ to: month }, { requiredKeys: [] }),
        query: fc.string(),
      }),
      sort: fc.option(fc.record({ column: fc.constantFrom(...SORT_COLUMNS), desc: fc.boolean() }), {
        nil: undefined,
      }),
      page: fc.integer({ min: 1, max: 5000 }),
      pageSize: fc.constantFrom(...PAGE_SIZES, "all" as const),
      soonMonths: fc.integer({ min: 1, max: 24 }),
      hidden: fc.subarray([...HIDEABLE_COLUMNS]),
    });
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(toParams(v))).toEqual(v);
      }),
    );
  });

  it("ignores what it cannot read instead of failing", () => {
    const params = new URLSearchParams(
      "st=expired,bogus,expired&tag=Y,maybe&eff=2026-13..2026-02&exp=nonsense&sort=-colour&page=-2&size=33&soon=99&hide=id,status",
    );
    expect(parseView(params)).toEqual({
      ...DEFAULT_VIEW,
      filters: {
        ...DEFAULT_VIEW.filters,
        statuses: ["expired"],
        tags: ["Y"],
        effective: { to: "2026-02" },
      },
      hidden: ["status"],
    });
  });

  it("turns a reversed month range the right way round", () => {
    expect(parseView(new URLSearchParams("exp=2027-03..2026-11")).filters.expire).toEqual({
      from: "2026-11",
      to: "2027-03",
    });
  });

  it("removes parameters that go back to their default", () => {
    expect(serializeView({ page: 1, pageSize: 20, soonMonths: 3, sort: undefined })).toEqual({
      page: undefined,
      size: undefined,
      soon: undefined,
      sort: undefined,
    });
  });
});
