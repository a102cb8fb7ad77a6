// Wiring only: loaders pointed at content/, schemas imported from src/schemas.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefs, type CollectionDef } from './schemas/index.ts';

// A collection with images gives Astro its own schema (astroSchema), which swaps the image path for the
// image() helper. The loaders in src/lib/load.ts type each collection's data from src/schemas.
const collections = Object.fromEntries(
  Object.entries(collectionDefs as Record<string, CollectionDef>).map(([name, def]) => [
    name,
    defineCollection({
      loader: glob({ pattern: `{vi,en}/*.${def.extension}`, base: `./content/${def.folder}` }),
      schema: def.astroSchema ?? def.schema,
    }),
  ]),
);

export { collections };
