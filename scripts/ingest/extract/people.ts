/**
 * People named in a text (mostly news): names after a title or "đồng chí", e.g.
 * "đồng chí Huỳnh Quốc Việt, Bí thư Tỉnh ủy" → "Huỳnh Quốc Việt". A Vietnamese full
 * name is two to five capitalised syllables.
 */
import { PLACES } from '../lexicon/places.ts';
import type { ParsedDocument } from './types.ts';

const PLACE_PREFIX = new RegExp(`^(?:${PLACES.map((place) => place.name).join('|')})\\s+`, 'u');

const NAME = String.raw`(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})`;
const PERSON = new RegExp(
  String.raw`(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|Chủ tịch UBND tỉnh|Phó Chủ tịch UBND tỉnh|Bí thư Tỉnh ủy)\s+${NAME}`,
  'gu',
);
// Words that start agency or place names, not people ("ông Cà Mau" does not occur, "Bà Rịa" does).
const NOT_A_NAME = /^(Ủy|Uỷ|Sở|Ban|Bộ|Hội|Tỉnh|Thành|Rịa|Đen|Chiểu|Nhân|Chủ|Phó|Bí|Giám|Trưởng|Mẹ)/u;

/** Lower-cases an all-capitals name ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU") to sentence case. */
export function sentenceCase(text: string): string {
  // "ỦY BAN NHÂN DÂN TỈNH" is all capitals; "Ủy ban nhân dân TỈNH CÀ MAU" mixes and is kept.
  if (text !== text.toUpperCase() && /\p{Ll}/u.test(text.replace(/Ủy ban nhân dân|Hội đồng nhân dân/gu, ''))) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// Regions and places also look like capitalised names ("Đồng bằng sông Cửu Long").
const REGIONS = new Set(['Cửu Long', 'Tây Nguyên', 'Đông Nam Bộ', 'Tây Nam Bộ', 'Bắc Bộ', 'Trung Bộ', 'Nam Bộ', 'Việt Nam', 'Hồ Chí Minh']);
const PLACE_NAMES = new Set(PLACES.map((place) => place.name));

/** True when a capitalised phrase is a person's name rather than a place or body. */
export function looksLikePerson(name: string): boolean {
  return name.split(/\s+/u).length >= 2 && !REGIONS.has(name) && !PLACE_NAMES.has(name) && !NOT_A_NAME.test(name);
}

/** People named in the header and body, in order of first mention. */
export function extractPeople(parsed: ParsedDocument): string[] {
  const people = parsed.header.people.filter(looksLikePerson);
  for (const block of parsed.blocks) {
    for (const match of block.text.matchAll(PERSON)) {
      // "Chủ tịch UBND tỉnh Cà Mau Nguyễn Tiến Hải": the province is not part of the name.
      const name = (match[1] ?? '').replace(PLACE_PREFIX, '');
      if (looksLikePerson(name) && !people.includes(name)) people.push(name);
    }
  }
  return people;
}
