/**
 * ASCII slugs of Vietnamese text, for ids and URLs: "Sở Tài chính" → "so-tai-chinh".
 * Tones and vowel marks are stripped by Unicode decomposition; đ/Đ has no
 * decomposition, so it is mapped to d explicitly.
 */
export function slugify(text: string, maxLength = 80): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  // Cut at a hyphen so a long title does not end in half a word.
  const cut = ascii.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
