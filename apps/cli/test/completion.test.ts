/** `a64vm completion bash|zsh`: scripts generated from the command tree, run in the real shells. */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { haveTools } from "@a64vm/tooling/tools";
import { describe, expect, it } from "vitest";
import { a64vm } from "./run-cli";

const bashScript = a64vm(["completion", "bash"]);
const zshScript = a64vm(["completion", "zsh"]);
const haveZsh = haveTools("zsh");

/** A folder holding a custom host file and a guest, to complete file names in. */
const work = mkdtempSync(join(tmpdir(), "a64vm-completion-"));
writeFileSync(join(work, "lab-host.json"), "{}");
writeFileSync(join(work, "notes.txt"), "");
mkdirSync(join(work, "guests"));
writeFileSync(join(work, "guests", "hello.elf"), "");

/** What bash offers for the last word of `line` (a trailing space starts a new, empty word). */
function bashComplete(line: string): string[] {
  const words = line.split(" ");
  const script = `${bashScript.stdout}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")})
COMP_CWORD=${words.length - 1}
_a64vm
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync("bash", ["-c", script], { cwd: work, encoding: "utf8" });
  return run.stdout.split("\n").filter((w) => w !== "");
}

describe("a64vm completion bash", () => {
  it("prints a script bash accepts, nothing on stderr", () => {
    expect(bashScript.status).toBe(0);
    expect(bashScript.stderr).toBe("");
    expect(spawnSync("bash", ["-n"], { input: bashScript.stdout }).status).toBe(0);
    expect(bashScript.stdout).toContain("complete -F _a64vm a64vm");
  });

  it("completes command names", () => {
    expect(bashComplete("a64vm ")).toEqual(expect.arrayContaining(["run", "migrate", "features", "completion"]));
    expect(bashComplete("a64vm ba")).toEqual(["baseline"]);
  });

  it("completes a command's options", () => {
    expect(bashComplete("a64vm reglist --")).toEqual(["--host", "--features", "--pmu", "--nested", "--json", "--help"]);
  });

  it("completes --host with profile names and *.json host files, and not other files", () => {
    expect(bashComplete("a64vm reglist --host neo").sort()).toEqual([
      "neoverse-n1",
      "neoverse-n2",
      "neoverse-v1",
      "neoverse-v2",
    ]);
    const all = bashComplete("a64vm run guests/hello.elf --host ");
    expect(all).toEqual(expect.arrayContaining(["fujitsu-monaka", "max", "lab-host.json", "guests"]));
    expect(all).not.toContain("notes.txt");
    expect(bashComplete("a64vm migrate x.elf --from fujitsu-monaka --to lab")).toEqual(["lab-host.json"]);
  });

  it("completes host arguments of features and baseline", () => {
    expect(bashComplete("a64vm features fujitsu")).toEqual(["fujitsu-monaka"]);
    expect(bashComplete("a64vm features neoverse-n2 --diff cortex-a7")).toEqual(
      expect.arrayContaining(["cortex-a72", "cortex-a76"]),
    );
    expect(bashComplete("a64vm baseline neoverse-n2 neoverse-v2 fuj")).toEqual(["fujitsu-monaka"]);
  });

  it("completes the last item of a --features list, keeping its sign and the items before it", () => {
    expect(bashComplete("a64vm run g.elf --features -FPM")).toEqual(["-FPMR"]);
    expect(bashComplete("a64vm run g.elf --features +sve2,-fp8do")).toEqual(["+sve2,-FP8DOT2", "+sve2,-FP8DOT4"]);
    expect(bashComplete("a64vm traps --features +FEAT_hc")).toEqual(["+HCX"]);
  });

  it("completes --features=VALUE written with '='", () => {
    const words = ["a64vm", "user", "--features", "=", "-LSE1"];
    const script = `${bashScript.stdout}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")})\nCOMP_CWORD=4\n_a64vm\nprintf '%s\\n' "\${COMPREPLY[@]}"`;
    expect(spawnSync("bash", ["-c", script], { encoding: "utf8" }).stdout.trim()).toBe("-LSE128");
  });

  it("completes guest files for run and choices for completion itself", () => {
    expect(bashComplete("a64vm run guests/h")).toEqual(["guests/hello.elf"]);
    expect(bashComplete("a64vm completion ")).toEqual(["bash", "zsh"]);
  });

  it("skips option values when counting positional arguments", () => {
    expect(bashComplete("a64vm features --diff neoverse-v2 neoverse-n")).toEqual(["neoverse-n1", "neoverse-n2"]);
    expect(bashComplete("a64vm run --host max guests/hello.elf ")).toEqual([]);
  });
});

describe.skipIf(!haveZsh)("a64vm completion zsh", () => {
  /** What the zsh completion function offers for `line`, with compadd and friends recording their words. */
  function zshComplete(line: string): string[] {
    const words = line.split(" ");
    const script = `
compdef() { : }
compadd() { local -a w; w=("\${@[\${@[(i)--]}+1,-1]}"); [[ \${@[(i)-a]} -le $# ]] && w=("\${(@P)\${@[\${@[(i)-a]}+1]}}"); print -l -- "\${IPREFIX}"\${^w} }
compset() { case $2 in '*,') [[ $PREFIX == *,* ]] && IPREFIX+="\${PREFIX%,*},"; PREFIX=\${PREFIX##*,} ;; '[+-]') [[ $PREFIX == [+-]* ]] && IPREFIX+=\${PREFIX[1]} && PREFIX=\${PREFIX[2,-1]} ;; *) ;; esac }
_describe() { local -a items; items=("\${(@P)4}"); print -l -- \${items%%:*} }
_files() { print -l -- FILES "$@" }
${zshScript.stdout}
words=(${words.map((w) => `'${w}'`).join(" ")}); CURRENT=${words.length}; PREFIX=\${words[CURRENT]}; IPREFIX=""
_a64vm`;
    const run = spawnSync("zsh", ["-f", "-c", script], { encoding: "utf8" });
    return run.stdout.split("\n").filter((w) => w !== "");
  }

  it("prints a script zsh accepts", () => {
    expect(zshScript.status).toBe(0);
    expect(spawnSync("zsh", ["-n"], { input: zshScript.stdout }).status).toBe(0);
    expect(zshScript.stdout.startsWith("#compdef a64vm")).toBe(true);
  });

  it("offers commands, options, hosts with *.json files, and signed feature names", () => {
    expect(zshComplete("a64vm ")).toEqual(expect.arrayContaining(["run", "migrate", "baseline"]));
    expect(zshComplete("a64vm reglist --")).toEqual(expect.arrayContaining(["--host", "--features", "--json"]));
    const hosts = zshComplete("a64vm run g.elf --host ");
    expect(hosts).toEqual(expect.arrayContaining(["max", "neoverse-v2", "FILES", "*.json(-.)"]));
    expect(zshComplete("a64vm run g.elf --features +SVE,-FPM")).toEqual(expect.arrayContaining(["+SVE,-FPMR"]));
  });
});
