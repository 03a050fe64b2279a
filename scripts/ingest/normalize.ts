/**
 * The normalise stage lives in `layout/`: physical lines, tables, hard wraps rejoined into
 * logical lines. This module keeps the stage's historical import path.
 */
export { cleanCharacters, continues, normalize, splitCells, stripMarkup } from './layout/normalize.ts';
