/**
 * The numbering styles of Vietnamese administrative texts, in one table that every stage
 * reads: the layout stage (a label printed alone on its line), segmentation (what label a
 * line opens with), nesting (which style is deeper), section anchors (URLs) and
 * cross-references ("các nhiệm vụ tại điểm a, b mục 7 Phần III").
 *
 * The order of the table is the order recognisers are tried (the first match wins:
 * "1.1." before "1.", roman before letter). Ranks follow the usual hierarchy of the
 * drafting rules (Phần > Chương > Mục > Điều > A. > I. > 1. > 1.1. > a) > (1) > - > +).
 * The words of the styles (Phần, Chương, Mục, Điều, Phụ lục, Mẫu) are fixed by those
 * rules, so they are part of this grammar rather than of the lexicon.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { LabelStyle } from '../types.ts';

/** A numbering label found at the start of a line. */
export interface LabelMatch {
  style: LabelStyle;
  /** Label without trailing punctuation, e.g. "1.1", "a", "II", "-", "Phần thứ nhất". */
  label: string;
  /** Text after the label. */
  content: string;
}

/** One row of the numbering table. */
export interface NumberingStyle {
  style: LabelStyle;
  /** Recognises the label at the start of a line; the first non-empty group is the label. */
  pattern: RegExp;
  /** Nesting depth: a smaller rank is shallower. */
  rank: number;
  /** The label may stand alone on its line, its heading on the next line ("Phần thứ nhất" / "KẾT QUẢ …"). */
  standalone: boolean;
  /** A block with this label is a section even when nothing nests under it. */
  alwaysSection: boolean;
  /** Words a cross-reference uses for this level ("điểm a", "mục 1", "Phần III"), lower case. */
  citedAs: readonly string[];
  /** Own part of a section anchor; `parentLabel` is the label of the enclosing numbered block. */
  anchor(label: string, parentLabel: string | null): string;
  /** The label as a reader cites it: "Phần III", "mục 1", "điểm đ". */
  display(label: string): string;
}

const ROMAN = '(?:X{0,3})(?:IX|IV|V?I{0,3})';
const UPPER = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const LOWER = 'a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

/** Upper- and lower-case letter classes, for recognisers that build on them. */
export const LETTERS = { UPPER, LOWER };

/** "đ)" must not collide with "d)": đ slugs to "dd". */
const plainAnchor = (label: string): string => slugify(label.replace(/^đ$/u, 'dd')) || 'muc';

const row = (
  style: LabelStyle,
  pattern: RegExp,
  rank: number,
  options: Partial<Pick<NumberingStyle, 'standalone' | 'alwaysSection' | 'citedAs' | 'anchor' | 'display'>> = {},
): NumberingStyle => ({
  style,
  pattern,
  rank,
  standalone: options.standalone ?? false,
  alwaysSection: options.alwaysSection ?? false,
  citedAs: options.citedAs ?? [],
  anchor: options.anchor ?? ((label) => plainAnchor(label)),
  display: options.display ?? ((label) => label),
});

