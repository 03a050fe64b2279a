/**
 * How agencies named in 2020–2025 documents changed in 2025: data in
 * agency-successions.yaml (see reference-data.ts).
 */
import { AgencySuccessionSchema, readLexiconList } from './reference-data.ts';
import type { AgencySuccessionData } from './types.ts';

/** Succession rules; `applies_to` limits an entry to some provinces. */
export const AGENCY_SUCCESSIONS: AgencySuccessionData[] = readLexiconList('agency-successions.yaml', AgencySuccessionSchema);
