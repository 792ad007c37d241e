import { afterEach, expect, it, vi } from "vitest";

// lib/env caches what it reads: load a fresh copy for each environment.
async function freshEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return import("./env");
}

afterEach(() => vi.unstubAllEnvs());

const pg = "postgresql://app:app@127.0.0.1:5432/app";

it("refuses to run a production PostgreSQL deployment without an auth secret", async () => {
  const env = await freshEnv({ DATABASE_URL: pg, NODE_ENV: "production", HERITAGE_EMBEDDED: undefined, BETTER_AUTH_SECRET: undefined });
  expect(() => env.getAuthEnv()).toThrow(/BETTER_AUTH_SECRET is not set/);
  expect(env.isEmbeddedDatabase()).toBe(false);
});

it("gives the embedded quick start a development secret and trusts both loopback names", async () => {
  const env = await freshEnv({ DATABASE_URL: pg, NODE_ENV: "production", HERITAGE_EMBEDDED: "1", BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: undefined, PORT: "3214" });
  const auth = env.getAuthEnv();
  expect(auth.secret.length).toBeGreaterThanOrEqual(32);
  expect(auth.url).toBe("http://localhost:3214");
  expect(auth.trustedOrigins).toEqual(["http://localhost:3214", "http://127.0.0.1:3214"]);
  expect(env.isEmbeddedDatabase()).toBe(true);
});

it("uses the configured secret and rejects a short one", async () => {
  const ok = await freshEnv({ DATABASE_URL: pg, NODE_ENV: "production", BETTER_AUTH_SECRET: "x".repeat(40), BETTER_AUTH_URL: "https://heritage.example.org" });
  expect(ok.getAuthEnv()).toMatchObject({ secret: "x".repeat(40), url: "https://heritage.example.org" });
  const short = await freshEnv({ DATABASE_URL: pg, BETTER_AUTH_SECRET: "short" });
  expect(() => short.getAuthEnv()).toThrow(/at least 32 characters/);
});

it("takes TRUSTED_PROXY as a list of addresses and refuses anything else", async () => {
  expect((await freshEnv({ DATABASE_URL: pg, TRUSTED_PROXY: "127.0.0.1, ::1" })).getEnv().TRUSTED_PROXY).toBe("127.0.0.1, ::1");
  const env = await freshEnv({ DATABASE_URL: pg, TRUSTED_PROXY: "everyone" });
  expect(() => env.getEnv()).toThrow(/TRUSTED_PROXY must be a comma-separated list of IP addresses/);
});
