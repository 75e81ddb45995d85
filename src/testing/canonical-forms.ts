// Canonical forms worked out by hand from Huawei's rules (each segment or pair percent-encoded
// from its decoded text, unreserved A-Za-z0-9-_.~ kept, upper-case hex, "/" appended to the
// path, pairs sorted by key then value). Both the proxy's signer and the fake's verifier must
// give exactly these: the golden vector's path is plain ASCII and its query empty.

/** Raw request path -> canonical URI. */
export const CANONICAL_PATHS: [string, string][] = [
  ["/v2/x", "/v2/x/"],
  ["/v2/x/", "/v2/x/"],
  ["/a b/c~d-e_f.g", "/a%20b/c~d-e_f.g/"],
  ["/a%20b/%7e", "/a%20b/~/"],
  ["/caf%C3%A9/(x)*!'", "/caf%C3%A9/%28x%29%2A%21%27/"],
];

/** Raw query string -> canonical query string. */
export const CANONICAL_QUERIES: [string, string][] = [
  ["", ""],
  ["?marker=b&limit=2", "limit=2&marker=b"],
  ["?a=2&b=1&a=1", "a=1&a=2&b=1"],
  ["?q=x+y&r=x%20y&flag", "flag=&q=x%20y&r=x%20y"],
  ["?k=%2F%3D~", "k=%2F%3D~"],
];

/** Header value -> its canonical form (surrounding blanks trimmed, inner ones kept). */
export const CANONICAL_HEADER_VALUES: [string, string][] = [
  ["application/json", "application/json"],
  [" application/json\t", "application/json"],
  ["  a  b ", "a  b"],
];
