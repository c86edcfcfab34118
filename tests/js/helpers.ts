// helpers.ts — shared by the JS tests: where the built package is, and how to load it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distLib = `${repoRoot}dist-lib/`;
export const cliPath = `${distLib}cli.js`;

if (!existsSync(`${distLib}index.js`) || !existsSync(`${distLib}stridelab_engine.wasm`)) {
  throw new Error('dist-lib/ is not built: run `bash scripts/build.sh lib` first');
}

/** The built package, loaded through its own entry point (as `import ... from 'stridelab'`). */
export async function loadPackage(): Promise<typeof import('../../dist-lib/index.js')> {
  return import(`${distLib}index.js`);
}
