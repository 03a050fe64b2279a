import { describe, expect, it } from 'vitest';
import { canonicalNumber, issuerFromNumber, typeFromNumber } from './document-types.ts';
import { loadFactsLexicon } from './facts-lexicon.ts';

const types = loadFactsLexicon().documentTypes;

describe('document numbers', () => {
  it.each([
    ['27/NQ- TW', '27-NQ/TW'],
    ['170/2025/NĐ- CP', '170/2025/NĐ-CP'],
    ['57-NQ/TW', '57-NQ/TW'],
    ['321/KH-TU', '321-KH/TU'],
    ['01/NQ-CP', '01/NQ-CP'],
    ['574/UBND-NC', '574/UBND-NC'],
    ['17129-CV/VPTW', '17129-CV/VPTW'],
  ])('spells "%s" as "%s"', (written, canonical) => {
    expect(canonicalNumber(written, types)).toBe(canonical);
  });

  it.each([
    ['01/CTr-UBND', 'Chương trình'],
    ['31-CTr/TU', 'Chương trình'],
    ['59/2020/QH14', 'Luật'],
    ['02600/PA-UBND', 'Phương án'],
    ['16384/TTr-UBND', 'Tờ trình'],
    ['574/UBND-NC', null],
  ])('reads the type of "%s" from its codes', (number, type) => {
    expect(typeFromNumber(number, types)).toBe(type);
  });

  it.each([
    ['01/NQ-CP', 'Chính phủ'],
    ['224/CĐ-TTg', 'Thủ tướng Chính phủ'],
    ['202/2025/QH15', 'Quốc hội'],
    ['02/2020/UBTVQH14', 'Ủy ban Thường vụ Quốc hội'],
    ['31-CTr/TU', 'Tỉnh ủy'],
  ])('reads the issuer of "%s" from its codes', (number, issuer) => {
    expect(issuerFromNumber(number, types)).toBe(issuer);
  });
});
