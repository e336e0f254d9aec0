/**
 * SVE memory: contiguous loads and stores (LD1*, LDFF1*, LDNF1*, LDNT1*, LD2-4, LD1RQ/RO, ST1-4,
 * STNT1), broadcast loads (LD1R*), gathers, scatters, prefetches and LDR/STR of Z and P registers.
 */
import type { FeatureName } from "@a64vm/sysreg";
import type { EncodingGuard, EncodingLine } from "./format";
import { simd } from "./simd-line";

const SVE = { cls: "sve", feature: "FEAT_SVE" } as const;
const sve = (feature: FeatureName) => ({ cls: "sve", feature }) as const;

const rmNotZr: EncodingGuard = (w) => ((w >>> 16) & 31) !== 31;

/** dtype -> [mnemonic stem, element letter, memory size log2] of the contiguous and broadcast loads. */
const DTYPE = [
  ["1b", "b", 0],
  ["1b", "h", 0],
  ["1b", "s", 0],
  ["1b", "d", 0],
  ["1sw", "d", 2],
  ["1h", "h", 1],
  ["1h", "s", 1],
  ["1h", "d", 1],
  ["1sh", "d", 1],
  ["1sh", "s", 1],
  ["1w", "s", 2],
  ["1w", "d", 2],
  ["1sb", "d", 0],
  ["1sb", "s", 0],
  ["1sb", "h", 0],
  ["1d", "d", 3],
] as const;

const MSIZE = ["b", "h", "w", "d"] as const;
const ELEMENT = ["b", "h", "s", "d"] as const;

function bits(value: number, width: number): string {
  return value.toString(2).padStart(width, "0");
}

