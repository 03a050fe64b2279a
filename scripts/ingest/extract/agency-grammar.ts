/**
 * Where agency names begin and end in a sentence, from the grammar of names and lists rather
 * than from the next verb we happen to know:
 *
 *   name        := holder* (collective | body) qualifier*
 *   holder      := an office holder ("Giám đốc", "Chủ tịch", "Các Bộ trưởng"), standing for the body
 *   collective  := ("các" | "những" | "tất cả") group-noun ((", " | " và ") holder* group-noun)*
 *                  "Các sở, ban, ngành", "các cơ quan, đơn vị liên quan", "Ủy ban nhân dân các xã, phường"
 *   body        := a known name (lexicon), else head word + name words
 *                  "Sở Tài chính", "Ủy ban nhân dân tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"
 *   qualifier   := "tỉnh", "cấp xã", "có liên quan", "trên địa bàn tỉnh", "thuộc <name>", "tỉnh <Place>", "(…)"
 *   list        := name ((", " | "; " | " và " | " cùng ") name)*
 *
 * In a body, a capitalised syllable may be followed by one lower-case syllable that completes its
 * word ("Tài chính", "Y tế", "Nội vụ"); further lower-case words continue the name only when they are
 * name words or qualifiers ("nhân dân", "vận tải", "tỉnh"). So "Các Sở, ngành, đơn vị liên quan
 * kiện toàn" reads "Các Sở, ngành, đơn vị liên quan" and "UBND các xã, phường phân công cán bộ"
 * reads "UBND các xã, phường".
 *
 * Mentions are given as a reader names the actor: office holders replaced by their bodies ("Giám
 * đốc Sở Y tế" → "Sở Y tế", "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ" → "Các bộ, cơ quan ngang
 * bộ"), a collective as one entry, bodies with their own head word one entry each.
 */
import type { PhraseSet } from '../lexicon/compile.ts';
import type { Lexicon } from '../lexicon/load.ts';
import { PLACES } from '../lexicon/places.ts';

/** Names of provinces and cities ("Hà Nội", "Thái Nguyên"). */
const PLACE_NAMES: readonly string[] = PLACES.map((place) => place.name);

/** One agency name read from a text. */
export interface AgencyName {
  /** The actor as a reader names it (holders replaced by their bodies). */
  mention: string;
  /** Offset just after the name (and its qualifiers) in the text. */
  end: number;
  /** A collective actor ("Các sở, ban, ngành"), not one named body. */
  collective: boolean;
  /** Made only of group nouns ("Các sở, ngành"), which a following "các ngành, cơ quan" may extend. */
  bare: boolean;
}

/** A list of agency names read from a text. */
export interface AgencyList {
  mentions: string[];
  /** Offset just after the last name. */
  end: number;
}

const UPPER_START = /^\p{Lu}/u;
// A word: letters, digits, "&" and dots inside ("KH&ĐT", "TP.HCM"); a slash separates two names ("xã/Phòng …").
const WORD = /^[\p{L}\p{N}&]+(?:[.&][\p{L}\p{N}&]+)*/u;
const COLLECTIVE_OPENER = /^(?:các|Các|CÁC|những|Những|tất cả|Tất cả)\s+/u;

/** Length of the phrase of `set` that `text` has at `at`, or 0. */
function phraseAt(set: PhraseSet, text: string, at: number): number {
  const phrase = set.prefixAt(text, at);
  return phrase ? phrase.length : 0;
}

/** Offset of the next non-space character from `at`. */
function skipSpaces(text: string, at: number): number {
  while (at < text.length && text[at] === ' ') at++;
  return at;
}

/** The word at `at` (letters, digits, "&", "./" inside), or ''. */
function wordAt(text: string, at: number): string {
  return WORD.exec(text.slice(at))?.[0] ?? '';
}

/** Words that end a name because a predicate starts: roles, directives, verbs, adverbs, clause words. */
function startsPredicate(text: string, at: number, lexicon: Lexicon): boolean {
  const { roles, verbs } = lexicon;
  return (
    roles.leadMarkers.startsAt(text, at) ||
    roles.responsibilityMarkers.startsAt(text, at) ||
    roles.partnerMarkers.startsAt(text, at) ||
    roles.directives.startsAt(text, at) ||
    (verbs.actions.startsAt(text, at) && !verbs.notActions.startsAt(text, at)) ||
    verbs.adverbs.startsAt(text, at) ||
    verbs.clauseWords.startsAt(text, at)
  );
}

