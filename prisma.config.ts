import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migration-adapter";

// Prisma 6.19 with its WebAssembly schema engine (the native one cannot be downloaded here)
// and a driver adapter. With a config file Prisma does not read .env: DATABASE_URL comes from
// scripts/with-db.mjs or the environment.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => migrationAdapter(process.env.DATABASE_URL, process.env.SHADOW_DATABASE_URL),
});
