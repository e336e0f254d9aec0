import { FEATURE_COUNT } from "@a64vm/sysreg";
import { Command } from "commander";

// The guest suites land with the conformance issue; until then the runner reports what it knows.
const program = new Command("a64vm-conformance")
  .description("a64vm conformance: guest tests across a feature matrix, KVM-selftest checks, differential runs")
  .option("--list", "list the suites")
  .action((options: { list?: boolean }) => {
    if (options.list === true) {
      process.stdout.write("no suites yet\n");
      return;
    }
    process.stdout.write(`feature model: ${FEATURE_COUNT} features\n0 passed, 0 failed\n`);
  });
await program.parseAsync(process.argv);
