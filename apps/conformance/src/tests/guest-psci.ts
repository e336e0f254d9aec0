/**
 * guest/psci: PSCI 1.1 over HVC as the virt board promises it: the version, FEATURES for every
 * function the board implements (NOT_SUPPORTED otherwise), CPU_ON of the second vCPU with its context
 * ID, AFFINITY_INFO before and after that vCPU's CPU_OFF, and CPU_ON's ALREADY_ON and
 * INVALID_PARAMETERS errors. The guest ends with SYSTEM_OFF.
 */
import { PsciFunction as F, PSCI_VERSION_1_1, PsciReturn as R } from "@a64vm/hypervisor";
import { guestTest } from "../guest/differential";
import { FULL } from "../guest/variations";

/** The functions the guest asks FEATURES about, and one no PSCI version defines. */
const IMPLEMENTED = [F.VERSION, F.CPU_OFF, F.CPU_ON_64, F.AFFINITY_INFO_64, F.SYSTEM_OFF, F.SYSTEM_RESET, F.FEATURES];
const UNDEFINED_FUNCTION = 0x8400_001f;
/** AFFINITY_INFO: 0 ON, 1 OFF. */
const OFF = 1;
const CONTEXT_ID = 0x5a;

export const guestPsci = guestTest({
  id: "guest/psci",
  title: "PSCI VERSION, FEATURES, CPU_ON/AFFINITY_INFO/CPU_OFF on two vCPUs, SYSTEM_OFF",
  guest: "psci",
  machine: { smp: 2 },
  variations: () => [FULL],
  expected: () =>
    [
      `PSCI_VERSION 0x${PSCI_VERSION_1_1.toString(16)}`,
      ...IMPLEMENTED.map((f) => `FEATURES(0x${f.toString(16)}) ${R.SUCCESS}`),
      `FEATURES(0x${UNDEFINED_FUNCTION.toString(16)}) ${R.NOT_SUPPORTED}`,
      `AFFINITY_INFO(1) before CPU_ON ${OFF}`,
      `CPU_ON(1) ${R.SUCCESS}`,
      `vCPU 1 ran with context 0x${CONTEXT_ID.toString(16)}`,
      `AFFINITY_INFO(1) after its CPU_OFF ${OFF}`,
      `CPU_ON(0), already on ${R.ALREADY_ON}`,
      `CPU_ON(7), no such vCPU ${R.INVALID_PARAMETERS}`,
      "",
    ].join("\n"),
});