/** The phrase sets whose words start a predicate: roles, directives, verbs, adverbs, clause words. */
export function predicateSets(lexicon: Lexicon): PhraseSet[] {
  const { roles, verbs } = lexicon;
  return [
    roles.leadMarkers,
    roles.responsibilityMarkers,
    roles.partnerMarkers,
    roles.directives,
    verbs.actions,
    verbs.adverbs,
    verbs.clauseWords,
  ];
}

/** The predicate phrase starting at `at` (role, directive, verb, adverb or clause word), or ''. */
function predicateAt(text: string, at: number, lexicon: Lexicon): string {
  return predicateSets(lexicon)
    .map((set) => set.prefixAt(text, at) ?? '')
    .reduce((longest, phrase) => (phrase.length > longest.length ? phrase : longest), '');
}

/** Reads office holders at `at` ("Giám đốc, Thủ trưởng …"); returns where the body starts and the group nouns they imply. */
function readHolders(text: string, at: number, lexicon: Lexicon): { at: number; implied: string[] } {
  const implied: string[] = [];
  let i = at;
  for (;;) {
    // "Chánh Văn phòng UBND tỉnh" is "Văn phòng UBND tỉnh": the title goes, the head word stays.
    const prefix = phraseAt(lexicon.agencyNames.holderPrefixes, text, i);
    if (prefix && phraseAt(lexicon.agencyNames.heads, text, skipSpaces(text, i + prefix)) && text[i + prefix] === ' ') {
      i = skipSpaces(text, i + prefix);
      break;
    }
    const holder = phraseAt(lexicon.agencyNames.officeHolders, text, i);
    if (!holder) break;
    const after = skipSpaces(text, i + holder);
    // "Bộ trưởng Bộ Nội vụ", "Chủ tịch Ủy ban nhân dân …", "Thủ trưởng các sở": the body follows.
    const name = text.slice(i, i + holder);
    const body = lexicon.agencyNames.holderBodies.get(name.toLowerCase().replace(/\s+/g, ' '));
    if (text[after] === ',' || text.startsWith('và ', after)) {
      // "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ": a holder alone stands for its group noun.
      if (body) implied.push(body);
      const next = skipSpaces(text, text[after] === ',' ? after + 1 : after + 3);
      if (!phraseAt(lexicon.agencyNames.officeHolders, text, next)) return { at: i, implied };
      i = next;
      continue;
    }
    if (after >= text.length || startsPredicate(text, after, lexicon)) {
      // "Các Bộ trưởng chịu trách nhiệm …": the holder is the whole subject.
      if (body) return { at: -1, implied: [...implied, body] };
      return { at: i, implied };
    }
    i = after;
  }
  return { at: i, implied };
}

/** Reads qualifiers after a name: "tỉnh", "cấp xã", "có liên quan", "tỉnh Cà Mau", "thuộc Bộ …", "(iPEC)". */
function readQualifiers(text: string, at: number, lexicon: Lexicon): number {
  let i = at;
  for (;;) {
    const start = skipSpaces(text, i);
    if (start === i && i < text.length && text[i] !== '(') break;
    // "(VNPT, Viettel, MobiFone …)", "(iPEC)": a bracket after the name belongs to it.
    if (text[start] === '(') {
      const close = text.indexOf(')', start);
      if (close < 0 || close - start > 120) break;
      i = close + 1;
      continue;
    }
    const qualifier = phraseAt(lexicon.agencyNames.qualifiers, text, start);
    if (qualifier) {
      i = start + qualifier;
      // "Kiểm toán nhà nước khu vực II", "Chi cục Thuế khu vực 8": the number of the area.
      const number = /^\s+(?:[IVXLC]+|\d{1,3})(?![\p{L}\p{N}])/u.exec(text.slice(i));
      if (number) i += number[0].length;
      // "tỉnh Cà Mau", "thành phố Cần Thơ": the place named after the level.
      const place = /^\s+((?:\p{Lu}[\p{L}]*)(?:\s+\p{Lu}[\p{L}]*){0,3})/u.exec(text.slice(i));
      if (place && /(?:tỉnh|thành phố|huyện|xã|phường|quận|thị xã|bàn)$/u.test(text.slice(start, i))) i += place[0].length;
      // "Ủy ban nhân dân các tỉnh, thành phố": more levels after a comma.
      for (;;) {
        const more = /^,\s+/u.exec(text.slice(i));
        if (
          !more ||
          !phraseAt(lexicon.agencyNames.qualifiers, text, i + more[0].length) ||
          UPPER_START.test(text.slice(i + more[0].length))
        )
          break;
        i += more[0].length;
        i += phraseAt(lexicon.agencyNames.qualifiers, text, i);
      }
      continue;
    }
    // "cơ quan có chức năng quản lý đất đai cấp xã": the remit that names a body of a regulation.
    const remit = /^(?:có\s+)?chức năng(?:\s+quản lý)?\s+/u.exec(text.slice(start));
    const field = remit ? phraseAt(lexicon.agencyNames.nameWords, text, start + remit[0].length) : 0;
    if (remit && field) {
      i = start + remit[0].length + field;
      continue;
    }
    // "các cơ quan thuộc Bộ Công an", "các đơn vị trực thuộc Sở": a body the name belongs to.
    const of = /^(?:thuộc|trực thuộc|của)\s+/u.exec(text.slice(start));
    if (of) {
      const owner = readBody(text, start + of[0].length, lexicon);
      if (owner) {
        i = owner.end;
        continue;
      }
    }
    // "các xã, phường" after a people's committee: levels named as a collective.
    const levels = COLLECTIVE_OPENER.exec(text.slice(start));
    if (levels) {
      const nouns = readGroupNouns(text, start + levels[0].length, lexicon);
      if (nouns) {
        i = nouns.end;
        continue;
      }
    }
    break;
  }
  return i;
}

