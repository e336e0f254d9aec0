import { a64vmProject } from "../../tooling/vitest/project";

export default a64vmProject("sysreg");
