import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/extract/layout.js';
import type { PageText, PositionedText } from '../../src/extract/layout.js';

const A4 = { width: 595, height: 842 };
/** Every glyph half an em wide: enough for geometry that does not depend on a font. */
const GLYPH = 0.5;

/** One item per run of text, starting at x on baseline y. */
function run(text: string, x: number, y: number, size = 10): PositionedText {
  return { text, x, y, width: text.length * GLYPH * size, height: size };
}

/** One item per glyph, spaces left out as PDFs draw them, `tracking` em between glyphs. */
function glyphs(text: string, x: number, y: number, size = 10, tracking = 0): PositionedText[] {
  const items: PositionedText[] = [];
  [...text].forEach((char, i) => {
    if (char !== ' ') items.push({ text: char, x: x + i * (GLYPH + tracking) * size, y, width: GLYPH * size, height: size });
  });
  return items;
}

/** Cells placed one after the other, `gap` points apart, one item per cell. */
function cells(texts: string[], x: number, y: number, gap: number, size = 10): PositionedText[] {
  const items: PositionedText[] = [];
  for (const text of texts) {
    items.push(run(text, x, y, size));
    x += text.length * GLYPH * size + gap;
  }
  return items;
}

const page = (number: number, items: PositionedText[]): PageText => ({ page: number, ...A4, items });
const texts = (pages: PageText[]): string[] => layoutDocument(pages).lines.map((l) => l.text);

