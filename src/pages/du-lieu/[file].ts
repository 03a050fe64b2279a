/** `/du-lieu/<name>.json|.csv` for every collection, and `/du-lieu/ke-hoach-mo.zip` with all of them. */
import type { APIRoute } from 'astro';
import { getDataBundle, getDataFiles } from '../../lib/data/index.ts';
import { keyedPaths } from '../../lib/incremental/cache-key.ts';
import { BUNDLE_NAME } from '../../lib/open-data/files.ts';
import { t } from '../../i18n/vi.ts';

export async function getStaticPaths() {
  const files = await getDataFiles();
  const paths = [
    ...files.flatMap((f) => [
      { params: { file: `${f.name}.json` }, props: { body: f.json } },
      { params: { file: `${f.name}.csv` }, props: { body: f.csv } },
    ]),
    { params: { file: BUNDLE_NAME }, props: { body: null } },
  ];
  // The zip holds every file (getDataBundle() zips getDataFiles() and a fixed readme): its key is all of them.
  return keyedPaths(paths, (_, { body }) => [body ?? files]);
}

export const GET: APIRoute = async ({ props }) => {
  const { body } = props as { body: string | null };
  if (body !== null) return new Response(body);
  const zip = await getDataBundle(`${t('data.readme')}\n\n${t('data.licence')}\n`);
  return new Response(zip as Uint8Array<ArrayBuffer>);
};
