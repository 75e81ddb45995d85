import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { BssResponse } from "./bss-errors.ts";
import { DEMO_IAM_USER } from "./dataset.ts";

const TOKEN_LIFETIME_MS = 24 * 3_600_000;

export interface IamUser {
  domain: string;
  user: string;
  password: string;
}

// The password-method body of POST /v3/auth/tokens; other methods are not faked.
const passwordAuthSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z
        .array(z.string())
        .refine((m) => m.includes("password"), "methods must include password"),
      password: z.object({
        user: z.object({
          name: z.string(),
          password: z.string(),
          domain: z.object({ name: z.string() }),
        }),
      }),
    }),
  }),
});

const iamError = (code: number, title: string, message: string): BssResponse => ({
  status: code,
  body: { error: { code, message, title } },
});

/** Tokens the fake IAM issued, checked by the fake gateway when a call carries `X-Auth-Token`. */
export interface TokenStore {
  /** Answers `POST /v3/auth/tokens`. */
  issue(body: unknown): BssResponse;
  check(token: string): "valid" | "expired" | "unknown";
  /** Makes every token issued so far expired; returns how many there were. */
  expireAll(): number;
  /** Adds tokens that are valid without being issued (the `acceptTokens` option). */
  accept(tokens: readonly string[]): void;
  readonly issuedCount: number;
  /** Password sign-ins asked for, refused ones included (IAM locks a user after a few failures). */
  readonly passwordAttempts: number;
  resetCount(): void;
}

/** Creates the fake IAM: issues 24-hour tokens to one user, and remembers them. */
export function createTokenStore(now: () => Date, user: IamUser = DEMO_IAM_USER): TokenStore {
  const tokens = new Map<string, number>(); // token -> expiry time in ms
  let issuedCount = 0;
  let passwordAttempts = 0;
  return {
    issue(body) {
      const parsed = passwordAuthSchema.safeParse(body);
      if (!parsed.success) return iamError(400, "Bad Request", "The request body is invalid.");
      passwordAttempts++;
      const { name, password, domain } = parsed.data.auth.identity.password.user;
      if (name !== user.user || password !== user.password || domain.name !== user.domain) {
        return iamError(401, "Unauthorized", "The username or password is wrong.");
      }
      const issuedAt = now();
      const expiresAt = new Date(issuedAt.getTime() + TOKEN_LIFETIME_MS);
      const token = `MIIFake${randomBytes(36).toString("base64url")}`;
      tokens.set(token, expiresAt.getTime());
      issuedCount++;
      return {
        status: 201,
        headers: { "X-Subject-Token": token },
        body: {
          token: {
            expires_at: expiresAt.toISOString(),
            issued_at: issuedAt.toISOString(),
            methods: ["password"],
            user: { name, domain: { name: domain.name } },
          },
        },
      };
    },
    check(token) {
      const expiresAt = tokens.get(token);
      if (expiresAt === undefined) return "unknown";
      return now().getTime() < expiresAt ? "valid" : "expired";
    },
    expireAll() {
      for (const token of tokens.keys()) tokens.set(token, 0);
      return tokens.size;
    },
    accept(list) {
      for (const token of list) tokens.set(token, Number.POSITIVE_INFINITY);
    },
    get issuedCount() {
      return issuedCount;
    },
    get passwordAttempts() {
      return passwordAttempts;
    },
    resetCount() {
      issuedCount = 0;
      passwordAttempts = 0;
    },
  };
}
