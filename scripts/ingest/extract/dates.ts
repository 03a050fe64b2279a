/**
 * A written day → ISO date: "31/01/2023", "19 tháng 01 năm 2023", "5/7" with the year from
 * context. Deadlines and every other time statement of a task are read by ./timing/.
 */
import { isoDay } from './timing/calendar.ts';

/** Parses "31/01/2023", "31-01-2023", "19 tháng 01 năm 2023" or "5/7" (year from context). */
export function parseDate(text: string, contextYear: number | null): string | null {
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/u.exec(text.trim());
  const words = /^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?$/u.exec(text.trim());
  const match = numeric ?? words;
  if (!match) return null;
  const year = match[3] ? Number(match[3]) : contextYear;
  return year ? isoDay(year, Number(match[2]), Number(match[1])) : null;
}
