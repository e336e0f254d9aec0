import { readFileSync } from "node:fs";
import { IMPLEMENTED_FEATURES, UserProcess } from "@a64vm/cpu";
import { decode } from "@a64vm/decoder";
import { type FeatureSet, hostFeatures, hostProfile } from "@a64vm/sysreg";
import { CommandFailure, UsageError } from "../errors";
import { progressFor } from "../progress";

export interface UserOptions {
  stats?: boolean;
  features?: string;
  host?: string;
  interpret?: boolean;
}

/** The vCPU's features: what the core implements, cut to a host profile, then the user's changes. */
function featuresFor(options: UserOptions): FeatureSet {
  let set = IMPLEMENTED_FEATURES;
  if (options.host !== undefined) set = set.intersect(hostFeatures(hostProfile(options.host)));
  if (options.features !== undefined) {
    const changed = set.applyChanges(options.features);
    const extra = changed.difference(IMPLEMENTED_FEATURES);
    if (extra.size > 0) throw new UsageError(`the core does not implement ${extra.names().join(", ")}`);
    set = changed;
  }
  return set;
}

function requiredFeatures(word: number): string {
  const feature = decode(word).feature;
  if (feature === null) return "";
  return ` (needs ${typeof feature === "string" ? feature : feature.join(" + ")})`;
}

/** The action of `a64vm user`, loaded when the command runs. */
export function action(path: string, args: string[], options: UserOptions): void {
  const features = featuresFor(options);
  let image: Uint8Array;
  try {
    image = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CommandFailure(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v ?? ""}`);
  const progress = progressFor({});
  const observer =
    progress === null ? undefined : { slice: (n: number) => progress.update(n), beforeOutput: () => progress.clear() };
  const guest = new UserProcess(image, {
    argv: [path, ...args],
    env,
    features,
    ...(observer ? { observer } : {}),
    ...(options.interpret === true ? { translateAfter: false } : {}),
  });
  let result: ReturnType<UserProcess["run"]>;
  try {
    result = guest.run();
  } finally {
    progress?.stop();
  }
  if (result.message !== null) {
    const hint = result.signal === "SIGILL" ? requiredFeatures(guest.lastWord) : "";
    process.stderr.write(`a64vm: ${result.message}${hint}\n`);
  }
  if (options.stats === true) {
    const mips = result.seconds > 0 ? result.instructions / result.seconds / 1e6 : 0;
    process.stderr.write(
      `${JSON.stringify({ instructions: result.instructions, seconds: Number(result.seconds.toFixed(3)), mips: Number(mips.toFixed(2)) })}\n`,
    );
  }
  process.exit(result.exitCode);
}
