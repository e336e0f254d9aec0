export {
  checkRegisterEncoding,
  type ExceptionLevel,
  findSysReg,
  findSysRegByEncoding,
  lookupSysReg,
  parseSysRegEncoding,
  SYSREG_CATALOGUE,
  type SysRegAccess,
  type SysRegInfo,
  suggestSysReg,
  sysRegsAtKey,
} from "./catalogue";
export {
  encodingFromKey,
  encodingKey,
  formatGenericName,
  parseGenericName,
  type SysRegEncoding,
} from "./encoding";
export { InvalidEncodingError, RegisterValueError, UnknownLayoutError, UnknownSysRegError } from "./errors";
export type { FieldValueName, RegisterField, RegisterLayout } from "./layout";
export { ALL_LAYOUTS } from "./layouts/index";
export {
  type DecodedField,
  type DecodedRegister,
  decodeRegisterValue,
  encodeRegisterValue,
  type FormatOptions,
  formatRegisterValue,
  type LayoutChoice,
  layoutOf,
  layoutsOf,
} from "./values";
