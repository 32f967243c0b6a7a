// A tiny PDF writer for the benchmark: a cover page, then one plan page (a project, its seven
// conditions, a staff table, a page number) repeated with varying numbers; Helvetica text
// objects, uncompressed streams, a correct xref table. Every page's arithmetic is right, so an
// N-page file reads as one plan of N - 1 projects with no finding. (Project numbers have at most
// three digits in rendiconta's headings, hence the cover page: 999 projects in 1,000 pages.)
import { writeFileSync } from 'node:fs';

const GRADES = [['D3', 2183], ['D1', 1856], ['C3', 1710], ['C1', 1618], ['B3', 1553]]; // hourly cost in cents
const CONDITIONS = ['Prima', 'Seconda', 'Terza', 'Quarta', 'Quinta', 'Sesta', 'Settima'];
const COLUMNS = [72, 150, 225, 290, 370, 460]; // left edges of the staff table's six columns
const TOPICS = ['assistenza alle imprese', 'digitalizzazione del registro', 'gestione documentale', 'controllo di gestione',
  'sportello unico', 'formazione del personale', 'riscossione del diritto annuale'];

const euros = (cents) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
const dotted = (cents) => `${euros(cents).split(',')[0].replace(/\B(?=(\d{3})+$)/g, '.')},${euros(cents).split(',')[1]}`;
const escape = (text) => text.replace(/[\\()]/g, (c) => `\\${c}`);

/** The text lines of page `n` of `pages`: [x, y, size, text]. Page 1 is the cover, page n the project n - 1. */
function pageLines(n, pages) {
  const lines = [];
  let y = 800;
  const put = (text, { x = 72, size = 10, gap = 14 } = {}) => {
    lines.push([x, y, size, text]);
    y -= gap;
  };
  if (n === 1) {
    put("PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L'ANNO 2015", { size: 14, gap: 30 });
    put(`Il piano raccoglie ${pages - 1} progetti, uno per pagina, con le risorse che ciascuno destina al fondo.`);
    return lines;
  }
  const rows = GRADES.slice(0, 2 + (n % 4)).map(([grade, cost], i) => {
    const hours = 10 * (5 + ((n * 7 + i * 13) % 40)); // a multiple of 10: 20% of the product is whole cents
    const product = cost * hours;
    return [grade, cost, hours, product, 20, product / 5];
  });
  const total = rows.reduce((sum, row) => sum + row[5], 0);
  put('Piano dei progetti di miglioramento dei servizi - 2015', { size: 8, gap: 30 + 9 * (n % 11) });
  put(`Progetto N\u00b0 ${n - 1} - ${TOPICS[n % TOPICS.length]}`, { size: 12, gap: 20 });
  put('Descrizione del progetto');
  put(`Il progetto ${n - 1} riorganizza le pratiche dell'ufficio e riduce i tempi di risposta all'utenza,`);
  put(`con ${rows.length} figure professionali impegnate per tutto l'anno.`, { gap: 20 });
  put('IL PROGETTO RISPONDE ALLE SEGUENTI CONDIZIONI:', { gap: 18 });
  const table = () => {
    put(`Si intende alimentare il Fondo Salario Accessorio di euro ${dotted(total)}, quale sommatoria`);
    put('delle risultanze di cui a seguire:', { gap: 20 });
    const header = ['PERSONALE', 'COSTO ORARIO', 'TOTALE ORE', 'PRODOTTO', 'PERCENTUALE', 'RISULTATO'];
    header.forEach((text, c) => lines.push([COLUMNS[c], y, 9, text]));
    y -= 14;
    for (const [grade, cost, hours, product, percent, result] of rows) {
      [grade, euros(cost), String(hours), euros(product), String(percent), euros(result)].forEach((text, c) => lines.push([COLUMNS[c], y, 9, text]));
      y -= 14;
    }
    lines.push([COLUMNS[0], y, 9, 'Totale'], [COLUMNS[5], y, 9, euros(total)]);
    y -= 24;
  };
  for (const [i, ordinal] of CONDITIONS.entries()) {
    put(`${ordinal} condizione: (condizione ${i + 1} del contratto)`);
    if (i === 4) table();
    else put(`Testo della ${ordinal.toLowerCase()} condizione del progetto ${n - 1}.`, { gap: 18 });
  }
  lines.push([480, 40, 8, `Pagina ${n} di ${pages}`]);
  return lines;
}

function contentStream(lines) {
  return lines.map(([x, y, size, text]) => `BT /F1 ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`).join('\n');
}

/** Writes a PDF of `pages` plan pages to `path`; returns its size in bytes. */
export function writePlanPdf(path, pages) {
  const objects = []; // objects[i] is object i + 1
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + 2 * i);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Count ${pages} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let n = 1; n <= pages; n++) {
    const stream = contentStream(pageLines(n, pages));
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[n - 1] + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, pdf, 'latin1');
  return Buffer.byteLength(pdf, 'latin1');
}
