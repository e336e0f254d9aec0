import { defineConfig } from "vitest/config";

/** The vitest settings every workspace project shares: resolve siblings to source, no build needed. */
export function a64vmProject(name: string) {
  return defineConfig({
    resolve: { conditions: ["@a64vm/source"] },
    ssr: { resolve: { conditions: ["@a64vm/source"] } },
    test: {
      name,
      include: ["test/**/*.test.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  });
}
