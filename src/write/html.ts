import { groupThousands } from '../normalize/numbers.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

const DIGITS = /^\d+$/;

/**
 * A decimal string ("1234.5") written the Italian way ("1.234,5"), keeping its digits; `—` when absent.
 */
export function italianNumber(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  const sign = negative ? '−' : '';
  const dot = unsigned.indexOf('.');
  if (dot < 0) return sign + groupWhole(unsigned);
  // What follows a second point, if any, is dropped.
  const end = unsigned.indexOf('.', dot + 1);
  return `${sign}${groupWhole(unsigned.slice(0, dot))},${unsigned.slice(dot + 1, end < 0 ? undefined : end)}`;
}

/** Digits grouped by three from the right with "."; anything else as the lookahead pattern groups it. */
function groupWhole(whole: string): string {
  return DIGITS.test(whole) ? groupThousands(whole) : whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