/** Reads group nouns "sở, ban, ngành, đoàn thể" at `at` (with holders between), or null. */
function readGroupNouns(text: string, at: number, lexicon: Lexicon): { nouns: string[]; end: number; written: string } | null {
  const nouns: string[] = [];
  // The collective as written, office holders cut out: "sở, ban ngành", "tổ chức, cá nhân và hộ gia đình".
  let written = '';
  let i = at;
  for (;;) {
    const holders = readHolders(text, i, lexicon);
    if (holders.at < 0) return nouns.length > 0 ? { nouns: [...nouns, ...holders.implied], end: i, written } : null;
    for (const noun of holders.implied.filter((implied) => !nouns.includes(implied))) {
      nouns.push(noun);
      written += `${noun}, `;
    }
    const start = holders.at;
    if (notNameAt(text, start, lexicon)) break;
    const noun = phraseAt(lexicon.agencyNames.groupNouns, text, start) || phraseAt(lexicon.agencyNames.heads, text, start);
    if (!noun) break;
    let end = start + noun;
    // "các Ban Xây dựng Đảng Tỉnh ủy", "các Sở Tài chính": a group noun with its proper name.
    end = readProperWords(text, end, lexicon);
    const named = end > start + noun;
    nouns.push(text.slice(start, end));
    written += text.slice(start, end);
    i = end;
    const separator =
      /^(?:,\s+|\s+và\s+|\s+hoặc\s+)/u.exec(text.slice(i)) ??
      (!named && phraseAt(lexicon.agencyNames.groupNounsAfterSpace, text, skipSpaces(text, i)) ? /^\s+/u.exec(text.slice(i)) : null);
    if (!separator) break;
    const next = i + separator[0].length;
    // "các Ban Hội đồng nhân dân, Tổ đại biểu …": after a named group, a capitalised noun is another actor.
    if (named && UPPER_START.test(text.slice(next))) break;
    // A new named body ("…, Sở Tài chính") or a new collective ("… và các đơn vị") ends this one.
    if (COLLECTIVE_OPENER.test(text.slice(next)) || startsNamedBody(text, next, lexicon)) break;
    const following = readHolders(text, next, lexicon);
    if (
      following.at < 0 ||
      !(phraseAt(lexicon.agencyNames.groupNouns, text, following.at) || phraseAt(lexicon.agencyNames.heads, text, following.at))
    )
      break;
    if (startsNamedBody(text, following.at, lexicon)) break;
    written += separator[0].replace(/^\s+|\s+$/gu, (space) => (space ? ' ' : '')).replace(/^ ,/u, ',');
    written = written.replace(/\s*,\s*$/u, ', ').replace(/\s+(và|hoặc)\s*$/u, ' $1 ');
    i = next;
  }
  return nouns.length > 0 ? { nouns, end: i, written } : null;
}

