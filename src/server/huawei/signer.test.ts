import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildCanonicalRequest, signRequest, signString, verifySignature } from "./signer.ts";

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

  it("percent-encodes path segments in the canonical URI", () => {
    const canonical = buildCanonicalRequest({
      method: "GET",
      path: "/a b/c~d/",
      query: "",
      headers: { host: "h" },
      signedHeaders: ["host"],
      body: "",
    });
    expect(canonical.split("\n")[1]).toBe("/a%20b/c~d/");
  });

  describe("verification", () => {
    const request = () => {
      const body = '{"limit":10}';
      const headers: Record<string, string> = { "content-type": "application/json", host: "127.0.0.1:9" };
      const date = new Date();
      const signed = signRequest({
        method: "POST",
        url: "http://127.0.0.1:9/v2/x",
        headers,
        body,
        credentials: { ak: "AK1", sk: "SK1" },
        date,
      });
      const all: Record<string, string> = { ...headers };
      for (const [k, v] of Object.entries(signed)) all[k.toLowerCase()] = v;
      return { method: "POST", path: "/v2/x", query: "", headers: all, body };
    };
    const keys = (ak: string) => (ak === "AK1" ? "SK1" : undefined);

    it("accepts a request signed with a known key", () => {
      expect(verifySignature(request(), keys, new Date())).toEqual({ ok: true, ak: "AK1" });
    });
    it("rejects a changed body, an unknown key and a stale date", () => {
      expect(verifySignature({ ...request(), body: '{"limit":11}' }, keys, new Date()).ok).toBe(false);
      expect(verifySignature(request(), () => undefined, new Date()).ok).toBe(false);
      expect(verifySignature(request(), keys, new Date(Date.now() + 16 * 60_000)).ok).toBe(false);
    });
    it("rejects a missing Authorization header with the reason", () => {
      const r = request();
      delete r.headers.authorization;
      expect(verifySignature(r, keys, new Date())).toMatchObject({ ok: false, reason: expect.stringMatching(/Authorization/) });
    });
  });
});
