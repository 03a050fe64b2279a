import { describe, expect, it } from 'vitest';
import type { Corpus, CommitmentEntry } from './corpus.ts';
import { corpusIndex, leadThemeKey, listOf } from './corpus-index.ts';
import { relatedCommitments, RELATED_LIMIT } from './commitment-view.ts';
import { fixtureCorpus } from './test-corpus.ts';
import { buildCorpus } from './corpus.ts';
import { readCorpusDir } from './read-corpus.ts';

const PLAN = 'ca-mau-2023-01-ctr-01-ubnd';
const corpus = fixtureCorpus();
// The converted seeds (hundreds of commitments, shared agencies and themes across documents).
const seeds = buildCorpus(readCorpusDir('content'));
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

/** Each index list equals the whole-collection filter it replaces, key by key, in the same order. */
function expectIndexEqualsScans(corpus: Corpus): void {
  const index = corpusIndex(corpus);
  const all = [...corpus.commitments.values()];
  const documents = [...corpus.documents.values()];
  const placeOf = (c: CommitmentEntry) => corpus.documents.get(c.document)?.place;
  for (const document of documents) {
    expect(ids(listOf(index.commitmentsOfDocument, document.id))).toEqual(ids(all.filter((c) => c.document === document.id)));
    const of = <T extends { id: string; document: string }>(map: Map<string, T>) =>
      ids([...map.values()].filter((e) => e.document === document.id));
    expect(ids(listOf(index.sectionsOfDocument, document.id))).toEqual(of(corpus.sections));
    expect(ids(listOf(index.targetsOfDocument, document.id))).toEqual(of(corpus.targets));
    expect(ids(listOf(index.actualsOfDocument, document.id))).toEqual(of(corpus.actuals));
  }
  for (const place of corpus.places.values()) {
    expect(ids(listOf(index.commitmentsOfPlace, place.id))).toEqual(ids(all.filter((c) => placeOf(c) === place.id)));
    expect(ids(listOf(index.documentsOfPlace, place.id))).toEqual(ids(documents.filter((d) => d.place === place.id)));
    expect(ids(listOf(index.agenciesOfPlace, place.id))).toEqual(ids([...corpus.agencies.values()].filter((a) => a.place === place.id)));
  }
  for (const theme of corpus.themes.values())
    expect(ids(listOf(index.commitmentsOfTheme, theme.id))).toEqual(ids(all.filter((c) => c.themes.includes(theme.id))));
  for (const agency of corpus.agencies.values()) {
    expect(ids(listOf(index.commitmentsLedBy, agency.id))).toEqual(ids(all.filter((c) => c.lead.includes(agency.id))));
    expect(ids(listOf(index.commitmentsSupportedBy, agency.id))).toEqual(ids(all.filter((c) => c.partners.includes(agency.id))));
    expect(ids(listOf(index.documentsIssuedBy, agency.id))).toEqual(ids(documents.filter((d) => d.issuer_agency === agency.id)));
  }
  for (const reference of corpus.references.values()) {
    expect(ids(listOf(index.commitmentsCiting, reference.id))).toEqual(ids(all.filter((c) => c.references.includes(reference.id))));
    expect(ids(listOf(index.documentsCiting, reference.id))).toEqual(ids(documents.filter((d) => d.references.includes(reference.id))));
  }
}

/** The definition relatedCommitments had before the index: a filter over every commitment. */
function relatedByScan(corpus: Corpus, commitment: CommitmentEntry): string[] {
  return [...corpus.commitments.values()]
    .filter(
      (c) =>
        c.id !== commitment.id &&
        c.lead.some((id) => commitment.lead.includes(id)) &&
        c.themes.some((id) => commitment.themes.includes(id)),
    )
    .sort((a, b) => Number(b.document === commitment.document) - Number(a.document === commitment.document))
    .slice(0, RELATED_LIMIT)
    .map((c) => c.id);
}

describe('corpus indexes', () => {
  it('list, for every key, what a filter over the whole collection lists, in corpus order', () => {
    expect(seeds.commitments.size).toBeGreaterThan(100);
    expectIndexEqualsScans(seeds);
    expectIndexEqualsScans(corpus);
  });

  it('are built once per corpus', () => {
    expect(corpusIndex(corpus)).toBe(corpusIndex(corpus));
    expect(corpusIndex(fixtureCorpus())).not.toBe(corpusIndex(corpus));
  });

  it('hold a commitment once under an agency, theme or reference its lists name twice', () => {
    const first = [...corpus.commitments.values()].find((c) => c.document === PLAN && c.lead.length > 0 && c.themes.length > 0)!;
    const doubled = fixtureCorpus({
      commitments: [
        {
          id: first.id,
          data: {
            ...first,
            lead: [first.lead[0], first.lead[0]],
            partners: [first.lead[0], first.lead[0]],
            themes: [first.themes[0], first.themes[0]],
          },
        },
      ],
    });
    const index = corpusIndex(doubled);
    const count = (list: readonly CommitmentEntry[]) => list.filter((c) => c.id === first.id).length;
    expect(count(listOf(index.commitmentsLedBy, first.lead[0]))).toBe(1);
    expect(count(listOf(index.commitmentsSupportedBy, first.lead[0]))).toBe(1);
    expect(count(listOf(index.commitmentsOfTheme, first.themes[0]))).toBe(1);
    expect(count(listOf(index.commitmentsByLeadAndTheme, leadThemeKey(first.lead[0]!, first.themes[0]!)))).toBe(1);
    expectIndexEqualsScans(doubled);
  });

  it('read as empty lists for keys nothing has', () => {
    const index = corpusIndex(corpus);
    expect(listOf(index.commitmentsLedBy, 'khong-co')).toEqual([]);
    expect(listOf(index.documentsOfPlace, null)).toEqual([]);
  });
});

describe('related commitments from the (lead, theme) index', () => {
  it('are, for every commitment, what the scan over every commitment gave: same document first, then corpus order', () => {
    let withRelated = 0;
    for (const commitment of seeds.commitments.values()) {
      const related = relatedCommitments(seeds, commitment);
      expect(
        related.map((c) => c.id),
        commitment.id,
      ).toEqual(relatedByScan(seeds, commitment));
      if (related.length > 0) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(50);
  });

  it('reach into other documents, in corpus order, when the same document has fewer than the limit', () => {
    // Two commitments of another document with the same lead and theme as one that has few related ones.
    const base = [...corpus.commitments.values()].find(
      (c) => c.lead.length > 0 && c.themes.length > 0 && relatedByScan(corpus, c).length < RELATED_LIMIT - 1,
    )!;
    const other = [...corpus.documents.keys()].find((id) => id !== base.document)!;
    const copy = (n: number) => ({ id: `${other}--khac--${n}`, data: { ...base, id: undefined, document: other, order: 9000 + n } });
    const extra = fixtureCorpus({ commitments: [copy(2), copy(1)] });
    const related = relatedCommitments(extra, extra.commitments.get(base.id)!).map((c) => c.id);
    expect(related).toEqual(relatedByScan(extra, extra.commitments.get(base.id)!));
    expect(related.slice(-2)).toEqual([`${other}--khac--1`, `${other}--khac--2`]);
  });
});
