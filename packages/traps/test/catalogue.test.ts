// Consistency with @a64vm/sysreg's catalogue: every register of the trap table exists there, under
// the same name, with the same feature.
import { sysRegsAtKey } from "@a64vm/sysreg";
import { describe, expect, it } from "vitest";
import { TRAPPABLE_ENCODINGS } from "../src/encodings";
import { featuresOf } from "../src/requirement";

/** Where the trap table deliberately says more than LLVM's assembler gating, and why. */
const DELIBERATE: Readonly<Record<string, string>> = {
  ID_PFR2_EL1: "the ID space never UNDEFs: an unimplemented ID register reads as zero",
  ID_AA64ZFR0_EL1: "the ID space never UNDEFs: an unimplemented ID register reads as zero",
  ID_AA64SMFR0_EL1: "the ID space never UNDEFs: an unimplemented ID register reads as zero",
  OSDLR_EL1: "never UNDEF (KVM's NEVER_FGU): without FEAT_DoubleLock the register is RES0",
  SCXTNUM_EL0: "FEAT_CSV2_1p2 also provides SCXTNUM_ELx (KVM's feat_csv2_2_csv2_1p2)",
  SCXTNUM_EL1: "FEAT_CSV2_1p2 also provides SCXTNUM_ELx (KVM's feat_csv2_2_csv2_1p2)",
  PMSNEVFR_EL1: "the architecture's feature for PMSNEVFR_EL1 is FEAT_SPE_FnE",
  HAFGRTR_EL2: "HAFGRTR_EL2 exists only with FEAT_AMUv1 as well as FEAT_FGT",
};

const registers = TRAPPABLE_ENCODINGS.filter((e) => e.kind === "register");

describe("the trap table agrees with the sysreg catalogue", () => {
  it("names every register at the catalogue's encoding (IMPLEMENTATION DEFINED space aside)", () => {
    const missing = registers
      .filter((e) => !/^S\d_\d_C\d+_C\d+_\d$/.test(e.name))
      .filter((e) => !sysRegsAtKey(e.key).some((info) => info.name === e.name))
      .map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it("leaves the IMPLEMENTATION DEFINED and reserved ID encodings unnamed in the catalogue too", () => {
    const named = registers
      .filter((e) => /^S\d_\d_C\d+_C\d+_\d$/.test(e.name))
      .filter((e) => sysRegsAtKey(e.key).length > 0)
      .map((e) => `${e.name} = ${sysRegsAtKey(e.key)[0]!.name}`);
    expect(named).toEqual([]);
  });

  it("requires the catalogue's features (plus FEAT_EL2 for the EL2 registers of a guest hypervisor)", () => {
    const differ = registers.flatMap((e) => {
      const info = sysRegsAtKey(e.key)[0];
      if (info === undefined || DELIBERATE[e.name] !== undefined) return [];
      const mine = [...new Set(featuresOf(e.feature))].filter((f) => !(e.minEl === 2 && f === "FEAT_EL2")).sort();
      const theirs = [...info.features].sort();
      return mine.join(",") === theirs.join(",")
        ? []
        : [`${e.name}: table ${mine.join(",")}; catalogue ${theirs.join(",")}`];
    });
    expect(differ).toEqual([]);
  });

  it("agrees on the access direction", () => {
    const differ = registers.flatMap((e) => {
      const infos = sysRegsAtKey(e.key);
      if (infos.length === 0) return [];
      const readable = infos.some((i) => i.readable);
      const writable = infos.some((i) => i.writable);
      const access = readable && writable ? "rw" : readable ? "ro" : "wo";
      return access === e.access ? [] : [`${e.name}: table ${e.access}, catalogue ${access}`];
    });
    expect(differ).toEqual([]);
  });
});
