import { defineConfig } from "vitest/config";

// One run over every workspace project; each project's own vitest.config.ts sets the
// "@a64vm/source" condition so tests resolve sibling packages to their TypeScript source.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "tooling"],
  },
});
