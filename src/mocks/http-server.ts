import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { Socket } from "node:net";
import { BSS_PATHS, type BssApi } from "#contract/huawei-api";
import { type BssResponse, bssError } from "./bss-errors.ts";
import { CONTROL_PREFIX, handleControl } from "./control-routes.ts";
import { DEMO_CREDENTIALS } from "./dataset.ts";
import type { IamUser } from "./fake-iam.ts";
import { passGateway } from "./fake-gateway.ts";
import { type FakeBssState, createFakeBssState } from "./server-state.ts";

export interface FakeBssOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  seed?: number;
  /** Size of the generated data set; about 13,000 customers when absent. */
  customers?: number;
  now?: () => Date;
  rateLimitPerSecond?: number;
  /** Accepted AK -> SK; defaults to the demo credentials. */
  keys?: Record<string, string>;
  /** Tokens accepted as `X-Auth-Token` without going through the fake IAM. */
  acceptTokens?: string[];
  iamUser?: IamUser;
  /**
   * Opens the `/__fake/*` routes that set faults and read counters: for tests and the standalone
   * fake only, never for the dashboard's demo mode (anyone who reaches them could break it).
   */
  controlRoutes?: boolean;
}

export interface FakeBss {
  /** Base URL, e.g. http://127.0.0.1:40123 (BSS and IAM both live there). */
  url: string;
  state: FakeBssState;
  /** Stops the server, cutting open (and hanging) connections. */
  close(): Promise<void>;
}

const API_BY_PATH = new Map<string, BssApi>(
  Object.entries(BSS_PATHS).map(([api, path]) => [path, api as BssApi]),
);
const MAX_BODY_BYTES = 1_000_000;
const notFound = bssError(
  404,
  "APIGW.0101",
  "The API does not exist or has not been published in the environment.",
);

function send(res: ServerResponse, response: BssResponse): void {
  const body = response.status === 204 ? "" : JSON.stringify(response.body);
  res.writeHead(response.status, {
    "Content-Type": "application/json;charset=UTF-8",
    ...response.headers,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    out[name] = Array.isArray(value) ? value.join(",") : value;
  return out;
}

const jsonOf = (bytes: Uint8Array): unknown => {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
};

async function route(
  state: FakeBssState,
  keys: Record<string, string>,
  controlRoutes: boolean,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? "/", "http://fake-bss");
  const method = req.method ?? "GET";
  const body = await readBody(req);
  if (!body) return send(res, bssError(413, "APIGW.0201", "Request entity too large"));
  if (controlRoutes && url.pathname.startsWith(CONTROL_PREFIX)) {
    return send(res, handleControl(state, method, url.pathname, jsonOf(body)) ?? notFound);
  }
  if (method === "POST" && url.pathname === "/v3/auth/tokens")
    return send(res, state.tokens.issue(jsonOf(body)));
  const api = API_BY_PATH.get(url.pathname);
  if (!api || method !== "POST") return send(res, notFound);
  const request = {
    method,
    path: url.pathname,
    query: url.search,
    headers: lowerCaseHeaders(req),
    body,
  };
  const outcome = await passGateway(state, api, request, keys);
  switch (outcome.kind) {
    case "answer":
      return send(res, outcome.response);
    case "hang":
      return undefined; // close() destroys the socket
    case "reset":
      return req.socket.destroy();
    case "malformed":
      res.writeHead(200, { "Content-Type": "application/json;charset=UTF-8" });
      return res.end('{"new_customer_tags": [');
  }
}

/** Starts the fake Huawei BSS (and IAM) on loopback, for demo mode and tests. */
export async function startFakeBss(options: FakeBssOptions = {}): Promise<FakeBss> {
  const state = createFakeBssState(options);
  state.tokens.accept(options.acceptTokens ?? []);
  const keys = options.keys ?? { [DEMO_CREDENTIALS.ak]: DEMO_CREDENTIALS.sk };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    route(state, keys, options.controlRoutes ?? false, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, bssError(500, "CBC.0999", `fake BSS failure: ${String(error)}`));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("the fake BSS has no TCP address");
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
