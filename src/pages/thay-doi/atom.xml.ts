/** `/thay-doi/atom.xml`: one entry per day on which documents were added or commitments changed. */
import type { APIRoute } from 'astro';
import { getChangesFeed } from '../../lib/data/index.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getChangesFeed(site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