/** A deterministic shuffle, so that a failure can be replayed. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('lines', () => {
  it('rebuilds words drawn one glyph per item, arriving out of order and a little off the baseline', () => {
    const items = glyphs('Progetto N° 2 - Nuovo sistema di gestione documentale', 50, 100).map((item, i) => ({ ...item, y: item.y + ((i % 3) - 1) * 0.4 }));
    expect(texts([page(1, shuffled(items))])).toEqual(['Progetto N° 2 - Nuovo sistema di gestione documentale']);
  });

  it('measures a line’s letter tracking, so that tracked glyphs stay words', () => {
    expect(texts([page(1, glyphs('PROGETTO N° 6 la performance', 50, 100, 10, 0.7))])).toEqual(['PROGETTO N° 6 la performance']);
  });

  it('writes a letter and its combining accent, as some producers draw them, as one character', () => {
    expect(texts([page(1, [run('Attivita\u0300 e unita\u0300 coinvolte', 50, 100)])])).toEqual(['Attività e unità coinvolte']);
  });

  it('joins a word split into items mid-word, and spaces words a space apart', () => {
    const items = [run('Prog', 50, 100), run('etto', 70, 100), run('N°', 93, 100), run('2', 106, 100)];
    expect(texts([page(1, items)])).toEqual(['Progetto N° 2']);
  });

  it('keeps lines apart by baseline, each left to right, and a superscript on its line', () => {
    const items = [run('seconda', 90, 114), run('prima', 50, 100), run('riga', 80, 100), { ...run('1', 101, 96.5, 6) }, run('riga', 50, 114)];
    expect(texts([page(1, items)])).toEqual(['prima riga¹', 'riga seconda']);
  });

  it('writes a footnote mark, raised and smaller, after an amount as superscript digits, never as its digits', () => {
    /** A mark as Chromium prints <sup>: five sixths of the size, its baseline raised by 0.4 em. */
    const mark = (digits: string, after: PositionedText) => ({ ...run(digits, after.x + after.width, after.y - 4, 8.3) });
    const result = run('273,60', 300, 100);
    const declared = run('Fondo Salario Accessorio di € 524', 50, 130);
    const total = run('357,20', 300, 160);
    const items = [
      ...cells(['C3', '17,10', '80', '1.368,00', '20'], 50, 100, 10),
      result,
      mark('3', result),
      declared,
      mark('1', declared),
      run(', come da tabella:', 50 + declared.width + 5, 130),
      run('Totale', 50, 160),
      total,
      mark('12', total),
    ];
    expect(texts([page(1, items)])).toEqual(['C3 17,10 80 1.368,00 20 273,60³', 'Fondo Salario Accessorio di € 524¹, come da tabella:', 'Totale 357,20¹²']);
  });

  it('puts a footnote mark back on the line of the word it marks, though it stands nearer the line above', () => {
    // A header's cells stacked with tight leading: "Costo" / "Profilo Cat. Ore …" / "orario¹", the mark raised 0.4 em after "orario".
    const orario = run('orario', 240, 147.6);
    const items = [run('Costo', 240, 136.7), ...cells(['Profilo', 'Cat.', 'Ore', 'Prodotto'], 120, 142.1, 50), orario, run('1', orario.x + orario.width, 143.9, 5.5)];
    expect(texts([page(1, items)])).toEqual(['Costo', 'Profilo Cat. Ore Prodotto', 'orario¹']);
    // A small figure that ends no word of the line below stays where it is.
    const apart = [run('Costo', 240, 136.7), ...cells(['Profilo', 'Cat.', 'Ore', 'Prodotto'], 120, 142.1, 50), orario, run('1', 300, 143.9, 5.5)];
    expect(texts([page(1, apart)])).toEqual(['Costo', 'Profilo Cat. Ore 1 Prodotto', 'orario']);
  });

  it('joins digits of the line\'s own size and baseline as before, drawn one glyph per item or touching', () => {
    const items = [...glyphs('1.003,20', 50, 100), run('4714,00', 150, 100), run('15', 185, 100)];
    expect(texts([page(1, items)])).toEqual(['1.003,20 4714,00 15']);
  });

  it('closes up the cells of a letter-spaced row, which pdfjs writes a space between every glyph', () => {
    // The cells as pdfjs gives a row printed with 0.11 em of character spacing.
    const row = cells(['D 3', '2 3 , 1 2', '1 1 0', '2 5 4 3 , 2 0', '2 0', '5 0 8 , 6 4'], 50, 100, 40);
    const total = cells(['T o t a l e', '2 1 0 0 , 0 8'], 50, 114, 300);
    expect(texts([page(1, [...row, ...total])])).toEqual(['D3 23,12 110 2543,20 20 508,64', 'Totale 2100,08']);
  });

  it('closes up a label of capitals printed letter-spaced, and its abbreviation, on a row without figures', () => {
    // A card's label "PROGETTO N. 1" printed with 1.5 pt of character spacing, as pdfjs gives it.
    expect(texts([page(1, cells(['P R O G E T T O', 'N .', '1'], 50, 100, 6))])).toEqual(['PROGETTO N. 1']);
    expect(texts([page(1, cells(['A R E A', 'T E C N I C A'], 50, 100, 6))])).toEqual(['AREA TECNICA']);
  });

  it('leaves three capitals or lower-case letters a space apart as they are', () => {
    expect(texts([page(1, cells(['Categorie', 'B C D', 'N .', '3'], 50, 100, 20))])).toEqual(['Categorie B C D N . 3']);
  });

  it('leaves single characters a space apart as they are when no figure on the row shows letter spacing', () => {
    expect(texts([page(1, cells(['a e i', 'D 3', '1 1 0'], 50, 100, 40))])).toEqual(['a e i D 3 1 1 0']);
  });

  it('keeps a label running past its cell apart from the cost printed over its end', () => {
    // The label is 40 glyphs (200 pt) long from x 50; the cost starts at x 200, 50 pt inside it.
    const items = [run('C3 – Istruttore amministrativo contabile', 50, 100), run('18,05', 200, 100), run('200', 260, 100)];
    expect(texts([page(1, items)])).toEqual(['C3 – Istruttore amministrativo contabile 18,05 200']);
  });

  it('drops an item drawn twice to look bold, but keeps a doubled letter', () => {
    const items = [run('Totale', 50, 100), run('Totale', 50.4, 100), ...glyphs('tt', 120, 100)];
    expect(texts([page(1, items)])).toEqual(['Totale tt']);
  });
});

