/** Breadcrumb trails for pages deeper than one level. */
import { t } from '../i18n/vi.ts';
import type { CommitmentView } from './data/commitment-view.ts';
import { excerpt, sectionNumber } from './text.ts';
import { documentUrl, url } from './urls.ts';

/** One breadcrumb; the last one (no href) is the current page. */
export interface Crumb {
  label: string;
  href?: string;
}

/** Home › Văn bản › <document> › <sections…> › Cam kết: sections link to their anchor in the document text. */
export function commitmentBreadcrumbs(view: Pick<CommitmentView, 'document' | 'trail'>): Crumb[] {
  const doc = view.document;
  return [
    { label: t('nav.home'), href: url() },
    { label: t('nav.documents'), href: url('van-ban/') },
    { label: doc.number ?? excerpt(doc.title, 40), href: documentUrl(doc.id) },
    ...view.trail.map((s) => ({
      label: excerpt(s.label ? `${sectionNumber(s.label)} ${s.heading}` : s.heading, 40),
      href: documentUrl(doc.id, s.anchor),
    })),
    { label: t('commitment.label') },
  ];
}
