/** Placeholder entry: the public API lands with the package issue. */
export const packageName = "@a64vm/cpu";
