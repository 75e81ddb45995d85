import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CANONICAL_HEADER_VALUES,
  CANONICAL_PATHS,
  CANONICAL_QUERIES,
} from "../../testing/canonical-forms.ts";
import {
  GOLDEN_AUTHORIZATION,
  GOLDEN_CANONICAL_REQUEST,
  GOLDEN_CLIENT_HEADERS,
  GOLDEN_BODY,
  GOLDEN_CREDENTIALS,
  GOLDEN_DATE,
  GOLDEN_SIGNATURE,
  GOLDEN_URL,
} from "../../testing/golden-signature.ts";
import { buildCanonicalRequest, signRequest, signString } from "./signer.ts";

describe("SDK-HMAC-SHA256 signer", () => {
  it("matches the documentation example (canonical request, its hash and the signature)", () => {
    const canonical = buildCanonicalRequest({
      method: "GET",
      path: "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
      query: "marker=13551d6b-755d-4757-b956-536f674975c0&limit=2",
      headers: {
        "Content-Type": "application/json",
        Host: "service.region.example.com",
        "X-Sdk-Date": "20191115T033655Z",
      },
      signedHeaders: ["content-type", "host", "x-sdk-date"],
      body: "",
    });
    expect(canonical).toBe(
      [
        "GET",
        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/",
        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
        "content-type:application/json",
        "host:service.region.example.com",
        "x-sdk-date:20191115T033655Z",
        "",
        "content-type;host;x-sdk-date",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      ].join("\n"),
    );
    const hash = createHash("sha256").update(canonical).digest("hex");
    expect(hash).toBe("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    expect(signString("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", "20191115T033655Z", canonical)).toBe(
      "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
    );
  });

  describe("the golden vector of the proxy's real request", () => {
    // The BSS client's call exactly: its headers, the JSON body and temporary credentials.
    const signed = () =>
      signRequest({
        method: "POST",
        url: GOLDEN_URL,
        headers: { ...GOLDEN_CLIENT_HEADERS },
        body: GOLDEN_BODY,
        credentials: { ...GOLDEN_CREDENTIALS },
        date: GOLDEN_DATE,
      });

    it("produces exactly the vector's Authorization, date and token headers", () => {
      expect(signed()).toEqual({
        "X-Sdk-Date": "20260309T080706Z",
        "X-Security-Token": GOLDEN_CREDENTIALS.securityToken,
        Authorization: GOLDEN_AUTHORIZATION,
      });
    });

    it("builds the vector's canonical request and signature", () => {
      const canonical = buildCanonicalRequest({
        method: "POST",
        path: new URL(GOLDEN_URL).pathname,
        query: "",
        headers: {
          ...GOLDEN_CLIENT_HEADERS,
          host: "bss.myhuaweicloud.com",
          "X-Sdk-Date": "20260309T080706Z",
          "X-Security-Token": GOLDEN_CREDENTIALS.securityToken,
        },
        signedHeaders: ["content-type", "host", "x-sdk-date", "x-security-token"],
        body: GOLDEN_BODY,
      });
      expect(canonical).toBe(GOLDEN_CANONICAL_REQUEST);
      expect(signString(GOLDEN_CREDENTIALS.sk, "20260309T080706Z", canonical)).toBe(GOLDEN_SIGNATURE);
    });
  });

  const sdkCase = (method: string, body: string) =>
    signRequest({
      method,
      url: "https://service.endpoint.myhuaweicloud.com/resources?size=1",
      headers: {},
      body,
      credentials: { ak: "AccessKey", sk: "SecretKey" },
      date: new Date(Date.UTC(2020, 5, 8, 2, 39, 0)),
      signedHeaders: ["host", "x-sdk-date"],
    });

  it("matches the Python SDK vector for a GET with an empty body", () => {
    const headers = sdkCase("GET", "");
    expect(headers["X-Sdk-Date"]).toBe("20200608T023900Z");
    expect(headers.Authorization).toBe(
      "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842",
    );
  });

  it("matches the Python SDK vector for a POST with a JSON body", () => {
    expect(sdkCase("POST", '{"name":"test","id":1}').Authorization).toContain(
      "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f",
    );
  });

  it("signs host, content-type and the date by default and adds the security token", () => {
    const headers = signRequest({
      method: "POST",
      url: "https://bss.myhuaweicloud.com/v2/partners/indirect-partners/query",
      headers: { "Content-Type": "application/json" },
      body: "{}",
      credentials: { ak: "AK", sk: "SK", securityToken: "TOKEN" },
      date: new Date(Date.UTC(2026, 0, 1)),
    });
    expect(headers.Authorization).toMatch(/SignedHeaders=content-type;host;x-sdk-date;x-security-token,/);
    expect(headers["X-Security-Token"]).toBe("TOKEN");
  });

  const canonicalLines = (path: string, query: string) =>
    buildCanonicalRequest({
      method: "GET",
      path,
      query,
      headers: { host: "h" },
      signedHeaders: ["host"],
      body: "",
    }).split("\n");

  it.each(CANONICAL_PATHS)("encodes the path %j as %j in the canonical URI", (path, expected) => {
    expect(canonicalLines(path, "")[1]).toBe(expected);
  });

  it.each(CANONICAL_QUERIES)("encodes the query %j as %j", (query, expected) => {
    expect(canonicalLines("/", query)[2]).toBe(expected);
  });

  it.each(CANONICAL_HEADER_VALUES)("writes the header value %j as %j", (value, expected) => {
    const canonical = buildCanonicalRequest({
      method: "GET",
      path: "/",
      query: "",
      headers: { "X-Test": value },
      signedHeaders: ["x-test"],
      body: "",
    });
    expect(canonical.split("\n")[3]).toBe(`x-test:${expected}`);
  });
});
