import { defineConfig } from "tsup";

// One self-contained bin: the workspace packages are bundled from their TypeScript source, and each
// command's action (a dynamic import) becomes its own chunk, so `a64vm --help` loads none of them.
export default defineConfig({
  entry: ["src/bin.ts"],
  format: ["esm"],
  target: "node20",
  sourcemap: true,
  clean: true,
  splitting: true,
  noExternal: [/^@a64vm\//],
  esbuildOptions(options) {
    options.conditions = ["@a64vm/source"];
  },
  banner: { js: "#!/usr/bin/env node" },
});
