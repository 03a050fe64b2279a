/**
 * Who a block's text says acts, by the structure of its clause:
 *
 *   [topic ":"] [condition ","] <directive> <agencies> [role] [":"] <action>   "Giao Sở Tài chính chủ trì …"
 *   [topic ":"] [condition ","] <agencies> <role | verb | ":"> <action>        "Sở Y tế chủ trì, phối hợp với …"
 *   <requester> <request word> <agencies> <action>                              "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở … thực hiện"
 *   <role> … <action>                                                           "Chủ trì, phối hợp với Văn phòng UBND tỉnh …" (actor inherited)
 *   <action verb> …                                                             "Rà soát toàn diện các luật …" (an imperative item)
 *
 * plus partners after "phối hợp (với)" / "chủ trì cùng" anywhere in the text. Words are data
 * (lexicon/roles.yaml, verbs.yaml); the agency names are read by the agency grammar.
 */
import type { Lexicon } from '../lexicon/load.ts';
import { predicateSets, readAgencyList, type AgencyList } from './agency-grammar.ts';

/** What a clause says about who acts. */
export interface Clause {
  /** Agencies the text names as its actor: its subject, or those a directive or request assigns. */
  lead: string[];
  /** Agencies named after "phối hợp (với)", "chủ trì cùng". */
  partners: string[];
  /** How the actor is given: as subject, by a directive ("Giao X", "Đề nghị X"), by a role without subject, or not at all. */
  actor: 'subject' | 'directive' | 'role' | 'none';
  /** The role words say the actor only coordinates ("Phối hợp với Bộ Xây dựng thực hiện …"). */
  coordinates: boolean;
  /** The requester of a request ("Thủ tướng Chính phủ yêu cầu: …"): the lead only when nobody else is named. */
  requester: string[];
  /** Offset in the text where the action starts (after topic, subject, role words and a colon). */
  actionAt: number;
  /** The text only says who the items below belong to: "1. Sở Y tế", "Sở Y tế chủ trì, phối hợp …:", "Đề nghị X". */
  assignsOnly: boolean;
  /** The action opens with an action verb: an imperative item ("Rà soát …", "Thường xuyên kiểm tra …"). */
  imperative: boolean;
  /** A past-tense report ("Tỉnh ủy đã …"), which assigns nothing. */
  past: boolean;
  /**
   * Actors of the later sentences of the text: "Chính phủ sẽ phân công … . Bộ Dân tộc và Tôn giáo
   * chịu trách nhiệm … . Yêu cầu các Bộ, cơ quan …" names three.
   */
  alsoLead: string[];
}

const NONE: Omit<Clause, 'actionAt' | 'imperative' | 'alsoLead'> = {
  lead: [],
  partners: [],
  actor: 'none',
  coordinates: false,
  requester: [],
  assignsOnly: false,
  past: false,
};

/** Longest stretch of text read for a subject after a condition ("Trong thời hạn 05 ngày làm việc, …, X …"). */
const CONDITION_SPAN = 400;

/** Offset after spaces, commas and a colon from `at`. */
function skipJoiners(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\s,]/u.test(text[i]!)) i++;
  return i;
}

/** True when an action verb (after adverbs) opens the text at `at`. */
export function opensWithAction(text: string, at: number, lexicon: Lexicon): boolean {
  let i = skipJoiners(text, at);
  // "Thường xuyên kiểm tra …", "Khẩn trương, quyết liệt triển khai …".
  for (let n = 0; n < 3; n++) {
    const adverb = lexicon.verbs.adverbs.prefixAt(text, i);
    if (!adverb) break;
    const after = skipJoiners(text, i + adverb.length);
    if (after === i + adverb.length && after < text.length) break;
    // An adverb that is also a verb ("Tăng cường …", "Chỉ đạo …") opens an action by itself.
    if (lexicon.verbs.actions.startsAt(text, i)) return true;
    i = after;
  }
  return lexicon.verbs.actions.startsAt(text, i) && !lexicon.verbs.notActions.startsAt(text, i);
}

