/**
 * Reads who is assigned a task from the start of a block:
 *
 *   "Sở Y tế chủ trì, phối hợp với các sở, ngành, địa phương có liên quan:"   → lead-in
 *   "Sở Tài chính, Cục thuế tỉnh theo chức năng, nhiệm vụ phối hợp với …:"    → two leads
 *   "Sở Tài chính chủ trì, phối hợp với …: quản lý chặt chẽ …"               → inline task
 *   "Trung tâm Phát triển quỹ đất, Ủy ban nhân dân các huyện … tập trung …"  → own subject
 *   "Giao Sở Kế hoạch và Đầu tư chủ trì …", "Đề nghị …", "X có trách nhiệm …"
 */
import { alternation, STRONG_VERBS, TASK_VERBS, WEAK_VERBS } from '../lexicon/verbs.ts';
import { splitAgencyList, startsWithAgency } from './agency-list.ts';
import { cutAfterKnownName, lexiconAgency } from './agency-name.ts';

/** Agencies named as responsible in a block, as written (not yet resolved). */
export interface Assignment {
  lead: string[];
  partners: string[];
  /** True when the block only introduces a list ("…:" with nothing after the colon). */
  leadIn: boolean;
  /** The task text after the assignment (empty for a lead-in). */
  task: string;
}

// Words that end the subject and say what role it has.
const ROLE_MARKER =
  /(?:,\s*|\s+)(?:chủ trì|theo chức năng|căn cứ|trong phạm vi|có trách nhiệm|chịu trách nhiệm|phối hợp|là cơ quan|được giao|thực hiện các nhiệm vụ sau|thực hiện một số nhiệm vụ)|\s*:/u;

// Verbs that open a task, ending a bare subject ("Sở Y tế tập trung …"). Strong verbs
// never occur lower-case inside an agency name; weak ones do ("Trung tâm … hỗ trợ
// doanh nghiệp", "Ban quản lý dự án đầu tư xây dựng"), so they only count without a role word.
/** A strong task verb after a space (ends a subject). */
export const STRONG_VERB = new RegExp(String.raw`\s+(?:${alternation(STRONG_VERBS)})(?=[\s,.:;]|$)`, 'u');
/** A verb that can also sit inside a name; ends a subject only without a role word. */
export const WEAK_VERB = new RegExp(String.raw`\s+(?:${alternation(WEAK_VERBS)})(?=[\s,.:;]|$)`, 'u');

// A partner list ends at punctuation or at the verb that starts the task
// ("… phối hợp với Sở KH&CN đánh giá chỉ số …").
const PARTNER_END = new RegExp(
  String.raw`\s*(?::|;|\.\s|\.$|\s+để\s|\s+trong việc\s|\s+(?:${alternation(TASK_VERBS)})(?=[\s,.:;]|$))`,
  'u',
);

const DIRECTIVE = /^(?:Giao|Đề nghị|Yêu cầu|Ủy quyền|Uỷ quyền|Chỉ đạo)\s+(?=\p{Lu}|các\s)/u;

// A past-tense subject ("Tỉnh ủy đã …") reports results; it assigns nothing.
const PAST_TENSE = /\s(đã|đang|vẫn|từng)$/u;

/** Partner agencies named after "phối hợp (với)" in `text`. */
export function partnersAfter(text: string): string[] {
  const match = /phối hợp(?: chặt chẽ)?(?: với)?\s+/u.exec(text);
  if (!match) return [];
  const rest = text.slice(match.index + match[0].length);
  const end = PARTNER_END.exec(rest);
  const span = end ? rest.slice(0, end.index) : rest.slice(0, 200);
  if (!startsWithAgency(span, true)) return [];
  return splitAgencyList(span);
}

// "Trách nhiệm của Sở Giáo dục và Đào tạo" heads the list of that agency's tasks.
// So does "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp" (often in capitals).
// Matched on the lower-cased text; the agency after it must start with a capital (or "các").
const RESPONSIBILITY_HEADING =
  /^(?:quy định\s+)?(?:chức năng,?\s+)?(?:trách nhiệm|nhiệm vụ)(?:,?\s+(?:và\s+)?quyền hạn)?(?:\s+và\s+cơ cấu tổ chức)?(?: cụ thể)?(?: của)?\s+/u;
