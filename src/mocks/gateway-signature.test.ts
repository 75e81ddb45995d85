import { describe, expect, it } from "vitest";
import {
  CANONICAL_HEADER_VALUES,
  CANONICAL_PATHS,
  CANONICAL_QUERIES,
} from "../testing/canonical-forms.ts";
import {
  GOLDEN_AUTHORIZATION,
  GOLDEN_CANONICAL_REQUEST,
  GOLDEN_CREDENTIALS,
  GOLDEN_DATE,
  GOLDEN_RECEIVED,
  GOLDEN_SIGNATURE,
  GOLDEN_STRING_TO_SIGN,
} from "../testing/golden-signature.ts";
import {
  type GatewayRequest,
  signatureSteps,
  verifyGatewaySignature,
} from "./gateway-signature.ts";

const goldenKeys = (ak: string) =>
  ak === GOLDEN_CREDENTIALS.ak ? GOLDEN_CREDENTIALS.sk : undefined;

/** The golden request as received, with some parts replaced. */
function received(
  overrides: Partial<Omit<GatewayRequest, "headers">> = {},
  headers: Record<string, string | undefined> = {},
): GatewayRequest {
  return { ...GOLDEN_RECEIVED, ...overrides, headers: { ...GOLDEN_RECEIVED.headers, ...headers } };
}

/** `text` with the character at `index` changed to its neighbour (one byte, still ASCII). */
const flip = (text: string, index: number) =>
  `${text.slice(0, index)}${String.fromCharCode(text.charCodeAt(index) ^ 1)}${text.slice(index + 1)}`;

const GOLDEN_SIGNED = ["content-type", "host", "x-sdk-date", "x-security-token"];
const minutes = (n: number) => new Date(GOLDEN_DATE.getTime() + n * 60_000);