/** What follows a subject: a role, a verb, a colon or nothing; null when the words are not a predicate. */
function predicateAfter(
  text: string,
  at: number,
  lexicon: Lexicon,
): { kind: 'lead' | 'responsibility' | 'partner' | 'action' | 'colon' | 'end' | 'request'; at: number } | null {
  const { roles } = lexicon;
  let i = at;
  while (i < text.length && text[i] === ' ') i++;
  if (i >= text.length || /^[.;]\s*$/u.test(text.slice(i))) return { kind: 'end', at: i };
  if (text[i] === ':') return { kind: 'colon', at: i + 1 };
  // "Sở Tài chính, Cục thuế tỉnh theo chức năng …", "Sở Y tế, chủ trì …": a comma before the role.
  if (text[i] === ',') i = skipJoiners(text, i);
  const rest = text.slice(i);
  if (/^(?:đã|đang|vẫn|từng|đạt|được)\s/u.test(rest)) return null;
  if (roles.leadMarkers.startsAt(text, i)) return { kind: 'lead', at: i };
  if (roles.responsibilityMarkers.startsAt(text, i)) return { kind: 'responsibility', at: i };
  if (roles.partnerMarkers.startsAt(text, i)) return { kind: 'partner', at: i };
  if (roles.requests.startsAt(text, i)) return { kind: 'request', at: i };
  // "Thủ tướng Chính phủ chỉ đạo:" introduces the items; "Bộ Nội vụ chỉ đạo các đơn vị …" is its own action.
  const directs = roles.directs.prefixAt(text, i);
  if (directs)
    return /^\s*:/u.test(rest.slice(directs.length)) || rest.trim().length === directs.length
      ? { kind: 'request', at: i }
      : { kind: 'action', at: i };
  if (opensWithAction(text, i, lexicon) || lexicon.verbs.afterSubject.startsAt(text, i)) return { kind: 'action', at: i };
  return null;
}

/** Partners named after partner markers anywhere from `from`. */
export function partnersIn(text: string, from: number, lexicon: Lexicon): string[] {
  const partners: string[] = [];
  const pattern = /(?<![\p{L}])(?:phối hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?|chủ trì\s+cùng(?:\s+với)?|cùng\s+với)\s+/giu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const list = readAgencyList(text, match.index + match[0].length, lexicon);
    if (list) for (const mention of list.mentions) if (!partners.includes(mention)) partners.push(mention);
  }
  return partners;
}

/**
 * "Giao Vụ Khoa học kỹ thuật chủ trì …": a name the grammar ended early, followed by a few plain
 * lower-case words and then a role word, reaches to the role word (the role ends a subject).
 */
function extendToRole(text: string, list: AgencyList, lexicon: Lexicon): AgencyList {
  const tail = /^((?:\s+[\p{Ll}]+){1,4})(?=\s*,?\s+)/u.exec(text.slice(list.end));
  if (!tail) return list;
  const words = tail[1]!.trim().split(/\s+/u);
  for (let n = 1; n <= words.length; n++) {
    const end =
      list.end +
      tail[1]!
        .split(/\s+/u)
        .slice(0, n + 1)
        .join(' ').length;
    const rest = text.slice(end).replace(/^[\s,]+/u, '');
    const { roles } = lexicon;
    const role =
      roles.leadMarkers.startsWith(rest) || roles.responsibilityMarkers.startsWith(rest) || roles.partnerMarkers.startsWith(rest);
    if (!role) continue;
    const between = text.slice(list.end, end);
    // Only plain words: none of them may start a predicate of its own.
    if (words.slice(0, n).some((_, k) => predicateWordAt(between, k, lexicon))) return list;
    const mentions = [...list.mentions];
    mentions[mentions.length - 1] = `${mentions[mentions.length - 1]}${between}`.replace(/\s+/g, ' ');
    return { mentions, end };
  }
  return list;
}

/** True when the k-th word of `between` starts a predicate (a verb, role, adverb or clause word). */
function predicateWordAt(between: string, k: number, lexicon: Lexicon): boolean {
  const word = between.trim().split(/\s+/u).slice(k).join(' ');
  return predicateSets(lexicon).some((set) => set.startsWith(word));
}

/**
 * "7. Báo và Phát thanh, Truyền hình thành phố": a short text that opens with a name and says
 * nothing else is an agency heading; the whole of it is the name the grammar could not finish.
 */
