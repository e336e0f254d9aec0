/** The built-in guests shipped with the CLI (apps/cli/guests/*.elf, built by tooling/scripts/build-guests.sh). */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CommandFailure } from "./errors";

export function builtInGuest(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // From source (src/ or src/commands/) or from the build (dist/): the guests folder sits beside them.
  for (const up of ["..", "../.."]) {
    const path = join(here, up, "guests", `${name}.elf`);
    if (existsSync(path)) return path;
  }
  throw new CommandFailure(`built-in guest '${name}' is missing from this installation`);
}
