import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';

/** A cell as the sheet XML stores it. */
export interface XlsxCell {
  ref: string;
  /** The number as written (`<v>`), the shared string, or null. */
  value: string | null;
  /** The formula (`<f>`), without a leading "=". */
  formula: string | null;
  type: 'number' | 'string' | 'formula' | 'empty';
  /** The number format code of the cell's style, if any. */
  numberFormat: string | null;
  /** The solid fill colour of the cell's style (RRGGBB), if any. */
  fill: string | null;
}

/** A sheet: its cells by reference ("B2"), its rows of cells, and the raw XML. */
export interface XlsxSheet {
  name: string;
  xml: string;
  cells: Map<string, XlsxCell>;
  /** Rows of cells by column letter, in sheet order; row 1 is the header. */
  rows: Array<Map<string, XlsxCell>>;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name]!,
  );

/**
 * Reads an .xlsx the way a spreadsheet does, as far as these tests need: unzips it, resolves
 * shared strings, styles (number formats, fills) and the sheets named in workbook.xml.
 */
export function readXlsx(path: string): { files: Record<string, string>; sheets: Map<string, XlsxSheet> } {
  const zip = unzipSync(readFileSync(path));
  const files = Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescapeXml(t[1]!)).join(''),
  );
  const styles = files['xl/styles.xml'] ?? '';
  const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1]!, unescapeXml(m[2]!)]));
  const fills = [...(styles.match(/<fills[^>]*>(.*?)<\/fills>/s)?.[1] ?? '').matchAll(/<fill>(.*?)<\/fill>/gs)].map((m) => m[1]!.match(/fgColor rgb="FF([0-9A-F]{6})"/)?.[1] ?? null);
  const xfs = [...(styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)?.[1] ?? '').matchAll(/<xf([^>]*)>/g)].map((m) => ({
    numFmtId: m[1]!.match(/numFmtId="(\d+)"/)?.[1] ?? null,
    fillId: m[1]!.match(/fillId="(\d+)"/)?.[1] ?? null,
  }));
  const sheets = new Map<string, XlsxSheet>();
  for (const m of (files['xl/workbook.xml'] ?? '').matchAll(/<sheet r:id="rId(\d+)" sheetId="\d+" name="([^"]+)"\/>/g)) {
    const xml = files[`xl/worksheets/sheet${m[1]}.xml`]!;
    const cells = new Map<string, XlsxCell>();
    const rows: Array<Map<string, XlsxCell>> = [];
    for (const row of xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)) {
      const byColumn = new Map<string, XlsxCell>();
      for (const c of row[1]!.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
        const [, column, rowNumber, attributes = '', inner = ''] = c;
        const style = attributes.match(/ s="(\d+)"/)?.[1];
        const xf = style === undefined ? undefined : xfs[Number(style)];
        const formula = inner.match(/<f>(.*?)<\/f>/s)?.[1];
        const v = inner.match(/<v>(.*?)<\/v>/s)?.[1];
        const isString = / t="s"/.test(attributes);
        const cell: XlsxCell = {
          ref: `${column}${rowNumber}`,
          formula: formula === undefined ? null : unescapeXml(formula),
          value: v === undefined ? null : isString ? shared[Number(v)]! : v,
          type: formula !== undefined ? 'formula' : v === undefined ? 'empty' : isString ? 'string' : 'number',
          numberFormat: xf?.numFmtId ? (formats.get(xf.numFmtId) ?? null) : null,
          fill: xf?.fillId ? (fills[Number(xf.fillId)] ?? null) : null,
        };
        cells.set(cell.ref, cell);
        byColumn.set(column!, cell);
      }
      rows.push(byColumn);
    }
    sheets.set(m[2]!, { name: m[2]!, xml, cells, rows });
  }
  return { files, sheets };
}
