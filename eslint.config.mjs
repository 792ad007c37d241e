import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a field taken out of an object on purpose (rest destructuring).
      "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Off: with app/[locale] (a dynamic first segment) and its [...rest] catch-all, the rule reads every
      // path as a page — /api/v1 downloads, plain GET forms' reset links — and whether it reports them
      // depended on how many routes the app has (adding /sites turned it on for files nobody changed).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  globalIgnores([".next/**", ".next-e2e/**", ".next-dev/**", ".next-bench/**", "public/bench-static/**", "generated/**", "data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
