import { describe, expect, it } from 'vitest';
import { excerpt, footnoteLabelsInBody } from './text.ts';

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('Sở Tư pháp chủ trì.', 50)).toBe('Sở Tư pháp chủ trì.');
  });

  it('cuts long text at a word boundary and drops trailing punctuation before the ellipsis', () => {
    const text = 'Tăng cường quản lý thu ngân sách nhà nước, tập trung các giải pháp chống thất thu';
    expect(excerpt(text, 45)).toBe('Tăng cường quản lý thu ngân sách nhà nước…');
  });
});

describe('footnoteLabelsInBody', () => {
  it('finds the labels of footnote markers written by the converter, once each', () => {
    const body = 'a <FootnoteRef label="1" occurrence={1} /> b <FootnoteRef label="3" occurrence={1} /> <FootnoteRef label="1" occurrence={2} />';
    expect([...footnoteLabelsInBody(body)]).toEqual(['1', '3']);
  });
});
