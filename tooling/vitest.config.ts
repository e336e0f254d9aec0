import { a64vmProject } from "./vitest/project";

export default a64vmProject("tooling");
