/**
 * guest/fp-state: V0-V31, FPCR and FPSR survive 200 MMIO exits (UART writes) and 200 HVC exits
 * (PSCI calls), each a point where the hypervisor may switch FP state lazily, whatever shape the
 * VM's FP state has (with or without SVE, SME, FPMR).
 */
import { guestTest } from "../guest/differential";
import { FULL, hiding } from "../guest/variations";

const ROUNDS = 200;
/** What the guest writes: FPCR.DN and RMode = 0b01; FPSR.QC and every cumulative exception flag. */
const FPCR = 0x0240_0000;
const FPSR = 0x0800_009f;

const hex8 = (n: number) => `0x${n.toString(16).padStart(8, "0")}`;

export const guestFpState = guestTest({
  id: "guest/fp-state",
  title: "FP/SIMD registers, FPCR and FPSR survive many MMIO and HVC exits",
  guest: "fp-state",
  variations: (context) => [FULL, ...hiding(context, ["FEAT_SVE", "FEAT_SME", "FEAT_FPMR"])],
  expected: () =>
    [
      `${".".repeat(ROUNDS)}\n`,
      `32 of 32 V registers intact after ${ROUNDS} MMIO and ${ROUNDS} HVC exits\n`,
      `FPCR ${hex8(FPCR)} FPSR ${hex8(FPSR)}\n`,
    ].join(""),
});
