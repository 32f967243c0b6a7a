import { execFileSync } from 'node:child_process';

/** Builds dist/ once, so that the CLI tests run the code as it is now. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
