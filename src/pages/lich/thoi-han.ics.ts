/** `/lich/thoi-han.ics`: every commitment deadline (iCalendar), recurring timings as RRULE. */
import type { APIRoute } from 'astro';
import { getCalendar } from '../../lib/data/index.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getCalendar({ kind: 'site' }, site!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
