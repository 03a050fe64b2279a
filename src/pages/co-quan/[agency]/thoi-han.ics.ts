/** `/co-quan/<agency>/thoi-han.ics`: deadlines of the tasks the agency leads or supports (iCalendar). */
import type { APIRoute } from 'astro';
import { getCalendar, idsOf } from '../../../lib/data/index.ts';

export async function getStaticPaths() {
  return (await idsOf('agencies')).map((agency) => ({ params: { agency } }));
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getCalendar({ kind: 'agency', id: params.agency! }, site!));
