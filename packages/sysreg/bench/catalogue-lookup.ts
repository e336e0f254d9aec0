// Catalogue lookups and value printing, timed: npx tsx --conditions=@a64vm/source bench/catalogue-lookup.ts
import { performance } from "node:perf_hooks";

const loadStart = performance.now();
const sysreg = await import("../src/index");
const loadMs = performance.now() - loadStart;
const { SYSREG_CATALOGUE, findSysRegByEncoding, formatGenericName, formatRegisterValue, lookupSysReg } = sysreg;

const names = SYSREG_CATALOGUE.map((r) => r.name.toLowerCase());
const keys = Int32Array.from(SYSREG_CATALOGUE, (r) => r.key);
const generics = SYSREG_CATALOGUE.map((r) => formatGenericName(r.encoding));

function measure(label: string, perRound: number, rounds: number, body: () => number): void {
  let sink = 0;
  for (let i = 0; i < 3; i++) sink += body();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) sink += body();
  const ns = ((performance.now() - start) * 1e6) / (rounds * perRound);
  console.log(`${label.padEnd(44)} ${ns.toFixed(1).padStart(8)} ns/op  (checksum ${sink})`);
}

console.log(
  `module load incl. tsx transform and catalogue parse (${SYSREG_CATALOGUE.length} registers): ${loadMs.toFixed(1)} ms`,
);
measure("findSysRegByEncoding(key)", keys.length, 2000, () => {
  let n = 0;
  for (let i = 0; i < keys.length; i++) n += findSysRegByEncoding(keys[i]!)!.minEl;
  return n;
});
measure("lookupSysReg(lower-case name)", names.length, 500, () => {
  let n = 0;
  for (const name of names) n += lookupSysReg(name).minEl;
  return n;
});
measure("lookupSysReg(generic spelling)", generics.length, 200, () => {
  let n = 0;
  for (const g of generics) n += lookupSysReg(g).minEl;
  return n;
});
measure("formatRegisterValue(FPMR, 0x30041n)", 1, 100_000, () => formatRegisterValue("FPMR", 0x30041n).length);
