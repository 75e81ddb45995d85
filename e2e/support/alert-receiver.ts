// A stand-in for a team's webhook endpoint (ALERT_WEBHOOK_URL) for the end-to-end tests: it checks
// each body's `X-Signature-256` with its own HMAC, as a receiver following the README would, keeps
// what came, and answers it on `GET /received`.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

export const ALERT_SECRET = "e2e-webhook-secret";
// Overridable like the other servers' ports, so several checkouts can run their tests at once.
export const ALERT_RECEIVER_PORT = Number(process.env.E2E_ALERT_RECEIVER_PORT ?? 9182);

/** One POST the receiver got: whether its signature held, and its body as JSON. */
export interface ReceivedAlert {
  signed: boolean;
  body: unknown;
}

function signatureHolds(raw: Buffer, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", ALERT_SECRET).update(raw).digest("hex")}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Starts the receiver on `port` (loopback). */
export function startAlertReceiver(port: number) {
  const received: ReceivedAlert[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/hook") {
        const raw = Buffer.concat(chunks);
        const header = request.headers["x-signature-256"];
        received.push({ signed: signatureHolds(raw, Array.isArray(header) ? header[0] : header), body: JSON.parse(raw.toString("utf8")) });
        response.writeHead(200).end("ok");
      } else if (request.method === "GET" && request.url === "/received") {
        response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(received));
      } else {
        response.writeHead(404).end();
      }
    });
  });
  server.listen(port, "127.0.0.1", () => process.stdout.write(`Alert receiver on http://127.0.0.1:${port}\n`));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) startAlertReceiver(ALERT_RECEIVER_PORT);
