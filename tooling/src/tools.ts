/**
 * One mechanism for every package to find the external oracles the differential tests use.
 * A missing tool makes its tests skip with a printed reason locally; under CI (CI=true) it fails,
 * because .ci/run installs every tool and a silent skip there would hide a broken oracle.
 */
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { repoRoot } from "./repo";

export type ToolName =
  | "llvm-mc"
  | "clang"
  | "ld.lld"
  | "llvm-objdump"
  | "qemu-aarch64"
  | "qemu-system-aarch64"
  | "zsh"
  | "busybox-arm64";

interface ToolSpec {
  /** Environment variable that overrides the search. */
  readonly env: string;
  /** Executable names tried on PATH, best first. */
  readonly candidates: readonly string[];
  /** How a user gets it. */
  readonly install: string;
}

const SPECS: Readonly<Record<ToolName, ToolSpec>> = {
  "llvm-mc": { env: "A64VM_LLVM_MC", candidates: ["llvm-mc-22"], install: "apt-get install llvm-22" },
  clang: { env: "A64VM_CLANG", candidates: ["clang-22"], install: "apt-get install clang-22" },
  "ld.lld": { env: "A64VM_LLD", candidates: ["ld.lld-22"], install: "apt-get install lld-22" },
  "llvm-objdump": { env: "A64VM_LLVM_OBJDUMP", candidates: ["llvm-objdump-22"], install: "apt-get install llvm-22" },
  "qemu-aarch64": {
    env: "A64VM_QEMU_AARCH64",
    candidates: ["qemu-aarch64", "qemu-aarch64-static"],
    install: "apt-get install qemu-user",
  },
  zsh: { env: "A64VM_ZSH", candidates: ["zsh"], install: "apt-get install zsh" },
  "qemu-system-aarch64": {
    env: "A64VM_QEMU_SYSTEM_AARCH64",
    candidates: ["qemu-system-aarch64"],
    install: "apt-get install qemu-system-arm",
  },
  "busybox-arm64": {
    env: "A64VM_BUSYBOX",
    candidates: [],
    install: "bash .ci/run (apt-get download busybox-static:arm64, then dpkg -x into .cache/busybox-arm64)",
  },
};

/** Where .ci/run unpacks Debian's busybox-static:arm64 (never installed over the host's). */
export const busyboxArm64Path: string = join(repoRoot, ".cache", "busybox-arm64", "bin", "busybox");

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function searchPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

const cache = new Map<ToolName, string | null>();

/** The absolute path of a tool, or null when it is not on this machine. */
export function findTool(tool: ToolName): string | null {
  const known = cache.get(tool);
  if (known !== undefined) return known;
  const spec = SPECS[tool];
  let found: string | null = null;
  const override = process.env[spec.env];
  if (override !== undefined && override !== "") {
    found = existsSync(override) ? override : null;
  } else if (tool === "busybox-arm64") {
    found = existsSync(busyboxArm64Path) ? busyboxArm64Path : null;
  } else {
    for (const name of spec.candidates) {
      found = searchPath(name);
      if (found !== null) break;
    }
  }
  cache.set(tool, found);
  return found;
}

/** Why a tool is missing and how to get it, in one line. */
export function missingToolReason(tool: ToolName): string {
  const spec = SPECS[tool];
  return `${tool} not found (set ${spec.env} or ${spec.install})`;
}

/**
 * For tests: true when every tool is present. When one is missing it prints the reason and returns
 * false so the caller can skip; under CI it throws instead, since CI installs every oracle.
 */
export function haveTools(...tools: readonly ToolName[]): boolean {
  const missing = tools.filter((t) => findTool(t) === null);
  if (missing.length === 0) return true;
  const reasons = missing.map(missingToolReason).join("; ");
  if (process.env.CI === "true" || process.env.CI === "1") {
    throw new Error(`a64vm CI: required oracle missing: ${reasons}`);
  }
  console.warn(`[a64vm] skipping differential tests: ${reasons}`);
  return false;
}