function contiguousLoads(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  DTYPE.forEach(([stem, element, msize], dtype) => {
    const d = bits(dtype, 4);
    const list = `{t:Z1${element}}, {g:pz}`;
    const tag = `${stem.toUpperCase()}_${element}`;
    const lsl = `{rm:${msize}}`;
    lines.push(
      simd(`LD${tag}_imm`, `1010010 ${d} 0 imm4:4 101 pg:3 rn:5 zt:5`, `ld${stem} ${list}, [{n:xsp}{off:vl4}]`, SVE),
      simd(`LDNF${tag}`, `1010010 ${d} 1 imm4:4 101 pg:3 rn:5 zt:5`, `ldnf${stem} ${list}, [{n:xsp}{off:vl4}]`, SVE),
      simd(`LD${tag}_ss`, `1010010 ${d} rm:5 010 pg:3 rn:5 zt:5`, `ld${stem} ${list}, [{n:xsp}${lsl}]`, {
        ...SVE,
        when: rmNotZr,
      }),
      simd(`LDFF${tag}_ss`, `1010010 ${d} rm:5 011 pg:3 rn:5 zt:5`, `ldff${stem} ${list}, [{n:xsp}${lsl}]`, SVE),
      simd(
        `LD${tag}_rep`,
        `1000010 ${d.slice(0, 2)} 1 imm6:6 1 ${d.slice(2)} pg:3 rn:5 zt:5`,
        `ld${stem.replace("1", "1r")} ${list}, [{n:xsp}{off:imm6u:${1 << msize}}]`,
        SVE,
      ),
    );
  });
  for (let msz = 0; msz < 4; msz++) {
    const m = bits(msz, 2);
    const e = ELEMENT[msz]!;
    const lsl = `{rm:${msz}}`;
    const ss = { ...SVE, when: rmNotZr };
    lines.push(
      simd(
        `LDNT1${MSIZE[msz]!.toUpperCase()}_imm`,
        `1010010 ${m} 00 0 imm4:4 111 pg:3 rn:5 zt:5`,
        `ldnt1${MSIZE[msz]} {t:Z1${e}}, {g:pz}, [{n:xsp}{off:vl4}]`,
        SVE,
      ),
      simd(
        `LDNT1${MSIZE[msz]!.toUpperCase()}_ss`,
        `1010010 ${m} 00 rm:5 110 pg:3 rn:5 zt:5`,
        `ldnt1${MSIZE[msz]} {t:Z1${e}}, {g:pz}, [{n:xsp}${lsl}]`,
        ss,
      ),
      simd(
        `LD1RQ${MSIZE[msz]!.toUpperCase()}_imm`,
        `1010010 ${m} 00 0 imm4:4 001 pg:3 rn:5 zt:5`,
        `ld1rq${MSIZE[msz]} {t:Z1${e}}, {g:pz}, [{n:xsp}{off:imm4:16}]`,
        SVE,
      ),
      simd(
        `LD1RQ${MSIZE[msz]!.toUpperCase()}_ss`,
        `1010010 ${m} 00 rm:5 000 pg:3 rn:5 zt:5`,
        `ld1rq${MSIZE[msz]} {t:Z1${e}}, {g:pz}, [{n:xsp}${lsl}]`,
        ss,
      ),
      simd(
        `LD1RO${MSIZE[msz]!.toUpperCase()}_imm`,
        `1010010 ${m} 01 0 imm4:4 001 pg:3 rn:5 zt:5`,
        `ld1ro${MSIZE[msz]} {t:Z1${e}}, {g:pz}, [{n:xsp}{off:imm4:32}]`,
        sve("FEAT_F64MM"),
      ),
      simd(
        `LD1RO${MSIZE[msz]!.toUpperCase()}_ss`,
        `1010010 ${m} 01 rm:5 000 pg:3 rn:5 zt:5`,
        `ld1ro${MSIZE[msz]} {t:Z1${e}}, {g:pz}, [{n:xsp}${lsl}]`,
        { ...sve("FEAT_F64MM"), when: rmNotZr },
      ),
    );
    for (let nreg = 1; nreg < 4; nreg++) {
      const count = nreg + 1;
      const name = `${count}${MSIZE[msz]!.toUpperCase()}`;
      const list = `{t:Z${count}${e}}`;
      lines.push(
        simd(
          `LD${name}_imm`,
          `1010010 ${m} ${bits(nreg, 2)} 0 imm4:4 111 pg:3 rn:5 zt:5`,
          `ld${count}${MSIZE[msz]} ${list}, {g:pz}, [{n:xsp}{off:vl4:${count}}]`,
          SVE,
        ),
        simd(
          `LD${name}_ss`,
          `1010010 ${m} ${bits(nreg, 2)} rm:5 110 pg:3 rn:5 zt:5`,
          `ld${count}${MSIZE[msz]} ${list}, {g:pz}, [{n:xsp}${lsl}]`,
          ss,
        ),
        simd(
          `ST${name}_imm`,
          `1110010 ${m} ${bits(nreg, 2)} 1 imm4:4 111 pg:3 rn:5 zt:5`,
          `st${count}${MSIZE[msz]} ${list}, {g:p}, [{n:xsp}{off:vl4:${count}}]`,
          SVE,
        ),
        simd(
          `ST${name}_ss`,
          `1110010 ${m} ${bits(nreg, 2)} rm:5 011 pg:3 rn:5 zt:5`,
          `st${count}${MSIZE[msz]} ${list}, {g:p}, [{n:xsp}${lsl}]`,
          ss,
        ),
      );
    }
    lines.push(
      simd(
        `STNT1${MSIZE[msz]!.toUpperCase()}_imm`,
        `1110010 ${m} 00 1 imm4:4 111 pg:3 rn:5 zt:5`,
        `stnt1${MSIZE[msz]} {t:Z1${e}}, {g:p}, [{n:xsp}{off:vl4}]`,
        SVE,
      ),
      simd(
        `STNT1${MSIZE[msz]!.toUpperCase()}_ss`,
        `1110010 ${m} 00 rm:5 011 pg:3 rn:5 zt:5`,
        `stnt1${MSIZE[msz]} {t:Z1${e}}, {g:p}, [{n:xsp}${lsl}]`,
        ss,
      ),
    );
    // ST1: the element size (bits 22:21) is at least the memory size.
    for (let size = msz; size < 4; size++) {
      const name = `ST1${MSIZE[msz]!.toUpperCase()}_${ELEMENT[size]}`;
      const list = `{t:Z1${ELEMENT[size]}}, {g:p}`;
      lines.push(
        simd(
          `${name}_imm`,
          `1110010 ${m} ${bits(size, 2)} 0 imm4:4 111 pg:3 rn:5 zt:5`,
          `st1${MSIZE[msz]} ${list}, [{n:xsp}{off:vl4}]`,
          SVE,
        ),
        simd(
          `${name}_ss`,
          `1110010 ${m} ${bits(size, 2)} rm:5 010 pg:3 rn:5 zt:5`,
          `st1${MSIZE[msz]} ${list}, [{n:xsp}${lsl}]`,
          ss,
        ),
      );
    }
  }
  return lines;
}

