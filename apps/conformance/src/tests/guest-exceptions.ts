/**
 * guest/exceptions: synchronous exceptions taken to EL1 report the Arm ARM's syndrome, preferred
 * return address, saved PSTATE and fault address, and ERET returns past them.
 */
import { guestTest } from "../guest/differential";
import { FULL } from "../guest/variations";

/** SPSR_EL1 at each exception: NZCV = 0b0110 (the guest's `cmp xzr, xzr`), DAIF masked, EL1h. */
const SPSR = "0x600003c5";

/** Each exception the guest raises: EC, ISS, preferred return (offset from the instruction), FAR. */
const EXCEPTIONS = [
  { what: "SVC #0x42", ec: 0x15, iss: 0x42, elr: 4, far: null }, // ISS = imm16; ELR = the next instruction
  { what: "BRK #7", ec: 0x3c, iss: 0x7, elr: 0, far: null }, // ISS = comment; ELR = the BRK
  { what: "UDF #0x1234", ec: 0x00, iss: 0, elr: 0, far: null }, // unknown reason: ISS 0
  { what: "LDXR unaligned", ec: 0x25, iss: 0x21, elr: 0, far: 0x1 }, // DFSC 0b100001 alignment fault, FAR exact
];

export const guestExceptions = guestTest({
  id: "guest/exceptions",
  title: "SVC, BRK, UNDEF and an alignment fault: ESR, ELR, SPSR and FAR at entry, then ERET",
  guest: "exceptions",
  variations: () => [FULL],
  expected: () =>
    [
      ...EXCEPTIONS.map(({ what, ec, iss, elr, far }) => {
        const syndrome = `EC 0x${ec.toString(16).padStart(2, "0")} ISS 0x${iss.toString(16).padStart(7, "0")} IL 1`;
        const where = `ELR=insn+${elr} SPSR ${SPSR}${far === null ? "" : ` FAR=ram+0x${far.toString(16)}`}`;
        return `${what.padEnd(22)} ${syndrome} ${where}\n`;
      }),
      `${EXCEPTIONS.length} exceptions taken, every one returned\n`,
    ].join(""),
});
