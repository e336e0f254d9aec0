import { FeatureSet } from "@a64vm/sysreg";
import fc from "fast-check";
import { type FpRegisterSet, type FpVmConfig, SVCR_SM, SVCR_ZA, VcpuFpState } from "../src/index";
import { WIDEST_HOST } from "./hosts";

const LENGTHS = Array.from({ length: 16 }, (_, k) => (k + 1) * 128);

/** A consistent VM FP configuration on WIDEST_HOST: any subset of SVE/SME/SME2/FA64/FPMR at any lengths. */
export const vmConfigArb = fc
  .record({
    sve: fc.boolean(),
    sme: fc.boolean(),
    sme2: fc.boolean(),
    fa64: fc.boolean(),
    fpmr: fc.boolean(),
    vl: fc.constantFrom(...LENGTHS),
    svl: fc.constantFrom(...LENGTHS),
  })
  .map((c) => {
    const names = ["FP", "AdvSIMD"];
    if (c.sve) names.push("SVE");
    if (c.sme) names.push("SME");
    if (c.sme && c.sme2) names.push("SME2");
    if (c.sme && c.fa64) names.push("SME_FA64");
    if (c.fpmr) names.push("FPMR");
    return {
      features: FeatureSet.of(...names),
      ...(c.sve ? { vl: c.vl } : {}),
      ...(c.sme ? { svl: c.svl } : {}),
    };
  });

/** A deterministic word stream, so large register files need only a seed from fast-check. */
export function words(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** Fills every register of a set from a seed, through the public accessors (so RES0 rules apply). */
export function fillRandom(set: FpRegisterSet, seed: number, svcr: number): void {
  const next = words(seed);
  if (set.fpsimd) {
    for (let n = 0; n < 32; n++) set.fpsimd.writeV(n, next(), next(), next(), next());
    set.fpsimd.fpsr = next();
    set.fpsimd.fpcr = next();
  }
  if (set.sve) {
    for (let i = 0; i < set.sve.z.length; i++) set.sve.z[i] = next();
    for (let i = 0; i < set.sve.p.length; i++) set.sve.p[i] = next();
    for (let i = 0; i < set.sve.ffr.length; i++) set.sve.ffr[i] = next();
  }
  if (set.sme) {
    set.sme.svcr = svcr;
    if (set.sme.zaEnabled) for (let i = 0; i < set.sme.za.length; i++) set.sme.za[i] = next();
  }
  if (set.zt0) for (let i = 0; i < 16; i++) set.zt0.words[i] = next();
  if (set.fpmr) set.fpmr.setWords(next(), next());
}

export const svcrArb = fc.constantFrom(0, SVCR_SM, SVCR_ZA, SVCR_SM | SVCR_ZA);

/** A vCPU on WIDEST_HOST with every register filled from `seed`. */
export function randomState(config: FpVmConfig, seed: number, svcr: number): VcpuFpState {
  const s = VcpuFpState.create(WIDEST_HOST, config);
  fillRandom(s.registers, seed, svcr);
  return s;
}
