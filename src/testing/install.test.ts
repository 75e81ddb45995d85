import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

// A newcomer's first `npm install` must print nothing that looks like an error: no EBADENGINE for
// the Node.js version the README promises, no list of skipped install scripts.
const root = new URL("../../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL("package-lock.json", root), "utf8")) as {
  packages: Record<string, { version?: string; engines?: { node?: string }; hasInstallScript?: boolean; optional?: boolean }>;
};
const readme = readFileSync(new URL("README.md", root), "utf8");
const floor = semver.minVersion(manifest.engines.node)!.version;
const installed = Object.entries(lock.packages).filter(([path]) => path.startsWith("node_modules/"));
const nameOf = (path: string) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);

describe("the install", () => {
  it("states one Node.js floor, in package.json and in the README", () => {
    const [major, minor] = floor.split(".");
    expect(readme).toContain(`You need Node.js ${major}.${minor} or newer.`);
  });

  it("locks no package whose engines refuse that floor", () => {
    const refusing = installed
      .filter(([, pkg]) => pkg.engines?.node && !semver.satisfies(floor, pkg.engines.node))
      .map(([path, pkg]) => `${nameOf(path)}@${pkg.version} (node ${pkg.engines!.node})`);
    expect(refusing).toEqual([]);
  });

  it("has a decision for every dependency with an install script", () => {
    const undecided = installed
      .filter(([path, pkg]) => pkg.hasInstallScript && !(nameOf(path) in (manifest.allowScripts ?? {})))
      .map(([path]) => nameOf(path));
    expect(undecided).toEqual([]);
  });

  it("pins vite and every @mantine package to one exact version", () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(all.vite).toBe("8.3.8");
    const mantine = Object.entries(all).filter(([name]) => name.startsWith("@mantine/"));
    expect(new Set(mantine.map(([, version]) => version))).toEqual(new Set(["9.7.3"]));
  });
});

describe("npm test without a browser", () => {
  it("stops at once with one sentence saying how to get Chromium", () => {
    const run = spawnSync("npm", ["test", "--silent"], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toBe(
      "The end-to-end tests need Chromium and none was found at /nonexistent/chromium: install one (Debian/Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
    // Nothing else ran: no type check, lint or unit test output before the sentence.
    expect(run.stdout.trim()).toBe("");
  });
});
