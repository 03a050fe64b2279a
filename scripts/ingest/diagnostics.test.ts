import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnostics, hasErrors } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

const unknownAgency: Diagnostic = {
  code: 'AGENCY_UNKNOWN',
  severity: 'warning',
  file: 'content/sources/x.txt',
  line: 212,
  field: 'commitments[14].lead',
  message: "Unknown agency 'Sở TN&MT'",
  hint: 'Add an alias in content/agencies',
};

describe('diagnostics', () => {
  it('prints file, line, field, message and hint as sentences', () => {
    expect(formatDiagnostic(unknownAgency)).toMatchInlineSnapshot(
      `"warning content/sources/x.txt:212 commitments[14].lead: Unknown agency 'Sở TN&MT'. Add an alias in content/agencies."`,
    );
  });

  it('groups by file and ends with a count per code', () => {
    const error: Diagnostic = { code: 'INPUT_EMPTY', severity: 'error', file: 'content/sources/a.txt', message: 'The file is empty.' };
    expect(formatDiagnostics([unknownAgency, error])).toMatchInlineSnapshot(`
      "error content/sources/a.txt The file is empty.
      warning content/sources/x.txt:212 commitments[14].lead: Unknown agency 'Sở TN&MT'. Add an alias in content/agencies.
      2 problem(s): AGENCY_UNKNOWN ×1, INPUT_EMPTY ×1
      "
    `);
    expect([hasErrors([unknownAgency]), hasErrors([unknownAgency, error])]).toEqual([false, true]);
  });
});