/** True when the words at `at` only look like a name: "Trường hợp …", "Bộ chỉ số …", "Hội nghị …". */
function notNameAt(text: string, at: number, lexicon: Lexicon): boolean {
  return phraseAt(lexicon.agencyNames.notNames, text, at) > 0;
}

/** True when a body with its own head word and capitalised name starts at `at` ("Sở Tài chính", not "sở, ngành"). */
function startsNamedBody(text: string, at: number, lexicon: Lexicon): boolean {
  if (notNameAt(text, at, lexicon)) return false;
  if (phraseAt(lexicon.agencyNames.known, text, at)) return UPPER_START.test(text.slice(at));
  const head = phraseAt(lexicon.agencyNames.heads, text, at);
  if (!head || !UPPER_START.test(text.slice(at))) return false;
  const next = skipSpaces(text, at + head);
  // "Sở Tài chính", "UBND tỉnh", "Ủy ban nhân dân các tỉnh", "Văn phòng đăng ký đất đai".
  return (
    UPPER_START.test(text.slice(next)) ||
    /^[A-ZĐ]{2,}/u.test(text.slice(at)) ||
    / nhân dân$/u.test(text.slice(at, at + head)) ||
    phraseAt(lexicon.agencyNames.nameWords, text, next) > 0 ||
    // "Bảo hiểm xã hội thành phố", "Công an tỉnh": a head word whose name is its level.
    (/\s/u.test(text.slice(at, at + head)) && phraseAt(lexicon.agencyNames.qualifiers, text, next) > 0)
  );
}

/**
 * The proper name after a group noun: "các Ban Xây dựng Đảng Tỉnh ủy", "các đại biểu Hội đồng
 * nhân dân thành phố" (a named body), capitalised words with their completing syllables.
 */
function readProperWords(text: string, at: number, lexicon: Lexicon): number {
  const next = skipSpaces(text, at);
  if (next > at && startsNamedBody(text, next, lexicon)) return readBody(text, next, lexicon)?.end ?? at;
  let i = at;
  for (;;) {
    const start = skipSpaces(text, i);
    if (start === i) break;
    const word = wordAt(text, start);
    if (!word || !UPPER_START.test(word)) break;
    // "các Ban Xây dựng Đảng Tỉnh ủy": the body the group belongs to ends the name.
    if (startsNamedBody(text, start, lexicon)) {
      i = readBody(text, start, lexicon)?.end ?? start + word.length;
      break;
    }
    i = start + word.length;
    i = readCompletion(text, i, lexicon);
  }
  return i;
}

/** One lower-case syllable completing the capitalised word before it ("Tài chính"), unless a predicate starts there. */
function readCompletion(text: string, at: number, lexicon: Lexicon): number {
  const start = skipSpaces(text, at);
  if (start === at) return at;
  const word = wordAt(text, start);
  if (!word || UPPER_START.test(word) || /^\d/u.test(word)) return at;
  const nameWord = phraseAt(lexicon.agencyNames.nameWords, text, start);
  if (nameWord) return start + nameWord;
  // "Sở Công Thương chủ trì", "Sở Y tế tập trung": a predicate of two words or more ends the name;
  // a one-syllable verb is more often the second half of the name's word ("Xây dựng").
  const phrase = predicateAt(text, start, lexicon);
  const written = text.slice(start, start + phrase.length);
  const predicate = /\s/u.test(phrase) && written === written.toLowerCase();
  if (predicate || phraseAt(lexicon.agencyNames.qualifiers, text, start)) return at;
  if (
    /^(?:và|của|các|cho|với|về|để|theo|trong|tại|từ|đến|thuộc|hoặc|cùng|là|có|được|đã|sẽ|đang|này|đó|như|khi|nếu|thì|mà|trên|dưới|giữa|sau|trước)$/u.test(
      word,
    )
  )
    return at;
  return start + word.length;
}

/** True when a person's name starts at `at`: a family name followed by one to three capitalised syllables. */
function isPersonAt(text: string, at: number, lexicon: Lexicon): boolean {
  const family = lexicon.agencyNames.familyNames.prefixAt(text, at);
  if (!family || text.slice(at, at + family.length) === family) return false;
  const name = /^\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}(?=$|[\s,.;:)])/u.exec(text.slice(at + family.length));
  if (!name) return false;
  // "Hà Nội", "Thái Nguyên", "Cao Bằng": a place with a family name's first syllable.
  const words = `${text.slice(at, at + family.length)}${name[0]}`.trim();
  return !PLACE_NAMES.some((place) => words.startsWith(place));
}

