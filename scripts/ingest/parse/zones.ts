/**
 * Zones: which part of the document each block belongs to (preamble, purpose, assessment,
 * goals, tasks, organisation, funding, procedure, closing …), from the words of its section
 * headings, its position and its own wording. Words are data (lexicon/zones.yaml).
 *
 * - A paragraph's own opening or wording decides first: "Trên đây là Kế hoạch …" closes the
 *   document wherever it stands, "… có hiệu lực kể từ ngày ký" is the entry into force.
 * - Otherwise the innermost section heading that says what its section is decides
 *   ("4. Phương án tổ chức cấp phát" under "III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU" is a task zone).
 * - Otherwise the position: the text before the first heading of a document that has
 *   headings is its preamble; everything else is body.
 */
import type { Lexicon } from '../lexicon/load.ts';
import type { Block, SectionNode, Zone } from '../types.ts';
import { numberingStyle } from './numbering.ts';

/** Longest heading read for its zone words; a longer one is a sentence whose words are incidental. */
const HEADING_WORDS = 160;

/** Longest heading of a lettered or bulleted item read for its zone words: a longer one is a lead-in sentence. */
const ITEM_HEADING_WORDS = 60;

/** Zone a section heading names, or null when its words say nothing. */
export function headingZone(heading: string, lexicon: Lexicon): Zone | null {
  const text = heading.replace(/\s+/g, ' ').slice(0, HEADING_WORDS);
  return lexicon.zones.find((rule) => rule.headings.test(text))?.zone ?? null;
}

/**
 * Zone a section's heading block names. Parts, chapters, articles and numbered headings are
 * titles; a lettered item is one only when short ("a) Về hạ tầng số"), else it is a lead-in
 * sentence whose words are incidental ("c) Kết nối … thủ tục hành chính …:").
 */
function sectionHeadingZone(block: Block, heading: string, lexicon: Lexicon): Zone | null {
  const rank = numberingStyle(block.style)?.rank ?? 0;
  // "Điều 2. Giao Sở Công Thương chủ trì, phối hợp … thủ tục hành chính …:" is an article's sentence, not its title.
  if (block.style === 'article' && heading.length > 80) return null;
  // "2. Số hóa hồ sơ thủ tục hành chính, bảo đảm …." is a task sentence, not a title.
  if (/[.;]["”)]*$/u.test(heading.trim()) && block.style !== 'article') return null;
  if (rank >= 9 && heading.length > ITEM_HEADING_WORDS) return null;
  // "3. Trong thời gian tới, yêu cầu các bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:": a lead-in.
  if (/:\s*$/u.test(heading) && heading.length > ITEM_HEADING_WORDS && block.style !== 'article') return null;
  if (rank >= 8 && heading.length > 90) return null;
  return headingZone(heading, lexicon);
}

/**
 * Zone a paragraph's own wording puts it in, or null. The closing formula and the entry into
 * force count wherever they stand; preamble openers ("Căn cứ …") only outside any part whose
 * heading says what it is ("a) Căn cứ mục tiêu của Đề án để cụ thể hóa …" is a task).
 */
export function paragraphZone(text: string, lexicon: Lexicon, insideNamedPart: boolean, listItem = false): Zone | null {
  const content = text.replace(/^(?:Điều\s+\d+[a-z]?[.:]?\s*|[-+•]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)/u, '');
  // Phrases ("… có hiệu lực kể từ ngày …", "… thông báo để … biết") mark a paragraph or an article, not a
  // list item that mentions them ("- Chủ trì … tham mưu thay thế Quyết định số …").
  const rule = lexicon.zones.find((rule) => rule.openers.startsWith(content) || (!listItem && rule.phrases.test(content)));
  if (!rule || (rule.zone === 'preamble' && insideNamedPart)) return null;
  return rule.zone;
}

/** Sets the zone of every block. */
export function assignZones(blocks: Block[], sections: SectionNode[], lexicon: Lexicon): void {
  const byAnchor = new Map(sections.map((section) => [section.anchor, section]));
  const sectionZone = new Map<string, Zone | null>();
  // A form is a template to fill in, whatever its own headings say ("7. Tổ chức chủ trì nhiệm vụ").
  const insideForm = (anchor: string | null): boolean => {
    for (let at = anchor; at; at = byAnchor.get(at)?.parent ?? null) {
      const section = byAnchor.get(at);
      if (section && labelZone(blocks[section.block]) === 'form') return true;
    }
    return false;
  };
  const zoneOfSection = (anchor: string | null): Zone | null => {
    if (insideForm(anchor)) return 'form';
    for (let at = anchor; at;) {
      if (!sectionZone.has(at)) {
        const section = byAnchor.get(at);
        const block = section ? blocks[section.block] : undefined;
        // A form or appendix says what it is by its label when its heading does not.
        // An article written as a sentence ("Điều 3. Quyết định này có hiệu lực …") passes its own zone to the paragraphs under it.
        const sentenceZone = block?.style === 'article' ? paragraphZone(block.text, lexicon, false) : null;
        const own =
          section && block
            ? (sectionHeadingZone(block, section.heading, lexicon) ?? labelZone(block) ?? (sentenceZone === 'effect' ? sentenceZone : null))
            : null;
        sectionZone.set(at, own);
      }
      const zone = sectionZone.get(at);
      if (zone) return zone;
      at = byAnchor.get(at)?.parent ?? null;
    }
    return null;
  };
  // The preamble ends at the first heading or numbered item ("1. Bộ Tài chính chủ trì …" in a directive).
  const firstHeading = Math.min(
    ...sections.map((section) => section.block),
    ...blocks.filter((block) => block.style !== 'none' && block.kind !== 'caption').map((block) => block.index),
  );
  // The zone a list lead-in ("THỦ TƯỚNG CHÍNH PHỦ điện:") gives the bullets right after it.
  let listZone: Zone | null = null;
  for (const block of blocks) {
    const inherited = zoneOfSection(block.section);
    const listItem = block.style !== 'none' && block.style !== 'article';
    const own = paragraphZone(block.text, lexicon, inherited !== null, listItem);
    const bullet = block.style === 'dash' || block.style === 'plus' || block.style === 'bullet';
    if (!bullet) listZone = null;
    // A text without headings or numbered items is all body.
    block.zone =
      inherited === 'form'
        ? inherited
        : (listZone ?? own ?? inherited ?? (block.index < firstHeading && Number.isFinite(firstHeading) ? 'preamble' : 'body'));
    const leadIn = /^(.*\S)\s*:\s*$/su.exec(block.text)?.[1];
    if (!bullet && leadIn) listZone = lexicon.zones.find((rule) => rule.listLeadIns.endsWith(leadIn))?.zone ?? null;
  }
}

/** "Mẫu số 01" is a form; "PHỤ LỤC" an appendix. */
function labelZone(block: Block | undefined): Zone | null {
  if (!block || block.style !== 'appendix') return null;
  // "Mẫu số 01", "Biểu mẫu 05", "BM-12": a form; "PHỤ LỤC II": an appendix.
  return /^(?:PHỤ LỤC|Phụ lục)/u.test(block.label) ? 'appendix' : 'form';
}
