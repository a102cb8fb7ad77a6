import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths.ts';

/** Build-output and browser tests read dist/: say how to make it rather than fail obscurely. */
export default function setup() {
  if (!existsSync(join(distDir, 'vi', 'index.html'))) {
    throw new Error(`${distDir} has no built site. Run "npm test" (it builds first) or "npm run build" before "vitest".`);
  }
}
