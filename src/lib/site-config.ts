/**
 * Deployment settings from the environment, validated like content: each address that ends
 * up in an `href` must be an http(s) URL, so a misconfigured deploy fails the build with a
 * clear message instead of publishing links that point nowhere (or run script).
 */
import { z } from 'astro/zod';
import { HttpUrl } from '../schemas/fields.ts';

/** Settings a deploy may give (see .github/workflows/deploy.yml). */
export const SiteConfigSchema = z.object({
  /** Where "Sửa trang này" points, followed by a file path: the repository's edit view. */
  EDIT_BASE_URL: HttpUrl.default('https://github.com/ke-hoach-mo/ke-hoach-mo/edit/main/'),
  /** Where "Báo lỗi" on /gioi-thieu/ points: a new issue in the repository, or a form of the publisher. */
  REPORT_URL: HttpUrl.default('https://github.com/ke-hoach-mo/ke-hoach-mo/issues/new'),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;

/** The settings of this build; throws a message naming the variable when one is not valid. */
export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const result = SiteConfigSchema.safeParse({ EDIT_BASE_URL: env.EDIT_BASE_URL || undefined, REPORT_URL: env.REPORT_URL || undefined });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`The environment variable ${issue.path.join('.')} ${issue.message}; fix it in the deploy settings.`);
}
