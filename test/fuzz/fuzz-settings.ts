// How hard the fuzz tests try. CI runs a fixed seed, so a failure there is
// reproducible. FUZZ_SEED=random explores new inputs; fast-check's report
// gives the seed and path of a failure, and
//   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz -t "<test name>"
// replays just that counterexample. FUZZ_RUNS scales the runs.
import type fc from "fast-check";

const fixedSeed = 20_261_127;

export function fuzzParameters<T>(defaultRuns: number): fc.Parameters<T> {
  const seedSetting = process.env.FUZZ_SEED;
  const seed = seedSetting === "random" ? Date.now() : seedSetting ? Number(seedSetting) : fixedSeed;
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  return {
    seed,
    numRuns: runs,
    path: process.env.FUZZ_PATH,
  };
}
