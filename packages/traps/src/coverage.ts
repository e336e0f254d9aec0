// The exhaustiveness check of the feature -> control-bit table, as KVM's check_feature_map does at boot.
import {
  CONTROL_REGISTERS,
  type ControlRegister,
  type CptrLayout,
  controlLayout,
  definedBits,
  fieldMask,
} from "./controls";
import type { ControlRule } from "./feature-rules";

/** One register layout whose defined bits some rule fails to cover. */
export interface CoverageGap {
  readonly register: ControlRegister;
  readonly variant?: CptrLayout;
  /** The uncovered bits. */
  readonly bits: bigint;
  /** The names of the fields those bits belong to. */
  readonly fields: readonly string[];
}

/** The layouts checked: every control register, CPTR_EL2 in both E2H layouts. */
export function checkedLayouts(): { register: ControlRegister; variant?: CptrLayout }[] {
  return CONTROL_REGISTERS.flatMap((register): { register: ControlRegister; variant?: CptrLayout }[] =>
    register === "CPTR_EL2"
      ? [
          { register, variant: "E2H=0" as const },
          { register, variant: "E2H=1" as const },
        ]
      : [{ register }],
  );
}

/** The bits a rule set covers in one layout. */
export function coveredBits(rules: readonly ControlRule[], register: ControlRegister, variant?: CptrLayout): bigint {
  let covered = 0n;
  for (const r of rules) {
    if (r.register !== register || r.cptr !== variant) continue;
    for (const f of r.fields) covered |= fieldMask(register, f, variant);
  }
  return covered;
}

/** Every defined bit that no rule covers and that is not RES0/RES1; empty when the table is exhaustive. */
export function coverageGaps(rules: readonly ControlRule[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const { register, variant } of checkedLayouts()) {
    const layout = controlLayout(register, variant);
    const missing = definedBits(layout) & ~coveredBits(rules, register, variant);
    if (missing === 0n) continue;
    const fields = layout.fields.filter((f) => (missing >> BigInt(f.lsb)) & 1n).map((f) => f.name);
    gaps.push(
      variant === undefined ? { register, bits: missing, fields } : { register, variant, bits: missing, fields },
    );
  }
  return gaps;
}

/** Bits that two rules both claim in one layout (a field belongs to exactly one feature rule). */
export function overlappingBits(rules: readonly ControlRule[]): CoverageGap[] {
  const out: CoverageGap[] = [];
  for (const { register, variant } of checkedLayouts()) {
    let seen = 0n;
    let twice = 0n;
    for (const r of rules) {
      if (r.register !== register || r.cptr !== variant) continue;
      for (const f of r.fields) {
        const m = fieldMask(register, f, variant);
        twice |= seen & m;
        seen |= m;
      }
    }
    if (twice !== 0n) {
      const layout = controlLayout(register, variant);
      const fields = layout.fields.filter((f) => (twice >> BigInt(f.lsb)) & 1n).map((f) => f.name);
      out.push(variant === undefined ? { register, bits: twice, fields } : { register, variant, bits: twice, fields });
    }
  }
  return out;
}
