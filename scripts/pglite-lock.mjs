// Who owns an embedded database directory. Shared by the launcher (scripts/with-db.mjs) and the
// backup/restore scripts: only one process may open a PGlite data directory (two writers would
// corrupt it); its pid is in <dir>.lock, and while it serves, it answers on <dir>.sock.
import fs from "node:fs";
import path from "node:path";

export const dataDirFromEnv = () => path.resolve(process.env.PGLITE_DIR ?? "data/pglite");
export const lockFileOf = (dataDir) => `${dataDir}.lock`;
export const controlSocketOf = (dataDir) => `${dataDir}.sock`;

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** The pid of the live process holding the directory, or null. */
export function liveOwner(dataDir) {
  try {
    const owner = Number(fs.readFileSync(lockFileOf(dataDir), "utf8").trim());
    return owner && isAlive(owner) ? owner : null;
  } catch {
    return null;
  }
}

/** Takes the lock or exits with 75 naming the owner. Returns the release function. */
export function takeLock(dataDir) {
  const lockFile = lockFileOf(dataDir);
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const owner = liveOwner(dataDir);
      if (owner) {
        console.error(
          `with-db: the embedded database ${dataDir} is in use by process ${owner}.\n` +
            `Stop that process first (or set PGLITE_DIR to another directory, or DATABASE_URL to a PostgreSQL server).`,
        );
        process.exit(75);
      }
      fs.rmSync(lockFile, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`with-db: could not take the lock ${lockFile}`);
}