function wholeHeadingName(text: string, list: AgencyList, lexicon: Lexicon): Omit<Clause, 'imperative' | 'alsoLead'> | null {
  const rest = text.slice(list.end).trim().replace(/:$/u, '');
  if (text.length > 200 || /[.;:!?]/u.test(rest)) return null;
  const words = rest.replace(/^[,\s]+/u, '').split(/\s+/u);
  // A word right after a capitalised one completes it ("Truyền hình"), whatever verb it starts.
  if (words.some((_, k) => !/^\p{Lu}/u.test(words[k - 1] ?? '') && predicateWordAt(rest.replace(/^[,\s]+/u, ''), k, lexicon))) return null;
  // "…, Cổng Thông tin điện tử tính, Hệ thống truyền thanh cơ sở": what the grammar could not read
  // belongs to the name before it; the names after it are names again.
  const mentions = [...list.mentions];
  const pieces = text
    .slice(list.end)
    .replace(/:\s*$/u, '')
    .split(/,\s+|\s+và\s+(?=\p{Ll})/u);
  mentions[mentions.length - 1] = `${mentions[mentions.length - 1]}${pieces[0]}`.replace(/\s+/g, ' ').trim();
  for (const piece of pieces.slice(1)) {
    const name = readAgencyList(piece, 0, lexicon);
    if (name && name.end >= piece.trim().length) mentions.push(...name.mentions);
    else mentions[mentions.length - 1] = `${mentions[mentions.length - 1]}, ${piece}`.trim();
  }
  return { ...NONE, lead: mentions, actor: 'subject', assignsOnly: true, actionAt: text.length };
}

/** Reads the actor of a subject found at `at`; null when no agency list with a predicate starts there. */
function subjectAt(text: string, at: number, lexicon: Lexicon): Omit<Clause, 'imperative' | 'alsoLead'> | null {
  const read = readAgencyList(text, at, lexicon);
  if (!read) return null;
  const afterRead = predicateAfter(text, read.end, lexicon);
  const list = afterRead ? read : extendToRole(text, read, lexicon);
  const predicate = list === read ? afterRead : predicateAfter(text, list.end, lexicon);
  if (!predicate) return at === 0 ? wholeHeadingName(text, list, lexicon) : null;
  if (predicate.kind === 'request') {
    // "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở … thực hiện …": the requested agencies act.
    const word = (lexicon.roles.requests.prefixAt(text, predicate.at) ?? lexicon.roles.directs.prefixAt(text, predicate.at))!;
    const after = skipJoiners(text, predicate.at + word.length);
    if (text[after] === ':' || after >= text.length) return { ...NONE, requester: list.mentions, assignsOnly: true, actionAt: after + 1 };
    const requested = readAgencyList(text, after, lexicon);
    // "Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp …": no agencies after the word, so it is the subject's own action.
    if (!requested) return { ...NONE, lead: list.mentions, actor: 'subject', ...rolesAfter(text, list.end, lexicon) };
    const role = rolesAfter(text, requested.end, lexicon);
    return { ...NONE, lead: requested.mentions, actor: 'directive', requester: list.mentions, ...role };
  }
  if (predicate.kind === 'end') return { ...NONE, lead: list.mentions, actor: 'subject', assignsOnly: true, actionAt: predicate.at };
  if (predicate.kind === 'colon') {
    const action = skipJoiners(text, predicate.at);
    return { ...NONE, lead: list.mentions, actor: 'subject', assignsOnly: action >= text.length, actionAt: action };
  }
  return { ...NONE, lead: list.mentions, actor: 'subject', ...rolesAfter(text, list.end, lexicon) };
}

