// Loopback names need no configuration: no DNS answer can make them point at another machine's
// page. `*.localhost` is loopback in browsers by definition (RFC 6761).
function isLoopbackName(name: string): boolean {
  return name === "localhost" || name.endsWith(".localhost") || name === "[::1]" || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The host name of a Host header, lower-case, without port or trailing dot; undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(:\d{1,5})?$/.exec(value);
  return match?.[1]?.replace(/\.$/, "");
}

/**
 * Whether a request's Host header names this dashboard: a loopback name or one of `allowed`.
 * A page on a DNS-rebinding domain reaches the server under its own name, which is refused.
 */
export function createHostAllowlist(allowed: readonly string[]): (header: string | undefined) => boolean {
  const names = new Set(allowed.map((name) => name.toLowerCase().replace(/\.$/, "")));
  return (header) => {
    const name = hostName(header);
    return name !== undefined && (isLoopbackName(name) || names.has(name));
  };
}

/**
 * Whether a Host header is an IP address (with or without port): what load balancers and
 * orchestrators send when they probe a replica by its address. No DNS answer is involved, so no
 * page on a rebinding domain can send it from a victim's browser.
 */
export function isAddressHost(header: string | undefined): boolean {
  const name = hostName(header);
  if (name === undefined) return false;
  return /^\[[0-9a-f:.]+\]$/.test(name) || /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
}
