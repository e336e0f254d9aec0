import { readFileSync } from "node:fs";
import { VirtMachine } from "@a64vm/hypervisor";

for (const [host, features, guest] of [
  ["max", "", "hello"],
  ["fujitsu-monaka", "", "fpmr-demo"],
  ["fujitsu-monaka", "-FPMR", "fpmr-demo"],
  ["neoverse-v2", "", "fpmr-demo"],
] as const) {
  let out = "";
  const m = VirtMachine.create(host, { features }, (b) => {
    out += String.fromCharCode(b);
  });
  m.load(new Uint8Array(readFileSync(`apps/cli/guests/${guest}.elf`)));
  const t = performance.now();
  const r = m.run(50_000_000);
  console.log(
    `== ${guest} on ${host} ${features}: ${JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? "0x" + v.toString(16) : v))} ${(performance.now() - t).toFixed(0)}ms`,
  );
  console.log(out);
}
