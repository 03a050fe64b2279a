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
export interface CompiledThemes {
  /** One pattern over every keyword, longest first, so a text is scanned once. */
  pattern: RegExp | null;
  /** Folded keyword → ids of the themes that list it. */
  themesByKeyword: Map<string, string[]>;
  order: Map<string, number>;
  fallback: string | null;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles keyword rules into one whole-word pattern over folded text. */
export function compileThemes(rules: ThemeRule[]): CompiledThemes {
  const themesByKeyword = new Map<string, string[]>();
  for (const rule of rules) {
    if (rule.fallback) continue;
    for (const keyword of rule.keywords) {
      const folded = foldText(keyword);
      if (!folded) continue;
      themesByKeyword.set(folded, [...(themesByKeyword.get(folded) ?? []), rule.id]);
    }
  }
  const keywords = [...themesByKeyword.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const fallback = rules.find((rule) => rule.fallback) ?? rules[rules.length - 1];
  return {
    pattern: keywords.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keywords.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
    themesByKeyword,
    order: new Map(rules.map((rule) => [rule.id, rule.order])),
    fallback: fallback?.id ?? null,
  };
}

const MAX_THEMES = 3;

/** Theme ids for a text (and its heading), best first; never empty when a fallback exists. */
export function assignThemes(themes: CompiledThemes, text: string, heading = ''): string[] {
  for (const source of [text, heading]) {
    if (!themes.pattern) break;
    const scores = new Map<string, number>();
    for (const match of foldText(source).matchAll(themes.pattern)) {
      for (const id of themes.themesByKeyword.get(match[0]) ?? []) scores.set(id, (scores.get(id) ?? 0) + 1);
    }
    const chosen = [...scores]
      .sort((a, b) => b[1] - a[1] || (themes.order.get(a[0]) ?? 0) - (themes.order.get(b[0]) ?? 0) || a[0].localeCompare(b[0]))
      .slice(0, MAX_THEMES)
      .map(([id]) => id);
    if (chosen.length > 0) return chosen;
  }
  return themes.fallback ? [themes.fallback] : [];
}
