/**
 * The core's FP8 decode agrees with LLVM 22: every FEAT_FP8/FP8FMA/FP8DOT2/FP8DOT4 AdvSIMD form,
 * assembled with many register and index choices by llvm-mc, reaches the FP8 handler for that form.
 */
import { spawnSync } from "node:child_process";
import { FeatureSet } from "@a64vm/sysreg";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { decodeA64 } from "../src/exec/decode";
import { HANDLER_NAMES } from "../src/exec/table";
import { IMPLEMENTED_FEATURES } from "../src/index";

/** Assembly lines, each with the handler that must execute it. */
function forms(): [string, string][] {
  const out: [string, string][] = [];
  for (const [d, n, m] of [
    [0, 1, 2],
    [31, 30, 29],
    [5, 5, 5],
    [17, 3, 7],
  ] as const) {
    for (const mn of ["f1cvtl", "f2cvtl", "bf1cvtl", "bf2cvtl"]) {
      out.push([`${mn} v${d}.8h, v${n}.8b`, "FP8_CVTL"], [`${mn}2 v${d}.8h, v${n}.16b`, "FP8_CVTL"]);
    }
    out.push(
      [`fcvtn v${d}.8b, v${n}.4h, v${m}.4h`, "FCVTN_FP8"],
      [`fcvtn v${d}.16b, v${n}.8h, v${m}.8h`, "FCVTN_FP8"],
      [`fcvtn v${d}.8b, v${n}.4s, v${m}.4s`, "FCVTN_FP8"],
      [`fcvtn2 v${d}.16b, v${n}.4s, v${m}.4s`, "FCVTN_FP8"],
      [`fscale v${d}.4h, v${n}.4h, v${m}.4h`, "FSCALE"],
      [`fscale v${d}.8h, v${n}.8h, v${m}.8h`, "FSCALE"],
      [`fscale v${d}.2s, v${n}.2s, v${m}.2s`, "FSCALE"],
      [`fscale v${d}.4s, v${n}.4s, v${m}.4s`, "FSCALE"],
      [`fscale v${d}.2d, v${n}.2d, v${m}.2d`, "FSCALE"],
      [`fmlalb v${d}.8h, v${n}.16b, v${m}.16b`, "FMLAL_FP8"],
      [`fmlalt v${d}.8h, v${n}.16b, v${m}.16b`, "FMLAL_FP8"],
      [`fdot v${d}.4h, v${n}.8b, v${m}.8b`, "FDOT_FP8_2"],
      [`fdot v${d}.8h, v${n}.16b, v${m}.16b`, "FDOT_FP8_2"],
      [`fdot v${d}.2s, v${n}.8b, v${m}.8b`, "FDOT_FP8_4"],
      [`fdot v${d}.4s, v${n}.16b, v${m}.16b`, "FDOT_FP8_4"],
    );
    for (const mn of ["fmlallbb", "fmlallbt", "fmlalltb", "fmlalltt"]) {
      out.push([`${mn} v${d}.4s, v${n}.16b, v${m}.16b`, "FMLALL_FP8"]);
    }
    for (let i = 0; i < 16; i += 5) {
      out.push(
        [`fmlalb v${d}.8h, v${n}.16b, v${m & 7}.b[${i}]`, "FMLAL_FP8_ELEM"],
        [`fmlalt v${d}.8h, v${n}.16b, v${m & 7}.b[${15 - i}]`, "FMLAL_FP8_ELEM"],
        [`fmlallbb v${d}.4s, v${n}.16b, v${m & 7}.b[${i}]`, "FMLALL_FP8_ELEM"],
        [`fmlalltt v${d}.4s, v${n}.16b, v${m & 7}.b[${15 - i}]`, "FMLALL_FP8_ELEM"],
        [`fdot v${d}.8h, v${n}.16b, v${m & 15}.2b[${i & 7}]`, "FDOT_FP8_2_ELEM"],
        [`fdot v${d}.4s, v${n}.16b, v${m}.4b[${i & 3}]`, "FDOT_FP8_4_ELEM"],
      );
    }
  }
  return out;
}

describe.skipIf(!haveTools("llvm-mc"))("FP8 decode against llvm-mc-22 -mattr=+all", () => {
  it("every FP8 form with several registers and indices reaches its handler", () => {
    const lines = forms();
    const run = spawnSync(findTool("llvm-mc")!, ["-triple=aarch64", "-mattr=+all", "--show-encoding"], {
      input: lines.map(([asm]) => asm).join("\n"),
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const words = [
      ...run.stdout.matchAll(/encoding: \[(0x[0-9a-f]{2}),(0x[0-9a-f]{2}),(0x[0-9a-f]{2}),(0x[0-9a-f]{2})\]/g),
    ].map((g) => (Number(g[1]) | (Number(g[2]) << 8) | (Number(g[3]) << 16) | (Number(g[4]) << 24)) >>> 0);
    expect(words).toHaveLength(lines.length);
    const decoded = words.map((w) => HANDLER_NAMES[decodeA64(w | 0, FeatureSet.all())]);
    expect(decoded).toEqual(lines.map(([, handler]) => handler));
    // The user-mode core advertises no FP8, so every one of these words UNDEFs there.
    expect(words.every((w) => HANDLER_NAMES[decodeA64(w | 0, IMPLEMENTED_FEATURES)] === "UNDEF")).toBe(true);
  });
});
