/** `/dia-phuong/<place>/thoi-han.ics`: deadlines of the place's commitments (iCalendar). */
import type { APIRoute } from 'astro';
import { getCalendar, idsOf } from '../../../lib/data/index.ts';
import { keyedPaths, siteUrl } from '../../../lib/incremental/cache-key.ts';

export async function getStaticPaths() {
  return keyedPaths(
    (await idsOf('places')).map((place) => ({ params: { place } })),
    ({ place }) => [getCalendar({ kind: 'place', id: place }, siteUrl())],
  );
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getCalendar({ kind: 'place', id: params.place! }, site!));
