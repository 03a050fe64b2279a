/** Shapes of the lexicon data files. */
import type { SUCCESSION_CHANGES } from '../../../src/schemas/agency.ts';

/** A provincial-level unit (63 before 2025; the 34 after are among them by name). */
export interface PlaceData {
  /** Bare name, e.g. "Cà Mau". */
  name: string;
  /** With its prefix, e.g. "tỉnh Cà Mau". */
  full_name: string;
  kind: 'tinh' | 'thanh-pho';
  successor: { name: string; full_name: string; effective: string; legal_basis?: string } | null;
}

/** One 2025 succession rule for an agency name. */
export interface AgencySuccessionData {
  /** Name as written before the change, e.g. "Sở Kế hoạch và Đầu tư". */
  from: string;
  /** Successor name, e.g. "Sở Tài chính". */
  to: string;
  level: 'national' | 'province';
  change: (typeof SUCCESSION_CHANGES)[number];
  effective: string;
  functions?: string;
  /** Provinces the rule is limited to (bare names); absent = everywhere. */
  applies_to?: string[];
  legal_basis?: string;
}
