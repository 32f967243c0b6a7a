import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/extract/layout.js';
import type { PositionedText } from '../../src/extract/layout.js';

/** Every glyph half an em wide, 10 pt type. */
const SIZE = 10;
const run = (text: string, x: number, y: number): PositionedText => ({ text, x, y, width: text.length * 0.5 * SIZE, height: SIZE });
const texts = (items: PositionedText[]): string[] => layoutDocument([{ page: 1, width: 595, height: 842, items }]).lines.map((l) => l.text);

/** Column starts of a staff table with a column of persons: grade, count, cost, hours, product, %, result. */
const X = [50, 110, 160, 220, 280, 350, 390];
const ROWS = [
  ['D1', '1', '20,10', '100', '2.010,00', '20', '402,00'],
  ['C1', '2', '17,10', '40', '1.368,00', '20', '273,60'],
  ['B3', '1', '15,90', '50', '795,00', '20', '159,00'],
];
const body = (top: number): PositionedText[] => ROWS.flatMap((row, r) => row.map((cell, c) => run(cell, X[c]!, top + 12 * r)));

/**
 * The header as a browser prints a table whose cells wrap: "N." over "unità", "Costo" over
 * "orario", "Ore pro" over "capite", each on its own line, and the one-line cells ("Categoria",
 * "Prodotto", "%", "Risultato") centred on the line between.
 */
function wrappedHeader(top: number): PositionedText[] {
  return [
    run('N.', X[1]!, top),
    run('Costo', X[2]!, top),
    run('Ore pro', X[3]!, top),
    run('Categoria', X[0]!, top + 5),
    run('Prodotto', X[4]!, top + 5),
    run('%', X[5]!, top + 5),
    run('Risultato', X[6]!, top + 5),
    run('unità', X[1]!, top + 10),
    run('orario', X[2]!, top + 10),
    run('capite', X[3]!, top + 10),
  ];
}

describe('a staff table header printed over several lines', () => {
  it('is one line, each column’s words stacked top to bottom, so that its column of persons is seen', () => {
    expect(texts([...wrappedHeader(100), ...body(124)])).toEqual([
      'Categoria N. unità Costo orario Ore pro capite Prodotto % Risultato',
      ...ROWS.map((row) => row.join(' ')),
    ]);
  });

  it('leaves a sentence above the header a line of its own: its words run across the columns', () => {
    const sentence = run('Si intende alimentare il Fondo di € 834,60, quale sommatoria delle risultanze:', 50, 88);
    expect(texts([sentence, ...wrappedHeader(100), ...body(124)])[0]).toBe(sentence.text);
  });

  it('leaves apart header lines whose words share no column (nothing is stacked), as they were', () => {
    const items = [run('Cat.', X[0]!, 100), run('Profilo', X[1]!, 100), ...['Costo', 'Ore', 'Prodotto', '%', 'Risultato'].map((h, i) => run(h, X[i + 2]!, 110)), ...body(124)];
    expect(texts(items).slice(0, 2)).toEqual(['Cat. Profilo', 'Costo Ore Prodotto % Risultato']);
  });

  it('leaves the first row’s name wrapped above its figures out of the header, though it stands in the grade’s column', () => {
    const name = run('Esecutore', X[0]!, 121);
    const figures = ROWS[0]!.slice(1).map((cell, c) => run(cell, X[c + 1]!, 132));
    expect(texts([...wrappedHeader(100), name, ...figures])).toEqual([
      'Categoria N. unità Costo orario Ore pro capite Prodotto % Risultato',
      'Esecutore',
      ROWS[0]!.slice(1).join(' '),
    ]);
  });

  it('joins a word a narrow cell broke without a hyphen, "Prodot" over "to", and keeps a word wrapped whole apart', () => {
    const header = [
      run('Costo', X[2]!, 100), run('Prodot', X[4]!, 100), run('Risulta', X[6]!, 100),
      run('Categoria', X[0]!, 105), run('N.', X[1]!, 105), run('Ore', X[3]!, 105), run('%', X[5]!, 105),
      run('orario', X[2]!, 110), run('to', X[4]!, 110), run('to', X[6]!, 110),
    ];
    expect(texts([...header, ...body(124)])[0]).toBe('Categoria N. Costo orario Ore Prodotto % Risultato');
  });

  it('stacks a line that holds a column\'s rate among its words ("orario" beside "(8,50%)"), no row of figures', () => {
    const charge = [run('IRAP', 450, 100), run('(8,50%)', 450, 110)];
    const figures = ['34,17', '23,26', '13,52'].map((figure, r) => run(figure, 455, 124 + 12 * r));
    expect(texts([...wrappedHeader(100), ...charge, ...body(124), ...figures])[0]).toBe('Categoria N. unità Costo orario Ore pro capite Prodotto % Risultato IRAP (8,50%)');
  });

  it('stacks a heading over a cell whose "€" stands apart from its figure: one cell, not two', () => {
    const charge = [run('Oneri', 440, 100), run('riflessi', 440, 110)];
    const figures = ['95,68', '65,07', '37,84'].flatMap((figure, r) => [run('€', 440, 124 + 12 * r), run(figure, 460, 124 + 12 * r)]);
    expect(texts([...wrappedHeader(100), ...charge, ...body(124), ...figures])[0]).toBe('Categoria N. unità Costo orario Ore pro capite Prodotto % Risultato Oneri riflessi');
  });

  it('keeps a stacked heading\'s word whole that a ligature split into items ("Oneri ri" / "fl" / "essi")', () => {
    const charges = [run('Oneri ri', 440, 100), run('fl', 480, 100), run('essi', 490, 100), run('(23,80%)', 450, 110)];
    const figures = ['95,68', '65,07', '37,84'].map((figure, r) => run(figure, 455, 124 + 12 * r));
    expect(texts([...wrappedHeader(100), ...charges, ...body(124), ...figures])[0]).toBe('Categoria N. unità Costo orario Ore pro capite Prodotto % Risultato Oneri riflessi (23,80%)');
  });

  it('leaves a heading over a group of columns apart: stacked, it would stand over two cells of each row', () => {
    const items = [
      run('QUOTA AL FONDO', X[5]!, 100),
      ...['Categoria', 'N.', 'Costo', 'Ore', 'Prodotto'].map((h, i) => run(h, X[i]!, 110)),
      run('%', X[5]!, 110), run('Risultato', X[6]!, 110),
      ...body(124),
    ];
    expect(texts(items).slice(0, 2)).toEqual(['QUOTA AL FONDO', 'Categoria N. Costo Ore Prodotto % Risultato']);
  });

  it('never stacks rows with figures, whose names make them look like a header', () => {
    const named = (name: string, grade: string, cost: string, y: number) => [run(name, X[0]!, y), run(grade, 200, y), run(cost, 240, y), run('110', 290, y)];
    const rows = [
      named('Assistente', 'C', '18,90', 100),
      named('Operatore', 'Bs', '17,20', 112),
      named('Autista', 'B', '16,10', 124),
    ];
    expect(texts([...rows.flat(), ...body(136)]).slice(0, 3)).toEqual(rows.map((row) => row.map((item) => item.text).join(' ')));
  });

  it('leaves apart lines too far apart to be one header', () => {
    const items = [run('N.', X[1]!, 80), run('Costo', X[2]!, 80), run('Ore', X[3]!, 80), ...wrappedHeader(100).slice(3), ...body(124)];
    expect(texts(items)[0]).toBe('N. Costo Ore');
  });
});
