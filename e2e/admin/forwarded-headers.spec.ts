import { hashPassword } from "better-auth/crypto";
import { expect, test } from "@playwright/test";
import { startServer, sparePort, type AppServer } from "../server-process";
import { fingerprint, ROLE_STATE, withDb } from "./helpers";
import { serverActionsInBuild } from "./server-actions";

// Issue 12, findings 6 and 7: who a request comes from, and what page scripts may read.
// The suite's own server trusts the test runner as its proxy (TRUSTED_PROXY=127.0.0.1 in
// playwright.config.ts), so specs can pick client addresses; the server started here trusts
// nobody, as a deployment without a proxy does.

let bare: AppServer;
test.beforeAll(async () => {
  bare = await startServer(sparePort(1));
});
test.afterAll(async () => {
  await bare?.stop();
});

const clearLocalAddressLimit = () => withDb((c) => c.query(`DELETE FROM "RateLimit" WHERE key LIKE '127.0.0.1|%'`));

test("without a trusted proxy, a made-up X-Forwarded-For neither escapes the limit nor signs in", async ({ playwright }) => {
  await clearLocalAddressLimit();
  const request = await playwright.request.newContext({ baseURL: bare.url });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await request.post("/api/auth/sign-in/email", {
        headers: { Origin: bare.url, "X-Forwarded-For": `198.51.100.${i + 1}` },
        data: { email: "editor@heritage.local", password: "not-the-password" },
      });
      statuses.push(res.status());
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // The right password, "from" yet another address, while the real one is blocked.
    const right = await request.post("/api/auth/sign-in/email", {
      headers: { Origin: bare.url, "X-Forwarded-For": "198.51.100.99" },
      data: { email: "editor@heritage.local", password: "heritage-demo" },
    });
    expect(right.status()).toBe(429);
    expect(right.headers()["set-cookie"]).toBeUndefined();
  } finally {
    await request.dispose();
    await clearLocalAddressLimit(); // later specs sign in from this address
  }
});

test("a server action posted from another site's page is refused with 403, also with a spoofed X-Forwarded-Host", async ({ playwright }) => {
  const action = serverActionsInBuild().find((a) => a.name === "createReport")!;
  const before = await withDb(fingerprint);
  const request = await playwright.request.newContext({ baseURL: bare.url, storageState: ROLE_STATE.editor });
  try {
    const attempts: Record<string, string>[] = [{ Origin: "http://evil.example" }, { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" }];
    for (const headers of attempts) {
      const res = await request.post(action.page, { headers: { ...headers, "Next-Action": action.id, Accept: "text/x-component" }, multipart: { "0": "[]" } });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect(await res.text()).toContain("another site");
    }
  } finally {
    await request.dispose();
  }
  expect(await withDb(fingerprint)).toEqual(before);
});

test("one account takes ten sign-in attempts per ten minutes, whatever addresses they come from", async ({ request, baseURL }) => {
  const email = `limit-${Date.now()}@test.local`;
  const password = "right-password-1234";
  await withDb(async (c) => {
    const id = `limit${Date.now()}`;
    await c.query(`INSERT INTO "User" (id, email, name, role, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, 'Limit', 'editor', true, now(), now())`, [id, email]);
    await c.query(`INSERT INTO "Account" (id, "userId", "accountId", "providerId", password, "createdAt", "updatedAt") VALUES ($1, $1, $1, 'credential', $2, now(), now())`, [id, await hashPassword(password)]);
  });
  const attempt = (pw: string, i: number) =>
    request.post("/api/auth/sign-in/email", { headers: { Origin: baseURL!, "X-Forwarded-For": `203.0.113.${i}` }, data: { email, password: pw } });
  try {
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) statuses.push((await attempt("wrong-password-x", i)).status());
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const right = await attempt(password, 50);
    expect(right.status()).toBe(429);
    expect((await right.json()).message).toMatch(/Too many sign-in attempts for this account/);
  } finally {
    await withDb(async (c) => {
      await c.query(`DELETE FROM "SignInLimit" WHERE email = $1`, [email]);
      await c.query(`DELETE FROM "Session" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [email]);
      await c.query(`DELETE FROM "Account" WHERE "userId" IN (SELECT id FROM "User" WHERE email = $1)`, [email]);
      await c.query(`DELETE FROM "User" WHERE email = $1`, [email]);
    });
  }
});

test("page scripts never get the session token: not from get-session, not from sign-in", async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL, storageState: ROLE_STATE.editor });
  try {
    const res = await editor.get("/api/auth/get-session");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.user.email).toBe("editor@heritage.local");
    expect(body.session.userId).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/"token"/);
  } finally {
    await editor.dispose();
  }
  const signIn = await playwright.request.newContext({ baseURL });
  try {
    const res = await signIn.post("/api/auth/sign-in/email", {
      headers: { Origin: baseURL!, "X-Forwarded-For": "203.0.113.201" },
      data: { email: "reviewer@heritage.local", password: "heritage-demo" },
    });
    expect(res.status()).toBe(200);
    expect(res.headers()["set-cookie"]).toContain("HttpOnly");
    expect(JSON.stringify(await res.json())).not.toMatch(/"token"/);
  } finally {
    await signIn.dispose();
  }
});