describe('tables', () => {
  const header = ['PERSONALE', 'COSTO', 'ORE', 'PRODOTTO', '%', 'RISULTATO'];
  const rows = [
    ['D2', '18,56', '350', '6496,00', '20', '1299,2'],
    ['C3', '17,10', '350', '5985,00', '20', '1197'],
    ['C3', '17,10', '200', '3420,00', '20', '684'],
    ['B5', '15,69', '30', '470,70', '20', '94,14'],
  ];
  /** Column starts wide enough for the header, numbers right-aligned, cells touching at the edges. */
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)) * GLYPH * 10);
  const starts = widths.map((_, i) => 50 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const place = (texts: string[], y: number, split: (text: string, x: number, y: number) => PositionedText[]): PositionedText[] =>
    texts.flatMap((text, i) => {
      const right = (starts[i] ?? 0) + (widths[i] ?? 0);
      const x = i === 0 ? (starts[0] ?? 0) : right - text.length * GLYPH * 10;
      return split(text, x, y);
    });

  it('puts a space between cells that touch, with one item per cell', () => {
    const items = [...cells(header, 50, 100, 4), ...rows.flatMap((row, r) => place(row, 112 + 12 * r, (t, x, y) => [run(t, x, y)]))];
    expect(texts([page(1, items)])).toEqual([header.join(' '), ...rows.map((r) => r.join(' '))]);
  });

  it('keeps a heading\'s word whole that a ligature split into items, where a column\'s edge runs through it', () => {
    // "riflessi" as a browser draws it: "oneri ri", the "fl" glyph, "essi", touching, over the gap between the result's figures and the charges'.
    const heading = [...cells(['personale', 'costo', 'ore', 'risultato'], 50, 100, 6), run('oneri ri', 230, 100), run('fl', 270, 100), run('essi', 280, 100)];
    const figures = (y: number, row: string[]) => cells(row, 50, y, 6).map((item, i) => (i === 3 ? { ...item, x: 235 } : i === 4 ? { ...item, x: 274 } : item));
    const body = [['D3', '20,30', '120', '487,20', '115,95'], ['C3', '17,10', '200', '684,00', '162,79'], ['C1', '16,27', '150', '488,10', '116,17']].flatMap((row, r) => figures(112 + 12 * r, row));
    expect(texts([page(1, [...heading, ...body])])[0]).toBe('personale costo ore risultato oneri riflessi');
  });

  it('keeps a number drawn one glyph per item whole, while its neighbours touch it', () => {
    const items = [...cells(header, 50, 100, 4), ...rows.flatMap((row, r) => place(row, 112 + 12 * r, (t, x, y) => (r === 0 ? glyphs(t, x, y) : [run(t, x, y)])))];
    const lines = texts([page(1, items)]);
    expect(lines.slice(2)).toEqual(rows.slice(1).map((r) => r.join(' ')));
    expect(lines[1]?.replace(/ /g, '')).toBe(rows[0]?.join(''));
    expect(lines[1]?.split(' ').every((token) => rows[0]?.some((cell) => cell.includes(token)))).toBe(true);
  });

  it('cuts cells glued into one item where the other rows show the column edge', () => {
    const glued = (row: string[]) => (t: string, x: number, y: number): PositionedText[] => (t === row[3] ? [] : t === row[4] ? [run(`${row[3]}${t}`, x - (row[3]?.length ?? 0) * GLYPH * 10, y)] : [run(t, x, y)]);
    // The product is right-aligned and the percentage left-aligned: where the product fills its
    // column the two touch; here the first row's pair came out of the PDF as one item.
    const leftPercent = (row: string[], r: number) => place(row, 112 + 12 * r, r === 0 ? glued(row) : (t, x, y) => [run(t, x, y)]);
    const items = [...cells(header, 50, 100, 4), ...rows.flatMap(leftPercent)];
    expect(texts([page(1, items)])[1]).toBe(rows[0]?.join(' '));
  });
});

