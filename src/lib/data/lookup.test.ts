import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { readCorpusDir } from './read-corpus.ts';
import { agencyLabels, withPlace, allCommitments, countWithDeadline, deadlineHighlights, deadlinesOf } from './lookup.ts';
import { fixtureCorpus } from './test-corpus.ts';
import { homeView } from './topic-views.ts';

// The fixture corpus has two dated deadlines: 2023-01-31 and 2023-12-20.
const corpus = buildCorpus(readCorpusDir('tests/fixtures/content'));
const commitments = allCommitments(corpus);

describe('deadlineHighlights', () => {
  it('lists the upcoming deadlines, soonest first, while any is left', () => {
    const picked = deadlineHighlights(deadlinesOf(commitments, '2023-01-01'), 5);
    expect(picked.kind).toBe('upcoming');
    expect(picked.items.map((d) => d.date)).toEqual(['2023-01-31', '2023-12-20']);
  });

  it('leaves passed deadlines out while an upcoming one exists', () => {
    const picked = deadlineHighlights(deadlinesOf(commitments, '2023-06-01'), 5);
    expect(picked).toMatchObject({ kind: 'upcoming' });
    expect(picked.items.map((d) => d.date)).toEqual(['2023-12-20']);
  });

  it('falls back to the most recent past deadlines, newest first, when every plan is historic', () => {
    const picked = deadlineHighlights(deadlinesOf(commitments, '2026-11-21'), 5);
    expect(picked.kind).toBe('recent');
    expect(picked.items.map((d) => d.date)).toEqual(['2023-12-20', '2023-01-31']);
    expect(picked.items.every((d) => d.past)).toBe(true);
  });

  it('keeps at most `limit` items', () => {
    expect(deadlineHighlights(deadlinesOf(commitments, '2026-11-21'), 1).items.map((d) => d.date)).toEqual(['2023-12-20']);
  });

  it('is an empty recent list when no commitment names a deadline', () => {
    expect(deadlineHighlights([], 5)).toEqual({ kind: 'recent', items: [] });
  });
});

describe('countWithDeadline', () => {
  it('counts commitments that name a dated deadline, once each', () => {
    const dated = commitments.filter((c) => c.deadlines.length > 0);
    expect(dated.length).toBeGreaterThan(0);
    expect(countWithDeadline(commitments)).toBe(dated.length);
    expect(countWithDeadline(commitments.filter((c) => c.deadlines.length === 0))).toBe(0);
  });

  it('gives the home page a deadline figure that does not depend on the build date', () => {
    expect(homeView(corpus, '2023-01-01').counts.withDeadline).toBe(homeView(corpus, '2030-01-01').counts.withDeadline);
    expect(homeView(corpus, '2030-01-01').deadlines.kind).toBe('recent');
  });
});

describe('agency display names', () => {
  it('adds the province where the registry spans several provinces, unless the name says it', () => {
    const labels = agencyLabels(corpus);
    expect(labels.get('so-tai-chinh')).toBe('Sở Tài chính (Cà Mau)');
    expect(labels.get('ubnd-tinh-ca-mau')).toBe('Ủy ban nhân dân tỉnh Cà Mau');
    expect(labels.get('tinh-uy-hau-giang')).toBe('Tỉnh ủy Hậu Giang');
    expect(withPlace('Ủy ban nhân dân tỉnh', 'Cà Mau')).toBe('Ủy ban nhân dân tỉnh Cà Mau');
    expect(withPlace('Các sở, ban, ngành tỉnh', 'Cà Mau')).toBe('Các sở, ban, ngành tỉnh Cà Mau');
    // A national body has no province to add.
    expect(labels.get('chinh-phu')).toBe('Chính phủ');
  });

  it('adds the province to names several agencies share, even within one province', () => {
    const onePlace = fixtureCorpus({
      places: [{ id: 'hau-giang', data: { name: 'Cà Mau', full_name: 'tỉnh Cà Mau', kind: 'tinh' } }],
    });
    const single = new Map([...onePlace.places].filter(([id]) => id === 'ca-mau'));
    const oneProvince = {
      ...onePlace,
      places: single,
      agencies: new Map([...onePlace.agencies].filter(([, a]) => a.place !== 'hau-giang')),
    };
    expect(agencyLabels(oneProvince).get('so-tai-chinh')).toBe('Sở Tài chính');
    const twice = {
      ...oneProvince,
      agencies: new Map([
        ...oneProvince.agencies,
        ['so-tai-chinh-2', { ...oneProvince.agencies.get('so-tai-chinh')!, id: 'so-tai-chinh-2' }],
      ]),
    };
    expect(agencyLabels(twice).get('so-tai-chinh')).toBe('Sở Tài chính (Cà Mau)');
  });
});
