// Wiring only: loaders pointed at content/, schemas imported from src/schemas.
import { defineCollection } from 'astro:content';
import { collectionDefs, type CollectionDef } from './schemas/index.ts';
import { markdownFirstGlob } from './pipeline/loader/contentLoader.ts';

// A collection with images gives Astro its own schema (astroSchema), which swaps the image path for the
// image() helper. The loaders in src/collections/query.ts type each collection's data from src/schemas.
const collections = Object.fromEntries(
  Object.entries(collectionDefs as Record<string, CollectionDef>).map(([name, def]) => [
    name,
    defineCollection({
      loader: markdownFirstGlob(
        // The content store (serialised into the build, loaded by every page-rendering process) keeps an
        // entry's raw body only for collections whose pages read it; the others only render it.
        { pattern: `{vi,en}/*.${def.extension}`, base: `./content/${def.folder}`, retainBody: def.rawBodyRead !== false },
        { shiftBodyHeadings: def.bodyUnderHeading === true },
      ),
      schema: def.astroSchema ?? def.schema,
    }),
  ]),
);

export { collections };