describe("the fake gateway's signature verifier", () => {
  describe("the golden vector of the proxy's real request", () => {
    it("builds the literal canonical request, string to sign and signature", () => {
      expect(
        signatureSteps(received(), GOLDEN_CREDENTIALS.sk, GOLDEN_SIGNED, "20260309T080706Z"),
      ).toEqual({
        canonicalRequest: GOLDEN_CANONICAL_REQUEST,
        stringToSign: GOLDEN_STRING_TO_SIGN,
        signature: GOLDEN_SIGNATURE,
      });
    });

    it("accepts it, the body given as text or as bytes", () => {
      expect(verifyGatewaySignature(received(), goldenKeys, GOLDEN_DATE)).toEqual({
        ok: true,
        ak: "ZQ4DLD7TGOLDENAK2026",
      });
      const bytes = new TextEncoder().encode(GOLDEN_RECEIVED.body);
      expect(verifyGatewaySignature(received({ body: bytes }), goldenKeys, GOLDEN_DATE).ok).toBe(
        true,
      );
    });

    it("answers a wrong SK with the canonical request it built, for APIGW.0301", () => {
      expect(verifyGatewaySignature(received(), () => "another-secret", GOLDEN_DATE)).toEqual({
        ok: false,
        reason: "the signature does not match",
        canonicalRequest: GOLDEN_CANONICAL_REQUEST,
      });
    });

    const auth = GOLDEN_AUTHORIZATION;
    it.each<[string, GatewayRequest]>([
      ["the method", received({ method: flip("POST", 3) })],
      ["a path character", received({ path: flip(GOLDEN_RECEIVED.path, 12) })],
      ["a query string", received({ query: "?limit=1" })],
      ["the body's last byte", received({ body: flip(GOLDEN_RECEIVED.body, 110) })],
      ["the body's first byte", received({ body: flip(GOLDEN_RECEIVED.body, 0) })],
      ["the content-type value", received({}, { "content-type": flip("application/json", 5) })],
      ["the host value", received({}, { host: flip("bss.myhuaweicloud.com", 0) })],
      [
        "the security token",
        received({}, { "x-security-token": flip(GOLDEN_CREDENTIALS.securityToken, 9) }),
      ],
      ["the date's last second", received({}, { "x-sdk-date": "20260309T080707Z" })],
      [
        "the signed-header list (token left out)",
        received({}, { authorization: auth.replace(";x-security-token,", ",") }),
      ],
    ])("refuses it with a changed %s, showing its canonical request", (_, request) => {
      const verdict = verifyGatewaySignature(request, goldenKeys, GOLDEN_DATE);
      expect(verdict).toMatchObject({ ok: false, reason: "the signature does not match" });
      expect(verdict).toHaveProperty("canonicalRequest");
    });

    it.each<[string, GatewayRequest, string]>([
      [
        "a signed-header name",
        received({}, { authorization: auth.replace("host;", "hosu;") }),
        "the signed header hosu is not in the request",
      ],
      [
        "a signature digit",
        received({}, { authorization: auth.replace("Signature=5c9f", "Signature=5c9e") }),
        "the signature does not match",
      ],
      [
        "the access key",
        received({}, { authorization: auth.replace("Access=Z", "Access=Y") }),
        "the access key is unknown",
      ],
      [
        "the scheme",
        received({}, { authorization: auth.replace("SDK-HMAC-SHA256", "SDK-HMAC-SHA257") }),
        "the Authorization header is not SDK-HMAC-SHA256",
      ],
      [
        "the date's form",
        received({}, { "x-sdk-date": "20260309T080706z" }),
        "the X-Sdk-Date header is missing or malformed",
      ],
    ])("refuses it with a changed %s", (_, request, reason) => {
      expect(verifyGatewaySignature(request, goldenKeys, GOLDEN_DATE)).toMatchObject({
        ok: false,
        reason,
      });
    });

    it("ignores X-Domain-Id, which the proxy sends without signing", () => {
      const request = received(
        {},
        { "x-domain-id": flip(GOLDEN_RECEIVED.headers["x-domain-id"], 0) },
      );
      expect(verifyGatewaySignature(request, goldenKeys, GOLDEN_DATE).ok).toBe(true);
    });

    it("accepts a clock 15 minutes away either side and refuses one second more", () => {
      const at = (now: Date) => verifyGatewaySignature(received(), goldenKeys, now);
      expect(at(minutes(15)).ok).toBe(true);
      expect(at(minutes(-15)).ok).toBe(true);
      const late = "the X-Sdk-Date header is more than 15 minutes away from the gateway's clock";
      expect(at(minutes(15 + 1 / 60))).toEqual({ ok: false, reason: late });
      expect(at(minutes(-15 - 1 / 60))).toEqual({ ok: false, reason: late });
    });

    it("refuses a missing Authorization, an unsigned date and an impossible date", () => {
      const at = (request: GatewayRequest) =>
        verifyGatewaySignature(request, goldenKeys, GOLDEN_DATE);
      expect(at(received({}, { authorization: undefined }))).toEqual({
        ok: false,
        reason: "the Authorization header is missing",
      });
      expect(
        at(received({}, { authorization: auth.replace("host;x-sdk-date;", "host;") })),
      ).toEqual({ ok: false, reason: "x-sdk-date is not a signed header" });
      expect(at(received({}, { "x-sdk-date": "20260309T240706Z" }))).toMatchObject({
        reason: "the X-Sdk-Date header is missing or malformed",
      });
      expect(at(received({}, { "x-sdk-date": "20260231T080706Z" }))).toMatchObject({
        reason: "the X-Sdk-Date header is missing or malformed",
      });
    });
  });

  describe("Huawei's published vectors", () => {
    it("accepts the documentation example and builds its literal canonical request", () => {
      const request: GatewayRequest = {
        method: "GET",
        path: "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        query: "?marker=13551d6b-755d-4757-b956-536f674975c0&limit=2",
        headers: {
          "content-type": "application/json",
          host: "service.region.example.com",
          "x-sdk-date": "20191115T033655Z",
          authorization:
            "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
        },
        body: "",
      };
      const sk = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
      const steps = signatureSteps(
        request,
        sk,
        ["content-type", "host", "x-sdk-date"],
        "20191115T033655Z",
      );
      expect(steps.canonicalRequest).toBe(
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
      expect(steps.stringToSign).toBe(
        "SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a",
      );
      const now = new Date("2019-11-15T03:36:55Z");
      expect(verifyGatewaySignature(request, () => sk, now)).toEqual({
        ok: true,
        ak: "QTWAOYTTINDUT2QVKYUC",
      });
    });

    const sdkRequest = (method: string, body: string, signature: string): GatewayRequest => ({
      method,
      path: "/resources",
      query: "?size=1",
      headers: {
        host: "service.endpoint.myhuaweicloud.com",
        "x-sdk-date": "20200608T023900Z",
        authorization: `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=${signature}`,
      },
      body,
    });
    const sdkKeys = (ak: string) => (ak === "AccessKey" ? "SecretKey" : undefined);
    const sdkNow = new Date("2020-06-08T02:39:00Z");

    it("accepts the Python SDK's GET with an empty body", () => {
      const request = sdkRequest(
        "GET",
        "",
        "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842",
      );
      expect(verifyGatewaySignature(request, sdkKeys, sdkNow)).toEqual({
        ok: true,
        ak: "AccessKey",
      });
    });

    it("accepts the Python SDK's POST with a JSON body", () => {
      const request = sdkRequest(
        "POST",
        '{"name":"test","id":1}',
        "436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f",
      );
      expect(verifyGatewaySignature(request, sdkKeys, sdkNow)).toEqual({
        ok: true,
        ak: "AccessKey",
      });
    });
  });

  describe("canonical forms", () => {
    const canonicalLines = (path: string, query: string) =>
      signatureSteps(
        { method: "GET", path, query, headers: { "x-sdk-date": "20260101T000000Z" }, body: "" },
        "sk",
        ["x-sdk-date"],
        "20260101T000000Z",
      ).canonicalRequest.split("\n");

    it.each([["", "/"], ...CANONICAL_PATHS])("encodes the path %j as %j", (path, expected) => {
      expect(canonicalLines(path, "")[1]).toBe(expected);
    });

    it.each(CANONICAL_QUERIES)("encodes the query %j as %j", (query, expected) => {
      expect(canonicalLines("/", query)[2]).toBe(expected);
    });

    it.each(CANONICAL_HEADER_VALUES)("writes the header value %j as %j", (value, expected) => {
      const request = {
        method: "GET",
        path: "/",
        query: "",
        headers: { "x-test": value },
        body: "",
      };
      const lines = signatureSteps(request, "sk", ["x-test"], "20260101T000000Z").canonicalRequest;
      expect(lines.split("\n")[3]).toBe(`x-test:${expected}`);
    });

    it("refuses a stray % instead of failing", () => {
      const request = received({ query: "?a=%zz" });
      expect(verifyGatewaySignature(request, goldenKeys, GOLDEN_DATE)).toEqual({
        ok: false,
        reason: "the path or query string is not valid percent-encoding",
      });
    });
  });
});
