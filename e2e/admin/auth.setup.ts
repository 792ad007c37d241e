import { expect, test as setup } from "@playwright/test";
import { ROLE_STATE } from "./helpers";

// One sign-in per demo role for the whole run: sign-in is limited to five attempts a minute.
for (const [role, file] of Object.entries(ROLE_STATE)) {
  setup(`sign in as ${role}`, async ({ request, baseURL }) => {
    const res = await request.post("/api/auth/sign-in/email", {
      data: { email: `${role}@heritage.local`, password: "heritage-demo" },
      headers: { Origin: baseURL! },
    });
    expect(res.status(), await res.text()).toBe(200);
    await request.storageState({ path: file });
  });
}
