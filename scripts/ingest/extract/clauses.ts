/** Splits a block into clauses (sentences and ";"-separated parts) with their offsets. */

/** A clause of a block's text. */
export interface Clause {
  text: string;
  start: number;
}

/** Sentences and ";" parts; a dot inside a number ("1.000") does not end a sentence. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const pattern = /[^;.!?]+(?:\.(?=\d)[^;.!?]*)*[;.!?]?/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const trimmed = raw.trim();
    if (trimmed) clauses.push({ text: trimmed, start: (match.index ?? 0) + raw.indexOf(trimmed) });
  }
  return clauses;
}
