import { describe, expect, it } from 'vitest';
import type { SourceLine, StaffColumn } from '../../src/model.js';
import { joinedReadings, joinSites } from '../../src/normalize/joined-numbers.js';

const ALL: StaffColumn[] = ['hourlyCost', 'hours', 'product', 'percentage', 'result'];
const line = (text: string, at = 1): SourceLine => ({ text, line: at, page: null });
/** The tokens of one printed line, each from that line. */
const onOneLine = (text: string) => {
  const printed = line(text);
  const tokens = text.split(' ');
  return { tokens, lines: tokens.map(() => printed) };
};

describe('where a row\'s tokens may be one number', () => {
  it('finds a group of three digits after one to three digits and a space on the same line', () => {
    const { tokens, lines } = onOneLine('19,83 300 5 949,00 20 1 189,80');
    expect(joinSites(tokens, lines)).toEqual([
      { at: 2, glue: ' ', noBreak: false },
      { at: 5, glue: ' ', noBreak: false },
    ]);
  });

  it('finds none where the figures stood apart otherwise, or the right one is no group of three', () => {
    const euro = line('10,00 120 1 € 200,00');
    expect(joinSites(['10,00', '120', '1', '200,00'], [euro, euro, euro, euro])).toEqual([]);
    const { tokens, lines } = onOneLine('17,10 200 3.420,00 20 68,40');
    expect(joinSites(tokens, lines)).toEqual([]);
  });

  it('finds a stray space within a cell only where wide gaps, or the line\'s ends, stand either side of it', () => {
    const printed = line('D2      19,8 8     60       1.192,80     20      238,56');
    const tokens = ['D2', '19,8', '8', '60', '1.192,80', '20', '238,56'];
    const stray = (sites: ReturnType<typeof joinSites>) => sites.filter((site) => site.straySpace);
    expect(stray(joinSites(tokens, tokens.map(() => printed)))).toEqual([{ at: 1, glue: '', noBreak: false, straySpace: true }]);
    const atEnds = line('17, 95     80     1.436,00     20     287, 20');
    const ends = ['17', '95', '80', '1.436,00', '20', '287', '20'];
    expect(stray(joinSites(ends, ends.map(() => atEnds)))).toEqual([
      { at: 0, glue: ',', noBreak: false, straySpace: true },
      { at: 5, glue: ',', noBreak: false, straySpace: true },
    ]);
    // One space on the other side: "8 60" is two cells of a line that sets some cells one space apart.
    const narrow = line('D2      19,8 8 60       1.192,80     20      238,56');
    expect(stray(joinSites(tokens, tokens.map(() => narrow)))).toEqual([]);
  });

  it('takes a tab for a wide gap, as an extractor that writes column gaps as tabs prints the same line', () => {
    const tokens = ['D2', '19,8', '8', '60', '1.192,80', '20', '238,56'];
    const stray = (sites: ReturnType<typeof joinSites>) => sites.filter((site) => site.straySpace);
    const tabbed = line('D2\t19,8 8\t60\t1.192,80\t20\t238,56');
    expect(stray(joinSites(tokens, tokens.map(() => tabbed)))).toEqual([{ at: 1, glue: '', noBreak: false, straySpace: true }]);
    // One space on the other side, as with spaces: no stray space.
    const narrow = line('D2\t19,8 8 60\t1.192,80\t20\t238,56');
    expect(stray(joinSites(tokens, tokens.map(() => narrow)))).toEqual([]);
  });

  it('reads a line of thousands of figures as it reads a short one', () => {
    const cells = Array.from({ length: 20_000 }, () => '19,8 8');
    const printed = line(`D2  ${cells.join('  ')}`);
    const tokens = ['D2', ...cells.flatMap((cell) => cell.split(' '))];
    const sites = joinSites(tokens, tokens.map(() => printed));
    expect(sites).toHaveLength(20_000);
    expect(sites.every((site, k) => site.at === 1 + 2 * k && site.glue === '')).toBe(true);
  });

  it('finds a line\'s last figure printed with a stop after it and the next line\'s first figure', () => {
    const first = line('D1 29,84 200 5.968,', 1);
    const second = line('00 20 1.193,60', 2);
    expect(joinSites(['29,84', '200', '5.968', '00', '20', '1.193,60'], [first, first, first, second, second, second])).toEqual([{ at: 2, glue: ',', noBreak: false }]);
    const dotted = line('B3 15,02 200 3.', 1);
    const rest = line('004,00 20 600,80', 2);
    expect(joinSites(['15,02', '200', '3', '004,00', '20', '600,80'], [dotted, dotted, dotted, rest, rest, rest])).toEqual([
      { at: 2, glue: '.', noBreak: false },
      { at: 4, glue: ' ', noBreak: false },
    ]);
  });

  it('finds none between lines where the first ends without a stop', () => {
    const first = line('D1 29,84 200 5.968', 1);
    const second = line('00 20 1.193,60', 2);
    expect(joinSites(['29,84', '200', '5.968', '00', '20', '1.193,60'], [first, first, first, second, second, second])).toEqual([]);
  });
});

describe('reading a row with its numbers joined', () => {
  it('reads the one joining that holds, and records each joined number', () => {
    const { tokens, lines } = onOneLine('19,83 300 5 949,00 20 1 189,80');
    const readings = joinedReadings(tokens, joinSites(tokens, lines), ALL);
    expect(readings.map((r) => r.tokens)).toEqual([['19,83', '300', '5 949,00', '20', '1 189,80']]);
    expect(ALL.map((c) => readings[0]!.resolution.cells[c]?.text)).toEqual(['19.83', '300', '5949.00', '20', '1189.80']);
    expect(readings[0]!.repairs.map((r) => r.kind)).toEqual(['thousands-spaced', 'thousands-spaced']);
  });

  it('reads none when no joining holds', () => {
    const { tokens, lines } = onOneLine('17,10 200 3 420,00 20 648,00');
    expect(joinedReadings(tokens, joinSites(tokens, lines), ALL)).toEqual([]);
  });

  it('reads thousands set apart twice as one amount ("1 234 567,00")', () => {
    // 1.234,567 × 1.000 = 1.234.567,00; 10 % of it 123.456,70.
    const { tokens, lines } = onOneLine('1234,567 1000 1 234 567,00 10 123 456,70');
    const readings = joinedReadings(tokens, joinSites(tokens, lines), ALL);
    expect(readings.map((r) => r.tokens)).toEqual([['1234,567', '1000', '1 234 567,00', '10', '123 456,70']]);
  });
});