describe('page furniture', () => {
  const sheets = ['primo', 'secondo', 'terzo', 'quarto'];
  const body = (n: number): PositionedText[] =>
    Array.from({ length: 20 }, (_, i) => run(`Riga ${i + 1} del foglio ${sheets[n - 1]}`, 60, 120 + 30 * i));
  const pages = [1, 2, 3, 4].map((n) =>
    page(n, [run('Comune di Prova - Piano della performance', 200, 40, 8), ...body(n), run(`Pagina ${n} di 4`, 260, 815, 8)]),
  );

  it('takes out a running header and a "Pagina N di M" footer, and reports each with its page', () => {
    const { lines, noise } = layoutDocument(pages);
    expect(lines).toHaveLength(80);
    expect(lines.every((l) => l.text.startsWith('Riga '))).toBe(true);
    expect(lines.map((l) => l.line)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(lines[20]).toEqual({ text: 'Riga 1 del foglio secondo', line: 21, page: 2 });
    expect(noise.filter((n) => n.reason === 'running-header').map((n) => n.page)).toEqual([1, 2, 3, 4]);
    expect(noise.filter((n) => n.reason === 'page-number').map((n) => n.text)).toEqual(['Pagina 1 di 4', 'Pagina 2 di 4', 'Pagina 3 di 4', 'Pagina 4 di 4']);
  });

  it('takes out a letterhead and a footer of more lines than two, in smaller print, layer by layer, the first page\'s a little lower', () => {
    const letterhead = (n: number, y: number) => [
      run('Stemma del', 60, y, 7),
      run('COMUNE DI ROCCALTA', 110, y, 8.5),
      run('Comune di', 60, y + 7, 7),
      run('Roccalta Area Risorse Umane', 60, y + 14, 8.5),
      run('Via Roma 1 – 00100 Roccalta – tel. 06 123 45', 60, 790, 7.5),
      run('certificazione', 60, 797, 7),
      run('UNI EN ISO', 60, 804, 7),
      run(`pag. ${n}`, 500, 815, 8),
    ];
    const paged = [1, 2, 3].map((n) => page(n, [...letterhead(n, n === 1 ? 46 : 40), ...body(n)]));
    const { lines, noise } = layoutDocument(paged);
    expect(lines.every((l) => l.text.startsWith('Riga '))).toBe(true);
    expect(noise).toHaveLength(3 * 7);
  });

  it('keeps a plan\'s own lines, in the text\'s print, under a footer on every page, though templated alike', () => {
    const template = (n: number) => [
      ...body(n).slice(0, 18),
      run('Sesta condizione La destinazione delle risorse', 60, 720),
      run('solo a consuntivo, dopo la verifica', 60, 732),
      run('dopo aver accertato i', 60, 742, 9),
      run('risultati)', 60, 754, 9),
    ];
    const { lines } = layoutDocument([1, 2, 3].map((n) => page(n, template(n))));
    expect(lines.filter((l) => l.text === 'solo a consuntivo, dopo la verifica')).toHaveLength(3);
  });

  it('takes out lone page numbers that follow the pages, but keeps a lone total at a page’s foot', () => {
    const numbered = [1, 2, 3].map((n) => page(n, [...body(n), run(`- ${n + 1} -`, 280, 815)]));
    const withTotal = page(4, [...body(4), run('4302', 480, 800)]);
    const { lines, noise } = layoutDocument([...numbered, withTotal]);
    expect(noise).toEqual([
      { page: 1, text: '- 2 -', reason: 'page-number' },
      { page: 2, text: '- 3 -', reason: 'page-number' },
      { page: 3, text: '- 4 -', reason: 'page-number' },
    ]);
    expect(lines.at(-1)).toEqual({ text: '4302', line: 81, page: 4 });
  });

  it('keeps table rows of one shape that open page after page', () => {
    const rows = ['D5 22,08 30 662,40 20 132,48', 'D3 20,30 30 609,00 20 121,8', 'D2 18,56 30 556,80 20 111,36', 'C3 17,10 30 513,00 20 102,6'];
    const tables = rows.map((row, i) => page(i + 1, [run(row, 60, 60), ...body(i + 1)]));
    expect(layoutDocument(tables).noise).toEqual([]);
  });

  it('keeps a staff table\'s header that opens page after page, under the running header', () => {
    const header = 'Cat. Ore Costo orario Costo totale % incentivo Quota incentivo';
    const tables = [1, 2, 3].map((n) => page(n, [run('CCIAA di Esempio – Piano 2024', 200, 40, 8), run(header, 60, 80), ...body(n)]));
    const { lines, noise } = layoutDocument(tables);
    expect(lines.filter((l) => l.text === header)).toHaveLength(3);
    expect(noise.map((n) => n.reason)).toEqual(['running-header', 'running-header', 'running-header']);
  });

  it('keeps the same staff row where a table continues at the top of page after page, with or without a running header', () => {
    const row = 'C3 17,10 100 1.710,00 20 342,00';
    const address = 'Via Roma 1 - 59100 Prato - tel. 0574 612345 - fax 0574 612346';
    const continued = (header: boolean) =>
      [1, 2, 3].map((n) => page(n, [...(header ? [run('Comune di Roccalta', 60, 40, 8)] : []), run(row, 60, 60), ...body(n), run(address, 150, 815, 8)]));
    for (const header of [true, false]) {
      const { lines, noise } = layoutDocument(continued(header));
      expect(lines.filter((l) => l.text === row).map((l) => l.page)).toEqual([1, 2, 3]);
      expect(noise.map((n) => n.text)).toEqual([1, 2, 3].flatMap(() => [...(header ? ['Comune di Roccalta'] : []), address]));
    }
  });

  it('keeps the heading of a project that opens each page, its number following the page\'s, and still takes out a header naming one project on every page', () => {
    const titles = ['RISCOSSIONE COATTIVA', 'SPORTELLO UNICO', 'ARCHIVIO DIGITALE'];
    const projects = [2, 3, 4].map((n) => page(n - 1, [run(`PROGETTO N. ${n}`, 60, 50), run(titles[n - 2]!, 60, 66), ...body(n - 1)]));
    const { lines, noise } = layoutDocument(projects);
    expect(lines.filter((l) => l.text.startsWith('PROGETTO N.')).map((l) => l.text)).toEqual(['PROGETTO N. 2', 'PROGETTO N. 3', 'PROGETTO N. 4']);
    expect(noise).toEqual([]);
    const header = [1, 2, 3].map((n) => page(n, [run('Progetto n. 3 – Piano 2016', 200, 40, 8), ...body(n)]));
    expect(layoutDocument(header).noise.map((n) => n.reason)).toEqual(['running-header', 'running-header', 'running-header']);
  });

  it('keeps a heading\'s word that opens each page, its number and title on the next line, and still takes out the word over prose', () => {
    const titles = ['Riscossione coattiva', 'Sportello unico', 'Archivio digitale'];
    const badges = [1, 2, 3].map((n) => page(n, [run('PROGETTO', 60, 50, 9), run(`${n} ${titles[n - 1]!}`, 60, 70, 13), ...body(n)]));
    const { lines, noise } = layoutDocument(badges);
    expect(lines.filter((l) => l.text === 'PROGETTO')).toHaveLength(3);
    expect(noise).toEqual([]);
    const prose = ['Il servizio resterà aperto il sabato mattina', 'La biblioteca aprirà anche la sera', 'Gli uffici riceveranno su appuntamento'];
    const header = [1, 2, 3].map((n) => page(n, [run('PROGETTO', 60, 50, 9), run(prose[n - 1]!, 60, 70), ...body(n)]));
    expect(layoutDocument(header).noise.map((n) => n.text)).toEqual(['PROGETTO', 'PROGETTO', 'PROGETTO']);
  });

  it('keeps a condition heading, wrapped over two lines, that opens page after page', () => {
    const heading = ['Sesta condizione: (risorse rese disponibili solo a consuntivo, dopo', 'aver accertato i risultati)'];
    const pages = [1, 2, 3].map((n) => page(n, [run('Comune di Roccalta', 60, 40, 8), run(heading[0]!, 60, 60), run(heading[1]!, 60, 74), ...body(n)]));
    const { lines, noise } = layoutDocument(pages);
    expect(lines.filter((l) => heading.includes(l.text))).toHaveLength(6);
    expect(noise.map((n) => n.text)).toEqual(['Comune di Roccalta', 'Comune di Roccalta', 'Comune di Roccalta']);
  });

  it.each([
    [['Il bilancio di previsione annuale prevede le suddette risorse nell’ambito degli importi', 'complessivi destinati al fondo.']],
    [['La destinazione delle risorse sarà possibile dopo la verifica degli', 'esiti del progetto.']],
  ])('keeps a sentence that opens page after page, wrapped onto its next line: %j', (sentence) => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [run('Comune di Roccalta', 60, 40, 8), run(sentence[0]!, 60, 60), run(sentence[1]!, 60, 74), ...body(n)]),
    );
    const { lines, noise } = layoutDocument(pages);
    expect(lines.filter((l) => sentence.includes(l.text))).toHaveLength(6);
    expect(noise.map((n) => n.text)).toEqual(['Comune di Roccalta', 'Comune di Roccalta', 'Comune di Roccalta']);
  });

  it('still takes out a running header above a page that opens mid-sentence', () => {
    const pages = [1, 2, 3].map((n) => page(n, [run('Comune di Roccalta - Piano 2016', 200, 40, 8), run(`mento dei servizi del foglio ${sheets[n - 1]}.`, 60, 60), ...body(n)]));
    expect(layoutDocument(pages).noise.map((n) => n.reason)).toEqual(['running-header', 'running-header', 'running-header']);
  });

  it('keeps a sentence printed under every condition that happens to end pages, but not a footer printed once in the body', () => {
    const sentence = 'Le attività saranno documentate e verificate dal dirigente del servizio.';
    const conditions = (n: number) => Array.from({ length: 8 }, (_, i) => run(i % 2 ? sentence : `Condizione ${i + 1} del foglio ${sheets[n - 1]}`, 60, 120 + 30 * i));
    const pages = [1, 2].map((n) => page(n, [...conditions(n), run('Comune di Roccalta', 60, 400), run(sentence, 60, 800), run('Comune di Roccalta', 60, 815)]));
    const { lines, noise } = layoutDocument(pages);
    expect(lines.filter((l) => l.text === sentence)).toHaveLength(10);
    expect(noise).toEqual([
      { page: 1, text: 'Comune di Roccalta', reason: 'running-footer' },
      { page: 2, text: 'Comune di Roccalta', reason: 'running-footer' },
    ]);
  });

  it('keeps a line that repeats in the body, away from the page edges', () => {
    const repeated = [1, 2, 3].map((n) => page(n, [...body(n), run('IL PROGETTO RISPONDE ALLE SEGUENTI CONDIZIONI:', 60, 400)]));
    expect(layoutDocument(repeated).noise).toEqual([]);
  });
});

