/**
 * Units of targets and results, compared as families: "%", "%/năm" and "% kế hoạch" are all
 * percentages of something, "triệu đồng/người" and "triệu đồng" are not the same. Units are
 * written by hand in documents, so the comparison ignores case, spaces and a trailing
 * "/năm" (a yearly rate is still a rate: "6,3 - 6,7%/năm" and "tăng 6,96%").
 */

/** The comparable form of a unit: "%/năm" → "%", " Triệu USD " → "triệu usd", null → "". */
export function unitKey(unit: string | null | undefined): string {
  if (!unit) return '';
  const folded = unit.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (folded.startsWith('%')) return '%';
  return folded.replace(/\s*\/\s*năm$/, '');
}

/** True when two units measure the same kind of quantity (an unknown unit matches anything). */
export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  return ka === '' || kb === '' || ka === kb;
}
