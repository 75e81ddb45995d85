import type * as Crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import type { SharedRedis } from "../shared/redis.ts";
import { type AppServer, startAppReplicas } from "../testing/app-server.ts";
import { basicAuth, countStatuses, postFrom } from "../testing/raw-http.ts";
import { availability, type TestRedis, startRedis } from "../testing/test-redis.ts";
import { hashPassword } from "./password-hash.ts";

// Each scrypt run is one password check: the count an attack got evaluated across the replicas.
const scryptRuns = vi.hoisted(() => [] as string[]);
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  const scrypt = (...args: Parameters<typeof actual.scrypt>) => {
    scryptRuns.push("scrypt");
    return (actual.scrypt as (...a: unknown[]) => void)(...args);
  };
  return { ...actual, scrypt, default: { ...actual, scrypt } };
});

const TAGS = `/api${BSS_PATHS.newCustomerTags}`;


describe("failed sign-ins counted across two replicas sharing Redis", () => {
  let server: TestRedis;
  let replicas: AppServer[] = [];
  let connections: SharedRedis[] = [];
  let closeReplicas = async () => {};

  /** `count` wrong guesses from `from` at once, each at a new name, spread over both replicas in turn. */
  const guesses = (count: number, from: string) =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        postFrom(
          replicas[i % 2]?.url ?? "",
          TAGS,
          { limit: 1 },
          {
            localAddress: from,
            headers: { Authorization: basicAuth(`name-${i}`, "wrong-password") },
          },
        ),
      ),
    );

  beforeAll(async () => {
    server = await startRedis();
    const users = new Map([["alice", await hashPassword("alice-password-123")]]);
    ({ replicas, connections, close: closeReplicas } = await startAppReplicas(server.url, { access: { users } }));
  });
  beforeEach(() => {
    scryptRuns.length = 0;
  });
  afterAll(async () => {
    await closeReplicas();
    await server?.stop();
  });

  it("check exactly 5 of 200 simultaneous guesses from one address; the rest get 429 at once", async () => {
    const answers = await guesses(200, "127.0.0.1");
    expect(countStatuses(answers)).toEqual({ 401: 5, 429: 195 });
    expect(scryptRuns).toHaveLength(5);
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.body.error_code).toBe("PROXY.0429");
    expect(Number(refused?.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("let the real user in at either replica, with the guesses from elsewhere still counted", async () => {
    for (const replica of replicas) {
      const answer = await postFrom(
        replica.url,
        TAGS,
        { limit: 1 },
        {
          localAddress: "127.0.0.5",
          headers: { Authorization: basicAuth("alice", "alice-password-123") },
        },
      );
      expect(answer.status).toBe(200);
    }
    expect(countStatuses(await guesses(2, "127.0.0.1"))).toEqual({ 429: 2 });
  });

  it("answer every guess while Redis is away, each replica counting its own", async () => {
    await server.stop();
    await Promise.all(connections.map((redis) => availability(redis, false)));
    const answers = await guesses(20, "127.0.0.2");
    expect(countStatuses(answers)).toEqual({ 401: 10, 429: 10 });
    expect(scryptRuns).toHaveLength(10);
  });

  it("count together again once Redis is back", async () => {
    // What counts is the replicas' own reconnection: start() settles on its own readiness check,
    // which may come before or after it (or not at all while Redis hides its "ready" line).
    void server.start();
    await Promise.all(connections.map((redis) => availability(redis, true)));
    const answers = await guesses(20, "127.0.0.3");
    expect(countStatuses(answers)).toEqual({ 401: 5, 429: 15 });
    expect(scryptRuns).toHaveLength(5);
  });
});
