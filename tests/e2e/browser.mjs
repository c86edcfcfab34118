// browser.mjs — what every e2e runner shares: where the built site and the screenshots are,
// how Debian's Chromium is launched headless (playwright-core, no downloads), and the check
// that the site was built before the tests start.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');
export const shots = join(root, 'test-results', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Exits with a failing summary line when dist/<page> is missing; makes the screenshot folder. */
export function requireBuiltPage(page, runner) {
  if (!existsSync(join(dist, page))) {
    console.error(`${runner}: dist/${page} is missing: build the site first (bash scripts/build.sh site)`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  mkdirSync(shots, { recursive: true });
}
