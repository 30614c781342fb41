import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

/**
 * The architecture, enforced: ui → queries → graph, loaders → graph, graph imports nothing of ours.
 * Everything outside a folder reaches it through its public entry (index.ts); the browser app
 * reaches only the browser-safe contract and schema.
 */
const boundaries = [
  { target: "./graph", from: ["./loaders", "./queries", "./ui", "./cli", "./server", "./bench"], message: "graph imports nothing of ours." },
  { target: "./loaders", from: ["./queries", "./ui", "./cli", "./server"], message: "loaders import only graph." },
  { target: "./queries", from: ["./loaders", "./ui", "./cli", "./server"], message: "queries import only graph." },
  { target: "./ui", from: ["./loaders", "./cli", "./server", "./bench"], message: "the browser app imports only queries/contract.ts and graph/schema." },
  // format-money.ts is shared so that a sum reads the same on the canvas and in an investigation's table.
  { target: "./ui", from: "./queries", except: ["./contract.ts", "./review-contract.ts", "./format-money.ts"], message: "the browser app imports only queries/contract.ts, queries/review-contract.ts and queries/format-money.ts." },
  { target: "./ui", from: "./graph", except: ["./schema"], message: "the browser app imports only graph/schema, never a store." },
  { target: ["./loaders", "./cli", "./server", "./bench", "./queries/!(contract|review-contract).ts", "./queries/*/**"], from: "./graph", except: ["./index.ts"], message: "import graph through graph/index.ts." },
  // The browser-safe contract cannot go through graph/index.ts, which pulls in the stores.
  { target: ["./queries/contract.ts", "./queries/review-contract.ts"], from: "./graph", except: ["./schema"], message: "the queries contracts are browser-safe: they import only graph/schema." },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "ui/dist/**", "bench/.corpus/**", "bench/.world/**", "scratch/**", ".ytterby/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: boundaries }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "neo4j-driver", message: "The browser app talks to the server's API, never to a database." },
            { name: "@ladybugdb/core", message: "The browser app talks to the server's API, never to a database." },
          ],
          patterns: [{ group: ["node:*"], message: "The browser app cannot use Node modules." }],
        },
      ],
    },
  },
  {
    files: ["bin/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
