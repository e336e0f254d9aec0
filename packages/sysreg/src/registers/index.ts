export {
  encodingFromKey,
  encodingKey,
  formatGenericName,
  parseGenericName,
  type SysRegEncoding,
} from "./encoding";
export type { FieldValueName, RegisterField, RegisterLayout } from "./layout";
export { ALL_LAYOUTS } from "./layouts/index";
