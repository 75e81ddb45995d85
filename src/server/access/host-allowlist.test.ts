import { describe, expect, it } from "vitest";
import { createHostAllowlist, hostName, isAddressHost } from "./host-allowlist.ts";

describe("host allowlist", () => {
  it("reads the name of a Host header", () => {
    expect(hostName("Tags.Example.com:8080")).toBe("tags.example.com");
    expect(hostName("[::1]:8080")).toBe("[::1]");
    expect(hostName("example.com.")).toBe("example.com");
    expect(hostName("a:b:c")).toBeUndefined();
    expect(hostName("")).toBeUndefined();
  });

  it("answers loopback names by default and nothing else", () => {
    const allowed = createHostAllowlist([]);
    for (const host of ["localhost:8080", "127.0.0.1:8080", "127.1.2.3", "[::1]:8080", "app.localhost"]) {
      expect(allowed(host)).toBe(true);
    }
    for (const host of ["rebind.attacker.example:8080", "localhost.attacker.example", "127.0.0.1.nip.io", undefined]) {
      expect(allowed(host)).toBe(false);
    }
  });

  it("adds the configured names, whatever the port", () => {
    const allowed = createHostAllowlist(["tags.example.com", "10.0.0.5"]);
    expect(allowed("tags.example.com")).toBe(true);
    expect(allowed("TAGS.example.com:443")).toBe(true);
    expect(allowed("10.0.0.5:8080")).toBe(true);
    expect(allowed("evil.example.com")).toBe(false);
  });

  it("tells an address from a name, as a load balancer's probe sends it", () => {
    for (const host of ["10.0.3.7", "10.0.3.7:8080", "[fd00::7]:8080", "[::ffff:10.0.0.1]"]) {
      expect(isAddressHost(host)).toBe(true);
    }
    for (const host of ["tags.example.com", "10.0.3.7.nip.io", "1.2.3", "rebind.attacker.example:80", "", undefined]) {
      expect(isAddressHost(host)).toBe(false);
    }
  });
});
