/** One way for every command to name a host: a built-in profile name, or a path ending in .json. */
import { readFileSync } from "node:fs";
import { type CpuProfile, type HostWarning, hostProfile, parseCustomHost } from "@a64vm/sysreg";
import { UsageError } from "./errors";

/** A host a command was asked about, with anything worth telling the user about it. */
export interface ResolvedHost {
  readonly profile: CpuProfile;
  readonly warnings: readonly HostWarning[];
}

/** True when a host argument names a custom host file rather than a built-in profile. */
export function isHostFile(spec: string): boolean {
  return spec.toLowerCase().endsWith(".json");
}

/**
 * Resolves `NAME|FILE.json`: a built-in profile by name (any case), or a custom host file. With
 * `strict`, a host file that violates Features.json constraints is an error instead of warnings.
 */
export function resolveHost(spec: string, options: { strict?: boolean } = {}): ResolvedHost {
  if (!isHostFile(spec)) return { profile: hostProfile(spec), warnings: [] };
  let text: string;
  try {
    text = readFileSync(spec, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read host file '${spec}'${code !== undefined ? ` (${code})` : ""}`);
  }
  return parseCustomHost(text, { source: spec, strict: options.strict === true });
}

/** Writes each warning as one line on stderr, naming the host it is about. */
export function reportHostWarnings(host: ResolvedHost): void {
  for (const warning of host.warnings) {
    process.stderr.write(`a64vm: warning: host '${host.profile.name}': ${warning.message}\n`);
  }
}

/** Resolves a host argument and reports its warnings on stderr: what every command calls. */
export function loadHost(spec: string, options: { strict?: boolean } = {}): ResolvedHost {
  const host = resolveHost(spec, options);
  reportHostWarnings(host);
  return host;
}