describe('pages set in two columns of text', () => {
  const prose = (i: number, side: string) => `Riga ${side} numero ${i} del testo`;
  const columns = (rows: number) => {
    const items: PositionedText[] = [run('COMUNE DI ROCCABIANCA – PIANO DEI PROGETTI', 150, 60)];
    for (let i = 0; i < rows; i++) items.push(run(prose(i, 'sinistra'), 50, 100 + 14 * i), run(prose(i, 'destra'), 310, 100 + 14 * i));
    return items;
  };

  it('reads the title across both, then the first column, then the second', () => {
    const lines = texts([page(1, shuffled(columns(8)))]);
    expect(lines).toEqual([
      'COMUNE DI ROCCABIANCA – PIANO DEI PROGETTI',
      ...Array.from({ length: 8 }, (_, i) => prose(i, 'sinistra')),
      ...Array.from({ length: 8 }, (_, i) => prose(i, 'destra')),
    ]);
  });

  it('reads a table\'s rows across both columns whole, where they stand between runs of columns', () => {
    const items = columns(8);
    const rowAt = 100 + 14 * 4 - 7;
    items.push(...cells(['D1', '22,29', '90'], 50, rowAt, 40), ...cells(['2.006,10', '20', '401,22'], 330, rowAt, 30), run('Totale', 50, rowAt + 3), run('401,22', 480, rowAt + 3));
    const lines = texts([page(1, shuffled(items))]);
    expect(lines.slice(1, 5)).toEqual([prose(0, 'sinistra'), prose(1, 'sinistra'), prose(2, 'sinistra'), prose(3, 'sinistra')]);
    expect(lines.slice(5, 9)).toEqual([prose(0, 'destra'), prose(1, 'destra'), prose(2, 'destra'), prose(3, 'destra')]);
    expect(lines[9]).toBe('D1 22,29 90 2.006,10 20 401,22');
    expect(lines[10]).toBe('Totale 401,22');
    expect(lines[11]).toBe(prose(4, 'sinistra'));
  });

  it('reads a summary of the projects under the last one, titles beside offices\' names, as rows, not as two columns', () => {
    const prose = Array.from({ length: 30 }, (_, i) => run(`Riga di testo numero ${i} che attraversa tutta la larghezza della pagina`, 50, 60 + 14 * i));
    const summary = Array.from({ length: 8 }, (_, i) => [run(`Titolo del progetto numero ${i}`, 50, 650 + 14 * i), run('Ufficio registro delle imprese', 359, 650 + 14 * i)]).flat();
    expect(texts([page(1, [...prose, ...summary])]).slice(30, 32)).toEqual(['Titolo del progetto numero 0 Ufficio registro delle imprese', 'Titolo del progetto numero 1 Ufficio registro delle imprese']);
  });

  /** Full-width lines from `y` down, one every 14 points. */
  const across = (count: number, y: number) =>
    Array.from({ length: count }, (_, i) => run(`Riga ${i} di testo che attraversa tutta la larghezza della pagina`, 50, y + 14 * i));

  it('reads short columns whose lines interleave as columns, the first column\'s last lines below the second\'s included', () => {
    const first = Array.from({ length: 10 }, (_, i) => run(prose(i, 'sinistra'), 50, 104 + 14 * i));
    const second = Array.from({ length: 8 }, (_, i) => run(prose(i, 'destra'), 310, 100 + 14 * i));
    const lines = texts([page(1, shuffled([run('Progetto n. 1 – Titolo', 50, 70), ...first, ...second, ...across(30, 260)]))]);
    expect(lines.slice(0, 12)).toEqual(['Progetto n. 1 – Titolo', ...Array.from({ length: 10 }, (_, i) => prose(i, 'sinistra')), prose(0, 'destra')]);
    expect(lines[18]).toBe(prose(7, 'destra'));
    expect(lines[19]).toBe('Riga 0 di testo che attraversa tutta la larghezza della pagina');
  });

  it('reads short columns on shared baselines, or a centred cell a row apart beside wrapped titles, as rows', () => {
    const shared = Array.from({ length: 8 }, (_, i) => [run(prose(i, 'sinistra'), 50, 100 + 14 * i), run(prose(i, 'destra'), 310, 100 + 14 * i)]).flat();
    expect(texts([page(1, [...shared, ...across(30, 230)])])[0]).toBe(`${prose(0, 'sinistra')} ${prose(0, 'destra')}`);
    const wrapped = Array.from({ length: 8 }, (_, i) => [
      run(`Titolo del progetto numero ${i} che va`, 50, 100 + 26 * i),
      run('a capo nella sua cella', 50, 112 + 26 * i),
      run('Ufficio registro delle imprese', 310, 106 + 26 * i),
    ]).flat();
    expect(texts([page(1, [...wrapped, ...across(35, 330)])]).slice(0, 2)).toEqual([
      'Titolo del progetto numero 0 che va',
      'Ufficio registro delle imprese',
    ]);
  });

  it('leaves a footer in smaller print under the first column out of it', () => {
    const first = Array.from({ length: 40 }, (_, i) => run(prose(i, 'sinistra'), 50, 100 + 14 * i));
    const second = Array.from({ length: 40 }, (_, i) => run(prose(i, 'destra'), 310, 100 + 14 * i));
    const lines = texts([page(1, [...first, ...second, run('Pag. 1 di 2', 50, 100 + 14 * 40 + 4, 8)])]);
    expect(lines.at(-1)).toBe('Pag. 1 di 2');
  });

  it('reads a table of two columns of prose row by row: each row\'s first cell, then its second', () => {
    // Rows of a conditions' table: a name over two lines beside reasons over three, 20 points between rows.
    const items: PositionedText[] = [];
    for (let row = 0; row < 4; row++) {
      const y = 100 + 62 * row;
      items.push(run(`${row + 1} Nome della condizione`, 50, y), run('numero ' + (row + 1) + ' su due righe', 50, y + 14));
      for (let k = 0; k < 3; k++) items.push(run(`Motivazione ${row + 1} della condizione, riga ${k + 1}`, 310, y + 14 * k));
    }
    const lines = texts([page(1, shuffled(items))]);
    expect(lines.slice(0, 6)).toEqual([
      '1 Nome della condizione',
      'numero 1 su due righe',
      'Motivazione 1 della condizione, riga 1',
      'Motivazione 1 della condizione, riga 2',
      'Motivazione 1 della condizione, riga 3',
      '2 Nome della condizione',
    ]);
  });

  it('reads text in two columns whose paragraphs open at other heights column by column', () => {
    const items: PositionedText[] = [];
    for (let k = 0; k < 12; k++) items.push(run(prose(k, 'sinistra'), 50, 100 + 14 * k + (k >= 4 ? 8 : 0) + (k >= 8 ? 8 : 0)));
    for (let k = 0; k < 12; k++) items.push(run(prose(k, 'destra'), 310, 100 + 14 * k + (k >= 3 ? 8 : 0) + (k >= 7 ? 8 : 0)));
    const lines = texts([page(1, items)]);
    expect(lines.slice(10, 14)).toEqual([prose(10, 'sinistra'), prose(11, 'sinistra'), prose(0, 'destra'), prose(1, 'destra')]);
  });

  it('reads a short paragraph in two columns column by column where their lines interleave, a point and a half apart', () => {
    // The second column set a line higher and 1,5 pt off the first's baselines, under a title across both.
    const items: PositionedText[] = [run('PROGETTO 1 – RETE SENTIERISTICA: MONITORAGGIO DEI TRATTI DISSESTATI', 50, 63)];
    for (let k = 0; k < 5; k++) items.push(run(prose(k, 'sinistra'), 50, 111.75 + 12 * k), run(prose(k, 'destra'), 310, 101.25 + 12 * k));
    items.push(run('IL PROGETTO RISPONDE ALLE SEGUENTI CONDIZIONI, COME SEGUE NEL TESTO', 50, 182));
    const lines = texts([page(1, items)]);
    expect(lines.slice(1, 11)).toEqual([...Array.from({ length: 5 }, (_, k) => prose(k, 'sinistra')), ...Array.from({ length: 5 }, (_, k) => prose(k, 'destra'))]);
    // Lines side by side on one baseline, a table's cells, are no columns of so few lines.
    const sideBySide = Array.from({ length: 5 }, (_, k) => [run(prose(k, 'sinistra'), 50, 100 + 12 * k), run(prose(k, 'destra'), 310, 100 + 12 * k)]).flat();
    expect(texts([page(1, sideBySide)])[0]).toBe(`${prose(0, 'sinistra')} ${prose(0, 'destra')}`);
  });

  it('reads a table of figures beside its labels, and prose across the page over a table, as one column', () => {
    const table = Array.from({ length: 8 }, (_, i) => [run(`Istruttore amministrativo ${i}`, 50, 100 + 14 * i), ...cells(['17,10', '100', '1.710,00'], 310, 100 + 14 * i, 20)]).flat();
    expect(texts([page(1, table)])[0]).toBe('Istruttore amministrativo 0 17,10 100 1.710,00');
    const crossed = [...columns(8), run('Una riga di testo che attraversa tutta la pagina da un margine all’altro', 50, 100 + 14 * 3 + 7)];
    expect(texts([page(1, crossed)])[1]).toBe(`${prose(0, 'sinistra')} ${prose(0, 'destra')}`);
  });
});
