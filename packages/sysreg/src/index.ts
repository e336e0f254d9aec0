export * from "./errors";
export * from "./features/index";
export * from "./idregs/index";
export * from "./profiles/index";
export * from "./registers/index";
