import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { startupWarnings } from "./startup-warnings.ts";

describe("startup warnings", () => {
  it("says nothing for the loopback default", () => {
    expect(startupWarnings(loadConfig({}))).toEqual([]);
  });

  it("warns of Basic sign-in over plain HTTP on an address others reach", () => {
    const warnings = startupWarnings(loadConfig({ HOST: "0.0.0.0", AUTH_USERS_FILE: "users.txt", PUBLIC_URL: "http://tags.example.com" }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/HOST is 0\.0\.0\.0 without TLS, so browsers send sign-in passwords over the network in clear text/);
  });

  it("says nothing of clear text with TLS, and of host names with PUBLIC_URL", () => {
    const config = loadConfig({
      HOST: "0.0.0.0",
      AUTH_USERS_FILE: "users.txt",
      TLS_CERT_FILE: "c.pem",
      TLS_KEY_FILE: "k.pem",
      PUBLIC_URL: "https://tags.example.com",
    });
    expect(startupWarnings(config)).toEqual([]);
  });

  it("warns that only loopback names are answered when no name is configured", () => {
    const config = loadConfig({ HOST: "0.0.0.0", AUTH_PROXY_HEADER: "X-User", AUTH_TRUSTED_PROXIES: "10.0.0.5" });
    expect(startupWarnings(config)).toEqual([expect.stringMatching(/only loopback host names are answered \(421/)]);
  });
});
