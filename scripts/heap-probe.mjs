#!/usr/bin/env node
// The live JavaScript heap of a running Node process, for the benches: what it still holds after a
// full collection, apart from the garbage the collector has not yet reclaimed (resident memory is
// mostly that at Node's default heap limit). Opens the process's inspector (SIGUSR1: on the port its
// --inspect-port gave, 9229 by default, on 127.0.0.1), asks it to collect garbage and report its heap,
// then closes the inspector again — also when something fails on the way.
// Usage: node [--experimental-websocket on Node 20] scripts/heap-probe.mjs <pid> [inspector port]
// Prints one JSON line: { usedBeforeMb, usedAfterMb, heapTotalMb, rssMb, externalMb }.
import { readFileSync } from "node:fs";

const fail = (message) => {
  console.error(`heap-probe: ${message}`);
  process.exit(1);
};
const pid = Number(process.argv[2]);
const port = Number(process.argv[3] ?? 9229);
if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) {
  console.error("usage: heap-probe.mjs <pid of a Node process> [inspector port, 9229]");
  process.exit(2);
}
if (typeof WebSocket === "undefined") fail("needs WebSocket: run it with --experimental-websocket on Node 20");
// SIGUSR1 ends a process that does not handle it: only a Node process is signalled.
let cmdline = "";
try {
  cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] ?? "";
} catch {
  fail(`no process ${pid}`);
}
if (!/(^|\/)node$/.test(cmdline)) fail(`process ${pid} is ${cmdline || "unknown"}, not node`);
setTimeout(() => fail("no answer within 60 s"), 60_000).unref();

process.kill(pid, "SIGUSR1");
const base = `http://127.0.0.1:${port}`;
/** @type {{ webSocketDebuggerUrl: string }[] | undefined} */
let targets;
for (let i = 0; i < 50 && !targets; i++) {
  try {
    targets = await (await fetch(`${base}/json/list`, { signal: AbortSignal.timeout(1000) })).json();
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
if (!targets?.length) fail(`process ${pid} opened no inspector on ${base}`);
const ws = new WebSocket(targets[0].webSocketDebuggerUrl);
await new Promise((resolve, reject) => {
  ws.addEventListener("open", resolve);
  ws.addEventListener("error", () => reject(new Error("could not connect to the inspector")));
}).catch((err) => fail(err.message));
let nextId = 0;
const pending = new Map();
ws.addEventListener("message", (e) => {
  const m = JSON.parse(String(e.data));
  if (m.id && pending.has(m.id)) {
    pending.get(m.id)(m);
    pending.delete(m.id);
  }
});
/** @returns {Promise<any>} */
const send = (method, params = {}) =>
  new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
    ws.send(JSON.stringify({ id, method, params }));
  });
const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, returnByValue: true })).result.value;

const mb = (bytes) => Math.round(bytes / 1048576);
let result;
let ours = false;
try {
  // The port may be another process's inspector (left as it is): this one must be the process asked for.
  const seen = await evaluate("process.pid");
  if (seen !== pid) throw new Error(`the inspector on ${base} is process ${seen}'s, not ${pid}'s`);
  ours = true;
  const before = await send("Runtime.getHeapUsage");
  await send("HeapProfiler.collectGarbage");
  const after = await send("Runtime.getHeapUsage");
  const mu = JSON.parse(await evaluate("JSON.stringify(process.memoryUsage())"));
  result = { usedBeforeMb: mb(before.usedSize), usedAfterMb: mb(after.usedSize), heapTotalMb: mb(mu.heapTotal), rssMb: mb(mu.rss), externalMb: mb(mu.external) };
} catch (err) {
  console.error(`heap-probe: ${err.message}`);
} finally {
  // Closing waits for this connection to end, so it is scheduled, then the connection closed.
  if (ours) await evaluate(`setTimeout(() => process.getBuiltinModule("node:inspector").close(), 50), 0`).catch(() => {});
  ws.close();
}
if (!result) process.exit(1);
console.log(JSON.stringify(result));
