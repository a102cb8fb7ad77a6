/**
 * Front matter is parsed once per build. The content gate (src/pipeline/gate/contentGate.ts, run when Astro
 * starts) parses every file as YAML 1.2 and checks it; it leaves what it read here, and the content
 * loader (src/pipeline/loader/contentLoader.ts) hands that to Astro instead of letting Astro parse the file again
 * with its own YAML parser. So the data Astro builds from is exactly the data the gate checked. At
 * 10,000 pages the second parse cost about 1.2 CPU-seconds.
 *
 * The gate runs in Astro's own module graph and the loader in the content layer's, so the two meet
 * through one object on globalThis. A file is handed over only when its text is still exactly what
 * the gate read (in dev, an edited file is parsed by Astro as usual), and only once.
 */
import { createHash } from 'node:crypto';

export interface ParsedFile {
  /** SHA-1 of the whole file as the gate read it (kept instead of the text: 10,000 files are 100 MB of strings). */
  sourceHash: string;
  /** The front matter, parsed (before the schema). The body and the YAML text are cut from the file
   * again when it is handed over: keeping them would keep every file's text alive until then. */
  data: Record<string, unknown>;
}

const KEY = Symbol.for('heza.parsedContent');
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, ParsedFile>()) as Map<string, ParsedFile>;

/** Called by the gate for each file that parsed without error (absolute path). */
export function leaveParsed(path: string, file: ParsedFile): void {
  registry.set(path, file);
}

/** What the gate read for this file, if the file still has exactly that text; never the same twice. */
export function takeParsed(path: string, contents: string): ParsedFile | undefined {
  const found = registry.get(path);
  if (!found) return undefined;
  registry.delete(path);
  return found.sourceHash === hashOf(contents) ? found : undefined;
}

export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Forget everything (the gate runs again, e.g. when the dev server restarts). */
export function clearParsed(): void {
  registry.clear();
}
