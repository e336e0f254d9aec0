/**
 * Generates packages/sysreg/src/registers/catalogue.generated.ts: every AArch64 system register LLVM 22
 * names, found by enumerating all MRS/MSR encodings through llvm-mc-22 (facts only, no LLVM source).
 *
 *   npx tsx tooling/generators/sysreg-catalogue.ts           write the table
 *   npx tsx tooling/generators/sysreg-catalogue.ts --check   exit 1 when the committed table is stale
 *
 * How each column is derived:
 * - name, encoding: `mrs x0, S<op0>_<op1>_C<n>_C<m>_<op2>` (and `msr ..., x0`) for every encoding, one
 *   llvm-mc process per direction and feature set; LLVM prints a name where it knows one.
 * - access: which of MRS (read) and MSR (write) LLVM prints the name for.
 * - features: a name LLVM prints without any -mattr needs nothing LLVM knows of; otherwise the LLVM
 *   features whose removal from +all hides the name, reduced to the ones that alone reveal it, mapped to
 *   FEAT_* names. Registers LLVM leaves ungated get their architectural feature from ARCH_REQUIREMENTS.
 * - lowest EL: from the architecture (name suffix, plus the registers EL0 may access).
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseFeatureName } from "../../packages/sysreg/src/features/names";
import { repoRoot } from "../src/repo";
import { findTool } from "../src/tools";

export const catalogueOutputPath = join(repoRoot, "packages", "sysreg", "src", "registers", "catalogue.generated.ts");

/** MRS/MSR encode op0 as 2 + o0, so system registers live in op0 = 2 (debug, trace) and op0 = 3. */
const OP0_VALUES = [2, 3] as const;

type Direction = "read" | "write";

interface Encoding {
  readonly op0: number;
  readonly op1: number;
  readonly crn: number;
  readonly crm: number;
  readonly op2: number;
}

function key(e: Encoding): number {
  return (e.op0 << 14) | (e.op1 << 11) | (e.crn << 7) | (e.crm << 3) | e.op2;
}

function encodingFromKey(k: number): Encoding {
  return { op0: (k >>> 14) & 3, op1: (k >>> 11) & 7, crn: (k >>> 7) & 15, crm: (k >>> 3) & 15, op2: k & 7 };
}

function generic(e: Encoding): string {
  return `S${e.op0}_${e.op1}_C${e.crn}_C${e.crm}_${e.op2}`;
}

function allEncodings(): Encoding[] {
  const out: Encoding[] = [];
  for (const op0 of OP0_VALUES)
    for (let op1 = 0; op1 < 8; op1++)
      for (let crn = 0; crn < 16; crn++)
        for (let crm = 0; crm < 16; crm++) for (let op2 = 0; op2 < 8; op2++) out.push({ op0, op1, crn, crm, op2 });
  return out;
}

