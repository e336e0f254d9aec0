/**
 * The LLVM side of the differential test: batches words through llvm-mc-22 processes (one per
 * core), normalises its text the way `disassemble` spells it, and caches answers under .cache/.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@a64vm/tooling/repo";
import { findTool } from "@a64vm/tooling/tools";

/** LLVM's text for a word, whitespace-normalised and without comments, or null when it is invalid. */
export type LlvmAnswer = string | null;

const CACHE_DIR = join(repoRoot, ".cache", "decoder-llvm");

/** Collapses whitespace and drops `// ...` comments, as the comparison of texts requires. */
export function normalise(text: string): string {
  const cut = text.indexOf("//");
  return (cut >= 0 ? text.slice(0, cut) : text).replace(/\s+/g, " ").trim();
}

function toInput(words: Uint32Array): string {
  const lines: string[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    lines[i] =
      `0x${(w & 255).toString(16)} 0x${((w >>> 8) & 255).toString(16)} 0x${((w >>> 16) & 255).toString(16)} 0x${(w >>> 24).toString(16)}`;
  }
  return `${lines.join("\n")}\n`;
}

function runOne(llvmMc: string, words: Uint32Array): Promise<LlvmAnswer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(llvmMc, ["--disassemble", "-triple=aarch64", "-mattr=+all"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", () => {
      const invalid = new Set<number>();
      for (const line of Buffer.concat(err).toString("utf8").split("\n")) {
        const m = /^<stdin>:(\d+):\d+: warning: invalid instruction encoding/.exec(line);
        if (m !== null) invalid.add(Number(m[1]) - 1);
      }
      const texts = Buffer.concat(out)
        .toString("utf8")
        .split("\n")
        .filter((l) => l.startsWith("\t"))
        .map(normalise);
      const answers: LlvmAnswer[] = new Array(words.length);
      let next = 0;
      for (let i = 0; i < words.length; i++) answers[i] = invalid.has(i) ? null : (texts[next++] ?? null);
      if (next !== texts.length)
        reject(new Error(`llvm-mc printed ${texts.length} instructions for ${next} valid words`));
      else resolve(answers);
    });
    child.stdin.end(toInput(words));
  });
}

/** LLVM's answers for `words`, split across one llvm-mc process per core, cached by content. */
export async function llvmDisassemble(words: Uint32Array): Promise<LlvmAnswer[]> {
  const llvmMc = findTool("llvm-mc");
  if (llvmMc === null) throw new Error("llvm-mc-22 is not installed");
  const hash = createHash("sha256")
    .update(new Uint8Array(words.buffer, words.byteOffset, words.byteLength))
    .digest("hex");
  const file = join(CACHE_DIR, `${hash.slice(0, 24)}.json`);
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, "utf8")) as LlvmAnswer[];
    if (cached.length === words.length) return cached;
  }
  const parts = Math.max(1, Math.min(availableParallelism(), 4));
  const chunk = Math.ceil(words.length / parts);
  const jobs: Promise<LlvmAnswer[]>[] = [];
  for (let p = 0; p < parts; p++) jobs.push(runOne(llvmMc, words.subarray(p * chunk, (p + 1) * chunk)));
  const answers = (await Promise.all(jobs)).flat();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(answers));
  return answers;
}
