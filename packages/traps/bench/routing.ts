// Routing decisions per second: `pnpm --filter @a64vm/traps bench` (target: at least 20 million).
import { FeatureSet } from "@a64vm/sysreg";
import { configure, routeKind, TRAPPABLE_ENCODINGS, TrapRouter } from "../src/index";

const HOST = FeatureSet.all();
const VM = HOST.without("FPMR", "GCS", "SME", "S1POE", "SPE");
const ROUNDS = 5;
const DECISIONS = 20_000_000;

/** A fixed pseudo-random sequence of keys and directions, so every run measures the same work. */
function workload(size: number): { keys: Uint32Array; writes: Uint8Array } {
  const keys = new Uint32Array(size);
  const writes = new Uint8Array(size);
  let seed = 0x2545f491;
  for (let i = 0; i < size; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    keys[i] = TRAPPABLE_ENCODINGS[(seed >>> 0) % TRAPPABLE_ENCODINGS.length]!.key;
    writes[i] = (seed >>> 8) & 1;
  }
  return { keys, writes };
}

function measure(label: string, router: TrapRouter, evaluate = false): number {
  const { keys, writes } = workload(1 << 16);
  const mask = keys.length - 1;
  let sink = 0;
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < DECISIONS; i++) {
      const key = keys[i & mask]!;
      const write = writes[i & mask] === 1;
      sink += routeKind(evaluate ? router.evaluate(key, write) : router.route(key, write));
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, DECISIONS / seconds);
  }
  console.log(
    `${label}: ${(best / 1e6).toFixed(1)} million routing decisions/s (best of ${ROUNDS} x ${DECISIONS / 1e6}M; checksum ${sink})`,
  );
  return best;
}

const flat = new TrapRouter(configure(HOST, VM));
const nested = new TrapRouter(configure(HOST, VM));
nested.setGuestControl("HCR_EL2", (1n << 18n) | (1n << 26n) | (1n << 25n));
nested.setGuestControl("HFGRTR_EL2", 1n << 29n);
nested.enterNestedGuest();

const a = measure("non-nested VM", flat);
const b = measure("nested guest (memoised per guest-control change)", nested);
measure("nested guest, controls evaluated on every call (no memo; informational)", nested, true);
if (Math.min(a, b) < 20e6) {
  console.log("below the 20 million/s target");
  process.exitCode = 1;
}
