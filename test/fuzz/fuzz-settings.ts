// How hard the fuzz tests try. CI runs a fixed seed, so a failure there is
// reproducible. FUZZ_SEED=random explores new inputs; fast-check's report
// gives the seed and path of a failure, and
//   FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz -t "<test name>"
// replays just that counterexample. FUZZ_RUNS scales the runs. FUZZ_STATS=1
// prints how each target answered, to see that the inputs get past the first
// check.
import type fc from "fast-check";
import { afterAll } from "vitest";

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

/** Counts each target's answers and, under FUZZ_STATS=1, prints them after the file's tests. */
export function answerTally(): (target: string, answer: string) => void {
  const answers = new Map<string, Map<string, number>>();
  afterAll(() => {
    if (!process.env.FUZZ_STATS) return;
    for (const [target, counts] of answers) console.info(`${target}: ${[...counts].map(([answer, n]) => `${answer} ×${n}`).join(", ")}`);
  });
  return (target, answer) => {
    const counts = answers.get(target) ?? new Map<string, number>();
    counts.set(answer, (counts.get(answer) ?? 0) + 1);
    answers.set(target, counts);
  };
}
