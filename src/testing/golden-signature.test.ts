import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  GOLDEN_AUTHORIZATION,
  GOLDEN_BODY,
  GOLDEN_BODY_SHA256,
  GOLDEN_CANONICAL_REQUEST,
  GOLDEN_CREDENTIALS,
  GOLDEN_SIGNATURE,
  GOLDEN_STRING_TO_SIGN,
} from "./golden-signature.ts";

// Each step of Huawei's algorithm redone on the literals with node:crypto alone, so a typo in
// the vector cannot hide behind either implementation.
describe("the golden SDK-HMAC-SHA256 vector", () => {
  it("hashes the exact body bytes into the last line of the canonical request", () => {
    expect(Buffer.byteLength(GOLDEN_BODY)).toBe(111);
    expect(createHash("sha256").update(Buffer.from(GOLDEN_BODY, "utf8")).digest("hex")).toBe(
      GOLDEN_BODY_SHA256,
    );
    expect(GOLDEN_CANONICAL_REQUEST.endsWith(`\n${GOLDEN_BODY_SHA256}`)).toBe(true);
  });

  it("puts the canonical request's hash into the string to sign", () => {
    const hash = createHash("sha256").update(GOLDEN_CANONICAL_REQUEST).digest("hex");
    expect(GOLDEN_STRING_TO_SIGN).toBe(`SDK-HMAC-SHA256\n20260309T080706Z\n${hash}`);
  });

  it("signs the string with the SK and names the signature in the Authorization header", () => {
    expect(
      createHmac("sha256", GOLDEN_CREDENTIALS.sk).update(GOLDEN_STRING_TO_SIGN).digest("hex"),
    ).toBe(GOLDEN_SIGNATURE);
    expect(GOLDEN_AUTHORIZATION).toBe(
      `SDK-HMAC-SHA256 Access=${GOLDEN_CREDENTIALS.ak}, SignedHeaders=content-type;host;x-sdk-date;x-security-token, Signature=${GOLDEN_SIGNATURE}`,
    );
  });
});
