import { describe, expect, it } from 'vitest';
import { createFolding, foldWords, phraseSet } from './compile.ts';

const roles = phraseSet(['chủ trì', 'phối hợp với', 'phối hợp', 'Ủy ban nhân dân']);

describe('phrase sets', () => {
  it('match whole words, case- and tone-placement-insensitively, longest first', () => {
    expect(roles.prefix('Phối hợp với Sở Y tế')).toBe('phối hợp với');
    expect(roles.prefix('Uỷ ban nhân dân tỉnh')).toBe('ủy ban nhân dân');
    expect(roles.startsWith('chủ trìx')).toBe(false);
    expect(roles.test('Sở Tài chính chủ trì, phối hợp')).toBe(true);
    expect(roles.whole('(chủ trì).')).toBe(true);
  });

  it('an empty list recognises nothing', () => {
    const none = phraseSet([]);
    expect([none.test('a'), none.startsWith('a'), none.prefix('a'), none.prefixAt('a', 0), none.find('a')]).toEqual([
      false,
      false,
      null,
      null,
      null,
    ]);
  });

  // prefixAt(text, at) is a faster prefix(text.slice(at)); the two must agree at every offset, in
  // normalised text (matched in place) and in text that folding changes (NFD, runs of spaces, tabs).
  it.each([
    'Sở Tài chính chủ trì, phối hợp với Sở Y tế và Ủy ban nhân dân tỉnh',
    'Sở Tài chính  chủ trì,\tphối hợp với Uỷ ban nhân dân',
    'Sở Tài chính chủ trì, phối hợp với'.normalize('NFD'),
    ' chủ trì ',
  ])('prefixAt agrees with prefix of the slice at every offset of %j', (text) => {
    for (let at = 0; at <= text.length; at++) {
      expect(roles.prefixAt(text, at), `at ${at}`).toBe(roles.prefix(text.slice(at)));
      expect(roles.startsAt(text, at), `at ${at}`).toBe(roles.startsWith(text.slice(at)));
    }
  });

  it('give the same answers when the texts asked about alternate (the folding memo keeps several)', () => {
    const folding = createFolding();
    const leads = phraseSet(['chủ trì'], folding);
    const partners = phraseSet(['phối hợp với'], folding);
    const texts = Array.from({ length: 12 }, (_, n) => (n % 2 ? `Sở ${n} chủ trì` : `phối hợp với Sở ${n}`));
    for (let round = 0; round < 2; round++)
      for (const [n, text] of texts.entries()) {
        expect(leads.prefixAt(text, text.indexOf(' chủ') + 1)).toBe(n % 2 ? 'chủ trì' : null);
        expect(partners.startsWith(text)).toBe(n % 2 === 0);
      }
  });

  it('folds to lower case, NFC, new tone placement and single spaces', () => {
    expect(foldWords('  Hoà   BÌNH\tUỷ '.normalize('NFD'))).toBe('hòa bình ủy');
  });
});
