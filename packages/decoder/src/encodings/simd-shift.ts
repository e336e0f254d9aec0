/** AdvSIMD shift by immediate, vector and scalar; immh (bits 22:19) gives the element size. */
import type { EncodingGuard, EncodingLine } from "./format";
import { shiftArrangement, simd } from "./simd-line";

const ADV = "FEAT_AdvSIMD" as const;

const immh = (w: number): number => (w >>> 19) & 15;
const q = (w: number): number => (w >>> 30) & 1;
/** Narrowing and lengthening shifts: the narrow element is b, h or s. */
const narrow: EncodingGuard = (w) => immh(w) !== 0 && immh(w) < 8;
/** Scalar shifts that exist only for 64-bit elements. */
const doubleOnly: EncodingGuard = (w) => immh(w) >= 8;
/** Any non-zero immh (scalar saturating shifts of every size). */
const anySize: EncodingGuard = (w) => immh(w) !== 0;
/** FP fixed-point conversions of single or double elements (the half forms have their own lines). */
const fpVector: EncodingGuard = (w) => immh(w) >= 4 && (immh(w) < 8 || q(w) === 1);
const fpScalar: EncodingGuard = (w) => immh(w) >= 4;
const FP16 = [ADV, "FEAT_FP16"] as const;

/** [U, opcode, mnemonic, kind]: right/left keep the size, narrow halves it, long doubles it. */
const SHIFTS = [
  [0, "00000", "SSHR", "right"],
  [0, "00010", "SSRA", "right"],
  [0, "00100", "SRSHR", "right"],
  [0, "00110", "SRSRA", "right"],
  [0, "01010", "SHL", "left"],
  [0, "01110", "SQSHL", "leftq"],
  [0, "10000", "SHRN", "narrow"],
  [0, "10001", "RSHRN", "narrow"],
  [0, "10010", "SQSHRN", "narrowq"],
  [0, "10011", "SQRSHRN", "narrowq"],
  [0, "10100", "SSHLL", "long"],
  [0, "11100", "SCVTF", "fp"],
  [0, "11111", "FCVTZS", "fp"],
  [1, "00000", "USHR", "right"],
  [1, "00010", "USRA", "right"],
  [1, "00100", "URSHR", "right"],
  [1, "00110", "URSRA", "right"],
  [1, "01000", "SRI", "right"],
  [1, "01010", "SLI", "left"],
  [1, "01100", "SQSHLU", "leftq"],
  [1, "01110", "UQSHL", "leftq"],
  [1, "10000", "SQSHRUN", "narrowq"],
  [1, "10001", "SQRSHRUN", "narrowq"],
  [1, "10010", "UQSHRN", "narrowq"],
  [1, "10011", "UQRSHRN", "narrowq"],
  [1, "10100", "USHLL", "long"],
  [1, "11100", "UCVTF", "fp"],
  [1, "11111", "FCVTZU", "fp"],
] as const;

function generate(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (const [u, opcode, name, kind] of SHIFTS) {
    const mn = name.toLowerCase();
    const vector = `0 q:1 ${u} 011110 immh:4 immb:3 ${opcode} 1 rn:5 rd:5`;
    const scalar = `01 ${u} 111110 immh:4 immb:3 ${opcode} 1 rn:5 rd:5`;
    switch (kind) {
      case "right":
      case "left": {
        const amount = kind === "right" ? "rshift" : "lshift";
        lines.push(
          simd(`${name}_imm_v`, vector, `${mn} {d:I}, {n:I}, #{${amount}}`, { feature: ADV, when: shiftArrangement }),
          simd(`${name}_imm_s`, scalar, `${mn} {d:d}, {n:d}, #{${amount}}`, { feature: ADV, when: doubleOnly }),
        );
        break;
      }
      case "leftq":
        lines.push(
          simd(`${name}_imm_v`, vector, `${mn} {d:I}, {n:I}, #{lshift}`, { feature: ADV, when: shiftArrangement }),
          simd(`${name}_imm_s`, scalar, `${mn} {d:Iz}, {n:Iz}, #{lshift}`, { feature: ADV, when: anySize }),
        );
        break;
      case "narrow":
        lines.push(simd(`${name}_imm_v`, vector, `${mn}{2} {d:I}, {n:Iw}, #{rshift}`, { feature: ADV, when: narrow }));
        break;
      case "narrowq":
        lines.push(
          simd(`${name}_imm_v`, vector, `${mn}{2} {d:I}, {n:Iw}, #{rshift}`, { feature: ADV, when: narrow }),
          simd(`${name}_imm_s`, scalar, `${mn} {d:Iz}, {n:Izw}, #{rshift}`, { feature: ADV, when: narrow }),
        );
        break;
      case "long":
        lines.push(simd(`${name}_imm_v`, vector, `${mn}{2} {d:Iw}, {n:I}, #{lshift}`, { feature: ADV, when: narrow }));
        break;
      case "fp": {
        const half = (p: string) => p.replace("immh:4", "immh:4=001x");
        lines.push(
          simd(`${name}_fix_vh`, half(vector), `${mn} {d:I}, {n:I}, #{rshift}`, { feature: FP16 }),
          simd(`${name}_fix_sh`, half(scalar), `${mn} {d:Iz}, {n:Iz}, #{rshift}`, { feature: FP16 }),
          simd(`${name}_fix_v`, vector, `${mn} {d:I}, {n:I}, #{rshift}`, { feature: ADV, when: fpVector }),
          simd(`${name}_fix_s`, scalar, `${mn} {d:Iz}, {n:Iz}, #{rshift}`, { feature: ADV, when: fpScalar }),
        );
        break;
      }
    }
  }
  return lines;
}

export const SIMD_SHIFT: readonly EncodingLine[] = generate();
