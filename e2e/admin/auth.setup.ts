import { execFileSync } from "node:child_process";
import { expect, test as setup } from "@playwright/test";
import { ROLE_STATE } from "./helpers";

const PASSWORD = "heritage-demo";

// The embedded quick-start database is seeded with the demo accounts. A PostgreSQL database gets
// none, so the suite creates them the way a deployment creates its first admin: npm run user:create.
function ensureAccount(role: string) {
  if (process.env.HERITAGE_EMBEDDED === "1") return;
  try {
    execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", `${role}@heritage.local`, "--role", role, "--name", `Demo ${role[0]!.toUpperCase()}${role.slice(1)}`], {
      env: { ...process.env, HERITAGE_USER_PASSWORD: PASSWORD },
      stdio: "pipe",
    });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? err);
    // A re-run on the same PostgreSQL database finds the account from the last run.
    if (!stderr.includes("already exists")) throw new Error(stderr);
  }
}

// One sign-in per demo role for the whole run: sign-in is limited to five attempts a minute.
for (const [role, file] of Object.entries(ROLE_STATE)) {
  setup(`sign in as ${role}`, async ({ request, baseURL }) => {
    ensureAccount(role);
    const res = await request.post("/api/auth/sign-in/email", {
      data: { email: `${role}@heritage.local`, password: PASSWORD },
      headers: { Origin: baseURL! },
    });
    expect(res.status(), await res.text()).toBe(200);
    await request.storageState({ path: file });
  });
}
