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

describe("applyContentSecurityPolicy on a real response", () => {
  it("hashes a gzipped page's scripts, and leaves a 304 without a policy (the cached page keeps its own)", async () => {
    const { createServer } = await import("node:http");
    const zlib = await import("node:zlib");
    const { applyContentSecurityPolicy } = await import("./csp.mjs");
    const page = `<html><script>self.__next_f.push([1,"x"])</script><script>alert(1)</script></html>`;
    const server = createServer((req, res) => {
      applyContentSecurityPolicy(res);
      if (req.headers["if-none-match"]) {
        res.statusCode = 304;
        return res.end();
      }
      // As Next's compression does: headers first (writeHead), then gzipped chunks.
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-encoding", "gzip");
      res.writeHead(200);
      const gz = zlib.gzipSync(page);
      res.write(gz.subarray(0, 10));
      res.end(gz.subarray(10));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const ok = await fetch(base);
      expect(await ok.text()).toBe(page);
      expect(ok.headers.get("content-security-policy")).toContain(`script-src 'self' '${sha('self.__next_f.push([1,"x"])')}';`);
      expect(ok.headers.get("content-security-policy")).not.toContain(sha("alert(1)"));
      const notModified = await fetch(base, { headers: { "if-none-match": '"x"' } });
      expect(notModified.status).toBe(304);
      expect(notModified.headers.get("content-security-policy")).toBeNull();
    } finally {
      server.close();
    }
  });
});
