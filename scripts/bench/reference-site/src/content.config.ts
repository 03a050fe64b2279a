import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { parse } from 'yaml';

const root = process.env.REFERENCE_CONTENT ?? '';

/** Every entry of a content folder: a YAML list per file, or one entry per file. */
function folder(dir: string, list: boolean) {
  return defineCollection({
    loader: () =>
      readdirSync(path.join(root, dir))
        .filter((name) => name.endsWith('.yaml'))
        .flatMap((name) => {
          const data = parse(readFileSync(path.join(root, dir, name), 'utf8')) as Record<string, unknown> | Record<string, unknown>[];
          return list ? (data as Record<string, unknown>[]) : [{ ...(data as Record<string, unknown>), id: name.slice(0, -5) }];
        })
        .map((entry) => ({ ...entry, id: String(entry.id) })),
  });
}

export const collections = {
  commitments: folder('commitments', true),
  agencies: folder('agencies', false),
  themes: folder('themes', false),
  documents: folder('documents', false),
};
