/** Every conformance test, by id. Workers import this too, so it must have no side effects. */
import type { ConformanceTest } from "./model";
import { deviceTree } from "./tests/device-tree";
import { guestFp8 } from "./tests/fp8";
import { guestCpacrTraps } from "./tests/guest-cpacr-traps";
import { guestExceptions } from "./tests/guest-exceptions";
import { guestFeatureRegs } from "./tests/guest-feature-regs";
import { guestFpState } from "./tests/guest-fp-state";
import { guestIdregs } from "./tests/guest-idregs";
import { guestMigration } from "./tests/guest-migration";
import { guestPsci } from "./tests/guest-psci";
import { hostGetRegList } from "./tests/host-get-reg-list";
import { hostSetIdRegs } from "./tests/host-set-id-regs";
import { snapshotCorruption } from "./tests/snapshot-corruption";

export const TESTS: readonly ConformanceTest[] = [
  deviceTree,
  snapshotCorruption,
  guestIdregs,
  guestFeatureRegs,
  guestCpacrTraps,
  guestFpState,
  guestPsci,
  guestExceptions,
  guestMigration,
  guestFp8,
  hostGetRegList,
  hostSetIdRegs,
];

const byId = new Map(TESTS.map((t) => [t.id, t]));

export function testById(id: string): ConformanceTest | undefined {
  return byId.get(id);
}
