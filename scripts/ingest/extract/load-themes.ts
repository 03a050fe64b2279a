/**
 * Reads the theme taxonomy (content/themes/*.yaml) into keyword rules.
 * Staff edit these files; the next ingest uses their keywords.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ThemeSchema } from '../../../src/schemas/theme.ts';
import type { ThemeRule } from './types.ts';

/** Loads and validates every `<contentDir>/themes/*.yaml`, sorted by order then id. */
export async function loadThemeRules(contentDir: string): Promise<ThemeRule[]> {
  const dir = path.join(contentDir, 'themes');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  const rules: ThemeRule[] = [];
  for (const file of files) {
    const theme = ThemeSchema.parse(parse(await readFile(path.join(dir, file), 'utf8')));
    rules.push({
      id: file.replace(/\.yaml$/, ''),
      name: theme.name,
      order: theme.order,
      keywords: theme.keywords,
      fallback: theme.fallback,
    });
  }
  return rules.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
