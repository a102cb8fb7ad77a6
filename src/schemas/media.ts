/**
 * An image stored beside the content (content/<collection>/images/…) and processed by astro:assets
 * with sharp into responsive sizes. The content gate checks the path's form; inside Astro the
 * schema's image() helper replaces it, so a missing file stops the build.
 */
import { z } from 'astro/zod';
import { nonBlank, type Bilingual, type FieldDef } from './fields.ts';

export const IMAGE_PATH = /^\.\.\/images\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:png|jpe?g|webp)$/;

export function imageField(label: Bilingual, hint?: string) {
  const zod = nonBlank(300).pipe(
    z.string().regex(IMAGE_PATH, { error: 'must be an image beside the content, such as ../images/mot-cua.png (png, jpg or webp)' }),
  );
  const field: FieldDef<typeof zod> = {
    zod,
    label,
    optional: false,
    cms: {
      widget: 'image',
      i18n: 'duplicate',
      // Decap: a relative media_folder is inside the collection folder (content/news/images); the value
      // written to the field is public_folder + file name, i.e. the path relative to the entry file.
      media_folder: 'images',
      public_folder: '../images',
      choose_url: false,
      ...(hint ? { hint } : {}),
    },
  };
  return field;
}
