import { describe, expect, it } from 'vitest';
import { buildCorpus, UnresolvedRelationError, type RawCollections } from './corpus.ts';
import { readCorpusDir } from './read-corpus.ts';
import { documentView, sectionTree } from './document-view.ts';
import { citationText, commitmentView, relatedCommitments, sectionPath } from './commitment-view.ts';
import { agenciesByKind, agenciesByWorkload, agencyRows, agencyView } from './agency-view.ts';
import { homeView, placeView, referenceRows, referenceView, themeView } from './topic-views.ts';
import { deadlinesOf, sectionTrail } from './lookup.ts';

// The hand-written fixture set, taken from the seed documents, feeds these tests and the site tests.
const raw = readCorpusDir('tests/fixtures/content');
const corpus = buildCorpus(raw);
const PLAN = 'ca-mau-2023-01-ctr-01-ubnd';
const REPORT = 'hau-giang-2020-bao-cao-chinh-tri-xiv';

describe('buildCorpus', () => {
  it('turns relations, as Astro gives them ({ collection, id }), into plain ids', () => {
    expect((raw.commitments.find((e) => e.id === `${PLAN}--c-3-1-b--1`)?.data as { lead: unknown[] }).lead).toEqual([
      { collection: 'agencies', id: 'so-tu-phap' },
    ]);
    expect(corpus.commitments.get(`${PLAN}--c-3-1-b--1`)?.lead).toEqual(['so-tu-phap']);
  });

  it('fails with every dangling relation named, instead of only logging like Astro', () => {
    const broken: RawCollections = {
      ...raw,
      commitments: raw.commitments.map((e, i) =>
        i === 0
          ? {
              ...e,
              data: {
                ...(e.data as object),
                lead: [{ collection: 'agencies', id: 'so-khong-co' }],
                themes: [{ collection: 'themes', id: 'chu-de-khong-co' }],
              },
            }
          : e,
      ),
    };
    expect(() => buildCorpus(broken)).toThrow(UnresolvedRelationError);
    expect(() => buildCorpus(broken)).toThrow(
      /lead: No agencies entry has the id "so-khong-co"[\s\S]*themes: No themes entry has the id "chu-de-khong-co"/,
    );
  });

  it('keeps commitments in document order', () => {
    const orders = [...corpus.commitments.values()].filter((c) => c.document === PLAN).map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe('document view', () => {
  const view = documentView(corpus, PLAN);

  it('nests the table of contents by parent section', () => {
    const c = view.toc.find((node) => node.section.anchor === 'c');
    expect(c?.children.map((n) => n.section.anchor)).toEqual(['c-1', 'c-3']);
    expect(view.toc.map((n) => n.section.anchor)).toEqual(['a', 'c', 'd']);
  });

  it('counts lead and partner roles per agency, most leads first', () => {
    const top = view.agencies[0];
    expect(top?.agency.id).toBe('cac-so-ban-nganh-tinh');
    const tttt = view.agencies.find((row) => row.agency.id === 'so-thong-tin-va-truyen-thong');
    expect(tttt).toMatchObject({ lead: 3, partner: 0 });
    const khdt = view.agencies.find((row) => row.agency.id === 'so-ke-hoach-va-dau-tu');
    expect(khdt).toMatchObject({ lead: 0, partner: 3 });
  });

  it('lists cited documents once each, with how many commitments cite them', () => {
    expect(view.references.map((r) => [r.reference.number, r.count])).toContainEqual(['01/NQ-CP', 1]);
    expect(new Set(view.references.map((r) => r.reference.id)).size).toBe(view.references.length);
  });

  it('names the document, its text and every per-document YAML file as sources', () => {
    expect(view.sourceFiles).toContain(`tests/fixtures/content/documents/${PLAN}.yaml`);
    expect(view.sourceFiles).toContain(`tests/fixtures/content/texts/${PLAN}.yaml`);
    expect(view.sourceFiles).toContain(`tests/fixtures/content/commitments/${PLAN}.yaml`);
  });

  it('builds a flat list into roots when parents are missing', () => {
    const flat = [...corpus.sections.values()].filter((s) => s.document === REPORT).map((s) => ({ ...s, parent: null }));
    expect(sectionTree(flat)).toHaveLength(flat.length);
  });
});

describe('commitment view', () => {
  it('gives the section trail from the top part down', () => {
    const view = commitmentView(corpus, `${PLAN}--c-3-1-c--2`);
    expect(view.trail.map((s) => s.label)).toEqual(['C', '3', '3.1', 'c']);
    expect(view.references.map((r) => r.number)).toEqual(['31-CTr/TU', '206/KH-UBND']);
  });

  it('links to the previous and next commitment of the same document, none past either end', () => {
    const firstOfPlan = commitmentView(corpus, `${PLAN}--a--1`);
    expect(firstOfPlan.previous).toBeNull();
    expect(firstOfPlan.next?.id).toBe(`${PLAN}--c-1-1--1`);
    const lastOfReport = commitmentView(corpus, `${REPORT}--p2-ii-1-2--1`);
    expect(lastOfReport.previous?.id).toBe(`${REPORT}--p2-ii-1-1--1`);
    expect(lastOfReport.next).toBeNull();
  });

  it('cites a section the way people write it, folding parent numbers into nested labels', () => {
    expect(sectionPath(sectionTrail(corpus, `${PLAN}--c-3-1-c`))).toBe('C.3.1.c');
    expect(sectionPath(sectionTrail(corpus, `${REPORT}--p2-ii-1-2`))).toBe('Phần thứ hai, II.1.2');
    expect(sectionPath([])).toBe('');
  });

  it('writes a citation with document type, number, Vietnamese date, issuer, section and the verbatim text', () => {
    const view = commitmentView(corpus, `${PLAN}--c-3-1-b--1`);
    expect(view.citation).toMatch(
      /^Chương trình hành động số 01\/CTr-UBND ngày 19\/01\/2023 của Ủy ban nhân dân tỉnh Cà Mau, mục C\.3\.1\.b: “Tiếp tục thực hiện/,
    );
    expect(view.citation.endsWith(`${view.commitment.text}”`)).toBe(true);
  });

  it('names an unnumbered document by its title in a citation', () => {
    const doc = corpus.documents.get(REPORT)!;
    expect(citationText(doc, [], 'X')).toContain(`“${doc.title}”`);
  });

  it('relates commitments that share a lead agency and a theme, never itself', () => {
    const c = corpus.commitments.get(`${PLAN}--c-3-1-c--1`)!;
    const related = relatedCommitments(corpus, c).map((r) => r.id);
    expect(related).toEqual([`${PLAN}--c-3-1-c--2`]);
    // c-3-1-c--3 has the same lead but another theme (chuyển đổi số).
    expect(related).not.toContain(`${PLAN}--c-3-1-c--3`);
  });
});

describe('agency views', () => {
  it('splits an agency’s commitments into leads and supports, grouped by main theme with roles', () => {
    const view = agencyView(corpus, 'so-ke-hoach-va-dau-tu', '2023-06-01');
    expect(view.leads).toHaveLength(0);
    expect(view.supports).toHaveLength(3);
    expect(view.groups.map((g) => [g.theme?.id, g.items.map((i) => i.role)])).toEqual([
      ['chi-dao-dieu-hanh', ['partner', 'partner', 'partner']],
    ]);
  });

  it('lists leads before supports in each theme, and each commitment once', () => {
    const view = agencyView(corpus, 'cac-so-ban-nganh-tinh', '2023-06-01');
    const ids = view.groups.flatMap((g) => g.items.map((i) => i.commitment.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(view.leads.length + view.supports.length);
    for (const group of view.groups) {
      const roles = group.items.map((i) => i.role);
      expect(roles).toEqual([...roles].sort((a, b) => (a === b ? 0 : a === 'lead' ? -1 : 1)));
    }
  });

  it('shows the 2025 successor of a merged agency and the inherited commitments on the successor’s page', () => {
    expect(agencyView(corpus, 'so-ke-hoach-va-dau-tu', '2023-06-01').succession.map((s) => [s.label, s.agency?.id])).toEqual([
      ['Sở Tài chính (Cà Mau)', 'so-tai-chinh'],
    ]);
    const successor = agencyView(corpus, 'so-tai-chinh', '2023-06-01');
    expect(successor.inherited.map((g) => [g.from.agency.id, g.items.length])).toEqual([['so-ke-hoach-va-dau-tu', 3]]);
    // Inherited commitments are listed apart, not among its own.
    const own = new Set(successor.groups.flatMap((g) => g.items.map((i) => i.commitment.id)));
    expect(successor.inherited[0]?.items.some((i) => own.has(i.commitment.id))).toBe(false);
  });

  it('marks deadlines before the build date as past, soonest first', () => {
    const view = agencyView(corpus, 'cac-so-ban-nganh-tinh', '2023-06-01');
    expect(view.deadlines.map((d) => [d.date, d.past])).toEqual([
      ['2023-01-31', true],
      ['2023-12-20', false],
    ]);
    expect(view.upcoming.map((d) => d.date)).toEqual(['2023-12-20']);
    expect(view.past.map((d) => d.date)).toEqual(['2023-01-31']);
  });

  it('groups the agency list by kind in schema order and can sort it by workload', () => {
    const rows = agencyRows(corpus);
    const kinds = agenciesByKind(rows).map((g) => g.kind);
    expect(kinds.indexOf('government')).toBeLessThan(kinds.indexOf('group'));
    expect(
      agenciesByKind(rows)
        .find((g) => g.kind === 'group')
        ?.rows.map((r) => r.agency.id),
    ).toEqual(['cac-so-ban-nganh-tinh', 'ubnd-cac-huyen-thanh-pho']);
    const byWork = agenciesByWorkload(rows);
    for (let i = 1; i < byWork.length; i++) {
      expect(byWork[i - 1]!.lead + byWork[i - 1]!.partner).toBeGreaterThanOrEqual(byWork[i]!.lead + byWork[i]!.partner);
    }
  });
});

describe('theme, place, reference and figures views', () => {
  it('groups a theme’s commitments by place and then by document', () => {
    const view = themeView(corpus, 'tai-chinh-ngan-sach');
    expect(view.places.map((p) => p.place?.id)).toEqual(['ca-mau']);
    expect(view.count).toBe(3);
  });

  it('puts a place’s documents on a timeline, oldest first, with its agencies', () => {
    const view = placeView(corpus, 'ca-mau', '2023-06-01');
    expect(view.timeline.map((d) => d.issued)).toEqual(['2023-01-19', '2024-07-05']);
    expect(view.agencies.some((row) => row.agency.id === 'ubnd-tinh-ca-mau')).toBe(true);
  });

  it('puts undated documents after the dated ones on a place timeline', () => {
    const undated = buildCorpus({
      ...raw,
      documents: raw.documents.map((e) => (e.id === PLAN ? { ...e, data: { ...(e.data as object), issued: null } } : e)),
    });
    expect(placeView(undated, 'ca-mau', '2023-06-01').timeline.map((d) => d.issued)).toEqual(['2024-07-05', null]);
  });

  it('lists a place’s commitments once each under their main theme, with its deadlines', () => {
    const view = placeView(corpus, 'ca-mau', '2023-06-01');
    const ids = view.groups.flatMap((g) => g.items.map((i) => i.commitment.id));
    expect(ids.length).toBe(view.commitments);
    expect(new Set(ids).size).toBe(ids.length);
    expect(view.groups.map((g) => g.theme?.order)).toEqual([...view.groups.map((g) => g.theme?.order)].sort((a, b) => a! - b!));
    expect(view.deadlines).toMatchObject({ kind: 'upcoming', items: [{ date: '2023-12-20' }] });
    expect(view.withDeadline).toBe(2);
  });

  it('notes the 2025 merger on every affected place, and the unit a merged place became', () => {
    expect(placeView(corpus, 'ca-mau', '2023-06-01').change).toMatchObject({ merged: false, fullName: 'tỉnh Cà Mau' });
    expect(placeView(corpus, 'hau-giang', '2023-06-01').change).toMatchObject({ merged: true, fullName: 'thành phố Cần Thơ' });
  });

  it('groups places for the province picker under the unit they form since 2025', () => {
    const groups = homeView(corpus, '2023-06-01').provinces;
    expect(groups.map((g) => [g.fullName, g.members.map((m) => m.place.id), g.place?.id ?? null])).toEqual([
      ['tỉnh Cà Mau', ['ca-mau'], 'ca-mau'],
      ['thành phố Cần Thơ', ['hau-giang'], null],
    ]);
  });

  it('lists who cites a reference even when its text is not in the corpus', () => {
    const view = referenceView(corpus, '01-nq-cp');
    expect(view.document).toBeNull();
    expect(view.citedBy.map((g) => [g.document.id, g.commitments.length])).toEqual([[PLAN, 1]]);
    expect(referenceRows(corpus)[0]?.reference.date).toBe('2023-01-01');
  });

  it('lists the documents that name a reference, even where no commitment cites it', () => {
    const rows = referenceRows(corpus);
    const uncited = rows.filter((row) => row.count === 0);
    for (const row of uncited) {
      const view = referenceView(corpus, row.reference.id);
      expect(view.citedBy).toEqual([]);
      expect(view.mentionedIn.length, row.reference.number).toBe(row.documents);
    }
    expect(referenceView(corpus, '01-nq-cp').mentionedIn.map((d) => d.id)).toEqual([PLAN]);
  });

  it('counts upcoming deadlines on the home page relative to the build date', () => {
    expect(homeView(corpus, '2023-06-01').counts.upcoming).toBe(1);
    expect(homeView(corpus, '2030-01-01').deadlines.kind).toBe('recent');
    expect(homeView(corpus, '2030-01-01').deadlines.items.map((d) => d.date)).toEqual(['2023-12-20', '2023-01-31']);
    expect(deadlinesOf([...corpus.commitments.values()], '2030-01-01').every((d) => d.past)).toBe(true);
  });
});

describe('national texts (no place)', () => {
  // A national document (Chính phủ, Bộ …) has place: null; every view must cope.
  const national: RawCollections = {
    ...raw,
    documents: raw.documents.map((e) => (e.id === REPORT ? { ...e, data: { ...(e.data as object), place: null } } : e)),
  };
  const c = buildCorpus(national);

  it('shows no place on the document and groups its commitments under national texts', () => {
    expect(documentView(c, REPORT).place).toBeNull();
    const groups = themeView(c, 'quy-hoach-dau-tu').places;
    expect(groups.map((g) => g.place)).toEqual([null]);
  });

  it('leaves national documents off every place timeline', () => {
    expect(placeView(c, 'hau-giang', '2023-06-01').timeline).toEqual([]);
  });
});
