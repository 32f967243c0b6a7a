/**
 * Below this mean confidence a page's reading is no reading: measured on scans, a page the right
 * way up reads at 0,62 to 0,95 (noisy, dot-matrix and 70 DPI pages included); the same pages
 * upside down or sideways at 0,13 to 0,42, in every case.
 */
export const READABLE_PAGE = 0.55;

/** The engine's confidence in a page's words, each weighed by its characters; 0 for no word. */
export function meanConfidence(words: ReadonlyArray<{ text: string; confidence: number }>): number {
  let weighed = 0;
  let characters = 0;
  for (const word of words) {
    weighed += word.confidence * word.text.length;
    characters += word.text.length;
  }
  return characters === 0 ? 0 : weighed / characters;
}