/** Reads a named body (known name, else head word and name) at `at`, or null. */
function readBody(text: string, at: number, lexicon: Lexicon): { end: number } | null {
  if (notNameAt(text, at, lexicon)) return null;
  const known = phraseAt(lexicon.agencyNames.known, text, at);
  const head = phraseAt(lexicon.agencyNames.heads, text, at);
  if (!known && !head) {
    // "VNMAC có trách nhiệm …": a body known by its acronym, before a predicate.
    const acronym = /^(?:[A-ZĐ]{3,8}|i[A-Z]{2,7})(?![\p{L}\p{N}])/u.exec(text.slice(at))?.[0];
    if (
      !acronym ||
      lexicon.agencyNames.thingAcronyms.has(acronym) ||
      !startsPredicate(text, skipSpaces(text, at + acronym.length), lexicon)
    )
      return null;
    return { end: at + acronym.length };
  }
  let i = at + Math.max(known, head);
  // A head word directly followed by its completing syllable: "Công an", "Thanh tra".
  if (!known) i = readCompletion(text, i, lexicon);
  for (;;) {
    // "Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch": a capitalised part after "và" or a comma.
    const join = /^(\s+và\s+|,\s+)(?=\p{Lu})/u.exec(text.slice(i));
    if (join) {
      const next = i + join[0].length;
      if (startsNamedBody(text, next, lexicon) || phraseAt(lexicon.agencyNames.officeHolders, text, next)) break;
      // A comma joins parts of one name only when a "và" closes it ("Văn hóa, Thể thao và Du lịch").
      if (join[1]!.startsWith(',') && !/^[^,;:.]{0,40}\svà\s\p{Lu}/u.test(text.slice(next))) break;
      i = next - 1;
      continue;
    }
    // "Lao động - Thương binh và Xã hội", "Phát thanh - Truyền hình": a hyphen between capitalised parts.
    const hyphen = /^\s+[-–]\s+(?=\p{Lu})/u.exec(text.slice(i));
    if (hyphen) {
      i += hyphen[0].length - 1;
      continue;
    }
    const start = skipSpaces(text, i);
    if (start === i || start >= text.length) break;
    const word = wordAt(text, start);
    if (!word) break;
    // "Tỉnh ủy Cà Mau Nguyễn Tiến Hải": a person's name after the body is not part of it.
    if (UPPER_START.test(word) && isPersonAt(text, start, lexicon)) break;
    if (UPPER_START.test(word)) {
      // A body named right after a head word, with no separator, is the one it belongs to:
      // "Văn phòng UBND tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Thường trực Hội đồng nhân dân".
      if (startsNamedBody(text, start, lexicon)) {
        i = readBody(text, start, lexicon)?.end ?? start + word.length;
        continue;
      }
      i = readCompletion(text, start + word.length, lexicon);
      continue;
    }
    // Lower-case words: name words ("nhân dân", "vận tải") continue the name; anything else ends it.
    const nameWord = phraseAt(lexicon.agencyNames.nameWords, text, start);
    if (nameWord && !startsPredicate(text, start, lexicon)) {
      i = start + nameWord;
      continue;
    }
    break;
  }
  return { end: readQualifiers(text, i, lexicon) };
}

