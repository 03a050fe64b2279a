/** `/du-lieu/nguon/<file>`: the original text each document was converted from, byte for byte. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocumentList } from '../../../lib/data/index.ts';
import { keyedPaths } from '../../../lib/incremental/cache-key.ts';
import { hasSourceText } from '../../../lib/open-data/files.ts';

export async function getStaticPaths() {
  // A content set without its sources (the test fixture) simply has no source pages.
  const paths = (await getDocumentList())
    .filter((doc) => hasSourceText(doc.source.file))
    .map((doc) => ({ params: { file: path.basename(doc.source.file) }, props: { file: doc.source.file } }));
  return keyedPaths(paths, (_, { file }) => [readFileSync(path.resolve(file))]);
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync(path.resolve((props as { file: string }).file)));
