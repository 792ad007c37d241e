#!/usr/bin/env node
// The live JavaScript heap of a running Node process, for the benches: what it still holds after a
// full collection, apart from the garbage the collector has not yet reclaimed (resident memory is
// mostly that at Node's default heap limit). Opens the process's inspector (SIGUSR1, on
// 127.0.0.1:9229), asks it to collect garbage and report its heap, then closes the inspector again.
// Usage: node [--experimental-websocket on Node 20] scripts/heap-probe.mjs <pid>
// Prints one JSON line: { usedBeforeMb, usedAfterMb, heapTotalMb, rssMb, externalMb }.
const pid = Number(process.argv[2]);
if (!Number.isInteger(pid) || pid <= 0) {
  console.error("usage: heap-probe.mjs <pid of a Node process>");
  process.exit(2);
}
if (typeof WebSocket === "undefined") {
  console.error("heap-probe.mjs needs WebSocket: run it with --experimental-websocket on Node 20");
  process.exit(2);
}
process.kill(pid, "SIGUSR1");
/** @type {{ webSocketDebuggerUrl: string }[] | undefined} */
let targets;
for (let i = 0; i < 50 && !targets; i++) {
  try {
    targets = await (await fetch("http://127.0.0.1:9229/json/list")).json();
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
if (!targets?.length) {
  console.error(`heap-probe: process ${pid} opened no inspector on 127.0.0.1:9229`);
  process.exit(1);
}
const ws = new WebSocket(targets[0].webSocketDebuggerUrl);
await new Promise((resolve, reject) => {
  ws.addEventListener("open", resolve);
  ws.addEventListener("error", () => reject(new Error("heap-probe: could not connect to the inspector")));
});
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

// Port 9229 may be another process's inspector: this one must be the process asked for.
const seen = await evaluate("process.pid");
if (seen !== pid) {
  console.error(`heap-probe: the inspector on 127.0.0.1:9229 is process ${seen}'s, not ${pid}'s`);
  ws.close();
  process.exit(1);
}
const before = await send("Runtime.getHeapUsage");
await send("HeapProfiler.collectGarbage");
const mu = JSON.parse(await evaluate("JSON.stringify(process.memoryUsage())"));
// Closing waits for this connection to end, so it is scheduled, then the connection closed.
await evaluate(`setTimeout(() => process.getBuiltinModule("node:inspector").close(), 50), 0`);
ws.close();
const mb = (bytes) => Math.round(bytes / 1048576);
console.log(JSON.stringify({ usedBeforeMb: mb(before.usedSize), usedAfterMb: mb(mu.heapUsed), heapTotalMb: mb(mu.heapTotal), rssMb: mb(mu.rss), externalMb: mb(mu.external) }));
