import { fc, test } from '@fast-check/vitest';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { escapeHtml, italianNumber } from '../../src/write/html.js';
import { fundChart } from '../../src/write/report-chart.js';
import type { ProjectRecord } from '../../src/schema.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('italianNumber', () => {
  it.each([
    ['1234.5', '1.234,5'],
    ['3867.46', '3.867,46'],
    ['144841.779', '144.841,779'],
    ['684', '684'],
    ['0.5', '0,5'],
    ['-3385.80', '−3.385,80'],
    ['1234567', '1.234.567'],
  ])('writes %s as %s, keeping its digits', (value, italian) => {
    expect(italianNumber(value)).toBe(italian);
  });

  it('writes an absent value as a dash', () => {
    expect(italianNumber(null)).toBe('—');
  });
});

/** Sixty digits: a quotient of these amounts is either a tie or further than 1e-14 from one. */
const Decimal = DecimalJs.clone({ precision: 60 });

describe('fundChart', () => {
  const project = (number: number, declaredAmount: string | null, computedTotal: string): ProjectRecord => ({
    number,
    title: `P${number}`,
    source: { line: 1, page: null },
    conditions: [],
    declaredAmount,
    printedTotal: null,
    computedTotal,
    staff: [],
  });

  it('draws bars proportional to the amounts, exactly, the largest at full length', () => {
    const svg = fundChart([project(1, '1000', '500'), project(2, null, '250.5')]);
    expect(svg).toContain('class="bar declared" data-project="1" x="110" y="30" width="460"');
    expect(svg).toContain('class="bar recomputed" data-project="1" x="110" y="43" width="230"');
    expect(svg).toContain('class="bar recomputed" data-project="2" x="110" y="73" width="115.2"');
    expect(svg).not.toContain('class="bar declared" data-project="2"');
    expect(svg).toContain('no amount declared');
  });

  it('rounds a bar half up to a tenth; on an exact tie, as the division at a million digits did', () => {
    // 213533 × 460 / 1862080 = 52.7502…; 213532 × 460 / 1862080 = 52.75 exactly, where the quotient
    // 213532 / 1862080, cut at a million digits, falls just short.
    expect(fundChart([project(1, '213533', '1862080')])).toContain('class="bar declared" data-project="1" x="110" y="30" width="52.8"');
    expect(fundChart([project(1, '213532', '1862080')])).toContain('class="bar declared" data-project="1" x="110" y="30" width="52.7"');
    expect(fundChart([project(1, '-5', '10')])).toContain('class="bar declared" data-project="1" x="110" y="30" width="0"');
  });

  test.prop([fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })])(
    'a bar is amount / largest × 460, half up to a tenth, and its label stands 4 past its end',
    (largestUnits, unitsBelow, largestPlaces, places) => {
      const largest = new Decimal(largestUnits.toString()).dividedBy(10 ** largestPlaces);
      const amount = Decimal.min(largest, new Decimal(unitsBelow.toString()).dividedBy(10 ** places));
      const width = amount.times(460).dividedBy(largest).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      // An exact tie keeps the million-digit quotient's rounding: the case above.
      fc.pre(!amount.times(4600).dividedBy(largest).minus(0.5).isInteger());
      const svg = fundChart([project(1, amount.toFixed(), largest.toFixed())]);
      expect(svg).toContain(`class="bar declared" data-project="1" x="110" y="30" width="${width.toString()}"`);
      expect(svg).toContain(`<text class="value" x="${width.plus(114).toString()}" y="39">`);
    },
  );

  it('draws nothing for a document without projects, and zero-length bars when every amount is zero', () => {
    expect(fundChart([])).toBe('');
    expect(fundChart([project(1, '0', '0')])).toContain('width="0"');
  });
});

describe('italianNumber against the lookahead pattern it replaced', () => {
  const before = (value: string) => {
    const negative = value.startsWith('-');
    const [whole = '', fraction] = (negative ? value.slice(1) : value).split('.');
    return `${negative ? '−' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction === undefined ? '' : `,${fraction}`}`;
  };

  test.prop([fc.oneof(fc.stringMatching(/^-?\d{0,12}(\.\d{0,4})?$/), fc.stringMatching(/^[-\d.a ]{0,15}$/), fc.string())])('writes any text as before', (value) => {
    expect(italianNumber(value)).toBe(before(value));
  });
});
