// Wiring only: loaders pointed at content/, schemas imported from src/schemas.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefs } from './schemas/index.ts';

const collections = Object.fromEntries(
  Object.entries(collectionDefs).map(([name, def]) => [
    name,
    defineCollection({
      loader: glob({ pattern: `{vi,en}/*.${def.extension}`, base: `./content/${def.folder}` }),
      schema: 'astroSchema' in def ? def.astroSchema : def.schema,
    }),
  ]),
);

export { collections };
