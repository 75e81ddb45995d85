import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { BSS_PATHS, type TagQueryResponse } from "#contract/huawei-api";
import { type SyncRun, syncStateSchema } from "#contract/portfolio-api";
import { DEMO_CREDENTIALS } from "#testing/dataset";

// A proxy replica as its own process (the production composition, src/main/live.ts, without the
// web app), for the tests and benchmarks of several replicas behind one load balancer.

const root = fileURLToPath(new URL("../../..", import.meta.url));

export interface Replica {
  name: string;
  base: string;
  child: ChildProcess;
  /** Resolves when the process listens; rejects with its output when it exits first. */
  ready: Promise<void>;
  output(): string;
  /** Resolves when the process writes a line matching `pattern` after this call. */
  nextOutput(pattern: RegExp): Promise<void>;
  /** SIGKILL, as a crashed machine would look; resolves when the process is gone. */
  kill(): Promise<void>;
}

/** The environment of one of two replicas sharing `redisUrl`, signing for the fake BSS at `bssUrl`. */
export function twoReplicasEnv(bssUrl: string, redisUrl: string, perSecond: number): Record<string, string> {
  return {
    BSS_ENDPOINT: bssUrl,
    HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
    HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
    BSS_RATE_LIMIT_PER_SECOND: String(perSecond),
    REPLICAS: "2",
    REDIS_URL: redisUrl,
  };
}

/** Starts `src/main/live.ts --no-web` with `env` (PORT must be set) and no .env file. */
export function startReplica(name: string, env: Record<string, string>): Replica {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main/live.ts", "--no-web"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", ENV_FILE: "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const append = (data: Buffer) => (output += data.toString());
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("dashboard on") && resolve());
    child.once("exit", (code, signal) => reject(new Error(`replica ${name} exited (${code ?? signal}): ${output}`)));
  });
  ready.catch(() => {});
  return {
    name,
    base: `http://127.0.0.1:${env.PORT}`,
    child,
    ready,
    output: () => output,
    nextOutput: (pattern) =>
      new Promise<void>((resolve) => {
        const from = output.length;
        const onData = () => {
          if (!pattern.test(output.slice(from))) return;
          child.stdout.off("data", onData);
          child.stderr.off("data", onData);
          resolve();
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}

/** One batch of a user's lookup through a replica: its HTTP status and the IDs it answered. */
export interface LookupAnswer {
  status: number;
  ids: string[];
}

/** Asks a replica for the tags of up to 200 IDs, as the dashboard does. */
export async function lookUp(replica: Replica, ids: readonly string[], user?: string): Promise<LookupAnswer> {
  const response = await fetch(`${replica.base}/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      [CSRF_HEADER.name]: CSRF_HEADER.value,
      ...(user ? { "X-Forwarded-User": user } : {}),
    },
    body: JSON.stringify({ customer_ids: ids, limit: ids.length }),
  });
  const body = (await response.json()) as Partial<TagQueryResponse>;
  return { status: response.status, ids: (body.new_customer_tags ?? []).map((tag) => tag.customer_id) };
}

/**
 * A user's bulk lookup: `batches` sent through `replica`, `parallel` at a time (as the dashboard
 * sends them), each answer handed to `onAnswer` as it arrives.
 */
export async function bulkLookUp(
  replica: Replica,
  batches: readonly (readonly string[])[],
  parallel: number,
  onAnswer?: (answer: LookupAnswer) => void,
  user?: string,
): Promise<LookupAnswer[]> {
  const answers: LookupAnswer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++] ?? [];
      const answer = await lookUp(replica, batch, user);
      answers.push(answer);
      onAnswer?.(answer);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return answers;
}

/** The most calls any sliding window of `windowMs` holds, from their arrival times. */
export function busiestWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** The JSON answer of a GET, not yet checked against its schema. */
export const getJson = async (url: string) => (await fetch(url)).json() as Promise<unknown>;

/** Asks a proxy at `base` for its sync's state until `done` says so (each answer is an event of the sync). */
export async function syncUntil(base: string, done: (run: SyncRun) => boolean): Promise<SyncRun> {
  for (;;) {
    const state = syncStateSchema.parse(await getJson(`${base}/api/portfolio/sync`));
    if ("run_id" in state && done(state)) return state;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
