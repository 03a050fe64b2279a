/** `/dia-phuong/<place>/atom.xml`: the place's documents, newest first (Atom). */
import type { APIRoute } from 'astro';
import { getAtom, idsOf } from '../../../lib/data/index.ts';

export async function getStaticPaths() {
  return (await idsOf('places')).map((place) => ({ params: { place } }));
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getAtom({ kind: 'place', id: params.place! }, site!));