/** Runs one llvm-mc over `input` and returns its stdout (stderr is returned too, for name lookups). */
function runLlvmMc(llvmMc: string, args: readonly string[], input: string): Promise<{ out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(llvmMc, ["-triple=aarch64", ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", () =>
      resolve({ out: Buffer.concat(out).toString("utf8"), err: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.end(input);
  });
}

function instruction(direction: Direction, operand: string): string {
  return direction === "read" ? `mrs x0, ${operand}` : `msr ${operand}, x0`;
}

const PRINTED = /^\s*(?:mrs\s+x0,\s*(\S+)|msr\s+([^,\s]+),\s*x0)\s*$/;

/**
 * The names LLVM prints under `mattr` (undefined: no -mattr) for the read encodings (MRS) and the write
 * encodings (MSR), in one llvm-mc process, as maps from encoding key to name. Encodings printed in the
 * generic spelling are absent.
 */
export async function namesForBoth(
  llvmMc: string,
  mattr: string | undefined,
  reads: readonly Encoding[],
  writes: readonly Encoding[],
): Promise<[Map<number, string>, Map<number, string>]> {
  const probes = [...reads.map((e) => ["read", e] as const), ...writes.map((e) => ["write", e] as const)];
  const input = `${probes.map(([d, e]) => instruction(d, generic(e))).join("\n")}\n`;
  const { out, err } = await runLlvmMc(llvmMc, mattr === undefined ? [] : [`-mattr=${mattr}`], input);
  const lines = out.split("\n").filter((l) => PRINTED.test(l));
  if (lines.length !== probes.length) {
    throw new Error(
      `llvm-mc ${mattr ?? ""}: ${lines.length} of ${probes.length} lines came back\n${err.slice(0, 500)}`,
    );
  }
  const names: [Map<number, string>, Map<number, string>] = [new Map(), new Map()];
  lines.forEach((line, i) => {
    const m = PRINTED.exec(line)!;
    const operand = (m[1] ?? m[2])!.toUpperCase();
    const [d, e] = probes[i]!;
    if (!/^S[0-3]_[0-7]_C\d+_C\d+_[0-7]$/.test(operand)) names[d === "read" ? 0 : 1].set(key(e), operand);
  });
  return names;
}

/** The names LLVM prints for `encodings` in one direction under `mattr` (see namesForBoth). */
export async function namesFor(
  llvmMc: string,
  mattr: string | undefined,
  direction: Direction,
  encodings: readonly Encoding[],
): Promise<Map<number, string>> {
  const [read, write] = await namesForBoth(
    llvmMc,
    mattr,
    direction === "read" ? encodings : [],
    direction === "write" ? encodings : [],
  );
  return direction === "read" ? read : write;
}

/** The LLVM features llvm-mc lists, minus `all` and the CPU-tuning and code-generation switches. */
async function llvmFeatures(llvmMc: string): Promise<string[]> {
  const { out: stdout, err } = await runLlvmMc(llvmMc, ["-mattr=help"], "");
  const out = stdout + err;
  const section = out.slice(out.indexOf("Available features"));
  const names: string[] = [];
  for (const line of section.split("\n").slice(1)) {
    const m = /^\s+(\S+)\s+- (.*)$/.exec(line);
    if (m === null) continue;
    const [, name, what] = m as unknown as [string, string, string];
    if (name === "all" || !/^(Enable|Support|Armv|Has)/i.test(what)) continue;
    names.push(name);
  }
  return names;
}

/** Runs tasks with at most `width` in flight. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

export interface CatalogueRow {
  readonly name: string;
  readonly key: number;
  readonly read: boolean;
  readonly write: boolean;
  readonly minEl: 0 | 1 | 2 | 3;
  readonly features: readonly string[];
  /** Defined only by Armv8-R AArch64 (LLVM's v8r), absent from the A-profile. */
  readonly armv8r: boolean;
  /** The LLVM features that gate the name (empty when LLVM accepts it without any). */
  readonly llvmFeatures: readonly string[];
}

/** Collects every (name, encoding, direction) LLVM prints, and the LLVM features each name needs. */
export async function collectCatalogue(llvmMc: string): Promise<CatalogueRow[]> {
  const encodings = allEncodings();
  const directions: Direction[] = ["read", "write"];
  const [all, base] = await Promise.all([
    namesForBoth(llvmMc, "+all", encodings, encodings),
    namesForBoth(llvmMc, undefined, encodings, encodings),
  ]);

  // Encodings whose +all name is absent (or different) at baseline need some LLVM feature.
  const gated = directions.map((_, di) =>
    encodings.filter((e) => all[di]!.has(key(e)) && base[di]!.get(key(e)) !== all[di]!.get(key(e))),
  );
  const features = await llvmFeatures(llvmMc);
  const runs = features.map((f) => async () => {
    const alone = await namesForBoth(llvmMc, `+${f}`, gated[0]!, gated[1]!);
    return alone.map((names, di) => ({ feature: f, di, alone: names }));
  });
  const results = (await pool(runs, 4)).flat();

  // name -> key, directions, and the features its presence depends on.
  interface Entry {
    key: number;
    read: boolean;
    write: boolean;
    alone: Set<string>;
    gated: boolean;
  }
  const entries = new Map<string, Entry>();
  const entry = (name: string, k: number): Entry => {
    let e = entries.get(name);
    if (e === undefined) {
      e = { key: k, read: false, write: false, alone: new Set(), gated: false };
      entries.set(name, e);
    } else if (e.key !== k) {
      throw new Error(`${name} printed for two encodings: ${e.key.toString(16)} and ${k.toString(16)}`);
    }
    return e;
  };
  directions.forEach((d, di) => {
    for (const [k, name] of base[di]!) entry(name, k)[d] = true;
    for (const [k, name] of all[di]!) {
      const e = entry(name, k);
      e[d] = true;
      if (base[di]!.get(k) !== name) e.gated = true;
    }
  });
  // What each LLVM feature reveals on its own: a feature reveals a superset of what it implies.
  const reveals = new Map<string, Set<string>>();
  for (const { feature, di, alone } of results) {
    const set = reveals.get(feature) ?? new Set<string>();
    reveals.set(feature, set);
    for (const [k, name] of alone) {
      const e = entries.get(name);
      if (e === undefined || !e.gated || all[di]!.get(k) !== name) continue;
      e.alone.add(feature);
      set.add(name);
    }
  }

  // Ties (a feature and those implying it reveal the same registers) and conjunctions (no single
  // feature reveals the name) are settled by removal: with every feature listed explicitly, a feature
  // whose removal hides the name (together with all that imply it) is one it needs.
  const plainFeatures = features.filter((f) => !isVersion(f));
  const unsettled = [...entries].filter(([, e]) => e.gated && requiredLlvmFeatures(e.alone, reveals).length !== 1);
  const removalRuns = unsettled.flatMap(([name, e]) => {
    const d: Direction = e.read ? "read" : "write";
    const probe = [encodingFromKey(e.key)];
    const tried = e.alone.size > 0 ? requiredLlvmFeatures(e.alone, reveals) : plainFeatures;
    return tried.map((f) => async () => {
      const names = await namesFor(llvmMc, [...plainFeatures.map((g) => `+${g}`), `-${f}`].join(","), d, probe);
      return { name, feature: f, needed: names.get(e.key) !== name };
    });
  });
  const removalSets = new Map<string, string[]>();
  for (const r of await pool(removalRuns, 8)) {
    if (r.needed) removalSets.set(r.name, [...(removalSets.get(r.name) ?? []), r.feature]);
  }
  // A conjunction's removal set also holds the prerequisites of its members: f is a prerequisite of g
  // when `+g,-f` hides a register g reveals on its own. Keep only the members.
  const neededByRemoval = new Map<string, string[]>();
  for (const [name, set] of removalSets) {
    const checks = set.flatMap((f) =>
      set
        .filter((g) => g !== f && (reveals.get(g)?.size ?? 0) > 0)
        .map((g) => async () => {
          const shown = [...reveals.get(g)!][0]!;
          const e = entries.get(shown)!;
          const names = await namesFor(llvmMc, `+${g},-${f}`, e.read ? "read" : "write", [encodingFromKey(e.key)]);
          return { f, prerequisite: names.get(e.key) !== shown };
        }),
    );
    const prerequisites = new Set((await pool(checks, 8)).filter((c) => c.prerequisite).map((c) => c.f));
    neededByRemoval.set(
      name,
      set.filter((f) => !prerequisites.has(f)),
    );
  }

  const rows: CatalogueRow[] = [];
  for (const [name, e] of entries) {
    let needed = e.gated ? requiredLlvmFeatures(e.alone, reveals) : [];
    if (e.gated && needed.length !== 1) needed = (neededByRemoval.get(name) ?? []).sort();
    if (e.gated && needed.length === 0) throw new Error(`cannot tell which LLVM feature makes llvm-mc print ${name}`);
    rows.push({
      name,
      key: e.key,
      read: e.read,
      write: e.write,
      minEl: lowestEl(name),
      features: featAll(name, e.key, needed),
      armv8r: needed.includes("v8r"),
      llvmFeatures: needed,
    });
  }
  rows.sort((a, b) => a.key - b.key || a.name.localeCompare(b.name));
  return rows;
}

/**
 * The LLVM feature a gated name needs: of the features that alone make LLVM print it (the feature and
 * every feature that implies it), the ones that reveal no more than any other (the feature itself).
 * Architecture-version switches are used only when nothing else reveals the name.
 */
function requiredLlvmFeatures(alone: ReadonlySet<string>, reveals: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const plain = [...alone].filter((f) => !isVersion(f));
  const candidates = plain.length > 0 ? plain : [...alone];
  const size = (f: string) => reveals.get(f)!.size;
  if (candidates.length === 0) return [];
  const smallest = Math.min(...candidates.map(size));
  return candidates.filter((f) => size(f) === smallest).sort();
}

function isVersion(f: string): boolean {
  return /^v\d+(\.\d+)?[ar]$/.test(f);
}

/**
 * LLVM feature -> the FEAT_* it stands for, where LLVM's spelling differs from Arm's (other LLVM names
 * must be a FEAT_* name as they are, or generation fails so that a new LLVM feature is noticed).
 * `v8r` gates the Armv8-R AArch64 registers, which the A-profile does not have.
 */
const LLVM_TO_FEAT: Readonly<Record<string, readonly string[]>> = {
  am: ["FEAT_AMUv1"],
  amvs: ["FEAT_AMUv1p1"],
  ccidx: ["FEAT_CCIDX"],
  ecv: ["FEAT_ECV"],
  ls64: ["FEAT_LS64_ACCDATA"],
  mte: ["FEAT_MTE2"],
  nv: ["FEAT_NV2"],
  pauth: ["FEAT_PAuth"],
  rand: ["FEAT_RNG"],
  "spe-eef": ["FEAT_SPEv1p2"],
  specrestrict: ["FEAT_CSV2_2"],
  "tracev8.4": ["FEAT_TRF"],
  uaops: ["FEAT_UAO"],
  vh: ["FEAT_VHE"],
  "v8.2a": [],
  v8r: [],
};

/**
 * Architectural requirements of registers LLVM accepts without (or with a coarser) feature, from the
 * Arm ARM's register descriptions. Matched against the whole name; every match contributes.
 */
const ARCH_REQUIREMENTS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^FPMR$/, ["FEAT_FPMR"]],
  [/^TCR2(MASK)?_EL(1|2|12)$/, ["FEAT_TCR2"]],
  [/^SCTLR2(MASK)?_EL(1|2|3|12)$/, ["FEAT_SCTLR2"]],
  [/^(SCTLR|TCR|CPACR|ACTLR|SCTLR2|TCR2|HCRX|CPTR|HCR)MASK_EL(1|2|12)$/, ["FEAT_SRMASK"]],
  [/^(PIR|PIRE0)_EL(1|2|3|12)$/, ["FEAT_S1PIE"]],
  [/^S2PIR_EL2$/, ["FEAT_S2PIE"]],
  [/^POR_EL(0|1|2|3|12)$/, ["FEAT_S1POE"]],
  [/^S2POR_EL1$/, ["FEAT_S2POE"]],
  [/^(MAIR2|AMAIR2)_EL(1|2|3|12)$/, ["FEAT_AIE"]],
  [/^PFAR_EL(1|2|12)$/, ["FEAT_PFAR"]],
  [/^GCS(CR|PR|CRE0)_EL(0|1|2|3|12)$/, ["FEAT_GCS"]],
  [/^HDBSS(BR|PROD)_EL2$/, ["FEAT_HDBSS"]],
  [/^HACDBS(BR|CONS)_EL2$/, ["FEAT_HACDBS"]],
  [/^(HFGRTR2|HFGWTR2|HFGITR2|HDFGRTR2|HDFGWTR2)_EL2$/, ["FEAT_FGT2"]],
  [/^VSTTBR_EL2$/, ["FEAT_SEL2"]],
  [/^MPAM(?!SM_).*_EL(1|2|3|12)$/, ["FEAT_MPAM"]],
  [/^TRB(LIMITR|PTR|BASER|SR|MAR|TRG|IDR)_EL(1|2|3|12)$/, ["FEAT_TRBE"]],
  [/^TRBMPAM_EL1$/, ["FEAT_TRBE_MPAM"]],
  [/^SPM.*_EL(0|1|2|3|12)$/, ["FEAT_SPMU"]],
  [/^PMS(CR|ICR|IRR|FCR|EVFR|LATFR|IDR|NEVFR|DSFR)_EL(1|2|12)$/, ["FEAT_SPE"]],
  [/^PMB(LIMITR|PTR|SR|IDR|MAR)_EL(1|2|12)$/, ["FEAT_SPE"]],
  [/^PMSDSFR_EL1$/, ["FEAT_SPE_FDS"]],
  [
    /^PM(CR|CNTENSET|CNTENCLR|OVSCLR|OVSSET|SWINC|SELR|CEID0|CEID1|CCNTR|XEVTYPER|XEVCNTR|USERENR|INTENSET|INTENCLR|CCFILTR|EVCNTR\d+|EVTYPER\d+)_EL[01]$/,
    ["FEAT_PMUv3"],
  ],
  [/^PMMIR_EL1$/, ["FEAT_PMUv3p4"]],
  [/^(PMICNTR|PMICFILTR)_EL0$/, ["FEAT_PMUv3_ICNTR"]],
  [/^PMUACR_EL1$/, ["FEAT_PMUv3p9"]],
  [/^(PMSSCR|PMCCNTSVR|PMICNTSVR|PMEVCNTSVR\d+)_EL1$/, ["FEAT_PMUv3_SS"]],
  [/^(PMECR_EL1|PMIAR_EL1)$/, ["FEAT_SEBEP"]],
  [/^PM$/, ["FEAT_EBEP"]],
  [/^MDSELR_EL1$/, ["FEAT_Debugv8p9"]],
  [/^MDSTEPOP_EL1$/, ["FEAT_STEP2"]],
  [/^OSDLR_EL1$/, ["FEAT_DoubleLock"]],
  [/^ERXPFG(F|CTL|CDN)_EL1$/, ["FEAT_RASv1p1"]],
  [/^ERXMISC[23]_EL1$/, ["FEAT_RASv1p1"]],
  [/^(VDISR|VSESR)_EL3$/, ["FEAT_RAS"]],
  [/^GPCBW_EL3$/, ["FEAT_RME_GPC3"]],
];

