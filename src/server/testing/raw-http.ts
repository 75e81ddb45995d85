import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { CSRF_HEADER } from "#contract/proxy-constants";
import type { ProxyBody } from "./proxy-harness.ts";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: ProxyBody;
}

/** POSTs JSON with node:http, optionally from another loopback address (127.0.0.2, ...), as a second client would. */
export function postFrom(
  baseUrl: string,
  path: string,
  body: unknown,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<RawAnswer> {
  const url = new URL(path, baseUrl);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        agent: false,
        localAddress: options.localAddress,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": String(Buffer.byteLength(payload)),
          [CSRF_HEADER.name]: CSRF_HEADER.value,
          ...options.headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          let parsed: ProxyBody = { error_msg: text };
          try {
            parsed = JSON.parse(text) as ProxyBody;
          } catch {
            // not JSON: keep the text for the assertion message
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Writes bytes to the server as they are and collects everything it sends back until it closes the connection. */
export function exchangeRaw(baseUrl: string, text: string): Promise<string> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
    socket.write(text);
  });
}

/** Splits a raw HTTP/1.1 answer into status, lower-case headers and the JSON body. */
export function parseRawAnswer(text: string): { status: number; headers: Record<string, string>; body: ProxyBody } {
  const [head = "", ...rest] = text.split("\r\n\r\n");
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body: ProxyBody = {};
  const bodyText = rest.join("\r\n\r\n");
  try {
    body = JSON.parse(headers["transfer-encoding"] === "chunked" ? dechunk(bodyText) : bodyText) as ProxyBody;
  } catch {
    body = { error_msg: bodyText };
  }
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

function dechunk(text: string): string {
  let out = "";
  let rest = text;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/** An `Authorization` header value for HTTP Basic sign-in. */
export const basicAuth = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** How many answers came with each status: `{ 401: 5, 429: 195 }`. */
export const countStatuses = (answers: ReadonlyArray<{ status: number }>) =>
  answers.reduce<Record<number, number>>(
    (counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }),
    {},
  );
