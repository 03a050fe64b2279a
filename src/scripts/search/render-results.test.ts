import { describe, expect, it } from 'vitest';
import { excerptParts, formatDate } from './render-results.ts';

describe('excerptParts', () => {
  it('splits highlighted words from plain text', () => {
    expect(excerptParts('thu <mark>ngân</mark> <mark>sách</mark> nhà nước')).toEqual([
      { text: 'thu ', marked: false },
      { text: 'ngân', marked: true },
      { text: ' ', marked: false },
      { text: 'sách', marked: true },
      { text: ' nhà nước', marked: false },
    ]);
  });

  it('undoes Pagefind’s escapes so text is shown once-escaped, never as markup', () => {
    expect(excerptParts('Sở TN&MT &lt;b&gt;')).toEqual([{ text: 'Sở TN&MT <b>', marked: false }]);
  });
});

describe('formatDate', () => {
  it('writes ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2023-01-06')).toBe('06/01/2023');
  });
});
