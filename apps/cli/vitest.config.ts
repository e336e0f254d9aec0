import { mergeConfig } from "vitest/config";
import { a64vmProject } from "../../tooling/vitest/project";

// The tests run the built CLI as a subprocess; the global setup builds it when stale.
export default mergeConfig(a64vmProject("cli"), { test: { globalSetup: ["./test/build-cli.ts"] } });
