/**
 * The shape of a diagnostic: a problem found in content or input, for a person to fix.
 * Every diagnostic is made from an entry of the catalogue (catalogue.ts), never by hand.
 */

/** Errors stop the command (nothing is written or published); warnings are advice. */
export type Severity = 'error' | 'warning';

/** A problem, printed as `<file>:<line> <field>: <what happened>. <what to do>.` */
export interface Diagnostic {
  /** Stable code of a catalogue entry (catalogue.ts). */
  code: string;
  severity: Severity;
  /** Repository-relative path of the file concerned. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** Field path, e.g. `commitments[14].lead`, or `(file)` for the whole file. */
  field?: string;
  /** What happened and why, as a sentence. */
  message: string;
  /** What to do about it, as a sentence. */
  hint?: string;
}

/** Where a problem is: the file, and when known the line and the field. */
export interface Location {
  file: string;
  line?: number;
  field?: string;
}

/**
 * One catalogue entry, in the style of Astro's errors data: a stable code, a severity, a
 * short title for documentation, and message and hint builders that only fill in
 * parameters (no logic: the caller decides what to say by choosing the entry).
 */
export interface DiagnosticSpec<P> {
  code: string;
  severity: Severity;
  title: string;
  message: (params: P) => string;
  hint: (params: P) => string;
}