/** The numbering table, tried in order. */
export const NUMBERING_STYLES: readonly NumberingStyle[] = [
  row('appendix', /^((?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[0-9IVXLC]+[a-zA-Z]?)?)(?:[.:]\s*|\s+|$)/u, 0, {
    standalone: true,
    alwaysSection: true,
    citedAs: ['phụ lục'],
  }),
  // A form attached to the text: "Mẫu số 01", "Mẫu B12" (only as a short line of its own, see matchLabel).
  row('appendix', /^((?:MẪU|Mẫu)(?:\s+số)?\s+[A-Z]{0,3}[.-]?\d{1,3}[a-z]?)(?:[.:]\s*|\s+|$)/u, 0, {
    standalone: true,
    alwaysSection: true,
    citedAs: ['mẫu'],
  }),
  // A form known by its code alone on its line: "BM-12", "Biểu mẫu 05", "Biểu số 02" (a mention in a sentence is not one).
  row(
    'appendix',
    /^((?:BIỂU MẪU|Biểu mẫu|BIỂU SỐ|Biểu số)\s+[A-Z]{0,3}[.-]?\d{1,3}[a-z]?|(?![IVXLC]+[.-])[A-Z]{2,4}[.-]\d{1,3}[a-z]?)\s*$/u,
    0,
    {
      standalone: true,
      alwaysSection: true,
      citedAs: ['biểu mẫu'],
    },
  ),
  row('part', /^((?:PHẦN|Phần)\s+(?:thứ\s+\S+|THỨ\s+\S+|[IVXLC]+|\d+))(?:[.:]\s*|\s+|$)/u, 1, {
    standalone: true,
    alwaysSection: true,
    citedAs: ['phần'],
  }),
  row('chapter', /^((?:CHƯƠNG|Chương)\s+(?:[IVXLC]+|\d+))(?:[.:]\s*|\s+|$)/u, 2, {
    standalone: true,
    alwaysSection: true,
    citedAs: ['chương'],
  }),
  row('section-group', /^((?:MỤC|Mục)\s+(?:[IVXLC]+|\d+))(?:[.:]\s*|\s+|$)/u, 3, {
    standalone: true,
    alwaysSection: true,
    citedAs: ['mục'],
  }),
  row('article', /^(Điều\s+\d+[a-z]?)(?:[.:]\s*|\s+|$)/u, 4, { standalone: true, alwaysSection: true, citedAs: ['điều'] }),
  // "I.", "II)", and "IV- TỔ CHỨC THỰC HIỆN" (a hyphen after the numeral, a heading after it).
  row('roman', new RegExp(`^(${ROMAN})(?:[.)]\\s+(?=\\S)|\\s*[-–]\\s*(?=[${UPPER}]))`, 'u'), 7, {
    alwaysSection: true,
    citedAs: ['phần', 'mục'],
    display: (label) => `mục ${label}`,
  }),
  row('upper-letter', new RegExp(`^([${UPPER}])[.)]\\s+(?=\\S)`, 'u'), 6, { alwaysSection: true, citedAs: ['phần', 'mục'] }),
  // Components of at most two digits: "2.500.000 đồng" in a table is an amount, not "2.500.000".
  row('arabic-nested', /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u, 8, {
    citedAs: ['mục', 'tiểu mục', 'khoản'],
    // "1.2" under "1" → "2".
    anchor: (label, parent) => (parent && label.startsWith(`${parent}.`) ? slugify(label.slice(parent.length + 1)) : plainAnchor(label)),
    display: (label) => `mục ${label}`,
  }),
  row('arabic', /^(\d{1,3})[.)/]\s+(?=\S)/u, 8, { citedAs: ['mục', 'khoản', 'nhiệm vụ'], display: (label) => `mục ${label}` }), // "1.", "1)", "1/"
  row('paren-number', /^\((\d{1,3}|[ivx]{1,4})\)\s*(?=\S)/u, 10, {
    citedAs: ['mục', 'điểm', 'tiết', 'ý'],
    display: (label) => `(${label})`,
  }),
  // "a)", "(a)", and "a." followed by a capital ("a. Sở Y tế …"; a lower-case word after "a." is prose).
  row('lower-letter', new RegExp(`^\\(?([${LOWER}])\\)\\s*(?=\\S)|^([${LOWER}])\\.\\s+(?=[${UPPER}])`, 'u'), 9, {
    citedAs: ['điểm', 'tiết'],
    display: (label) => `điểm ${label}`,
  }),
  row('dash', /^([-–—])\s*(?=[^\s-])/u, 12, { citedAs: ['gạch đầu dòng', 'ý'] }),
  row('plus', /^(\+)\s*(?=\S)/u, 13, { citedAs: ['ý'] }),
  row('bullet', /^([•·●▪◦])\s*(?=\S)/u, 14, { citedAs: ['ý'] }),
];

/** The table row of a style (the first, for styles with several patterns). */
export function numberingStyle(style: LabelStyle): NumberingStyle | undefined {
  return NUMBERING_STYLES.find((entry) => entry.style === style);
}

/** Recognises the numbering label at the start of `line`, or null for an unnumbered line. */
export function matchLabel(line: string): LabelMatch | null {
  for (const { style, pattern, standalone } of NUMBERING_STYLES) {
    const match = pattern.exec(line);
    const label = match?.slice(1).find((g) => g !== undefined && g !== '');
    if (!match || label === undefined) continue;
    const content = line.slice(match[0].length).trim();
    // "Mẫu số 01 được ban hành kèm theo …" is a sentence, not the label of a form.
    if (style === 'appendix' && /^(MẪU|Mẫu)/u.test(label) && line.length > 60) continue;
    // "I. " with no text, or "A." that is an initial of a name ("A. Nguyễn"), is not a label.
    if (!standalone && content === '') continue;
    return { style, label: label.replace(/\s+/g, ' '), content };
  }
  return null;
}

// A label of a style that needs text after it, printed with nothing after it: "I.", "2.", "a)", "1.1.", "(3)".
const BARE_LABEL = new RegExp(
  `^(?:(${ROMAN})[.)\\-–]|([${UPPER}])\\.|(\\d{1,2}(?:\\.\\d{1,2})*)[.)]|\\(?([${LOWER}])\\)|\\((\\d{1,3})\\))$`,
  'u',
);

/**
 * A label printed alone on its line, its text on the next ("**I." / "ĐÁNH GIÁ TÌNH HÌNH
 * THIỆT HẠI**"); the two lines are one heading. Null for anything else.
 */
export function matchBareLabel(line: string): string | null {
  const match = BARE_LABEL.exec(line.trim());
  if (!match || match[0] === '.' || match[0] === ')') return null;
  return match.slice(1).find((g) => g !== undefined && g !== '') ?? null;
}

/** True when the line starts with a numbering label or list mark. */
export function startsWithLabel(line: string): boolean {
  return matchLabel(line) !== null || /^\[\d{1,3}\]/.test(line);
}