/** Gather loads: (msz, U) -> mnemonic stem; msz=3 has only the unsigned form. */
function gatherStem(msz: number, unsigned: number): string | null {
  if (msz === 3) return unsigned ? "1d" : null;
  return `1${unsigned ? "" : "s"}${MSIZE[msz]}`;
}

function gathersAndScatters(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (let msz = 0; msz < 4; msz++) {
    const m = bits(msz, 2);
    const scale = msz === 0 ? "" : ` #${msz}`;
    const M = MSIZE[msz]!.toUpperCase();
    for (const u of [0, 1]) {
      const stem = gatherStem(msz, u);
      if (stem === null) continue;
      for (const ff of [0, 1]) {
        const mn = `ld${ff ? "ff" : ""}${stem}`;
        const base = `LD${ff ? "FF" : ""}${stem.toUpperCase()}`;
        const tail = `${u} ${ff} pg:3`;
        // 64-bit elements: unpacked 32-bit offsets (scaled or not), 64-bit offsets, vector base
        lines.push(
          simd(
            `${base}_gd_xs`,
            `1100010 ${m} xs:1 0 zm:5 0 ${tail} rn:5 zt:5`,
            `${mn} {t:Z1d}, {g:pz}, [{n:xsp}, {m:zd}, {xs22}]`,
            SVE,
          ),
          simd(
            `${base}_gd_64`,
            `1100010 ${m} 10 zm:5 1 ${tail} rn:5 zt:5`,
            `${mn} {t:Z1d}, {g:pz}, [{n:xsp}, {m:zd}]`,
            SVE,
          ),
          simd(
            `${base}_gd_imm`,
            `1100010 ${m} 01 imm5:5 1 ${tail} zn:5 zt:5`,
            `${mn} {t:Z1d}, {g:pz}, [{n:zd}{off:imm5u:${1 << msz}}]`,
            SVE,
          ),
        );
        if (msz > 0) {
          lines.push(
            simd(
              `${base}_gd_xs_scaled`,
              `1100010 ${m} xs:1 1 zm:5 0 ${tail} rn:5 zt:5`,
              `${mn} {t:Z1d}, {g:pz}, [{n:xsp}, {m:zd}, {xs22}${scale}]`,
              SVE,
            ),
            simd(
              `${base}_gd_64_scaled`,
              `1100010 ${m} 11 zm:5 1 ${tail} rn:5 zt:5`,
              `${mn} {t:Z1d}, {g:pz}, [{n:xsp}, {m:zd}, lsl${scale}]`,
              SVE,
            ),
          );
        }
        // 32-bit elements (no 64-bit memory size, no signed word)
        if (msz < 3 && !(msz === 2 && u === 0)) {
          lines.push(
            simd(
              `${base}_gs_xs`,
              `1000010 ${m} xs:1 0 zm:5 0 ${tail} rn:5 zt:5`,
              `${mn} {t:Z1s}, {g:pz}, [{n:xsp}, {m:zs}, {xs22}]`,
              SVE,
            ),
            simd(
              `${base}_gs_imm`,
              `1000010 ${m} 01 imm5:5 1 ${tail} zn:5 zt:5`,
              `${mn} {t:Z1s}, {g:pz}, [{n:zs}{off:imm5u:${1 << msz}}]`,
              SVE,
            ),
          );
          if (msz > 0) {
            lines.push(
              simd(
                `${base}_gs_xs_scaled`,
                `1000010 ${m} xs:1 1 zm:5 0 ${tail} rn:5 zt:5`,
                `${mn} {t:Z1s}, {g:pz}, [{n:xsp}, {m:zs}, {xs22}${scale}]`,
                SVE,
              ),
            );
          }
        }
      }
    }
    // Scatter stores
    lines.push(
      simd(
        `ST1${M}_sd_xs`,
        `1110010 ${m} 00 zm:5 1 xs:1 0 pg:3 rn:5 zt:5`,
        `st1${MSIZE[msz]} {t:Z1d}, {g:p}, [{n:xsp}, {m:zd}, {xs14}]`,
        SVE,
      ),
      simd(
        `ST1${M}_sd_64`,
        `1110010 ${m} 00 zm:5 101 pg:3 rn:5 zt:5`,
        `st1${MSIZE[msz]} {t:Z1d}, {g:p}, [{n:xsp}, {m:zd}]`,
        SVE,
      ),
      simd(
        `ST1${M}_sd_imm`,
        `1110010 ${m} 10 imm5:5 101 pg:3 zn:5 zt:5`,
        `st1${MSIZE[msz]} {t:Z1d}, {g:p}, [{n:zd}{off:imm5u:${1 << msz}}]`,
        SVE,
      ),
    );
    if (msz > 0) {
      lines.push(
        simd(
          `ST1${M}_sd_xs_scaled`,
          `1110010 ${m} 01 zm:5 1 xs:1 0 pg:3 rn:5 zt:5`,
          `st1${MSIZE[msz]} {t:Z1d}, {g:p}, [{n:xsp}, {m:zd}, {xs14}${scale}]`,
          SVE,
        ),
        simd(
          `ST1${M}_sd_64_scaled`,
          `1110010 ${m} 01 zm:5 101 pg:3 rn:5 zt:5`,
          `st1${MSIZE[msz]} {t:Z1d}, {g:p}, [{n:xsp}, {m:zd}, lsl${scale}]`,
          SVE,
        ),
      );
    }
    if (msz < 3) {
      lines.push(
        simd(
          `ST1${M}_ss_xs`,
          `1110010 ${m} 10 zm:5 1 xs:1 0 pg:3 rn:5 zt:5`,
          `st1${MSIZE[msz]} {t:Z1s}, {g:p}, [{n:xsp}, {m:zs}, {xs14}]`,
          SVE,
        ),
        simd(
          `ST1${M}_ss_imm`,
          `1110010 ${m} 11 imm5:5 101 pg:3 zn:5 zt:5`,
          `st1${MSIZE[msz]} {t:Z1s}, {g:p}, [{n:zs}{off:imm5u:${1 << msz}}]`,
          SVE,
        ),
      );
      if (msz > 0) {
        lines.push(
          simd(
            `ST1${M}_ss_xs_scaled`,
            `1110010 ${m} 11 zm:5 1 xs:1 0 pg:3 rn:5 zt:5`,
            `st1${MSIZE[msz]} {t:Z1s}, {g:p}, [{n:xsp}, {m:zs}, {xs14}${scale}]`,
            SVE,
          ),
        );
      }
    }
    // Prefetches
    const prf = `prf${MSIZE[msz]}`;
    const P = `PRF${M}`;
    lines.push(
      simd(
        `${P}_imm`,
        `1000010 111 imm6:6 0 ${m} pg:3 rn:5 0 prfop:4`,
        `${prf} {prfop}, {g:p}, [{n:xsp}{off:vl6}]`,
        SVE,
      ),
      simd(`${P}_ss`, `1000010 ${m} 00 rm:5 110 pg:3 rn:5 0 prfop:4`, `${prf} {prfop}, {g:p}, [{n:xsp}{rm:${msz}}]`, {
        ...SVE,
        when: rmNotZr,
      }),
      simd(
        `${P}_gs_xs`,
        `1000010 0 0 xs:1 1 zm:5 0 ${m} pg:3 rn:5 0 prfop:4`,
        `${prf} {prfop}, {g:p}, [{n:xsp}, {m:zs}, {xs22}${scale}]`,
        SVE,
      ),
      simd(
        `${P}_gd_xs`,
        `1100010 0 0 xs:1 1 zm:5 0 ${m} pg:3 rn:5 0 prfop:4`,
        `${prf} {prfop}, {g:p}, [{n:xsp}, {m:zd}, {xs22}${scale}]`,
        SVE,
      ),
      simd(
        `${P}_gd_64`,
        `1100010 0 0 11 zm:5 1 ${m} pg:3 rn:5 0 prfop:4`,
        `${prf} {prfop}, {g:p}, [{n:xsp}, {m:zd}${msz ? `, lsl${scale}` : ""}]`,
        SVE,
      ),
      simd(
        `${P}_gs_imm`,
        `1000010 ${m} 00 imm5:5 111 pg:3 zn:5 0 prfop:4`,
        `${prf} {prfop}, {g:p}, [{n:zs}{off:imm5u:${1 << msz}}]`,
        SVE,
      ),
      simd(
        `${P}_gd_imm`,
        `1100010 ${m} 00 imm5:5 111 pg:3 zn:5 0 prfop:4`,
        `${prf} {prfop}, {g:p}, [{n:zd}{off:imm5u:${1 << msz}}]`,
        SVE,
      ),
    );
  }
  return lines;
}

