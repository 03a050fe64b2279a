/** `/dia-phuong/<place>/thoi-han.ics`: deadlines of the place's commitments (iCalendar). */
import type { APIRoute } from 'astro';
import { getCalendar, idsOf } from '../../../lib/data/index.ts';

export async function getStaticPaths() {
  return (await idsOf('places')).map((place) => ({ params: { place } }));
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getCalendar({ kind: 'place', id: params.place! }, site!));
