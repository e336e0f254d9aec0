export { decode, type Instruction, type SystemAccess, type SystemDirection } from "./decode";
export { disassemble } from "./disasm/index";
export { ElfFormatError, type ElfImage, type ElfSection, type ElfSymbol, parseElf64, sectionWords } from "./elf/elf64";
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
