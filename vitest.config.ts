import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Generous: a real PostgreSQL, PGlite in WebAssembly and spawned CLIs share two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PGlite is single-threaded WebAssembly and PostgreSQL is shared: two workers fit two cores.
    maxWorkers: 2,
  },
});
