/**
 * An Astro content loader for the YAML collections under `content/`.
 *
 * Why not Astro's `glob()`/`file()`: per-document collections (commitments,
 * sections, targets, actuals) are one YAML *list* per document, so that a staff
 * member reviews one file per plan; `file()` only takes a single file. We also
 * parse with the `yaml` package (YAML 1.2), as the converter and the validator
 * do, so dates stay strings and every tool reads the same data the same way.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseYamlFile } from './read-yaml.ts';

export interface YamlLoaderOptions {
  /** Folder under the project root, e.g. `content/agencies`. */
  dir: string;
  /**
   * `entity`: one entry per file, id = file name without `.yaml`.
   * `list`: each file is a list of entries, each with its own `id`.
   */
  shape: 'entity' | 'list';
}

export function yamlLoader({ dir, shape }: YamlLoaderOptions): Loader {
  return {
    name: `yaml-${shape}-loader`,
    async load({ store, parseData, config, logger }) {
      const root = new URL(dir.endsWith('/') ? dir : `${dir}/`, config.root);
      const names = (await readdir(root).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
      store.clear();
      for (const name of names) {
        const filePath = path.join(dir, name);
        const parsed = parseYamlFile(await readFile(new URL(name, root), 'utf8'), filePath);
        const entries =
          shape === 'entity' ? [{ ...(parsed as Record<string, unknown>), id: name.slice(0, -'.yaml'.length) }] : parsed;
        if (!Array.isArray(entries)) throw new Error(`${filePath}:1 must be a YAML list of entries, each with an "id".`);
        for (const raw of entries as Record<string, unknown>[]) {
          const { id, ...data } = raw;
          if (typeof id !== 'string') throw new Error(`${filePath}: an entry has no string "id" field.`);
          if (store.has(id)) logger.error(`${filePath}: duplicate id "${id}" in collection.`);
          const parsedData = await parseData({ id, data, filePath });
          store.set({ id, data: parsedData, filePath });
        }
      }
    },
  };
}
