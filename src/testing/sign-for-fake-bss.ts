import { signatureSteps } from "#mocks/gateway-signature";

export interface FakeBssCall {
  url: string;
  /** Sent and signed, besides host and x-sdk-date. */
  headers: Record<string, string>;
  body: string;
  ak: string;
  sk: string;
  date: Date;
}

/**
 * The headers that sign a POST to the fake BSS, computed with the fake's own reading of the
 * algorithm (like Huawei's SDKs, every header sent is signed). Tests of the fake sign with this,
 * so they never load the proxy; the golden vector is what ties the two sides together.
 */
export function signForFakeBss(call: FakeBssCall): Record<string, string> {
  const url = new URL(call.url);
  const sdkDate = call.date
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replaceAll(/[-:]/g, "");
  const headers: Record<string, string> = { host: url.host, "x-sdk-date": sdkDate };
  for (const [name, value] of Object.entries(call.headers)) headers[name.toLowerCase()] = value;
  const signed = Object.keys(headers).sort();
  const request = {
    method: "POST",
    path: url.pathname,
    query: url.search,
    headers,
    body: call.body,
  };
  const { signature } = signatureSteps(request, call.sk, signed, sdkDate);
  return {
    ...call.headers,
    "X-Sdk-Date": sdkDate,
    Authorization: `SDK-HMAC-SHA256 Access=${call.ak}, SignedHeaders=${signed.join(";")}, Signature=${signature}`,
  };
}
