// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { setScope } from "./scope.ts";
import { URL_PARAMS, readParams, writeParams } from "./url-params.ts";
import { readSearchParams, setUrlParams } from "./url-state.ts";

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the URL's parameters", () => {
  it("each have their own name", () => {
    const names = Object.values(URL_PARAMS).map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("read the links saved so far", () => {
    const values = readParams(
      new URLSearchParams("reseller=r-1&mode=browse&names=1&bpage=3&bsize=100&page=2&size=50"),
    );
    expect(values).toMatchObject({
      reseller: "r-1",
      mode: "browse",
      names: true,
      browsePage: 3,
      browseSize: 100,
      page: 2,
      pageSize: 50,
    });
  });

  it("read the portfolio mode and the customer whose history is open", () => {
    expect(readParams(new URLSearchParams("mode=portfolio&customer=c-1"))).toMatchObject({
      mode: "portfolio",
      customer: "c-1",
    });
    expect(writeParams({ mode: "portfolio", customer: undefined })).toEqual({ mode: "portfolio", customer: undefined });
  });

  it("read an absent or unreadable parameter as its default", () => {
    const values = readParams(new URLSearchParams("reseller=&mode=grid&names=yes&bpage=x&bsize=7"));
    expect(values).toMatchObject({
      reseller: undefined,
      mode: "lookup",
      names: "auto",
      browsePage: 1,
      browseSize: 50,
      page: 1,
    });
  });

  it("leave defaults out of the URL", () => {
    expect(writeParams({ mode: "lookup", names: "auto", browsePage: 1, reseller: undefined })).toEqual({
      mode: undefined,
      names: undefined,
      bpage: undefined,
      reseller: undefined,
    });
    expect(writeParams({ mode: "browse", names: true, browsePage: 2, browseSize: 50 })).toEqual({
      mode: "browse",
      names: "1",
      bpage: "2",
      bsize: "50",
    });
  });

  it("keep the user's choice of names either way, and leave it out while it is automatic", () => {
    expect(readParams(new URLSearchParams("names=0")).names).toBe(false);
    expect(readParams(new URLSearchParams("names=1")).names).toBe(true);
    expect(readParams(new URLSearchParams("")).names).toBe("auto");
    expect(writeParams({ names: false })).toEqual({ names: "0" });
    expect(writeParams({ names: true })).toEqual({ names: "1" });
    expect(writeParams({ names: "auto" })).toEqual({ names: undefined });
  });
});

describe("setScope", () => {
  it("clears every parameter that belongs to the old scope, in the same update, and keeps the rest", () => {
    window.history.replaceState(
      null,
      "",
      "/?reseller=r-1&mode=browse&bpage=4&bsize=100&page=3&st=expired&names=1",
    );
    // Nothing of the browse pager or the results table has been loaded here: the schema alone
    // says which parameters start afresh.
    setScope("r-2");
    expect(readSearchParams().toString()).toBe("reseller=r-2&mode=browse&bsize=100&st=expired&names=1");
  });

  it("takes the parameter out for the partner's own customers", () => {
    setUrlParams({ reseller: "r-1", page: 2 });
    setScope(undefined);
    expect(readSearchParams().toString()).toBe("");
  });
});
