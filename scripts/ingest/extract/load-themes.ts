/**
 * Reads the theme taxonomy (content/themes/*.yaml) into keyword rules, through the one content
 * reader. Staff edit these files; the next ingest uses their keywords.
 */
import { DiagnosticError, hasErrors } from '../../../src/diagnostics/index.ts';
import { loadCollections } from '../../../src/lib/content/load-collections.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';
import { ThemeSchema } from '../../../src/schemas/theme.ts';
import { checkSchemas } from '../../validate/check-schema.ts';
import type { ThemeRule } from './types.ts';

/** Loads and validates every `<contentDir>/themes/*.yaml`, sorted by order then id. */
export async function loadThemeRules(contentDir: string): Promise<ThemeRule[]> {
  const inputs = { themes: COLLECTIONS.themes };
  const loaded = loadCollections(contentDir, inputs);
  const problems = [...loaded.diagnostics, ...checkSchemas(loaded.entries, inputs).diagnostics];
  if (hasErrors(problems)) throw new DiagnosticError(problems);
  return loaded.entries
    .map((entry) => {
      const theme = ThemeSchema.parse(entry.data);
      return { id: entry.id, name: theme.name, order: theme.order, keywords: theme.keywords, fallback: theme.fallback };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