/** Reads one agency name at `at`, or null. */
export function readAgencyName(text: string, at: number, lexicon: Lexicon): AgencyName | null {
  const holders = readHolders(text, skipSpaces(text, at), lexicon);
  if (holders.at < 0) return { mention: `Các ${holders.implied.join(', ')}`, end: skipSpaces(text, at), collective: true, bare: true };
  const start = holders.at;
  // "Cơ quan chủ trì có trách nhiệm …": a body named by its role, not the label of a field ("Cơ quan chủ trì: …")
  // nor one of a list of roles ("cơ quan, đơn vị chủ trì, đơn vị phối hợp").
  const role = phraseAt(lexicon.agencyNames.roleBodies, text, start);
  if (role && /^\s+\p{Ll}/u.test(text.slice(start + role)) && !/^\s*(?:và|,)/u.test(text.slice(start + role)))
    return { mention: sentenceStart(text.slice(start, start + role)), end: start + role, collective: false, bare: false };
  // "Các Bộ: Công an, Quốc phòng, Văn hóa, Thể thao và Du lịch" names each ministry by its field.
  const enumerated = readEnumeration(text, start, lexicon);
  if (enumerated) return enumerated;
  const opener = COLLECTIVE_OPENER.exec(text.slice(start));
  // "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành": office holders of bodies named only by their kind.
  const heldKinds =
    start > skipSpaces(text, at) && !startsNamedBody(text, start, lexicon) && phraseAt(lexicon.agencyNames.groupNouns, text, start) > 0;
  if (opener || holders.implied.length > 0 || heldKinds) {
    const from = start + (opener?.[0].length ?? 0);
    // "Các Bộ: Công an, Quốc phòng …" is read by the enumeration rule, not as a collective.
    const nouns = readGroupNouns(text, from, lexicon);
    // "Chủ tịch Hội đồng" is the council, not a collective: one kind named alone is its body.
    if (nouns && heldKinds && !opener && nouns.nouns.length === 1 && holders.implied.length === 0)
      return readBodyName(text, start, lexicon);
    if (nouns) {
      const end = readQualifiers(text, nouns.end, lexicon);
      const qualifiers = text.slice(nouns.end, end).trim();
      const implied = holders.implied.filter((noun) => !nouns.nouns.some((n) => n.toLowerCase() === noun));
      const written = [...implied, nouns.written].join(', ');
      return {
        mention: `Các ${written}${qualifiers ? ` ${qualifiers}` : ''}`.replace(/\s+/g, ' ').trim(),
        end,
        collective: true,
        bare: qualifiers === '' || /^(?:cấp|có liên quan|liên quan)/u.test(qualifiers),
      };
    }
    if (opener) return null;
  }
  // "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: …", "…, cơ quan thông tấn báo chí": a collective without "các".
  const lower = !UPPER_START.test(text.slice(start));
  if (lower && phraseAt(lexicon.agencyNames.groupNouns, text, start)) {
    const nouns = readGroupNouns(text, start, lexicon);
    if (nouns) {
      // "cơ quan thuế", "đơn vị y tế": one kind and its field name one body of a regulation.
      let named = nouns.end;
      if (nouns.nouns.length === 1)
        for (let word = phraseAt(lexicon.agencyNames.nameWords, text, skipSpaces(text, named)); word && text[named] === ' ';) {
          named = skipSpaces(text, named) + word;
          word = phraseAt(lexicon.agencyNames.nameWords, text, skipSpaces(text, named));
        }
      const end = readQualifiers(text, named, lexicon);
      return { mention: sentenceStart(text.slice(start, end).trim()), end, collective: named === nouns.end, bare: named === nouns.end };
    }
  }
  if (!startsNamedBody(text, start, lexicon) && !lower) {
    const nouns = readGroupNouns(text, start, lexicon);
    if (nouns && (nouns.nouns.length >= 2 || nouns.written.includes(','))) {
      const end = readQualifiers(text, nouns.end, lexicon);
      return { mention: sentenceStart(text.slice(start, end).trim()), end, collective: true, bare: false };
    }
  }
  return readBodyName(text, start, lexicon);
}

/** Reads a named body at `start` as a mention, or null. */
function readBodyName(text: string, start: number, lexicon: Lexicon): AgencyName | null {
  // "Cơ quan Bảo hiểm xã hội thành phố Huế" is "Bảo hiểm xã hội thành phố Huế": the generic noun before a named body.
  const generic = /^(?:Cơ quan|cơ quan|Đơn vị|đơn vị)\s+/u.exec(text.slice(start));
  const named = generic && startsNamedBody(text, start + generic[0].length, lexicon) ? start + generic[0].length : start;
  const body = readBody(text, named, lexicon);
  if (!body) return null;
  const mention = text
    .slice(named, body.end)
    .trim()
    .replace(/[\s,;:]+$/u, '');
  return mention === '' ? null : { mention, end: body.end, collective: false, bare: false };
}

const sentenceStart = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The word before offset `at` (skipping one space). */
function wordBefore(text: string, at: number): string {
  return /(\S+)\s*$/u.exec(text.slice(0, at))?.[1] ?? '';
}

