import { expect, test, type Page } from "@playwright/test";
import { ROLE_STATE } from "../admin/helpers";

// Issue 12, finding 7 and "security headers on every response": a Content-Security-Policy without
// 'unsafe-inline' scripts that every page passes — its scripts run (the app hydrates) and the
// browser reports no violation — plus frame-ancestors, Referrer-Policy and Permissions-Policy.

const publicPages = [
  "/",
  "/monuments",
  "/monuments/temple-of-bel",
  "/monuments/temple-of-bel?asOf=2015-04-01",
  "/events",
  "/events?method=EXPLOSIVES",
  "/sources",
  "/sources/albawaba-2017-03-02-syrian-army-push-into-palmyra",
  "/search?q=Tadmur",
  "/basket",
  "/sign-in",
  "/monuments/no-such-monument",
];
const adminPages = ["/admin", "/admin/report", "/admin/review", "/admin/users", "/admin/monuments", "/admin/sources/new"];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"];
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  expect(directives.get("script-src"), what).toBeDefined();
  expect(directives.get("script-src"), what).not.toContain("'unsafe-inline'");
  expect(directives.get("script-src"), what).not.toContain("'unsafe-eval'");
  expect(directives.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(directives.get("object-src"), what).toEqual(["'none'"]);
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\)/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
}

/** Loads the page twice (a cached page is served the second time from the page cache), watching for CSP violations. */
async function visit(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  for (let i = 0; i < 2; i++) {
    const res = await page.goto(path);
    expectSecurityHeaders(res!.headers(), `${path} (visit ${i + 1})`);
    // Next's client ran: its scripts were allowed.
    await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  }
  // Lazy parts (the charts) load after hydration: give them a moment to be refused, if they were.
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  expect(violations, path).toEqual([]);
}

// Two loads, a hydration and a quiet network per page: slow on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const path of publicPages) {
  test(`${path}: security headers, scripts run, no CSP violation`, async ({ page }) => visit(page, path));
}

test.describe("signed in", () => {
  test.use({ storageState: ROLE_STATE.admin });
  for (const path of adminPages) {
    test(`${path}: security headers, scripts run, no CSP violation`, async ({ page }) => visit(page, path));
  }
});

test("downloads, the API and Next's own files carry the headers too", async ({ request }) => {
  for (const path of ["/api/v1/monuments", "/api/v1/monuments.csv", "/api/v1/citations?monument=temple-of-bel&format=bibtex", "/api/auth/get-session", "/favicon.ico", "/robots.txt"]) {
    const res = await request.get(path);
    if (res.status() === 404 && /favicon|robots/.test(path)) continue;
    expectSecurityHeaders(res.headers(), path);
  }
});

test("a script injected into a page is refused by the browser", async ({ page }) => {
  // What an injected inline script or event handler would meet: the page's own policy.
  await page.goto("/");
  const ran = await page.evaluate(async () => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement("script");
    s.textContent = "window.injected = true";
    document.body.append(s);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.injected = true");
    img.src = "data:,x";
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 200));
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
});
