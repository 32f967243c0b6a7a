import { Decimal } from 'decimal.js';
import type { XlsxSheet } from './xlsx-reader.js';

/**
 * Evaluates the formulas the workbook writes (cell references, + - * /, numbers, parentheses and
 * SUM over a range, possibly on another sheet) exactly, with decimal.js, as a spreadsheet would on
 * opening: the workbook stores no cached results.
 */
export class FormulaEvaluator {
  constructor(private readonly sheets: Map<string, XlsxSheet>) {}

  /** The value of a cell: its number, or its formula evaluated; empty cells count as 0. */
  valueOf(sheetName: string, ref: string): Decimal {
    const cell = this.sheet(sheetName).cells.get(ref);
    if (!cell || cell.type === 'empty') return new Decimal(0);
    if (cell.type === 'formula') return this.evaluate(sheetName, cell.formula!);
    if (cell.type === 'number') return new Decimal(cell.value!);
    throw new Error(`${sheetName}!${ref} holds text, not a number`);
  }

  /** Evaluates a formula written on `sheetName`. */
  evaluate(sheetName: string, formula: string): Decimal {
    const tokens = formula.match(/[A-Za-z_]+!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|SUM|\d+(?:\.\d+)?|[-+*/(),]/g) ?? [];
    if (tokens.join('') !== formula.replace(/\s+/g, '')) throw new Error(`unsupported formula: ${formula}`);
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++]!;
    const expression = (): Decimal => {
      let value = term();
      while (peek() === '+' || peek() === '-') value = next() === '+' ? value.plus(term()) : value.minus(term());
      return value;
    };
    const term = (): Decimal => {
      let value = factor();
      while (peek() === '*' || peek() === '/') value = next() === '*' ? value.times(factor()) : value.dividedBy(factor());
      return value;
    };
    const factor = (): Decimal => {
      const token = next();
      if (token === '-') return factor().negated();
      if (token === '(') {
        const value = expression();
        if (next() !== ')') throw new Error(`unbalanced parentheses in ${formula}`);
        return value;
      }
      if (token === 'SUM') {
        if (next() !== '(') throw new Error(`SUM without ( in ${formula}`);
        const range = next();
        if (next() !== ')') throw new Error(`SUM takes one range in ${formula}`);
        return this.sum(sheetName, range);
      }
      if (/^\d/.test(token)) return new Decimal(token);
      const [sheet, ref] = token.includes('!') ? token.split('!') as [string, string] : [sheetName, token];
      return this.valueOf(sheet, ref.replace(/\$/g, ''));
    };
    const value = expression();
    if (i !== tokens.length) throw new Error(`unexpected ${peek()} in ${formula}`);
    return value;
  }

  private sum(sheetName: string, range: string): Decimal {
    const [sheet, span] = range.includes('!') ? (range.split('!') as [string, string]) : [sheetName, range];
    const [from, to = from] = span.replace(/\$/g, '').split(':') as [string, string?];
    const [, c1, r1] = from.match(/^([A-Z]+)(\d+)$/)!;
    const [, c2, r2] = to.match(/^([A-Z]+)(\d+)$/)!;
    if (c1 !== c2 || c1!.length !== 1) throw new Error(`only single-column ranges are supported: ${range}`);
    let total = new Decimal(0);
    for (let r = Number(r1); r <= Number(r2); r++) total = total.plus(this.valueOf(sheet, `${c1}${r}`));
    return total;
  }

  private sheet(name: string): XlsxSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }
}
