import { describe, expect, it } from "vitest";
import { dingTalkSignedUrl, feishuSignature, webhookSignature } from "./signatures.ts";

// Expected values computed apart from this code (Python's hmac, hashlib and base64), from each
// platform's documented recipe.

describe("alert signatures", () => {
  it("signs the webhook's raw body as sha256=<hex HMAC-SHA256>", () => {
    expect(webhookSignature("topsecret", '{"a":1}')).toBe("sha256=bf1e6501b7fa928ec2391fea9dd90af3c9ad1b7b1ef6ff319c25940cec746bf8");
  });

  it("adds DingTalk's timestamp (ms) and URL-encoded base64 sign to the robot's URL", () => {
    expect(dingTalkSignedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", "s3cret", 1_796_684_640_000)).toBe(
      "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1796684640000&sign=uQr3%2BoSibU16ETzAhBaauYUklOccunP5yQc%2BKOB5Mxg%3D",
    );
  });

  it("signs Feishu's empty message with the key timestamp (s) + newline + secret", () => {
    expect(feishuSignature("s3cret", 1_796_684_640_999)).toEqual({ timestamp: "1796684640", sign: "zHwa4lMljXgvfvUqEPqlPLOTIN117mK33ptcBbetpBc=" });
  });
});
