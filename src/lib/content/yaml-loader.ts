/**
 * The Astro content loader for every collection of the registry. Why not Astro's
 * `glob()`/`file()`: per-document collections are one YAML *list* per document, which
 * `file()` does not take for a folder, and we parse with the `yaml` package (YAML 1.2), as
 * the converter and the validator do, so every tool reads the same data the same way.
 * The build validates the whole content first (see astro.config.mjs), so the errors
 * thrown here are a last line of defence, in the same words as `npm run check`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DiagnosticError } from '../../diagnostics/index.ts';
import type { CollectionSpec } from '../../schemas/collections.ts';
import { readContentFile } from './content-file.ts';
import { entriesOfFile, yamlFilesIn } from './load-collections.ts';

/** A loader for the collection `name` of the registry, under the content root `root`. */
export function registryLoader(name: string, spec: CollectionSpec, root: string): Loader {
  return {
    name: `khm-${spec.layout}-loader`,
    async load({ store, parseData, config }) {
      const dir = path.join(root, spec.dir);
      const absolute = new URL(dir.endsWith('/') ? dir : `${dir}/`, config.root);
      store.clear();
      for (const fileName of yamlFilesIn(absolute.pathname)) {
        // Astro wants entry paths relative to the project root, also for a content folder given as an absolute path.
        const filePath = path.relative(fileURLToPath(config.root), path.join(absolute.pathname, fileName));
        const parsed = readContentFile(await readFile(new URL(fileName, absolute), 'utf8'), filePath);
        if ('code' in parsed) throw new DiagnosticError([parsed]);
        const { entries, diagnostics } = entriesOfFile(name, spec, parsed);
        if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.data, filePath });
          store.set({ id: entry.id, data, filePath });
        }
      }
    },
  };
}