/** Registers whose requirement the architecture states more precisely than LLVM's gate. */
const ARCH_EXACT: Readonly<Record<string, readonly string[]>> = {
  TCO: ["FEAT_MTE"],
};

/**
 * The feature ID space (op0=3, op1=0, CRn=0, CRm=0-7): every encoding there reads, as zero when
 * unallocated, so ID_AA64ZFR0_EL1 needs no FEAT_SVE to be read (LLVM gates a few of them anyway).
 */
function inIdSpace(k: number): boolean {
  return (k & 0xffc0) === 0xc000;
}

function featAll(name: string, k: number, llvm: readonly string[]): string[] {
  if (inIdSpace(k)) return [];
  const exact = ARCH_EXACT[name];
  if (exact !== undefined) return exact.map((f) => parseFeatureName(f));
  const out = new Set<string>();
  for (const f of llvm) for (const feat of LLVM_TO_FEAT[f] ?? [f]) out.add(parseFeatureName(feat));
  for (const [pattern, feats] of ARCH_REQUIREMENTS) {
    if (pattern.test(name)) for (const feat of feats) out.add(parseFeatureName(feat));
  }
  return [...out].sort();
}

/** Registers without an _ELn suffix that EL0 may access (subject to their enable controls). */
const EL0_UNSUFFIXED = new Set([
  "NZCV",
  "DAIF",
  "FPCR",
  "FPSR",
  "FPMR",
  "DIT",
  "SSBS",
  "TCO",
  "SVCR",
  "RNDR",
  "RNDRRS",
]);

