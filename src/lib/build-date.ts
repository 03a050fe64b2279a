/**
 * Today's date at build time (ISO), which splits upcoming from past deadlines and decides derived
 * states. KHM_BUILD_DATE (YYYY-MM-DD) builds the site as of another day (tests of date-dependent
 * pages, reproducible builds).
 */
export function buildDate(): string {
  const fixed = process.env.KHM_BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}
