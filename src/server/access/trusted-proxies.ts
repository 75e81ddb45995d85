import { BlockList, isIP } from "node:net";
import { ConfigError } from "../config-error.ts";

/** Parses a comma-separated list of addresses and CIDR ranges (IPv4 or IPv6) into a matcher. */
export function parseTrustedProxies(value: string, variable = "AUTH_TRUSTED_PROXIES"): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of value.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0) throw new ConfigError(variable, `"${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
    } else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) {
        throw new ConfigError(variable, `"${entry}" has a wrong prefix length`);
      }
      if (bits === 0) {
        throw new ConfigError(
          variable,
          `"${entry}" trusts every address, so anyone could send the identity header and be any user; list only the SSO proxy's own addresses`,
        );
      }
      list.addSubnet(address, bits, type);
    }
  }
  return (raw) => {
    const address = raw.startsWith("::ffff:") && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
  };
}
