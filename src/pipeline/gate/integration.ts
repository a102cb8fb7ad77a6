/**
 * Runs the content gate before Astro builds or serves anything, so that `astro build` and
 * `astro dev` both refuse bad content with every problem listed, each naming its file and field.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, formatWarnings, runContentGate } from './contentGate.ts';
import { missingKeys } from '../../i18n/ui.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'heza:content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const keys = missingKeys();
        if (keys.length) throw new Error(`UI dictionaries disagree:\n  ${keys.join('\n  ')}`);
        const { problems, warnings, entries } = runContentGate(fileURLToPath(config.root));
        if (warnings.length) logger.warn(formatWarnings(warnings));
        if (problems.length === 0) {
          logger.info(`content check passed: ${entries.length} files`);
          return;
        }
        const report = formatProblems(problems);
        // In dev the editor keeps working and sees the report; a build must stop.
        if (command === 'dev') logger.error(report);
        else throw new Error(report);
      },
    },
  };
}
