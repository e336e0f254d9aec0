// Start-up time of the a64vm CLI: median wall time of N runs of each command, interleaved so that
// machine load affects every command alike. Usage: node bench/startup.mjs [N] [BIN...]
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const runs = Number(process.argv[2] ?? 15);
const bins = process.argv.length > 3 ? process.argv.slice(3) : [new URL("../dist/bin.js", import.meta.url).pathname];
const commands = [["--version"], ["--help"], ["hosts"], ["features", "neoverse-v2"], ["disasm", "--words"]];
const cases = [[process.execPath, ["-e", "0"], "node -e 0 (Node itself)"]];
for (const bin of bins)
  for (const args of commands) cases.push([process.execPath, [bin, ...args], `${bin} ${args.join(" ")}`]);

const times = cases.map(() => []);
for (let i = 0; i < runs; i++) {
  cases.forEach(([file, args], c) => {
    const start = performance.now();
    const run = spawnSync(file, args, { input: "d503201f\n", stdio: ["pipe", "ignore", "ignore"] });
    if (run.status !== 0) throw new Error(`${cases[c][2]} exited ${run.status}`);
    times[c].push(performance.now() - start);
  });
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
for (const [c, [, , label]] of cases.entries()) console.log(`${median(times[c]).toFixed(0).padStart(6)} ms  ${label}`);