const SVE2 = sve("FEAT_SVE2");
const SVE2P1 = sve("FEAT_SVE2p1");
/** Vector-base non-temporal gathers/scatters: Rm = 31 (xzr) prints as the bare vector base. */
function nonTemporalVector(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (let msz = 0; msz < 4; msz++) {
    const m = bits(msz, 2);
    const M = MSIZE[msz]!;
    for (const u of [0, 1]) {
      const stem = gatherStem(msz, u);
      if (stem === null) continue;
      const upper = stem.toUpperCase();
      lines.push(
        simd(
          `LDNT${upper}_gd`,
          `1100010 ${m} 00 rm:5 1 ${u} 0 pg:3 zn:5 zt:5`,
          `ldnt${stem} {t:Z1d}, {g:pz}, [{n:zd}{rm:0}]`,
          SVE2,
        ),
      );
      if (msz < 3 && !(msz === 2 && u === 0)) {
        lines.push(
          simd(
            `LDNT${upper}_gs`,
            `1000010 ${m} 00 rm:5 10 ${u} pg:3 zn:5 zt:5`,
            `ldnt${stem} {t:Z1s}, {g:pz}, [{n:zs}{rm:0}]`,
            SVE2,
          ),
        );
      }
    }
    lines.push(
      simd(
        `STNT1${M.toUpperCase()}_vd`,
        `1110010 ${m} 00 rm:5 001 pg:3 zn:5 zt:5`,
        `stnt1${M} {t:Z1d}, {g:p}, [{n:zd}{rm:0}]`,
        SVE2,
      ),
    );
    if (msz < 3) {
      lines.push(
        simd(
          `STNT1${M.toUpperCase()}_vs`,
          `1110010 ${m} 10 rm:5 001 pg:3 zn:5 zt:5`,
          `stnt1${M} {t:Z1s}, {g:p}, [{n:zs}{rm:0}]`,
          SVE2,
        ),
      );
    }
  }
  return lines;
}

