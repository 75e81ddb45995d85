import { isIP } from "node:net";

// One IPv6 customer usually holds a whole /64, so counting per exact IPv6 address would give an
// attacker 2^64 fresh counters; IPv4 addresses are scarce enough to count one by one.
const IPV6_PREFIX_GROUPS = 4;

function expandIpv6(address: string): number[] {
  const [head = "", tail] = address.split("::");
  const groupsOf = (part: string) =>
    part
      .split(":")
      .filter(Boolean)
      .flatMap((group) => {
        if (!group.includes(".")) return [Number.parseInt(group, 16)];
        const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
        return [(a << 8) | b, (c << 8) | d];
      });
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The key sign-in failures are counted under: the IPv4 address, or the IPv6 address's /64. */
export function addressKey(address: string): string {
  const unmapped = address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  if (isIP(unmapped) !== 6) return unmapped;
  const prefix = expandIpv6(unmapped.split("%")[0] ?? "").slice(0, IPV6_PREFIX_GROUPS);
  return `${prefix.map((group) => group.toString(16)).join(":")}::/64`;
}
