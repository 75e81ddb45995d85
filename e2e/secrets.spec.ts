import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./support/test.ts";
import { CSRF_HEADER } from "../src/contract/proxy-constants.ts";
import { DEMO_CREDENTIALS, DEMO_IAM_USER } from "../src/testing/dataset.ts";

const distDir = new URL("../dist/web", import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

test("the built app contains no secret, no signer and no mock code", () => {
  const built = files(distDir);
  expect(built.length).toBeGreaterThan(2);
  for (const file of built) {
    const text = readFileSync(file, "latin1");
    expect(text, file).not.toContain(DEMO_CREDENTIALS.sk);
    expect(text, file).not.toContain(DEMO_IAM_USER.password);
    expect(text, file).not.toContain("SDK-HMAC-SHA256");
  }
});

test("no response carries the secret key or a signature", async ({ request }) => {
  const res = await request.post("/api/v2/partners/sub-customers/new-customers-tags/batch-query", {
    headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
    data: { limit: 5 },
  });
  expect(res.status()).toBe(200);
  const all = JSON.stringify(res.headers()) + (await res.text());
  expect(all).not.toContain(DEMO_CREDENTIALS.sk);
  expect(all).not.toContain("Signature=");
  const page = await request.get("/");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await request.get("/mockServiceWorker.js")).headers()["content-type"]).toContain("text/html");
});