/** The role words after an actor: where the action starts, whether the actor only coordinates, a lead-in colon. */
function rolesAfter(text: string, at: number, lexicon: Lexicon): Pick<Clause, 'actionAt' | 'coordinates' | 'assignsOnly' | 'partners'> {
  const rest = text.slice(at);
  const colon = /:/u.exec(rest);
  const sentence = /[.;](?:\s|$)/u.exec(rest);
  // "Sở Y tế chủ trì, phối hợp với các sở, ngành …:" introduces the items below.
  const colonFirst = colon !== null && (sentence === null || colon.index < sentence.index) && colon.index < 400;
  const afterColon = colonFirst ? skipJoiners(text, at + colon.index + 1) : -1;
  const leadMarker = lexicon.roles.leadMarkers.startsWith(rest.trimStart().replace(/^,\s*/u, ''));
  const coordinates = !leadMarker && lexicon.roles.partnerMarkers.startsWith(rest.trimStart().replace(/^,\s*/u, ''));
  return {
    actionAt: colonFirst ? afterColon : at,
    coordinates,
    assignsOnly: colonFirst && afterColon >= text.length,
    partners: partnersIn(colonFirst ? text.slice(0, at + colon.index) : text, at, lexicon),
  };
}

/** Reads who the text of a block says acts. `text` is the block's content (its label removed). */
export function readClause(text: string, lexicon: Lexicon): Clause {
  // Footnote markers before the text ("a) [7] Cục Tài chính …") are not part of it.
  const body = text.replace(/^(?:\[\d{1,3}\]|\(\d{1,2}\))\s*/u, '').replace(/\s+/g, ' ');
  const offset = text.length - body.length;
  const clause = readBody(body, lexicon);
  const actionAt = Math.min(body.length, clause.actionAt);
  const imperative =
    opensWithAction(body, actionAt, lexicon) ||
    (clause.actor === 'role' && !clause.assignsOnly) ||
    // "Việc triển khai cứu trợ … được thực hiện theo phương châm …": a prescription in the passive.
    /^Việc\s[^.;]{5,150}?\s(?:phải|cần|được thực hiện|được triển khai|được tổ chức|bảo đảm|đảm bảo)\s/u.test(body.slice(actionAt));
  // "Tỉnh ủy đã tập trung …", "… đạt được nhiều kết quả": a report of the past assigns nothing.
  // "Rà soát quy trình … đã được Chủ tịch UBND tỉnh phê duyệt" is an imperative with a relative clause, not a report.
  const past =
    clause.actor !== 'directive' && !imperative && /(?:^|\s)(?:đã|đạt được|được công nhận|năm qua)(?=\s)/u.test(body.slice(0, 60));
  const alsoLead: string[] = [];
  const named = clause.actor === 'subject' || clause.actor === 'directive';
  if (!clause.assignsOnly) {
    // After an item without subject only a directive names an actor ("… (3). Giao Sở Kế hoạch và Đầu tư chủ trì …").
    for (const sentence of body.matchAll(/(?<=[.!?]["”)]?\s)(?=\p{Lu})/gu)) {
      const at = sentence.index ?? 0;
      if (at <= clause.actionAt) continue;
      const next = directiveAt(body, at, lexicon) ?? (named ? subjectAt(body, at, lexicon) : null);
      if (next && !next.assignsOnly)
        for (const mention of next.lead) if (![...clause.lead, ...alsoLead].includes(mention)) alsoLead.push(mention);
    }
  }
  return { ...clause, actionAt: actionAt + Math.max(0, offset), imperative, past, alsoLead };
}

function readBody(text: string, lexicon: Lexicon): Omit<Clause, 'imperative' | 'alsoLead'> {
  // "Trách nhiệm của Sở Giáo dục và Đào tạo", "Đối với Ủy ban nhân dân các xã:": a heading that assigns a group.
  const group = groupHeadingAt(text, lexicon);
  if (group) return group;
  // "Về triển khai Chương trình: Chính phủ sẽ …", "Giai đoạn khẩn cấp (0-48 giờ): Tổ chức lực lượng …":
  // a topic or label, then the clause.
  const about = /^Về\s[^:.;]{3,120}:\s*/u.exec(text);
  // The clause at the start decides whether a label opens the text, and is the clause when nothing does: read it once.
  const atStart = about ? null : clauseAt(text, 0, lexicon);
  const topic = about ?? (atStart ? null : labelPrefix(text, lexicon));
  let start = topic ? topic[0].length : 0;
  // "Theo chức năng, nhiệm vụ tăng cường …": the remit, then the action of an inherited actor.
  const remit = lexicon.roles.remitOpeners.prefixAt(text, start);
  if (remit) {
    start = skipJoiners(text, start + remit.length);
    const inner = clauseAt(text, start, lexicon);
    return inner ?? { ...NONE, actor: 'role', partners: partnersIn(text, start, lexicon), actionAt: start };
  }
  const direct = start === 0 ? atStart : clauseAt(text, start, lexicon);
  if (direct) return direct;
  // "Thường xuyên rà soát, kịp thời tham mưu, … đề xuất các bộ, ban, ngành …": an imperative item; the
  // agencies inside it are not its actor; those it works with ("… chủ trì, phối hợp với Bộ Tài chính …") are its partners.
  if (opensWithAction(text, start, lexicon)) return { ...NONE, partners: partnersIn(text, start, lexicon), actionAt: start };
  // "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân thành phố …":
  // a condition or time before the subject.
  const firstSentence = text.slice(0, /[.;](?:\s|$)/u.exec(text.slice(start))?.index ?? text.length);
  for (const comma of firstSentence.matchAll(/,\s+/gu)) {
    const at = (comma.index ?? 0) + comma[0].length;
    if (at > CONDITION_SPAN) break;
    // After a condition the subject is a name ("…, Phòng Kinh tế xã rà soát") or a collective ("…, các Bộ, cơ quan …"),
    // not a bare lower-case noun of the condition ("… của Chính phủ, phường …").
    if (!/^(?:\p{Lu}|các\s|những\s|giao\s|đề nghị\s|yêu cầu\s)/u.test(text.slice(at))) continue;
    const found = subjectAt(text, at, lexicon) ?? directiveAt(text, at, lexicon);
    if (found && found.lead.length > 0) return found;
  }
  // "… Từ đó, đồng chí đề nghị các thủ trưởng cơ quan, đơn vị …", "1. Căn cứ …, yêu cầu Thủ trưởng các sở … tập trung …:":
  // a directive inside the sentence assigns the agencies after it.
  for (const match of text.matchAll(/(?<=\s)(?:giao|đề nghị|yêu cầu|Giao|Đề nghị|Yêu cầu)\s+/gu)) {
    const found = directiveAt(text, match.index ?? 0, lexicon);
    if (found && found.lead.length > 0) return found;
  }
  // "Đối với các khu, cụm công nghiệp …, yêu cầu …", "Căn cứ mục tiêu của Đề án để cụ thể hóa …",
  // "Trong quá trình triển khai Đề án nghiên cứu phân cấp …": a condition, then the action.
  if (lexicon.roles.conditionOpeners.startsAt(text, start)) {
    const action = actionAfterCondition(text, start, lexicon);
    if (action >= 0) return { ...NONE, actionAt: action };
  }
  return { ...NONE, actionAt: start };
}

/**
 * The label of a phase, step or group before a colon: "Giai đoạn 48-72 giờ: …", "Bước 2: …",
 * "Nhóm 1: …", "Lưu ý: …" (a label that opens with a counting noun, or "Lưu ý").
 */
function labelPrefix(text: string, lexicon: Lexicon): RegExpExecArray | null {
  const label = /^[^:.;]{3,60}:\s+(?=\S)/u.exec(text);
  if (!label || label[0].trim().split(/\s+/u).length > 8) return null;
  if (!lexicon.layout.countingNouns.startsWith(text) && !/^Lưu ý/u.test(text)) return null;
  return label;
}

/** "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của": the nouns of a group heading up to "của". */
function groupHeadingNouns(text: string, lexicon: Lexicon): string | null {
  let i = /^Quy định\s+/iu.exec(text)?.[0].length ?? 0;
  let nouns = 0;
  for (;;) {
    const noun = lexicon.roles.groupHeadingNouns.prefixAt(text, i);
    if (!noun) break;
    nouns++;
    i += noun.length;
    const joint = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)/iu.exec(text.slice(i));
    if (!joint) break;
    i += joint[0].length;
  }
  const of = /^\s+(?:cụ thể\s+)?(?:của|đối với)\s+/iu.exec(text.slice(i));
  return nouns > 0 && of ? text.slice(0, i + of[0].length) : null;
}

/** "Trách nhiệm của X", "Nhiệm vụ của X", "Đối với X:" — the items below belong to X. */
function groupHeadingAt(text: string, lexicon: Lexicon): Omit<Clause, 'imperative' | 'alsoLead'> | null {
  const heading = lexicon.roles.groupHeadings.prefix(text) ?? groupHeadingNouns(text, lexicon);
  if (!heading || lexicon.roles.directives.startsWith(text)) return null;
  const read = readAgencyList(text, skipJoiners(text, heading.length), lexicon);
  if (!read) return null;
  // "Trách nhiệm của Cơ quan có chức năng quản lý đất đai cấp xã": the rest of a short heading is the name.
  const whole = wholeHeadingName(text, read, lexicon);
  const list = whole ? { mentions: whole.lead, end: text.length } : read;
  const end = skipJoiners(text, list.end);
  // "Trách nhiệm của Sở Tư pháp hướng dẫn, tổ chức thực hiện …" is a sentence: the action follows.
  const rest = text.slice(end).replace(/^[:.]\s*/u, '');
  return { ...NONE, lead: list.mentions, actor: 'subject', assignsOnly: rest === '', actionAt: text.length - rest.length };
}

/** Where the action starts after a condition: after a comma or "để", or after the condition's first words; -1 when none. */
function actionAfterCondition(text: string, start: number, lexicon: Lexicon): number {
  const sentence = text.slice(start, start + CONDITION_SPAN);
  for (const joint of sentence.matchAll(/(?:,\s+|\sđể\s+)/gu)) {
    const at = start + (joint.index ?? 0) + joint[0].length;
    if (opensWithAction(text, at, lexicon)) return at;
  }
  // No comma: "Trong quá trình triển khai Đề án nghiên cứu phân cấp …" — the first action verb after a name.
  for (const word of sentence.matchAll(/(?<=\p{L}\s)(?=\p{Ll})/gu)) {
    const at = start + (word.index ?? 0);
    if (at - start < 12) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    if (/\p{Lu}\p{Ll}*\s$/u.test(before) && opensWithAction(text, at, lexicon) && !/\s(?:các|của|và|cho)\s$/u.test(before)) return at;
  }
  return -1;
}

/** A clause opening at `at`: a role without subject, a directive, or a subject. */
function clauseAt(text: string, at: number, lexicon: Lexicon): Omit<Clause, 'imperative' | 'alsoLead'> | null {
  const rest = text.slice(at);
  // "Chủ trì, phối hợp với Văn phòng UBND tỉnh …", "Phối hợp với Bộ Xây dựng thực hiện …": the actor is inherited.
  const role = lexicon.roles.subjectlessRoles.prefix(rest);
  if (role && /^\p{Lu}/u.test(rest)) {
    const coordinates = !lexicon.roles.leadMarkers.startsWith(rest);
    return { ...NONE, actor: 'role', coordinates, partners: partnersIn(text, at, lexicon), actionAt: at };
  }
  return directiveAt(text, at, lexicon) ?? subjectAt(text, at, lexicon);
}

/** "Giao Sở Tài chính chủ trì …", "Đề nghị Ủy ban MTTQ …", "Yêu cầu các sở …" at `at`, or null. */
function directiveAt(text: string, at: number, lexicon: Lexicon): Omit<Clause, 'imperative' | 'alsoLead'> | null {
  const directive = lexicon.roles.directives.prefixAt(text, at);
  if (!directive) return null;
  const after = skipJoiners(text, at + directive.length);
  // "Giao nhiệm vụ cho …", "Giao cho Sở …".
  const target = /^(?:nhiệm vụ\s+)?cho\s+/u.exec(text.slice(after));
  const listAt = target ? after + target[0].length : after;
  const read = readAgencyList(text, listAt, lexicon);
  if (!read) return null;
  const list = predicateAfter(text, read.end, lexicon) ? read : extendToRole(text, read, lexicon);
  const end = skipJoiners(text, list.end);
  if (end >= text.length || /^[.;:]\s*$/u.test(text.slice(end)))
    return { ...NONE, lead: list.mentions, actor: 'directive', assignsOnly: true, actionAt: text.length };
  return { ...NONE, lead: list.mentions, actor: 'directive', ...rolesAfter(text, list.end, lexicon) };
}
