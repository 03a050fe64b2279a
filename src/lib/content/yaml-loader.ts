/**
 * The Astro content loader for every collection of the registry. Why not Astro's
 * `glob()`/`file()`: per-document collections are one YAML *list* per document, which
 * `file()` does not take for a folder, and we parse with the `yaml` package (YAML 1.2), as
 * the converter and the validator do, so every tool reads the same data the same way.
 * The build validates the whole content first (see astro.config.mjs), so the errors
 * thrown here are a last line of defence, in the same words as `npm run check`.
 *
 * Incremental: Astro keeps the content store between builds (in its cache folder), so a file
 * whose text has the same digest as at the last build keeps its entries without being parsed
 * or validated again. What each file gave is kept in the collection's `meta` store, together
 * with a fingerprint of the code that turns text into entries (schemas, this loader, the
 * lockfile), so a change of that code parses everything again.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DiagnosticError } from '../../diagnostics/index.ts';
import type { CollectionSpec } from '../../schemas/collections.ts';
import { readContentFile } from './content-file.ts';
import { entriesOfFile, yamlFilesIn } from './load-collections.ts';

/** What one content file gave at the last build: the digest of its text and the ids of its entries. */
export interface FileRecord {
  digest: string;
  ids: string[];
}

/** The loader's memory of the last build, one per collection (kept in Astro's `meta` store). */
export interface LoadRecord {
  code: string;
  files: Record<string, FileRecord>;
}

const META_KEY = 'khm-files';

/** The folders whose code decides what a file's text becomes in the store. */
const CODE_DIRS = [path.dirname(fileURLToPath(import.meta.url)), path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas')];

let codeFingerprint: string | undefined;

/**
 * A digest of the loader's and the schemas' source and of the lockfile (the YAML parser and zod
 * are packages), so an edit of any of them re-parses all content: Astro itself clears the store
 * only when `content.config.ts`, the Astro config or Astro's version change.
 */
function loaderCode(root: string): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash('sha256');
  const lockfile = path.join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile)).update('\0');
  for (const dir of CODE_DIRS) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!/\.ts$/.test(name) || /\.test\.ts$/.test(name)) continue;
      hash.update(`${name}\0`).update(readFileSync(path.join(dir, name))).update('\0');
    }
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

/**
 * Which files must be parsed again, and which entries must go: a file is kept when its digest is
 * the recorded one and every entry it gave is still in the store. Pure, for tests.
 */
export function planLoad(
  previous: LoadRecord | null,
  code: string,
  digests: ReadonlyMap<string, string>,
  inStore: (id: string) => boolean,
): { parse: string[]; keep: Record<string, FileRecord>; remove: string[] } {
  const before = previous && previous.code === code ? previous.files : {};
  const parse: string[] = [];
  const keep: Record<string, FileRecord> = {};
  const remove = new Set<string>();
  for (const [file, digest] of digests) {
    const record = before[file];
    if (record && record.digest === digest && record.ids.every(inStore)) keep[file] = record;
    else {
      parse.push(file);
      for (const id of record?.ids ?? []) remove.add(id);
    }
  }
  for (const [file, record] of Object.entries(before)) if (!digests.has(file)) for (const id of record.ids) remove.add(id);
  // An id a kept file still gives stays, even when it moved there from a changed file.
  for (const record of Object.values(keep)) for (const id of record.ids) remove.delete(id);
  return { parse, keep, remove: [...remove] };
}

/** The record kept at the last build, or null (none, or unreadable: then everything is parsed). */
function readRecord(text: string | undefined): LoadRecord | null {
  try {
    return text ? (JSON.parse(text) as LoadRecord) : null;
  } catch {
    return null;
  }
}

/** A loader for the collection `name` of the registry, under the content root `root`. */
export function registryLoader(name: string, spec: CollectionSpec, root: string): Loader {
  return {
    name: `khm-${spec.layout}-loader`,
    async load({ store, meta, parseData, generateDigest, config }) {
      const dir = path.join(root, spec.dir);
      const absolute = new URL(dir.endsWith('/') ? dir : `${dir}/`, config.root);
      const code = loaderCode(fileURLToPath(config.root));
      const previous = readRecord(meta.get(META_KEY));
      // Without a record of what the store holds (first build, or other code), start from nothing.
      if (!previous || previous.code !== code) store.clear();
      const texts = new Map<string, string>();
      const digests = new Map<string, string>();
      for (const fileName of yamlFilesIn(absolute.pathname)) {
        // Astro wants entry paths relative to the project root, also for a content folder given as an absolute path.
        const filePath = path.relative(fileURLToPath(config.root), path.join(absolute.pathname, fileName));
        const text = await readFile(new URL(fileName, absolute), 'utf8');
        texts.set(filePath, text);
        digests.set(filePath, generateDigest(text));
      }
      const plan = planLoad(previous, code, digests, (id) => store.has(id));
      for (const id of plan.remove) store.delete(id);
      const files: Record<string, FileRecord> = { ...plan.keep };
      for (const filePath of plan.parse) {
        const parsed = readContentFile(texts.get(filePath)!, filePath);
        if ('code' in parsed) throw new DiagnosticError([parsed]);
        const { entries, diagnostics } = entriesOfFile(name, spec, parsed);
        if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.data, filePath });
          store.set({ id: entry.id, data, filePath });
        }
        files[filePath] = { digest: digests.get(filePath)!, ids: entries.map((entry) => entry.id) };
      }
      meta.set(META_KEY, JSON.stringify({ code, files } satisfies LoadRecord));
    },
  };
}
