/** The two-operand floating-point operations the software-rounded FP paths (half, single lanes) share. */
export const ADD = 0;
export const SUB = 1;
export const MUL = 2;
export const DIV = 3;
export const MAX = 4;
export const MIN = 5;
export const MAXNM = 6;
export const MINNM = 7;
export const MULX = 8;
export const ABD = 9;
export const RECPS = 10;
export const RSQRTS = 11;
