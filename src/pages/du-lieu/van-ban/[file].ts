/** `/du-lieu/van-ban/<doc>.json` (the document's own data) and `<doc>.csv` (its commitments). */
import type { APIRoute } from 'astro';
import { getDocumentData, idsOf } from '../../../lib/data/index.ts';
import { keyedPaths } from '../../../lib/incremental/cache-key.ts';

export async function getStaticPaths() {
  const paths = (await idsOf('documents')).flatMap((doc) => [
    { params: { file: `${doc}.json` }, props: { doc, format: 'json' } },
    { params: { file: `${doc}.csv` }, props: { doc, format: 'csv' } },
  ]);
  return keyedPaths(paths, (_, { doc }) => [getDocumentData(doc)]);
}

export const GET: APIRoute = async ({ props }) => {
  const { doc, format } = props as { doc: string; format: 'json' | 'csv' };
  const data = await getDocumentData(doc);
  return new Response(format === 'json' ? data.json : data.csv);
};