// "a) Chủ trì, phối hợp với Văn phòng UBND tỉnh …": the lead comes from the heading above.
const SUBJECTLESS_ROLE = /^(?:Chủ trì|Là cơ quan chủ trì|Phối hợp|Chủ động phối hợp)(?=[\s,])/u;

/** Parses an assignment at the start of `text` (a block's content), or null when none. */
export function parseAssignment(text: string): Assignment | null {
  // Footnote markers before the text ("a) [7] Cục Tài chính …") are not part of it.
  const trimmed = text
    .trim()
    .replace(/^\*+|\*+$/g, '')
    .replace(/^(?:\[\d{1,3}\]|\(\d{1,2}\))\s*/u, '');
  const responsibility = RESPONSIBILITY_HEADING.exec(trimmed.toLowerCase());
  if (responsibility) {
    const rest = trimmed.slice(responsibility[0].length).replace(/[:.]\s*$/u, '');
    // Headings in capitals ("… CỦA SỞ TƯ PHÁP") name the agency in capitals too.
    const span = rest === rest.toUpperCase() ? rest.charAt(0) + rest.slice(1).toLowerCase() : rest;
    // "NHIỆM VỤ TRỌNG TÂM" is a topic, not "the tasks of" an agency.
    const lead = span.length < 200 && startsWithAgency(span) ? splitAgencyList(span.replace(/;\s*/gu, ', ')) : [];
    if (lead.length > 0) return { lead, partners: [], leadIn: true, task: '' };
  }
  if (SUBJECTLESS_ROLE.test(trimmed)) {
    const partners = /^Chủ trì/u.test(trimmed) ? partnersAfter(trimmed.split(/:\s/u)[0] ?? trimmed) : [];
    return partners.length > 0 ? { lead: [], partners, leadIn: false, task: trimmed } : null;
  }
  // "Đề nghị các Bộ, ngành …" assigns the group; "Chỉ đạo các cơ quan báo chí …" is the task of the lead above.
  const stripped = trimmed.replace(DIRECTIVE, '');
  const body = /^(?:Giao|Đề nghị)\s/u.test(trimmed) ? stripped.replace(/^các\s/u, 'Các ') : stripped;
  const enumerated = parseEnumeratedBodies(body);
  if (enumerated) return enumerated;
  if (!startsWithAgency(body)) return null;
  const firstSentence = body.split(/(?<=[.;])\s/u)[0] ?? body;
  const role = ROLE_MARKER.exec(firstSentence);
  const strong = STRONG_VERB.exec(firstSentence);
  const weak = role ? null : WEAK_VERB.exec(firstSentence);
  const verb = strong && weak ? (strong.index < weak.index ? strong : weak) : (strong ?? weak);
  const cut = role && (!verb || role.index <= verb.index) ? role : verb;
  // "Sở Y tế" alone on a line introduces the list below it.
  if (!cut && body.length < 150 && !/[.;]/u.test(body)) {
    // A bare acronym line is more likely a table header ("STT") than an agency.
    const lead = splitAgencyList(body).filter((mention) => /\s/u.test(mention));
    return lead.length > 0 ? { lead, partners: [], leadIn: true, task: '' } : null;
  }
  if (!cut || cut.index === 0 || cut.index > 260) return null;
  const subject = firstSentence.slice(0, cut.index);
  if (PAST_TENSE.test(subject) || /[.;]/u.test(subject)) return null;
  // "Ngân hàng Nhà nước Việt Nam điều hành chính sách …": the task starts after the known name.
  const lead = splitAgencyList(subject).map(cutAfterKnownName);
  if (lead.length === 0) return null;
  const colon = body.indexOf(':');
  const afterColon = colon >= 0 && colon < 400 ? body.slice(colon + 1).trim() : null;
  const roleText = colon >= 0 ? body.slice(cut.index, colon) : firstSentence.slice(cut.index);
  const task = afterColon ?? body.slice(cut.index).replace(/^[\s,]+/u, '');
  return { lead, partners: partnersAfter(roleText), leadIn: afterColon === '', task };
}

