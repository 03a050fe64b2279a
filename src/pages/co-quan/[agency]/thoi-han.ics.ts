/** `/co-quan/<agency>/thoi-han.ics`: deadlines of the tasks the agency leads or supports (iCalendar). */
import type { APIRoute } from 'astro';
import { getCalendar, idsOf } from '../../../lib/data/index.ts';
import { keyedPaths, siteUrl } from '../../../lib/incremental/cache-key.ts';

export async function getStaticPaths() {
  return keyedPaths(
    (await idsOf('agencies')).map((agency) => ({ params: { agency } })),
    ({ agency }) => [getCalendar({ kind: 'agency', id: agency }, siteUrl())],
  );
}
export const GET: APIRoute = async ({ params, site }) => new Response(await getCalendar({ kind: 'agency', id: params.agency! }, site!));
