/** `/van-ban/atom.xml`: every document, newest first (Atom). */
import type { APIRoute } from 'astro';
import { getAtom } from '../../lib/data/index.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getAtom({ kind: 'site' }, site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
