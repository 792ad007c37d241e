import { z } from "zod";

// The one place that reads process.env. Values are read lazily (on first use), because
// `next build` imports modules before the database launcher has set DATABASE_URL.
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app through `npm start` (embedded database) or set it to a PostgreSQL URL" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z.url().default("http://localhost:3000"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
    cached = parsed.data;
  }
  return cached;
}
