/** docs/ shows what the CLI really prints: every captured block still matches, and every command has its page. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { docFiles, docsDir, refreshed, shownCommands, withoutTimings } from "./doc-blocks";
import { a64vm } from "./run-cli";

describe("docs/", () => {
  const files = docFiles();

  for (const file of files) {
    it(`${relative(docsDir, file)} shows the output the commands print today`, () => {
      const text = readFileSync(file, "utf8");
      expect(withoutTimings(refreshed(text)), "run `pnpm --filter @a64vm/cli docs` to update").toBe(
        withoutTimings(text),
      );
    });
  }

  it("shows the --help of every command", () => {
    const shown = new Set(files.flatMap((f) => shownCommands(readFileSync(f, "utf8"))));
    const top = a64vm(["--help"]).stdout;
    const commands = [...top.matchAll(/^ {2}([a-z][a-z0-9-]*)\b/gm)].map((m) => m[1]!).filter((c) => c !== "help");
    expect(commands.length).toBeGreaterThan(10);
    expect(commands.filter((c) => !shown.has(`a64vm ${c} --help`))).toEqual([]);
    expect(shown).toContain("a64vm --help");
  });
});
