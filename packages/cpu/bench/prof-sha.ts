import { openSync, readFileSync, writeFileSync } from "node:fs";
import { UserProcess } from "../src/index";
const bb = "/work/main/.cache/busybox-arm64/bin/busybox";
const bytes = new Uint8Array(4 << 20);
for (let i = 0, s = 1; i < bytes.length; i++) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; bytes[i] = s >>> 24; }
writeFileSync("/tmp/prof/input", bytes);
const g = new UserProcess(new Uint8Array(readFileSync(bb)), { argv: [bb, process.argv[2] ?? "sha256sum"], env: [], stdio: [openSync("/tmp/prof/input", "r"), 1, 2] });
const r = g.run();
console.error(JSON.stringify({ i: r.instructions, s: r.seconds, mips: r.instructions / r.seconds / 1e6 }));
