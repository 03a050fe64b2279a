/** Breadcrumb trails for pages deeper than one level. */
import { t } from '../i18n/vi.ts';
import type { CommitmentView } from './data/commitment-view.ts';
import { excerpt, sectionName } from './text.ts';
import { documentPartUrl, documentUrl, url } from './urls.ts';

/** One breadcrumb; the last one (no href) is the current page. */
export interface Crumb {
  label: string;
  href?: string;
  /** Left out on narrow screens, where the trail should fit one line. */
  optional?: boolean;
}

/**
 * Home › Văn bản › <document> › Mục <path> › Cam kết. The section is one crumb, cited the way
 * people write it ("Mục C.3.1.a"), linking to its anchor in the document text: one crumb per
 * level made the trail five lines long on a phone.
 */
export function commitmentBreadcrumbs(view: Pick<CommitmentView, 'document' | 'section'>): Crumb[] {
  const doc = view.document;
  return [
    // On a phone the trail starts at the document (the site's name in the header is the way home).
    { label: t('nav.home'), href: url(), optional: true },
    { label: t('nav.documents'), href: url('van-ban/'), optional: true },
    { label: doc.number ?? excerpt(doc.title, 40), href: documentUrl(doc.id) },
    ...(view.section?.path
      ? [
          {
            label: sectionName(view.section.path, t('commitment.section')),
            href: documentPartUrl(doc.id, view.section.page, view.section.anchor),
          },
        ]
      : []),
    { label: t('commitment.label') },
  ];
}