// "Các Bộ: Công an, Quốc phòng, Văn hóa, Thể thao và Du lịch chỉ đạo …" names each ministry by its field.
const ENUMERATED = /^(?:(?:Bộ trưởng|Thủ trưởng|Giám đốc)\s+)?[Cc]ác\s+(Bộ|Sở)\s*:\s*/u;

/** Reads "Các Bộ: A, B và C <verb> …" as the ministries (or departments) A, B and C, or null. */
function parseEnumeratedBodies(body: string): Assignment | null {
  const head = ENUMERATED.exec(body);
  if (!head) return null;
  const rest = body.slice(head[0].length);
  const verb = ROLE_MARKER.exec(rest) ?? STRONG_VERB.exec(rest) ?? WEAK_VERB.exec(rest);
  if (!verb || verb.index === 0) return null;
  const fields = rest
    .slice(0, verb.index)
    .split(/\s*,\s*|\s+và\s+/u)
    .filter((field) => field !== '');
  const lead: string[] = [];
  // Greedy on known names, so "Văn hóa, Thể thao và Du lịch" stays one ministry.
  for (let i = 0; i < fields.length;) {
    let taken = 1;
    for (let j = fields.length; j > i + 1; j--) {
      const joined = `${head[1]} ${fields.slice(i, j).join(', ')}`;
      if (lexiconAgency(joined) || lexiconAgency(joined.replace(/, (?=[^,]*$)/u, ' và '))) {
        taken = j - i;
        break;
      }
    }
    const name = `${head[1]} ${fields.slice(i, i + taken).join(', ')}`;
    lead.push(lexiconAgency(name)?.name ?? lexiconAgency(name.replace(/, (?=[^,]*$)/u, ' và '))?.name ?? name);
    i += taken;
  }
  const task = rest.slice(verb.index).replace(/^[\s,:]+/u, '');
  return { lead, partners: partnersAfter(task), leadIn: task === '', task };
}

/** Assignments made inside a sentence: "… (3). Giao Sở Kế hoạch và Đầu tư chủ trì …". */
export function parseEmbeddedAssignments(text: string): Assignment[] {
  const found: Assignment[] = [];
  const pattern = /(?:^|[.;:]\s+|,\s+|\s)(?:giao|Giao|đề nghị|Đề nghị|yêu cầu|Yêu cầu)\s+(?=\p{Lu}|các\s)/gu;
  for (const match of text.matchAll(pattern)) {
    if (match.index === 0) continue;
    const assignment = parseAssignment(text.slice(match.index + match[0].length).replace(/^các\s+/u, 'Các '));
    if (assignment) found.push({ ...assignment, leadIn: false });
  }
  return found;
}

/** A labelled field under a task: "- Cơ quan chủ trì: Sở Nội vụ", "- Thời gian thực hiện: Quý I/2026". */
export interface TaskField {
  field: 'lead' | 'partners' | 'deadline';
  value: string;
  agencies: string[];
}

const FIELD_LINE =
  /^(?:[-+•*]\s*)?(?:(?:Cơ quan|Đơn vị)\s+)?(chủ trì(?: thực hiện)?|phối hợp(?: thực hiện)?|thực hiện|thời gian (?:thực hiện|hoàn thành)|thời hạn(?: hoàn thành)?|tiến độ(?: thực hiện)?)\s*:\s*(.+)$/iu;

/** Reads a labelled field line, or null when `text` is not one. */
export function parseTaskField(text: string): TaskField | null {
  const match = FIELD_LINE.exec(text.trim());
  if (!match) return null;
  const label = (match[1] ?? '').toLowerCase();
  const value = (match[2] ?? '').trim();
  if (/^(thời gian|thời hạn|tiến độ)/u.test(label)) return { field: 'deadline', value, agencies: [] };
  const agencies = startsWithAgency(value, true) ? splitAgencyList(value.replace(/[.;]\s*$/u, '')) : [];
  return { field: /^phối hợp/u.test(label) ? 'partners' : 'lead', value, agencies };
}
