import { spawn, type ChildProcess } from "node:child_process";

// A second production server on the e2e build and database (the one Playwright's webServer
// started keeps running): for what the suite's own server cannot show — other settings
// (no trusted proxy), a restart, a kill -9.

export type AppServer = { url: string; process: ChildProcess; output: () => string; stop(signal?: NodeJS.Signals): Promise<void> };

export async function startServer(port: number, env: Record<string, string | undefined> = {}): Promise<AppServer> {
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-only-secret-for-the-throw-away-test-server",
      TRUSTED_PROXY: undefined,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/openapi.json`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

/** A port next to the suite's own, so parallel checkouts (E2E_PORT) do not collide. */
export const sparePort = (offset: number) => Number(process.env.E2E_PORT ?? 3100) + offset;
