import { A64FX } from "./cores/a64fx";
import { CORTEX_A53 } from "./cores/cortex-a53";
import { CORTEX_A55 } from "./cores/cortex-a55";
import { CORTEX_A57 } from "./cores/cortex-a57";
import { CORTEX_A72 } from "./cores/cortex-a72";
import { CORTEX_A76 } from "./cores/cortex-a76";
import { CORTEX_A78AE } from "./cores/cortex-a78ae";
import { CORTEX_A710 } from "./cores/cortex-a710";
import { FUJITSU_MONAKA } from "./cores/fujitsu-monaka";
import { NEOVERSE_N1 } from "./cores/neoverse-n1";
import { NEOVERSE_N2 } from "./cores/neoverse-n2";
import { NEOVERSE_V1 } from "./cores/neoverse-v1";
import { NEOVERSE_V2 } from "./cores/neoverse-v2";
import { UnknownHostError } from "./errors";
import { MAX } from "./max";
import { closestName } from "./suggest";
import type { CpuProfile } from "./types";

/** Every built-in host: the real cores, oldest first, then `max`. */
export const HOST_PROFILES: readonly CpuProfile[] = Object.freeze([
  CORTEX_A53,
  CORTEX_A57,
  CORTEX_A72,
  CORTEX_A55,
  CORTEX_A76,
  NEOVERSE_N1,
  A64FX,
  CORTEX_A78AE,
  NEOVERSE_V1,
  CORTEX_A710,
  NEOVERSE_N2,
  NEOVERSE_V2,
  FUJITSU_MONAKA,
  MAX,
]);

/** Names of the built-in hosts, in `HOST_PROFILES` order. */
export const HOST_PROFILE_NAMES: readonly string[] = HOST_PROFILES.map((p) => p.name);

const byName = new Map(HOST_PROFILES.map((p) => [p.name, p]));

/** The built-in host of this name (any case); throws UnknownHostError listing the names. */
export function hostProfile(name: string): CpuProfile {
  const profile = byName.get(name.trim().toLowerCase());
  if (profile !== undefined) return profile;
  throw new UnknownHostError(name, HOST_PROFILE_NAMES, closestName(name, HOST_PROFILE_NAMES)?.toLowerCase());
}
