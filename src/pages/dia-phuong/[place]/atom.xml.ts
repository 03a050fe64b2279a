/** `/dia-phuong/<place>/atom.xml`: the place's documents, newest first (Atom). */
import type { APIRoute } from 'astro';
import { getAtom, idsOf } from '../../../lib/data/index.ts';
import { keyedPaths, siteUrl } from '../../../lib/incremental/cache-key.ts';

export async function getStaticPaths() {
  return keyedPaths(
    (await idsOf('places')).map((place) => ({ params: { place } })),
    ({ place }) => [getAtom({ kind: 'place', id: place }, siteUrl())],
  );
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getAtom({ kind: 'place', id: params.place! }, site!));
