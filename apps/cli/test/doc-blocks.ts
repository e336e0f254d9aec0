/**
 * The command output shown in docs/ is captured from the built CLI, never typed by hand. A block
 *
 *     <!-- $ a64vm features neoverse-n2 --diff neoverse-v2 -->
 *     ```console
 *     $ a64vm features neoverse-n2 --diff neoverse-v2
 *     ...what it printed (stdout and stderr, as a terminal shows them)...
 *     ```
 *
 * is re-run by docs.test.ts, which fails when the output changed; `pnpm --filter @a64vm/cli docs`
 * (this file run directly) rewrites the blocks. The command is a bash line run from the repository
 * root, so pipes and `echo $?` work.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { builtBin } from "./build-cli";

export const docsDir = join(repoRoot, "docs");

const BLOCK = /<!-- \$ (.+?) -->\n```console\n[\s\S]*?```/g;

/** Every Markdown file under docs/. */
export function docFiles(dir = docsDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? docFiles(join(dir, entry.name)) : entry.name.endsWith(".md") ? [join(dir, entry.name)] : [],
  );
}

/** The commands a document shows, in order. */
export function shownCommands(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[1]!);
}

/** What a terminal shows for a command line: the prompt, then stdout and stderr as they came. */
export function captured(command: string): string {
  const script = `a64vm() { "${process.execPath}" "${builtBin}" "$@"; }\n{ ${command}\n} 2>&1`;
  const run = spawnSync("bash", ["-c", script], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", COLUMNS: "" },
    maxBuffer: 1 << 26,
    timeout: 300_000,
  });
  return `$ ${command}\n${run.stdout}`;
}

/** The document with every block's output captured afresh. */
export function refreshed(text: string): string {
  return text.replace(BLOCK, (_block, command: string) => {
    const output = captured(command);
    return `<!-- $ ${command} -->\n\`\`\`console\n${output}${output.endsWith("\n") ? "" : "\n"}\`\`\``;
  });
}

/** Wall-clock figures (migration downtime in ms) differ from run to run; everything else must not. */
export function withoutTimings(text: string): string {
  return text.replace(/\b\d+(\.\d+)? ms\b/g, "N ms");
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) {
  for (const file of docFiles()) {
    const text = readFileSync(file, "utf8");
    const fresh = refreshed(text);
    if (fresh !== text) {
      writeFileSync(file, fresh);
      process.stdout.write(`updated ${file.slice(repoRoot.length + 1)}\n`);
    }
  }
}
