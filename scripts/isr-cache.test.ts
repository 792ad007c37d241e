// The dataset stamp as the response cache sees it (knownStamp), and what an edit does to it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

describe("the known dataset stamp", () => {
  // No database: the stamp reads as null (pages are rendered fresh), which is still a read.
  beforeAll(() => vi.stubEnv("DATABASE_URL", ""));
  afterAll(() => vi.unstubAllEnvs());

  it("is unknown until read, known after, and unknown again once an edit makes it forget", async () => {
    const { forgetStamp, knownStamp } = await import("./isr-cache.mjs");
    expect(knownStamp()).toBeUndefined();
    await vi.waitFor(() => expect(knownStamp()).toBeNull());
    forgetStamp();
    expect(knownStamp()).toBeUndefined();
    // Asking started the read again.
    await vi.waitFor(() => expect(knownStamp()).toBeNull());
  });
});
