// The trappable-encodings table against LLVM 22: every name assembles to the encoding in the table.
import { execFileSync } from "node:child_process";
import { findTool, haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { TRAPPABLE_ENCODINGS, type TrappableEncoding } from "../src/encodings";

const ok = haveTools("llvm-mc");

/** Instructions whose operand list is empty (no Xt). */
const NO_OPERAND =
  /^(TLBI_(VMALLE1|ALLE1|ALLE2|VMALLS12E1)(IS|OS)?(NXS)?|IC_IALLU(IS)?|BRB_(IALL|INJ)|GCSPUSHX|GCSPOPCX)$/;

function assembly(e: TrappableEncoding): string {
  if (e.kind === "register") return e.access === "wo" ? `msr ${e.name}, x3` : `mrs x3, ${e.name}`;
  if (e.name === "GCSPUSHM") return "gcspushm x3";
  const [op, ...rest] = e.name.split("_");
  const text = `${op!.toLowerCase()} ${rest.join("_").toLowerCase()}`;
  return NO_OPERAND.test(e.name) ? text : `${text}, x3`;
}

/** The A64 word of MRS/MSR/SYS with this encoding, Rt = 3. */
function expectedWord(e: TrappableEncoding): number {
  const { op0, op1, crn, crm, op2 } = e.encoding;
  const read = e.kind === "register" && e.access !== "wo" ? 1 : 0;
  const rt = e.kind === "instruction" && NO_OPERAND.test(e.name) ? 31 : 3;
  return (0xd5000000 | (read << 21) | (op0 << 19) | (op1 << 16) | (crn << 12) | (crm << 8) | (op2 << 5) | rt) >>> 0;
}

describe.skipIf(!ok)("trappable encodings agree with LLVM 22", () => {
  it("assembles every named register and instruction to the table's encoding", () => {
    const lines = TRAPPABLE_ENCODINGS.map((e, i) => `L${i}:\n${assembly(e)}`).join("\n");
    const result = execFileSync(
      findTool("llvm-mc")!,
      ["-triple=aarch64", "-mattr=+all,+v9.6a,+gcs,+d128,+ite,+brbe,+spe-fds,+tlbiw,+pops", "-show-encoding"],
      { input: `${lines}\n`, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"], maxBuffer: 64 << 20 },
    );
    const words = new Map<number, number>();
    let current = -1;
    for (const line of result.split("\n")) {
      const label = /^L(\d+):/.exec(line);
      if (label !== null) current = Number(label[1]);
      const enc = /encoding: \[0x([0-9a-f]{2}),0x([0-9a-f]{2}),0x([0-9a-f]{2}),0x([0-9a-f]{2})\]/.exec(line);
      if (enc !== null && current >= 0) {
        words.set(current, Number.parseInt(enc[4]! + enc[3]! + enc[2]! + enc[1]!, 16));
      }
    }
    const mismatches = TRAPPABLE_ENCODINGS.flatMap((e, i) => {
      const got = words.get(i);
      const want = expectedWord(e);
      return got === want ? [] : [`${e.name}: llvm ${got?.toString(16) ?? "rejects it"}, table ${want.toString(16)}`];
    });
    expect(mismatches).toEqual([]);
  });
});
