/**
 * Themes of a commitment from the keyword rules in content/themes/*.yaml.
 * Keywords match whole words, ignoring case but not diacritics ("thuế" ≠ "thuê").
 * The item's own text decides; its section heading (and lead-in) only when the text
 * matches nothing. The best three themes are kept, and the fallback theme covers items
 * no rule matches.
 */
import { foldText } from './agency-name.ts';
import type { ThemeRule } from './types.ts';

/** Compiled rules; build once per document with {@link compileThemes}. */
export interface CompiledTheme {
  id: string;
  order: number;
  fallback: boolean;
  patterns: RegExp[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles keyword rules into whole-word patterns over folded text. */
export function compileThemes(rules: ThemeRule[]): CompiledTheme[] {
  return rules.map((rule) => ({
    id: rule.id,
    order: rule.order,
    fallback: rule.fallback,
    patterns: rule.keywords.map((keyword) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldText(keyword))}(?![\\p{L}\\p{N}])`, 'gu')),
  }));
}

const MAX_THEMES = 3;

/** Theme ids for a text (and its heading), best first; never empty when a fallback exists. */
export function assignThemes(themes: CompiledTheme[], text: string, heading = ''): string[] {
  for (const source of [text, heading]) {
    const folded = foldText(source);
    const chosen = themes
      .map((theme) => ({ theme, score: theme.patterns.reduce((sum, pattern) => sum + (folded.match(pattern)?.length ?? 0), 0) }))
      .filter((entry) => entry.score > 0 && !entry.theme.fallback)
      .sort((a, b) => b.score - a.score || a.theme.order - b.theme.order)
      .slice(0, MAX_THEMES)
      .map((entry) => entry.theme.id);
    if (chosen.length > 0) return chosen;
  }
  const fallback = themes.find((theme) => theme.fallback) ?? themes[themes.length - 1];
  return fallback ? [fallback.id] : [];
}
