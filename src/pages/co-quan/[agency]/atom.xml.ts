/** `/co-quan/<agency>/atom.xml`: documents the agency issued or has a task in, newest first (Atom). */
import type { APIRoute } from 'astro';
import { getAtom, idsOf } from '../../../lib/data/index.ts';
import { keyedPaths, siteUrl } from '../../../lib/incremental/cache-key.ts';

export async function getStaticPaths() {
  return keyedPaths(
    (await idsOf('agencies')).map((agency) => ({ params: { agency } })),
    ({ agency }) => [getAtom({ kind: 'agency', id: agency }, siteUrl())],
  );
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getAtom({ kind: 'agency', id: params.agency! }, site!));
