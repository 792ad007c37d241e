import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp.mjs";

const sha = (s: string) => `sha256-${createHash("sha256").update(s).digest("base64")}`;

describe("the Content-Security-Policy", () => {
  it("has no 'unsafe-inline' or 'unsafe-eval' for scripts, and forbids framing", () => {
    const policy = contentSecurityPolicy(["sha256-abc"]);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("hashes Next's inline data scripts and nothing else", () => {
    const next = ['(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]})'];
    const injected = ["alert(document.cookie)", 'self.__next_f.push([1,"x"]);alert(1)', 'self.__next_f.push(alert(1))'];
    const html = [...next, ...injected].map((s, i) => `<script${i === 0 ? ' id="_R_"' : ""}>${s}</script>`).join("") + '<script src="/_next/static/chunks/x.js" async=""></script>';
    expect(inlineScriptHashes(html).sort()).toEqual(next.map(sha).sort());
  });
});
