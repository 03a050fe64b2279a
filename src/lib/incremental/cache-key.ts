/**
 * The `cacheKey` of every page and file built from `getStaticPaths` (Astro's
 * `experimental.incrementalBuild`): a page is reused from the last build only when its key is
 * the same, so the key covers everything the page shows —
 * - the data it renders: the values of the same data calls its frontmatter makes (its view,
 *   scorecard, indicators…), digested whole, so related items, registry-wide labels and
 *   counts are in it because they are in the view;
 * - for every `sourceFiles` list in that data, what "Cập nhật lần cuối" and "Sửa trang này" show
 *   (git date or file time, edit link);
 * - the build context: the build day (derived states, upcoming deadlines), the site URL, the base
 *   path and the deploy settings (`EDIT_BASE_URL`, `REPORT_URL`).
 * Template and code changes are Astro's part: it compares a hash of each route's module graph.
 */
import { buildDate } from '../build-date.ts';
import { sourceInfo } from '../git-info.ts';
import { siteConfig } from '../site-config.ts';
import { digester } from './digest.ts';

/** A getStaticPaths entry. */
interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/** What a page shows besides its data: the same for every page of one build. */
export function buildContext(): Record<string, unknown> {
  return { day: buildDate(), site: import.meta.env.SITE, base: import.meta.env.BASE_URL, config: siteConfig() };
}

/** The site's URL, as endpoints get it (`site`), for data calls made in getStaticPaths. */
export const siteUrl = (): URL => new URL(import.meta.env.SITE);

/** The digest used for keys: a `sourceFiles` list also stands for its dates and edit link. */
export const pageDigest = digester((key, value) =>
  key === 'sourceFiles' && Array.isArray(value) ? sourceInfo(value.filter((f): f is string => typeof f === 'string')) : undefined,
);

/**
 * `paths` with a `cacheKey` each: the digest of the build context and of the values `data`
 * gives for the path (call the same data functions the page's frontmatter calls, with the same
 * arguments). Use it in every getStaticPaths: `return keyedPaths(paths, ({ id }) => [getX(id)])`.
 */
export async function keyedPaths<P extends StaticPath>(
  paths: P[],
  data: (params: P['params'], props: P['props']) => unknown[] | Promise<unknown[]>,
): Promise<(P & { cacheKey: string })[]> {
  const context = pageDigest(buildContext());
  const keyed: (P & { cacheKey: string })[] = [];
  // One path at a time: the views of every page are not held at once.
  for (const path of paths) {
    const values = await Promise.all(await data(path.params, path.props));
    keyed.push({ ...path, cacheKey: `${context}|${pageDigest(values)}` });
  }
  return keyed;
}