/** The lowest exception level at which an access to the register can be permitted. */
export function lowestEl(name: string): 0 | 1 | 2 | 3 {
  const sp = /^SP_EL([0-3])$/.exec(name);
  // SP_ELn is the stack pointer of ELn as seen from the level above it.
  if (sp !== null) return Math.min(3, Number(sp[1]) + 1) as 1 | 2 | 3;
  const m = /_EL(0|1|2|3|12|02)$/.exec(name);
  if (m !== null) {
    const el = m[1]!;
    // _EL12 and _EL02 are the EL2 (E2H) aliases of EL1 and EL0 registers.
    return el === "12" || el === "02" ? 2 : (Number(el) as 0 | 1 | 2 | 3);
  }
  if (EL0_UNSUFFIXED.has(name)) return 0;
  if (/^SPSR_(IRQ|ABT|UND|FIQ)$/.test(name)) return 2;
  return 1;
}

/** The generated module: one register per line, parsed once by the catalogue at load. */
export function renderCatalogue(rows: readonly CatalogueRow[]): string {
  const lines = rows.map((r) => {
    const access = `${r.read ? "r" : ""}${r.write ? "w" : ""}`;
    const features = r.features.length === 0 ? "-" : r.features.map((f) => f.slice(5)).join(",");
    return `${r.name} ${r.key.toString(16)} ${access} ${r.minEl} ${features}${r.armv8r ? " R" : ""}`;
  });
  return [
    "// Generated by tooling/generators/sysreg-catalogue.ts from llvm-mc-22 (-triple=aarch64); do not edit.",
    "",
    "/**",
    " * Every system register LLVM 22 names, one per line: NAME, encoding key (hex, see encodingKey),",
    " * access (r: MRS, w: MSR, rw: both), lowest EL, required features (FEAT_ names without the prefix,",
    " * comma-separated, - for none), and R for the Armv8-R AArch64 registers the A-profile lacks.",
    " */",
    `export const CATALOGUE_ROWS: string = \`${lines.join("\n")}\`;`,
    "",
  ].join("\n");
}

/** The catalogue module text llvm-mc yields today. */
export async function generateCatalogue(llvmMc: string): Promise<string> {
  return renderCatalogue(await collectCatalogue(llvmMc));
}

async function main(): Promise<void> {
  const llvmMc = findTool("llvm-mc");
  if (llvmMc === null) {
    console.error("gen:sysreg-catalogue: llvm-mc-22 not found");
    process.exit(2);
  }
  const text = await generateCatalogue(llvmMc);
  if (process.argv.includes("--check")) {
    const current = readFileSync(catalogueOutputPath, "utf8");
    if (current !== text) {
      console.error(
        `gen:sysreg-catalogue: ${catalogueOutputPath} is stale; run npx tsx tooling/generators/sysreg-catalogue.ts`,
      );
      process.exit(1);
    }
    return;
  }
  writeFileSync(catalogueOutputPath, text);
  console.log(`wrote ${catalogueOutputPath}`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) await main();