/** After "các cơ quan, đơn vị:" (two or more kinds of body, then a colon): where the names start, or null. */
function kindsBeforeColon(text: string, at: number, lexicon: Lexicon): number | null {
  const article = /^(?:các|Các)\s+/u.exec(text.slice(at));
  if (!article) return null;
  let i = at + article[0].length;
  let kinds = 0;
  for (;;) {
    const noun = phraseAt(lexicon.agencyNames.groupNouns, text, i);
    if (!noun) return null;
    // The lexicon also lists pairs ("cơ quan, đơn vị").
    kinds += text.slice(i, i + noun).split(',').length;
    i += noun;
    const comma = /^\s*,\s*/u.exec(text.slice(i));
    if (!comma) break;
    i += comma[0].length;
  }
  const colon = /^\s*:\s*/u.exec(text.slice(i));
  return kinds >= 2 && colon ? i + colon[0].length : null;
}

/**
 * "các Sở: Tư pháp, Nội vụ, Tài chính", "Các Bộ: Công an, Quốc phòng, Văn hóa, Thể thao và Du lịch":
 * one head word for several bodies named by their field. Known names decide where each ends, so
 * "Văn hóa, Thể thao và Du lịch" stays one ministry. Returns one mention per body, joined by "; ".
 */
function readEnumeration(text: string, at: number, lexicon: Lexicon): AgencyName | null {
  // "các cơ quan, đơn vị: Văn phòng UBND tỉnh, Sở Tài chính; các đơn vị sự nghiệp …": kinds (lexicon
  // group_nouns), then the bodies by name. "các Sở: Tư pháp, …" names bodies of one kind (below).
  const listFrom = kindsBeforeColon(text, at, lexicon);
  if (listFrom !== null) {
    const mentions: string[] = [];
    let end = -1;
    for (let from = listFrom; ;) {
      const list = readAgencyList(text, from, lexicon);
      if (!list) break;
      mentions.push(...list.mentions);
      end = list.end;
      const next = /^\s*;\s*/u.exec(text.slice(end));
      if (!next) break;
      from = end + next[0].length;
    }
    if (mentions.length >= 2) return { mention: mentions.join('; '), end, collective: false, bare: false };
  }
  const head = /^(?:(?:các|Các)\s+)?(Bộ|Sở)/u.exec(text.slice(at));
  if (!head) return null;
  // "Các Bộ, cơ quan: Tài chính, …, Tập đoàn Điện lực Việt Nam": more kinds of body after the head word.
  let from = at + head[0].length;
  for (;;) {
    const comma = /^\s*,\s*/u.exec(text.slice(from));
    const noun = comma ? phraseAt(lexicon.agencyNames.groupNouns, text, from + comma[0].length) : 0;
    if (!comma || !noun) break;
    from += comma[0].length + noun;
  }
  const colon = /^\s*:\s*/u.exec(text.slice(from));
  if (!colon) return null;
  from += colon[0].length;
  // The fields end where a predicate starts ("… Du lịch chịu trách nhiệm thi hành").
  let stop = from;
  while (stop < text.length && !/[.;:]/u.test(text[stop]!)) {
    if (
      text[stop - 1] === ' ' &&
      /^\p{Ll}/u.test(text.slice(stop)) &&
      startsPredicate(text, stop, lexicon) &&
      !/^\p{Lu}/u.test(wordBefore(text, stop))
    )
      break;
    stop++;
  }
  const span = text.slice(from, stop).trimEnd();
  const parts = span.split(/(\s*,\s*|\s+và\s+)/u);
  const names: string[] = [];
  let end = from;
  for (let i = 0; i < parts.length; i += 2) {
    if (!/^\p{Lu}/u.test(parts[i] ?? '')) break;
    // Greedy on known names: the longest run of parts that, after the head word, is a known body.
    let taken = 0;
    for (let j = parts.length - 1; j >= i; j -= 2) {
      const name = `${head[1]} ${parts.slice(i, j + 1).join('')}`;
      if (lexicon.agencyNames.known.whole(name)) {
        taken = j;
        break;
      }
    }
    const partAt = from + parts.slice(0, i).join('').length;
    // "…, Tập đoàn Điện lực Việt Nam": a body of another kind, named in full with its own head word.
    if (taken === 0 && startsNamedBody(text, partAt, lexicon)) {
      const body = readBodyName(text, partAt, lexicon);
      if (body && body.mention.includes(' ')) {
        names.push(body.mention);
        end = body.end;
        const rest = text.slice(from, body.end).split(/(\s*,\s*|\s+và\s+)/u).length;
        i = Math.max(i, rest - 1);
        continue;
      }
    }
    const last = taken > 0 ? taken : i;
    const words = parts.slice(i, last + 1).join('');
    // The field of the last body ends where its name ends ("Du lịch chỉ đạo …").
    const field =
      last === i && taken === 0
        ? (/^(?:\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)*/u.exec(words)?.[0] ?? words)
        : words;
    // "các Bộ: Tài chính, Nội vụ, Bộ Y tế": a field written with its head word already.
    const named = new RegExp(`^${head[1]}\\s`, 'u').test(field.trim()) ? field.trim() : `${head[1]} ${field.trim()}`;
    names.push(named);
    end = from + parts.slice(0, i).join('').length + field.length;
    i = last;
  }
  if (names.length < 2) return null;
  return { mention: names.join('; '), end, collective: false, bare: false };
}

