import { type Socket, connect } from "node:net";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "./testing/app-server.ts";
import { exchangeRaw, parseRawAnswer } from "./testing/raw-http.ts";

let server: AppServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const get = (target: string, headers = "Host: 127.0.0.1\r\n") => `GET ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`;

function expectHuaweiShapedRefusal(raw: string, status: number) {
  const answer = parseRawAnswer(raw);
  expect({ status: answer.status, raw: raw.slice(0, 200) }).toMatchObject({ status });
  expect(answer.body.error_code).toMatch(/^(PROXY|CBC)\.\d{4}$/);
  expect(typeof answer.body.error_msg).toBe("string");
  expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  return answer;
}

describe("client mistakes over HTTP", () => {
  it.each([
    ["a parent-directory path", get("/../../etc/passwd"), 404],
    ["an encoded parent-directory path", get("/%2e%2e/%2e%2e/etc/passwd"), 404],
    ["a backslash traversal", get("/..%5c..%5cetc%5cpasswd"), 404],
    ["a NUL byte", get("/%00"), 404],
    ["a 15 KB path", get(`/${"a".repeat(15 * 1024)}`), 414],
    ["a malformed escape", get("/%E0%A4%A"), 400],
    ["an absolute-form request URL", get("http://evil.example/"), 400],
    ["an absolute-form URL naming the dashboard", get("http://127.0.0.1/api/health"), 400],
    ["headers larger than 16 KB", get("/", `Host: 127.0.0.1\r\nX-Big: ${"b".repeat(17 * 1024)}\r\n`), 431],
    ["bytes that are not HTTP", "GARBAGE\r\n\r\n", 400],
  ])("answers %s with a 4xx in Huawei's shape, security headers included", async (_what, request, status) => {
    server = await startAppServer();
    expectHuaweiShapedRefusal(await exchangeRaw(server.url, request), status);
    const logs = server.logs.join("\n");
    expect(logs).not.toContain('"stack"');
    expect(logs).not.toContain('"level":50');
  });
});

describe("host allowlist over HTTP", () => {
  it("answers loopback names and refuses any other Host with 421", async () => {
    server = await startAppServer();
    expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/health", `Host: localhost:${server.port}\r\n`))).status).toBe(200);
    expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/health", `Host: [::1]:${server.port}\r\n`))).status).toBe(200);
    const rebound = expectHuaweiShapedRefusal(
      await exchangeRaw(server.url, get("/api/health", `Host: rebind.attacker.example:${server.port}\r\n`)),
      421,
    );
    expect(rebound.body.error_code).toBe("PROXY.0421");
  });

  it("answers health and readiness probes by address (load balancers), and nothing else by address", async () => {
    server = await startAppServer();
    for (const host of ["10.0.3.7:8080", "[fd00::7]:8080", "172.28.0.11"]) {
      expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/health", `Host: ${host}\r\n`))).status).toBe(200);
      expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/ready", `Host: ${host}\r\n`))).status).toBe(200);
      expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/portfolio", `Host: ${host}\r\n`))).status).toBe(421);
      expect(parseRawAnswer(await exchangeRaw(server.url, get("/", `Host: ${host}\r\n`))).status).toBe(421);
    }
    // A name is never a probe: a rebinding page's name still gets 421 on the probe paths.
    expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/ready", "Host: rebind.attacker.example\r\n"))).status).toBe(421);
  });

  it("answers the configured names too", async () => {
    server = await startAppServer({ allowedHosts: ["tags.example.com"] });
    expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/health", "Host: tags.example.com\r\n"))).status).toBe(200);
    expect(parseRawAnswer(await exchangeRaw(server.url, get("/api/health", "Host: other.example.com\r\n"))).status).toBe(421);
  });
});

const LIMITS = { requestTimeoutMs: 600, headersTimeoutMs: 400, keepAliveTimeoutMs: 5000, maxConnections: 3 };

function openSocket(port: number): Promise<{ socket: Socket; received: () => string }> {
  const socket = connect(port, "127.0.0.1");
  let text = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (text += chunk));
  socket.on("error", () => {});
  return once(socket, "connect").then(() => ({ socket, received: () => text }));
}

describe("slow and surplus clients", () => {
  it("closes a connection that sent its headers and part of the body, after the request timeout", { timeout: 15_000 }, async () => {
    server = await startAppServer({ connections: LIMITS });
    const { socket, received } = await openSocket(server.port);
    socket.write(
      "POST /api/v2/partners/sub-customers/new-customers-tags/batch-query HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Type: application/json\r\nX-Requested-With: newtag-dashboard\r\nContent-Length: 100\r\n\r\n{\"limit\":",
    );
    await once(socket, "close");
    expect(expectHuaweiShapedRefusal(received(), 408).body.error_code).toBe("PROXY.0408");
  });

  it("closes a connection whose headers never end, after the headers timeout", { timeout: 15_000 }, async () => {
    server = await startAppServer({ connections: LIMITS });
    const { socket, received } = await openSocket(server.port);
    socket.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n");
    await once(socket, "close");
    expectHuaweiShapedRefusal(received(), 408);
  });

  it("closes a connection that never sends anything, after the headers timeout", { timeout: 15_000 }, async () => {
    server = await startAppServer({ connections: LIMITS });
    const { socket } = await openSocket(server.port);
    await once(socket, "close");
    expect(socket.destroyed).toBe(true);
  });

  it("refuses connections beyond the cap while the others are served", { timeout: 15_000 }, async () => {
    server = await startAppServer({ connections: LIMITS });
    const health = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const kept = await Promise.all([1, 2, 3].map(() => openSocket(server?.port ?? 0)));
    for (const { socket, received } of kept) {
      socket.write(health);
      while (!received().includes('"status":"ok"')) await once(socket, "data");
    }
    const surplus = await openSocket(server.port);
    surplus.socket.write(health);
    await once(surplus.socket, "close");
    expect(surplus.received()).toBe("");
    kept[0]?.socket.write(health);
    await once(kept[0]?.socket as Socket, "data");
    expect(kept[0]?.received().match(/"status":"ok"/g)).toHaveLength(2);
    for (const { socket } of kept) socket.destroy();
  });
});
