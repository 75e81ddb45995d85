import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const PARAMS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/** The cost parameters of a stored hash. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64), the form of the users file. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS.N, PARAMS.r, PARAMS.p);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** True when the stored hash's format is one `verifyPassword` understands. */
export function isPasswordHash(value: string): boolean {
  return /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/.test(value);
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!isPasswordHash(stored)) return false;
  const [, n, r, p, salt = "", hash = ""] = stored.split("$");
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** The cost parameters of a hash in the users-file form. */
export function scryptParams(stored: string): ScryptParams {
  const [, N, r, p] = stored.split("$");
  return { N: Number(N), r: Number(r), p: Number(p) };
}

/** Why parameters are too cheap to resist guessing, or undefined when they are at least the defaults. */
export function weakness(params: ScryptParams): string | undefined {
  if (params.N < PARAMS.N || params.r < PARAMS.r || params.p < PARAMS.p) {
    return `scrypt N=${params.N}, r=${params.r}, p=${params.p} is weaker than N=${PARAMS.N}, r=${PARAMS.r}, p=${PARAMS.p}`;
  }
  return undefined;
}

/**
 * A hash no password matches, with the given cost: checking an unknown user name against it takes
 * the same work as checking a real user, so the answer's timing does not tell which names exist.
 */
export function unmatchableHash(params: ScryptParams = PARAMS): string {
  const random = (bytes: number) => randomBytes(bytes).toString("base64");
  return ["scrypt", params.N, params.r, params.p, random(16), random(KEY_LENGTH)].join("$");
}