/** Reads a list of agency names at `at` ("Sở Tài chính, Sở Xây dựng và các đơn vị liên quan"), or null. */
export function readAgencyList(text: string, at: number, lexicon: Lexicon): AgencyList | null {
  // Whether a name follows a separator is asked before the name is read: read each offset once.
  const read = new Map<number, AgencyName | null>();
  const nameAt = (offset: number): AgencyName | null => {
    if (!read.has(offset)) read.set(offset, readAgencyName(text, offset, lexicon));
    return read.get(offset)!;
  };
  const names: AgencyName[] = [];
  let i = at;
  for (;;) {
    const name = nameAt(i);
    if (!name || name.end <= i) break;
    names.push(name);
    i = name.end;
    // "Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan …":
    // the remit of a name in the middle of a list.
    const remitAt = skipSpaces(text, i);
    const remit = remitAt > i ? phraseAt(lexicon.roles.remitOpeners, text, remitAt) : 0;
    if (remit) {
      const after = remitAt + remit + (/^\s+của mình/u.exec(text.slice(remitAt + remit))?.[0].length ?? 0);
      const more = /^(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)/u.exec(text.slice(after));
      if (more && nameAt(after + more[0].length)) i = after;
    }
    // "…, …", "… và …", "… hoặc …", "Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường".
    const separator = /^(?:\s*[,;]\s*(?:và\s+|cùng\s+)?|\s+và\s+|\s+cùng(?:\s+với)?\s+|\s+hoặc\s+|\s*\/\s*(?=\p{Lu}))/u.exec(text.slice(i));
    if (!separator) break;
    const next = i + separator[0].length;
    if (!nameAt(next)) break;
    i = next;
  }
  if (names.length === 0) return null;
  // "Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh" names one collective twice: "Các Sở, ngành, cơ quan cấp tỉnh".
  const mentions: string[] = [];
  let previous: AgencyName | null = null;
  for (const name of names) {
    // An enumeration ("Các Sở: Tư pháp, Nội vụ") gives one mention per body.
    if (name.mention.includes('; ')) {
      mentions.push(...name.mention.split('; '));
      previous = name;
      continue;
    }
    // One collective when an office holder repeats it ("Giám đốc các Sở, Thủ trưởng các ngành …") or in the idiom of
    // single kinds ("các cấp, các ngành, các địa phương"); "các cơ quan báo chí, phương tiện …, các Sở, ban, ngành" is two.
    const single = (mention: string) => !/,|\svà\s/u.test(mention);
    const repeated =
      previous !== null &&
      (!COLLECTIVE_OPENER.test(text.slice(previous.end).replace(/^\s*,\s*/u, '')) || (single(previous.mention) && single(name.mention)));
    if (
      previous &&
      previous.bare &&
      name.collective &&
      repeated &&
      text.slice(previous.end, previous.end + 2).startsWith(',') &&
      mentions.length > 0
    ) {
      mentions[mentions.length - 1] = `${mentions[mentions.length - 1]}, ${name.mention.replace(/^Các\s+/u, '')}`;
    } else mentions.push(name.mention);
    previous = name;
  }
  // A head word or a kind alone names no body ("Cơ quan", "Sở", "Đơn vị"); an acronym does ("VNMAC").
  const named = mentions.filter(
    (mention) => (/\s/u.test(mention) || /^[A-ZĐ]{2,}$|^i[A-Z]/u.test(mention)) && !lexicon.agencyNames.genericAlone.whole(mention),
  );
  return named.length > 0 ? { mentions: named, end: names[names.length - 1]!.end } : null;
}
