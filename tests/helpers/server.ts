/** The static server of the browser tests: scripts/lib/staticServer.ts, serving dist/ unless told otherwise. */
import { serveDist as serve, type ServeOptions, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { distDir } from './paths.ts';

export type { StaticServer };

export function serveDist(dir = distDir, headers: Record<string, string> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  return serve(dir, headers, options);
}
