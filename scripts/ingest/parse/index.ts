/**
 * Parse stage: normalised lines → ParsedDocument (header metadata, section tree, body
 * blocks, footnotes, front and back matter). Pure.
 */
import { segment } from '../segment.ts';
import type { DocumentHeader, NormalizedLine, NormalizedText, ParsedDocument } from '../types.ts';
import { parseBackMatter } from './back-matter.ts';
import { newsDate as newsDateOf, parseHeader } from './header.ts';
import { loadLexicon, type Lexicon } from '../lexicon/load.ts';
import { identityFromNewsLead, issuerFromTitle } from './identity/index.ts';
import { buildSections } from './sections.ts';
import { buildTables } from './tables.ts';
import { assignZones } from './zones.ts';

/** Kind of document from its type ("Nghị quyết" → resolution) or, without a header, from its shape. */
export function kindOf(type: string | null, headerless: boolean, lines: NormalizedLine[]): DocumentHeader['kind'] {
  const t = (type ?? '').toLocaleLowerCase('vi');
  if (/^(báo cáo|thông báo|tờ trình)/u.test(t)) return 'report';
  if (/^(nghị quyết|nghị định|thông tư|luật|pháp lệnh|quyết định|kết luận|quy định|quy chế|điều lệ)/u.test(t)) return 'resolution';
  if (t !== '') return 'plan';
  if (!headerless) return 'plan';
  // A headerless text with photo captions or a dateline ("Ngày 04/01/2021, …", "Chiều 5/7, …") is news.
  const head = lines
    .slice(0, 6)
    .map((l) => l.text)
    .join('\n');
  if (lines.some((l) => /^Ảnh\s*:/u.test(l.text)) || /(^|\n)(Sáng|Chiều|Tối|Trưa|Ngày) \d{1,2}\/\d{1,2}/u.test(head)) return 'news';
  return 'plan';
}

/** The place named by an issuer or place-date line, else the first "tỉnh X" of the text. */
function placeNameOf(
  header: { placeName: string | null; issuer: string | null; issuerParent?: string | null },
  lines: NormalizedLine[],
): string | null {
  const printed = [header.issuer, header.issuerParent].filter((x): x is string => typeof x === 'string').join(', ');
  const fromIssuer = /(?:tỉnh|thành phố|Thành phố) (\p{Lu}[\p{L} ]+?)(?:,|$)/u.exec(printed)?.[1];
  if (fromIssuer) return fromIssuer.trim();
  if (header.placeName) return header.placeName;
  // Without a header: the province the text names most, when it clearly dominates
  // ("tỉnh Cà Mau … Cà Mau …"); a text naming several provinces evenly has none.
  const text = lines.map((l) => l.text).join('\n');
  const names = new Set([...text.matchAll(/(?:tỉnh|thành phố) (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2})/gu)].map((m) => m[1]!));
  const counts = [...names].map((name) => [name, text.split(name).length - 1] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** Period a plan covers: "nhiệm kỳ 2020 - 2025", "giai đoạn 2021-2025", else "năm 2023" in the title. */
function periodOf(title: string, lines: NormalizedLine[]): string | null {
  const range = /(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+(\d{4})\s*[-–]\s*(\d{4})/iu;
  const inTitle = range.exec(title) ?? /(\d{4})\s*[-–]\s*(\d{4})/u.exec(title);
  if (inTitle) return `${inTitle[1]}-${inTitle[2]}`;
  const year = /năm (\d{4})\b/iu.exec(title);
  if (year) return year[1]!;
  const inText = range.exec(
    lines
      .slice(0, 15)
      .map((l) => l.text)
      .join('\n'),
  );
  return inText ? `${inText[1]}-${inText[2]}` : null;
}

/** Runs the parse stage; `lexicon` is loaded when not given (tests). */
export function parse(normalized: NormalizedText, lexicon: Lexicon = loadLexicon()): ParsedDocument {
  const { lines, meta } = normalized;
  const head = parseHeader(lines, meta, lexicon.facts.documentTypes);
  const back = parseBackMatter(lines, head.bodyStart);
  const bodyLines = lines.filter((_, i) => i >= head.bodyStart && !back.consumed.has(i));
  const { blocks, sections } = buildSections(segment(bodyLines));
  assignZones(blocks, sections, lexicon);
  const title = head.title ?? head.type ?? normalized.file;
  const header: DocumentHeader = {
    number: head.number,
    // A text without an official header or a type word is a press or portal item.
    type: head.type ?? (head.headerless ? 'Tin tức' : 'Văn bản'),
    kind: kindOf(head.type, head.headerless, lines),
    issuer: head.issuer ?? meta.issuer ?? null,
    issuerParent: head.issuerParent,
    placeName: null,
    issued: head.issued,
    signer: back.signer ?? meta.signer ?? null,
    signerTitle: back.signerTitle,
    title,
    period: periodOf(title, lines),
    recipients: back.recipients,
    people: [],
  };
  header.placeName = placeNameOf({ placeName: head.placeName, issuer: header.issuer, issuerParent: header.issuerParent }, lines);
  if (header.kind === 'news' && header.issued === null) header.issued = newsDateOf(lines);
  if (head.headerless) {
    // "Thủ tướng Chính phủ vừa ký Công điện số 224/CĐ-TTg …": the document the news reports.
    const lead = header.number
      ? null
      : identityFromNewsLead(
          blocks.slice(0, 3).map((block) => block.text),
          lexicon.facts.documentTypes,
        );
    if (lead)
      Object.assign(header, {
        number: lead.number,
        type: lead.type,
        issuer: header.issuer ?? lead.issuer,
        issued: lead.issued ?? header.issued,
      });
    // "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh, …": the author the title names.
    header.issuer ??= issuerFromTitle(title, header.placeName, lexicon.facts.documentTypes);
  }
  return {
    file: normalized.file,
    header,
    sections,
    blocks,
    footnotes: back.footnotes,
    tables: buildTables(blocks, normalized.tables, lexicon),
    frontMatterLines: lines.slice(0, head.bodyStart),
    backMatterLines: back.backLines.map((i) => lines[i]!),
  };
}
