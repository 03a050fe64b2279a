/**
 * Resolves agency mentions of one document to agency ids, creating agencies that
 * neither the registry nor the lexicon knows (they are added, never dropped).
 *
 * Province-specific bodies: "Sở Tài chính" of Cà Mau and of Hậu Giang are different
 * agencies with the same display name. A non-national agency mentioned in a document
 * whose province is known gets `place` = that province and the id `<slug>-<place>`
 * (`so-tai-chinh-ca-mau`); national bodies (Chính phủ, Bộ …) have no place and no suffix.
 */
import { slugify } from '../../../src/lib/slug.ts';
import { AGENCY_SUCCESSIONS } from '../lexicon/agency-successions.ts';
import { ACRONYM, bracketAbbreviation, canonicalName, inferKind, isAgencyName, isNational, lexiconAgency, nameKey } from './agency-name.ts';
import { placeByName } from './place.ts';
import { findStored } from './registry.ts';
import type { AgencyRegistry, AgencySuccessor, ExtractedAgency, ExtractedPlace } from './types.ts';

/** Per-document agency resolver; collects every agency it hands out. */
export interface AgencyResolver {
  /** Id of the agency a mention names, or null when the mention is empty. */
  resolve(mention: string): string | null;
  /** True when `resolve` would give an agency for the mention; collects nothing. */
  isAgency(mention: string): boolean;
  /** The agencies resolved so far, sorted by id. */
  agencies(): ExtractedAgency[];
}

const CHANGE_PRIORITY = ['merged-into', 'renamed', 'split', 'functions-moved'] as const;

/** 2025 successor of an agency name in a province, from the shared reference data. */
export function successorOf(name: string, placeName: string | null): AgencySuccessor | null {
  const key = nameKey(name);
  const rules = AGENCY_SUCCESSIONS.filter(
    (rule) => nameKey(rule.from) === key && (!rule.applies_to || (placeName !== null && rule.applies_to.includes(placeName))),
  ).sort(
    (a, b) => CHANGE_PRIORITY.indexOf(a.change) - CHANGE_PRIORITY.indexOf(b.change) || Number(!!b.applies_to) - Number(!!a.applies_to),
  );
  const rule = rules[0];
  if (!rule) return null;
  return { name: rule.to, change: rule.change, effective: rule.effective, ...(rule.legal_basis ? { legal_basis: rule.legal_basis } : {}) };
}

/** Creates a resolver for a document of the given province (null for national texts). */
export function createAgencyResolver(registry: AgencyRegistry, place: ExtractedPlace | null): AgencyResolver {
  const byKey = new Map<string, ExtractedAgency>();
  const byId = new Map<string, ExtractedAgency>();
  const committeeName = place?.kind === 'thanh-pho' ? 'Ủy ban nhân dân thành phố' : 'Ủy ban nhân dân tỉnh';

  function build(mention: string): ExtractedAgency | null {
    // A centrally governed city has "Ủy ban nhân dân thành phố", not "… tỉnh".
    const name = place?.kind === 'thanh-pho' ? canonicalName(mention).replace(/ tỉnh$/u, ' thành phố') : canonicalName(mention);
    if (!/\p{L}{2}/u.test(name) || (name.split(/\s+/u).length < 2 && !ACRONYM.test(name))) return null;
    if (!isAgencyName(name)) return null;
    // "Tỉnh Nghệ An" names a place, not an agency.
    if (placeByName(name)) return null;
    const kind = inferKind(name);
    const national = isNational(name, kind);
    const agencyPlace = national || !place ? null : place.id;
    const stored = findStored(registry, name, agencyPlace) ?? findStored(registry, mention, agencyPlace);
    if (stored) return { ...stored, aliases: [...stored.aliases] };
    const lexicon = lexiconAgency(name);
    const abbreviation = lexicon?.abbreviation ?? bracketAbbreviation(mention);
    return {
      id: agencyPlace ? `${slugify(name)}-${agencyPlace}` : slugify(name),
      name,
      aliases: [],
      ...(abbreviation ? { abbreviation } : {}),
      kind,
      place: agencyPlace,
      // A provincial department answers to the province's people's committee.
      parent: agencyPlace && kind === 'department' ? `${slugify(committeeName)}-${agencyPlace}` : null,
      successor: successorOf(name, place?.name ?? null),
    };
  }

  const resolver: AgencyResolver = {
    resolve(mention) {
      const key = nameKey(canonicalName(mention));
      let agency = byKey.get(key);
      if (!agency) {
        const built = build(mention);
        if (!built) return null;
        // Two spellings may still meet at one id (e.g. a staff alias): keep one agency.
        agency = byId.get(built.id) ?? built;
        byKey.set(key, agency);
        byId.set(agency.id, agency);
        // The parent must exist too, or the relation would dangle.
        if (agency.parent && !byId.has(agency.parent)) resolver.resolve(committeeName);
      }
      // Record other spellings as aliases so staff see what was merged.
      const spelling = mention
        .normalize('NFC')
        .replace(/[\s,.;:]+$/u, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (spelling !== agency.name && !agency.aliases.includes(spelling)) agency.aliases.push(spelling);
      return agency.id;
    },
    isAgency(mention) {
      return byKey.has(nameKey(canonicalName(mention))) || build(mention) !== null;
    },
    agencies() {
      return [...byId.values()]
        .map((agency) => ({ ...agency, aliases: [...agency.aliases].sort() }))
        .sort((a, b) => a.id.localeCompare(b.id));
    },
  };
  return resolver;
}
