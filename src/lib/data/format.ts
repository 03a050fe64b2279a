/**
 * Vietnamese display formats: dates "19/01/2023", numbers "6,96" and "1.000",
 * quantities "6,96 %", and sorting by Vietnamese collation.
 */

const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Collator for Vietnamese: "Đ" sorts after "D", "Ư" after "U", tones after the bare letter. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Formats an ISO date `2023-01-19` as `19/01/2023`; returns the input unchanged if it is not ISO. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Formats a number the Vietnamese way: comma for decimals, dot for thousands (6.96 → "6,96", 1000 → "1.000"). */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/**
 * A number with its unit, e.g. (6.96, "%") → "6,96 %", (80, "triệu đồng/người") → "80 triệu đồng/người";
 * a unit that is a share of a whole joins the number: (13, "/15 chỉ tiêu") → "13/15 chỉ tiêu".
 */
export function formatQuantity(value: number, unit: string | null): string {
  if (!unit) return formatNumber(value);
  return `${formatNumber(value)}${unit.startsWith('/') ? '' : ' '}${unit}`;
}

/** A target's value or range, e.g. (6.3, 6.7, "%/năm") → "6,3–6,7 %/năm"; null when the target has no number. */
export function formatRange(low: number | null, high: number | null, unit: string | null): string | null {
  if (low === null && high === null) return null;
  if (low === null || high === null || low === high) return formatQuantity((low ?? high) as number, unit);
  const range = `${formatNumber(low)}–${formatNumber(high)}`;
  return unit ? `${range} ${unit}` : range;
}

/** Returns a copy of `items` sorted by `key` with Vietnamese collation. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}
