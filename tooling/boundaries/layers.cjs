// The layer map of ARCHITECTURE.md: which workspace packages each package's source may import.
// Apps may import every package; no package may import an app; sysreg imports none.
module.exports = {
  sysreg: [],
  decoder: ["sysreg"],
  fpstate: ["sysreg"],
  traps: ["sysreg", "decoder"],
  cpu: ["decoder", "sysreg", "fpstate"],
  hypervisor: ["sysreg", "decoder", "fpstate", "traps", "cpu"],
};
