/**
 * Cases per property: a short run by default (`npm test`), or `FUZZ_RUNS` when set
 * (`FUZZ_RUNS=2000 npx vitest run tests/fuzz`). `npm run fuzz` runs the long campaign (scripts/fuzz.ts).
 */
export function fuzzRuns(defaultRuns: number): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : defaultRuns;
}
