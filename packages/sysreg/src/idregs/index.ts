export { idRegistersFor } from "./advertise";
export { checkIdRegisterWrite } from "./check-write";
export { idRegisterViolations } from "./consistency";
export { discoverableFeatures, type FeatureCondition, featureCondition, featuresOf } from "./discovery";
export { ID_REGISTER_ENCODINGS, ID_SPACE_KEYS, type IdRegisterEncoding } from "./encodings";
export {
  IdValueRangeError,
  UnknownIdFieldError,
  UnknownIdRegisterError,
  UnsafeIdRegisterWriteError,
  type UnsafeWriteReason,
} from "./errors";
export {
  fieldNumber,
  ID_REGISTER_NAMES,
  type IdRegisterValues,
  idField,
  idRegisterLayout,
  readField,
  writeField,
} from "./fields";
export { type FieldSafety, fieldSafety, isSafeRestriction, type SafeValueRule } from "./safe-values";
export { type WritableMaskOptions, writableMask } from "./writable";