/** SVE2.1 quadword (128-bit element) loads and stores. */
function quadword(): EncodingLine[] {
  const lines: EncodingLine[] = [];
  for (let nreg = 1; nreg < 4; nreg++) {
    const count = nreg + 1;
    const list = `{t:Z${count}q}`;
    lines.push(
      simd(
        `LD${count}Q_imm`,
        `1010010 ${bits(nreg, 2)} 00 1 imm4:4 111 pg:3 rn:5 zt:5`,
        `ld${count}q ${list}, {g:pz}, [{n:xsp}{off:vl4:${count}}]`,
        SVE2P1,
      ),
      simd(
        `LD${count}Q_ss`,
        `1010010 ${bits(nreg, 2)} 01 rm:5 100 pg:3 rn:5 zt:5`,
        `ld${count}q ${list}, {g:pz}, [{n:xsp}{rm:4}]`,
        { ...SVE2P1, when: rmNotZr },
      ),
      simd(
        `ST${count}Q_imm`,
        `1110010 0 ${bits(nreg, 2)} 0 0 imm4:4 000 pg:3 rn:5 zt:5`,
        `st${count}q ${list}, {g:p}, [{n:xsp}{off:vl4:${count}}]`,
        SVE2P1,
      ),
      simd(
        `ST${count}Q_ss`,
        `1110010 0 ${bits(nreg, 2)} 1 rm:5 000 pg:3 rn:5 zt:5`,
        `st${count}q ${list}, {g:p}, [{n:xsp}{rm:4}]`,
        { ...SVE2P1, when: rmNotZr },
      ),
    );
  }
  lines.push(
    simd("LD1W_q_ss", "1010010 10 00 rm:5 100 pg:3 rn:5 zt:5", "ld1w {t:Z1q}, {g:pz}, [{n:xsp}{rm:2}]", {
      ...SVE2P1,
      when: rmNotZr,
    }),
    simd("LD1D_q_ss", "1010010 11 00 rm:5 100 pg:3 rn:5 zt:5", "ld1d {t:Z1q}, {g:pz}, [{n:xsp}{rm:3}]", {
      ...SVE2P1,
      when: rmNotZr,
    }),
    simd("ST1W_q_ss", "1110010 10 00 rm:5 010 pg:3 rn:5 zt:5", "st1w {t:Z1q}, {g:p}, [{n:xsp}{rm:2}]", {
      ...SVE2P1,
      when: rmNotZr,
    }),
    simd("ST1D_q_ss", "1110010 11 10 rm:5 010 pg:3 rn:5 zt:5", "st1d {t:Z1q}, {g:p}, [{n:xsp}{rm:3}]", {
      ...SVE2P1,
      when: rmNotZr,
    }),
    simd("LD1W_q_imm", "1010010 10 00 1 imm4:4 001 pg:3 rn:5 zt:5", "ld1w {t:Z1q}, {g:pz}, [{n:xsp}{off:vl4}]", SVE2P1),
    simd("LD1D_q_imm", "1010010 11 00 1 imm4:4 001 pg:3 rn:5 zt:5", "ld1d {t:Z1q}, {g:pz}, [{n:xsp}{off:vl4}]", SVE2P1),
    simd("ST1W_q_imm", "1110010 10 00 0 imm4:4 111 pg:3 rn:5 zt:5", "st1w {t:Z1q}, {g:p}, [{n:xsp}{off:vl4}]", SVE2P1),
    simd("ST1D_q_imm", "1110010 11 10 0 imm4:4 111 pg:3 rn:5 zt:5", "st1d {t:Z1q}, {g:p}, [{n:xsp}{off:vl4}]", SVE2P1),
    simd("LD1Q_gd", "1100010 00 00 rm:5 101 pg:3 zn:5 zt:5", "ld1q {t:Z1q}, {g:pz}, [{n:zd}{rm:0}]", SVE2P1),
    simd("ST1Q_sd", "1110010 00 01 rm:5 001 pg:3 zn:5 zt:5", "st1q {t:Z1q}, {g:p}, [{n:zd}{rm:0}]", SVE2P1),
  );
  return lines;
}

// biome-ignore format: one aligned line per encoding
export const SVE_LDST: readonly EncodingLine[] = [
  ...contiguousLoads(),
  ...gathersAndScatters(),
  ...nonTemporalVector(),
  ...quadword(),
  simd("LDR_p_sve", "1000010 110 imm9h:6 000 imm9l:3 rn:5 0 pt:4", "ldr {pd:p}, [{n:xsp}{off:vl9}]", SVE),
  simd("LDR_z_sve", "1000010 110 imm9h:6 010 imm9l:3 rn:5 zt:5", "ldr {t:zr}, [{n:xsp}{off:vl9}]", SVE),
  simd("STR_p_sve", "1110010 110 imm9h:6 000 imm9l:3 rn:5 0 pt:4", "str {pd:p}, [{n:xsp}{off:vl9}]", SVE),
  simd("STR_z_sve", "1110010 110 imm9h:6 010 imm9l:3 rn:5 zt:5", "str {t:zr}, [{n:xsp}{off:vl9}]", SVE),
];
