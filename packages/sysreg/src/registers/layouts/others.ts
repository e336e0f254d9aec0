import type { RegisterLayout } from "../layout";

export const LAYOUTS: readonly RegisterLayout[] = [];
