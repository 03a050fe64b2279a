/**
 * Commitments: the tasks of a document, each with lead and partner agencies, deadlines,
 * themes, targets and cited documents. The stages, in order:
 *
 *   clause.ts            who each block's text says acts (subject, directive, role, partners)
 *   fields.ts            labelled field lines and the task(s) they belong to
 *   task-table.ts        the rows of task tables, with their own cells
 *   tasks.ts             which blocks are tasks (zones, clause structure, finest level)
 *   who.ts               lead and partners by scope (own subject, fields, enclosing assignments)
 *   cross-references.ts  "… thực hiện các nhiệm vụ tại mục 1, 2 Phần III" → the items named
 *
 * then agencies are resolved, deadlines, references, themes and targets attached.
 */
import type { Lexicon } from '../lexicon/load.ts';
import type { AgencyResolver } from './agencies.ts';
import { readClause, type Clause } from './clause.ts';
import { atOrUnder, pointedItems } from './cross-references.ts';
import { attachFields } from './fields.ts';
import { findReferences } from './references.ts';
import { tableTasks } from './task-table.ts';
import { deadlinesOf, extractTiming } from './timing/index.ts';
import { selectTasks } from './tasks.ts';
import { assignThemes, type CompiledThemes } from './themes.ts';
import type { Block, ExtractedCommitment, ExtractedTarget, ParsedDocument } from './types.ts';
import { assignWho, type Who } from './who.ts';

/** What the commitment extractor needs besides the parsed document. */
export interface CommitmentInputs {
  documentId: string;
  resolver: AgencyResolver;
  themes: CompiledThemes;
  targets: ExtractedTarget[];
  lexicon: Lexicon;
}

/** The headings of the sections around a block, innermost first. */
function sectionHeadings(parsed: ParsedDocument, byAnchor: Map<string, ParsedDocument['sections'][number]>, block: Block): string[] {
  const headings: string[] = [];
  for (let anchor = block.section; anchor;) {
    const section = byAnchor.get(anchor);
    if (!section) break;
    headings.push(section.heading);
    anchor = section.parent;
  }
  return headings;
}

/** Adds the actors of cross-reference assignments to the items they name. */
function applyCrossReferences(parsed: ParsedDocument, who: Map<number, Who>, clauses: Clause[]): void {
  const tasks = [...who.keys()];
  for (const pointer of tasks) {
    const block = parsed.blocks[pointer]!;
    const named = pointedItems(parsed, block.content || block.text);
    if (named.length === 0) continue;
    const covered = atOrUnder(parsed, named);
    const from = who.get(pointer)!;
    const coordinates = clauses[pointer]!.coordinates;
    for (const task of tasks) {
      if (task === pointer || !covered.has(task)) continue;
      const target = who.get(task)!;
      if (coordinates) target.partners = [...new Set([...target.partners, ...from.lead])];
      else {
        target.lead = [...new Set([...target.lead, ...from.lead])];
        target.partners = [...new Set([...target.partners, ...from.partners])];
      }
    }
  }
}

/** Extracts the commitments of a document in order. */
export function extractCommitments(parsed: ParsedDocument, inputs: CommitmentInputs): ExtractedCommitment[] {
  const { lexicon, resolver } = inputs;
  // A third of the blocks of a document repeat an earlier one's text (table cells, "Sở Tài chính", "Cả năm"):
  // the clause is a function of the text alone, so each text is read once. Clauses are never mutated.
  const read = new Map<string, Clause>();
  const clauses = parsed.blocks.map((block) => {
    const text = block.content || block.text;
    if (!read.has(text)) read.set(text, readClause(text, lexicon));
    return read.get(text)!;
  });
  const { fields, isField } = attachFields(parsed, lexicon);
  const rows = tableTasks(parsed, lexicon);
  const selected = selectTasks(parsed, { clauses, isField, tableTasks: rows }, lexicon);
  const who = assignWho(parsed, selected, clauses, fields);
  applyCrossReferences(parsed, who, clauses);

  const byAnchor = new Map(parsed.sections.map((section) => [section.anchor, section]));
  const footnotes = new Map(parsed.footnotes.map((footnote) => [footnote.label, footnote.text]));
  const perSection = new Map<string, number>();
  const commitments: ExtractedCommitment[] = [];
  const resolveAll = (mentions: string[]): string[] => [
    ...new Set(mentions.map((mention) => resolver.resolve(mention)).filter((id): id is string => id !== null)),
  ];
  for (const task of selected) {
    const block = parsed.blocks[task.block]!;
    const assigned = who.get(task.block)!;
    const lead = resolveAll(assigned.lead);
    const partners = resolveAll(assigned.partners).filter((id) => !lead.includes(id));
    const texts = [block.text, ...task.absorbed.map((index) => parsed.blocks[index]!.text)];
    const text = texts.join(' ');
    const references = findReferences(text, lexicon.facts.references);
    const cited = new Set(references.map((match) => match.reference.id));
    // "(3)" in the text points at footnote 3, whose cited documents the item implements.
    for (const marker of text.matchAll(/\((\d{1,2})\)/gu)) {
      const footnote = footnotes.get(marker[1] ?? '');
      if (footnote) for (const match of findReferences(footnote, lexicon.facts.references)) cited.add(match.reference.id);
    }
    const leadInText = assigned.inheritedFrom !== null ? (parsed.blocks[assigned.inheritedFrom]?.text ?? '') : '';
    const timingFields = [task.block, ...task.absorbed]
      .flatMap((index) => fields.get(index) ?? [])
      .filter((field) => field.field === 'timing');
    const timingTexts = [...timingFields.map((field) => field.value), ...(task.row?.timing ? [task.row.timing] : [])];
    const timing = extractTiming(text, {
      documentDate: parsed.header.issued,
      leadIn: leadInText,
      fields: timingTexts,
      lexicon: lexicon.facts,
    });
    const headings = sectionHeadings(parsed, byAnchor, block);

    const sectionKey = block.section ?? 'van-ban';
    const ordinal = (perSection.get(sectionKey) ?? 0) + 1;
    perSection.set(sectionKey, ordinal);
    commitments.push({
      id: `${inputs.documentId}--${sectionKey}--${ordinal}`,
      block: block.index,
      section: block.section,
      // The label and the paragraphs it takes in, line by line: the task as written, not just its label.
      text: texts.join('\n'),
      lead,
      partners,
      deadlines: deadlinesOf(timing),
      timing,
      themes: assignThemes(inputs.themes, text, [leadInText, ...headings].join(' ')),
      targets: inputs.targets.filter((target) => target.block === block.index).map((target) => target.id),
      references: [...cited].sort(),
      line: block.line,
      order: commitments.length,
    });
  }
  return commitments;
}
