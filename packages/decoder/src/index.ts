export { decode, type Instruction, type SystemAccess, type SystemDirection } from "./decode";
export { disassemble } from "./disasm/index";
export type {
  EncodingGroup,
  EncodingLine,
  FeatureRequirement,
  FieldSpec,
  InstructionClass,
} from "./encodings/format";
export { ALL_ENCODINGS } from "./encodings/index";
export {
  DecoderError,
  EncodingConflictError,
  EncodingSyntaxError,
  InvalidWordError,
  UnknownOpcodeError,
} from "./errors";
export { LOOKUP_STATS, OPCODES, type OpcodeInfo, opcodeId, opcodeOf } from "./opcodes";
