/**
 * Provincial-level units before (63) and after (34) the 2025 reorganisation, with
 * successors: data in places.yaml (see reference-data.ts).
 */
import { PlaceDataSchema, readLexiconList } from './reference-data.ts';
import type { PlaceData } from './types.ts';

/** Every province and centrally governed city, old and new. */
export const PLACES: PlaceData[] = readLexiconList('places.yaml', PlaceDataSchema);
