/**
 * The document's province: from the place-date line ("Cà Mau, ngày …"), else the
 * issuer ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU"), else the province the text names most
 * ("tỉnh Hậu Giang"). National issuers (Chính phủ, Bộ, Quốc hội) have no province.
 */
import { slugify } from '../../../src/lib/slug.ts';
import { PLACES } from '../lexicon/places.ts';
import type { PlaceData } from '../lexicon/types.ts';
import { foldText } from './agency-name.ts';
import type { ExtractedPlace, ParsedDocument } from './types.ts';

const NATIONAL_ISSUER =
  /^(chính phủ|thủ tướng|bộ |văn phòng chính phủ|quốc hội|ủy ban thường vụ quốc hội|ban chấp hành trung ương|bộ chính trị|ban bí thư|ngân hàng nhà nước việt nam|thanh tra chính phủ)/u;

// "Thừa Thiên Huế" was the province's name until 2025; it is Huế now.
const ALIASES: Record<string, string> = {
  'thừa thiên huế': 'Huế',
  'tp hồ chí minh': 'Hồ Chí Minh',
  'thành phố hồ chí minh': 'Hồ Chí Minh',
};

const FOLDED = PLACES.map((place) => ({ place, folded: foldText(place.name) })).sort((a, b) => b.folded.length - a.folded.length);

/** The place a text names exactly ("Cà Mau", "tỉnh Hậu Giang", "TP. Hồ Chí Minh"), if any. */
export function placeByName(text: string): PlaceData | null {
  const folded = foldText(text).replace(/^(tỉnh|thành phố|tp) /u, '');
  const alias = ALIASES[folded];
  const target = alias ? foldText(alias) : folded;
  return FOLDED.find((entry) => entry.folded === target)?.place ?? null;
}

/** Converts lexicon place data to the extracted shape with its id. */
export function toExtractedPlace(place: PlaceData): ExtractedPlace {
  return { id: slugify(place.name), name: place.name, full_name: place.full_name, kind: place.kind, successor: place.successor };
}

/**
 * The province a text names most ("tỉnh Hậu Giang" …). A national text that lists many
 * provinces names none of them clearly: the winner must be named at least twice as often
 * as the runner-up (when `strict`).
 */
function mostNamedPlace(text: string, strict = false): PlaceData | null {
  const folded = foldText(text);
  const counts = FOLDED.map(({ place, folded: name }) => ({
    place,
    count: folded.split(`tỉnh ${name}`).length - 1 + (folded.split(`thành phố ${name}`).length - 1),
  }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.place.name.localeCompare(b.place.name));
  const [best, second] = counts;
  if (!best) return null;
  if (strict && second && best.count < 2 * second.count) return null;
  return best.place;
}

/**
 * Where the document was issued, as its place: the province for a provincial text, and for a
 * national one the place-date line ("Hà Nội, ngày 20 tháng 11 năm 2025" → Hà Nội). Agencies
 * keep using `extractPlace` (a national text's ministries belong to no province).
 */
export function extractDocumentPlace(parsed: ParsedDocument, province: ExtractedPlace | null): ExtractedPlace | null {
  if (province) return province;
  const fromLine = parsed.header.placeName ? placeByName(parsed.header.placeName) : null;
  return fromLine ? toExtractedPlace(fromLine) : null;
}

/** Finds the document's province, or null for a national text. */
export function extractPlace(parsed: ParsedDocument): ExtractedPlace | null {
  const issuer = parsed.header.issuer ? foldText(parsed.header.issuer) : '';
  if (NATIONAL_ISSUER.test(issuer)) return null;
  const fromLine = parsed.header.placeName ? placeByName(parsed.header.placeName) : null;
  if (fromLine) return toExtractedPlace(fromLine);
  const fromIssuer = parsed.header.issuer ? mostNamedPlace(parsed.header.issuer) : null;
  if (fromIssuer) return toExtractedPlace(fromIssuer);
  const body = [parsed.header.title, ...parsed.frontMatterLines.map((line) => line.text), ...parsed.blocks.map((block) => block.text)].join(
    '\n',
  );
  const named = mostNamedPlace(body, true);
  return named ? toExtractedPlace(named) : null;
}
