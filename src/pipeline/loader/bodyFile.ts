/**
 * Bodies rendered from Markdown live outside the content store (src/pipeline/loader/contentLoader.ts explains
 * why), in one pack file per collection: .astro/cache/bodies/<collection>/<name>.pack, the bodies
 * written one after another. An entry's rendered metadata says where its body is (file, byte offset,
 * length). One file instead of one per body: creating 10,000 small files cost the build seconds of
 * system time, and as many again to read them back.
 *
 * `withBody` gives a page an entry whose rendered HTML is read from the pack when Astro's render()
 * asks for it, so the views and the output are unchanged.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export const BODY_KEY = 'hezaBody';

export interface BodyRef {
  file: string;
  offset: number;
  length: number;
}

interface WithRendered {
  rendered?: { html: string; metadata?: Record<string, unknown> };
  filePath?: string;
}

/** Where an entry's body is, or undefined when its HTML (if any) is in the store itself. */
export function bodyRefOf(entry: WithRendered): BodyRef | undefined {
  const ref = entry.rendered?.metadata?.[BODY_KEY] as Partial<BodyRef> | undefined;
  return ref && typeof ref.file === 'string' && typeof ref.offset === 'number' && typeof ref.length === 'number' ? (ref as BodyRef) : undefined;
}

const readers = new Map<string, number>();

/** The body at `ref`; a clear error when the pack is gone or shorter than the entry says. */
export function readBody(ref: BodyRef, source = 'an entry'): string {
  try {
    let fd = readers.get(ref.file);
    if (fd === undefined) {
      fd = openSync(ref.file, 'r');
      readers.set(ref.file, fd);
    }
    const buffer = Buffer.allocUnsafe(ref.length);
    const read = readSync(fd, buffer, 0, ref.length, ref.offset);
    if (read !== ref.length) throw new Error(`read ${read} of ${ref.length} bytes at ${ref.offset}`);
    return buffer.toString('utf8');
  } catch (e) {
    throw new Error(`The rendered body of ${source} could not be read from the build cache (${ref.file}): ${(e as Error).message}. Build again; the body is rendered anew when its cache is missing.`, { cause: e });
  }
}

/** The entry, with `rendered.html` read from its pack on use (the entry itself is not changed). */
export function withBody<E extends WithRendered>(entry: E): E {
  const ref = bodyRefOf(entry);
  if (!ref || !entry.rendered) return entry;
  const rendered = entry.rendered;
  return {
    ...entry,
    rendered: {
      ...rendered,
      get html() {
        return readBody(ref, entry.filePath);
      },
    },
  };
}

/** Appends bodies to one pack file, opened when the first body comes. */
export class PackWriter {
  readonly file: string;
  #fd: number | undefined;
  #size = 0;
  constructor(file: string) {
    this.file = file;
  }

  append(html: string): BodyRef {
    const buffer = Buffer.from(html, 'utf8');
    this.#fd ??= openSync(this.file, 'a');
    const offset = this.#size;
    writeSync(this.#fd, buffer, 0, buffer.length, null);
    this.#size += buffer.length;
    return { file: this.file, offset, length: buffer.length };
  }

  get used(): boolean {
    return this.#size > 0;
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}
