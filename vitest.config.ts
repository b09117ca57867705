import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// `server-only` throws outside a React server bundle; tests import server modules directly.
const serverOnly = { "server-only": path.resolve(import.meta.dirname, "test/helpers/server-only-stub.ts") };

export default defineConfig({
  resolve: { alias: { ...alias, ...serverOnly } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "test/**/*.test.ts"], exclude: ["**/*.integration.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts", "test/**/*.integration.test.ts"],
          globalSetup: ["test/helpers/postgres-global-setup.ts"],
          // Lets the stream leak test collect garbage before it measures the heap.
          execArgv: ["--expose-gc"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
