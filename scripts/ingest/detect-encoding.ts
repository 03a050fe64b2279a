/**
 * Guesses which legacy Vietnamese encoding a non-UTF-8 file uses, so the error can say
 * "this looks like TCVN3" instead of only "not UTF-8". Before Unicode, Vietnamese
 * offices typed in TCVN3 (ABC, the .VnTime fonts), VNI or Windows-1258; files saved from
 * old Word documents still arrive in those encodings.
 *
 * Each encoding leaves a byte fingerprint on ordinary Vietnamese words:
 * - Windows-1258 writes tones as separate combining bytes after the vowel:
 *   "á" = `61 EC`, "ị" = `69 F2`, "được" = `F0 FD F5 F2 63`.
 * - TCVN3 has one byte per accented letter, many of them in A8–AE and B5–FE, e.g.
 *   "đ" = `AE`, "ư" = `AD`, "ơ" = `AC`, "á" = `B8`.
 * - VNI writes a base vowel followed by a modifier byte: "á" = `61 F9`, "ấ" = `61 E1`,
 *   "ệ" = `65 E4`, and "đ" = `F1`.
 * We count those fingerprints and report the encoding with the clearest lead.
 */

/** Legacy encodings we can name in an error message. */
export type LegacyEncoding = 'Windows-1258' | 'TCVN3 (ABC)' | 'VNI' | 'UTF-16' | 'Windows-1252 / Latin-1';

const ASCII_VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
/** Windows-1258 bytes for â ă ê ô ơ ư (and upper case): they carry a following tone byte. */
const CP1258_VOWELS = new Set([0xc2, 0xc3, 0xca, 0xd4, 0xd5, 0xdd, 0xe2, 0xe3, 0xea, 0xf4, 0xf5, 0xfd]);
/** Windows-1258 combining tones: grave CC, acute EC, hook D2, tilde DE, dot below F2. */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
/** VNI modifier bytes that follow a base vowel (lower and upper case forms). */
const VNI_MODIFIERS = new Set([
  0xf8,
  0xf9,
  0xfb,
  0xf5,
  0xef, // tones: grave, acute, hook, tilde, dot
  0xe2,
  0xe0,
  0xe1,
  0xe5,
  0xe3,
  0xe4, // circumflex, alone and with a tone
  0xea,
  0xe8,
  0xe9,
  0xfa,
  0xfc,
  0xeb, // breve, alone and with a tone
  0xd8,
  0xd9,
  0xdb,
  0xd5,
  0xcf,
  0xc2,
  0xc0,
  0xc1,
  0xc5,
  0xc3,
  0xc4,
  0xca,
  0xc8,
  0xc9,
  0xda,
  0xdc,
  0xcb,
]);
/** VNI "ơ"/"ư" (`F4`/`F6`, upper `D4`/`D6`) can also carry a modifier. */
const VNI_HORN_BASES = new Set([0xf4, 0xf6, 0xd4, 0xd6]);

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/** Counts the byte fingerprints of each legacy encoding in `bytes` (exported for tests). */
export function encodingScores(bytes: Uint8Array): Record<'cp1258' | 'tcvn3' | 'vni', number> {
  let cp1258 = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const prev = i > 0 ? bytes[i - 1] : undefined;
    const prevIsVowel = prev !== undefined && ASCII_VOWELS.has(prev);
    if (CP1258_TONES.has(byte) && prev !== undefined && (prevIsVowel || CP1258_VOWELS.has(prev))) cp1258++;
    if (VNI_MODIFIERS.has(byte) && prev !== undefined && (prevIsVowel || VNI_HORN_BASES.has(prev))) vni++;
    // TCVN3 letters sit between ASCII letters or at a word edge; A8–AE and B5–BE are
    // punctuation signs in Windows-125x and VNI, so they rarely appear there inside words.
    const inTcvnCore = (byte >= 0xa8 && byte <= 0xae) || (byte >= 0xb5 && byte <= 0xbe);
    if (inTcvnCore && (isAsciiLetter(prev) || isAsciiLetter(bytes[i + 1]))) tcvn3++;
  }
  return { cp1258, tcvn3, vni };
}

/** True when the bytes look like UTF-16 (a UTF-16 BOM, or NUL bytes in every other position). */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  return evenNul > half * 0.3 !== oddNul > half * 0.3 && Math.max(evenNul, oddNul) > half * 0.3;
}

/** Names the legacy encoding that non-UTF-8 `bytes` most likely use. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  if (looksLikeUtf16(bytes)) return 'UTF-16';
  const scores = encodingScores(bytes);
  const ranked = (Object.entries(scores) as [keyof typeof scores, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // A handful of hits could be accidental (a "©" or "®" in a footer); ask for a clear lead.
  if (!best || best[1] < 3 || best[1] < (second?.[1] ?? 0) * 1.5) return 'Windows-1252 / Latin-1';
  if (best[0] === 'cp1258') return 'Windows-1258';
  if (best[0] === 'tcvn3') return 'TCVN3 (ABC)';
  return 'VNI';
}
