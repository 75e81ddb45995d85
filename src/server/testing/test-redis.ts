import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import type { SharedRedis } from "../shared/redis.ts";

// A throwaway Redis for the tests (server tests and the end-to-end suite) of the replicas' shared state: Debian's `redis-server` on a free
// loopback port, nothing saved to disk. It can be stopped and started again on the same port.

const INSTALL =
  "the tests of shared flow control need Redis: install it with `apt-get install redis-server` (or set REDIS_SERVER to its program)";

/** The redis-server program: REDIS_SERVER, else the one on PATH (Debian's /usr/bin/redis-server). */
export function redisServerProgram(): string | undefined {
  const program = process.env.REDIS_SERVER ?? "redis-server";
  const probe = spawnSync(program, ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? program : undefined;
}

/** One sentence saying what to install, or undefined when Redis is there. */
export function redisProblem(): string | undefined {
  return redisServerProgram() ? undefined : INSTALL;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server at once (SIGKILL: as a crash or a lost network would look to the replicas). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/** Starts a Redis on a free loopback port; resolves once it accepts connections. */
export async function startRedis(): Promise<TestRedis> {
  const program = redisServerProgram();
  if (!program) throw new Error(INSTALL);
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn(
      program,
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--loglevel",
        "notice",
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child = started;
    let output = "";
    let ready = false;
    await new Promise<void>((resolve, reject) => {
      const onData = (data: Buffer) => {
        output += data.toString();
        if (/Ready to accept connections/i.test(output)) resolve();
      };
      started.stdout?.on("data", onData);
      started.stderr?.on("data", onData);
      started.once("exit", (code) =>
        reject(new Error(`redis-server exited with ${code}: ${output}`)),
      );
      // Builds differ in the wording of the ready line: an answered PING counts too.
      void waitForPing(port, () => ready || started.exitCode !== null || started.signalCode !== null).then(resolve, () => {});
    });
    ready = true;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      running.kill("SIGKILL");
      await once(running, "exit");
    },
    start,
  };
}

/** PINGs until Redis answers, or until `gone` says the process has exited. */
async function waitForPing(port: number, gone: () => boolean): Promise<void> {
  const { Socket } = await import("node:net");
  while (!gone()) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once("error", () => resolve(false));
      socket.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
    });
    if (answered || gone()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("redis-server exited before answering PING");
}

/** Resolves once Redis is (or is no longer) available to `redis`: at once, or on its change. */
export function availability(redis: SharedRedis, wanted: boolean): Promise<void> {
  return new Promise((resolve) => {
    if (redis.available() === wanted) return resolve();
    const stop = redis.onChange((available) => {
      if (available !== wanted) return;
      stop();
      resolve();
    });
  });
}
