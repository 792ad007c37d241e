import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a field taken out of an object on purpose (rest destructuring).
      // The rule matches hrefs against the app tree, where app/[locale]/(public)/[...rest] (the public
      // 404) now matches every path, API routes and feeds included; plain <a> is deliberate in the
      // places it flags (GET forms' reset links, downloads, the JSON change feed).
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Written for the pages/ router: with app/[locale]/(public)/[...rest] every path looks like a page to it,
      // so it flags the plain links to downloads, feeds and the API, which must not go through the client router.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  globalIgnores([".next/**", ".next-e2e/**", ".next-dev/**", ".next-bench/**", ".next-scale/**", "public/bench-static/**", "generated/**", "data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
