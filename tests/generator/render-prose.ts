import { Decimal } from 'decimal.js';
import type { ProjectLayout } from './layout.js';
import { BREAK, type Line, heldLine, line, paragraph, words } from './lines.js';
import { type Printed, italian, printed } from './numbers.js';
import type { Random } from './random.js';
import {
  CONDITIONS,
  CONDITION_SENTENCES,
  DESCRIPTION_SENTENCES,
  DISTRACTOR_SENTENCES,
  FUND_CLAUSES,
  RESOURCES_CLOSING,
  RESOURCES_PREAMBLES,
  TABLE_INTRODUCTIONS,
  TITLES,
  TITLE_QUALIFIERS,
} from './vocabulary.js';

/** Splits `items` into `parts` non-empty consecutive runs at random places. */
function split<T>(random: Random, items: readonly T[], parts: number): T[][] {
  const cuts = random
    .shuffle(items.map((_, i) => i).slice(1))
    .slice(0, Math.min(parts, items.length) - 1)
    .sort((a, b) => a - b);
  return [0, ...cuts].map((start, i) => items.slice(start, cuts[i] ?? items.length));
}

/** A project title as printed (long enough to span the lines its heading asks for). */
export function projectTitle(random: Random, layout: ProjectLayout): string {
  const base = random.pick(TITLES);
  const title = layout.titleLines > 1 && random.chance(0.7) ? `${base} ${random.pick(TITLE_QUALIFIERS)}` : base;
  return layout.titleCase === 'upper' ? title.toUpperCase() : title;
}

/** The heading of project `number`: its template, with the title over one to three lines. */
export function headingLines(random: Random, number: number, title: string, layout: ProjectLayout): Line[] {
  const [prefix = '', suffix = ''] = layout.heading.replace('{n}', String(number)).split('{title}');
  const [own, prefixOfTitle] = prefix.endsWith('|') ? [prefix.slice(0, -1), ''] : [null, prefix];
  const chunks = split(random, words(title), layout.titleLines).map((chunk) => chunk.join(' '));
  const texts = chunks.map((chunk, i) => (i === 0 ? prefixOfTitle : '') + chunk + (i === chunks.length - 1 ? suffix : ''));
  const lines: Line[] = own === null ? [] : [heldLine(own)];
  texts.forEach((text, i) => {
    lines.push(heldLine(text));
    if (layout.titleBlankLines && i < texts.length - 1) lines.push(heldLine(random.pick(['', ' '])));
  });
  return lines;
}

/** "Descrizione del progetto" and a paragraph or two, perhaps naming a euro amount that is not the declared one. */
export function descriptionLines(random: Random, layout: ProjectLayout, year: number, width: number): Line[] {
  const sentences = random.shuffle(DESCRIPTION_SENTENCES).slice(0, random.int(2, 5));
  if (layout.distractorAmount) {
    const amount = new Decimal(random.int(1000, 25000)).plus(random.pick(['0', '0', '0.50', '0.25']));
    const sentence = random.pick(DISTRACTOR_SENTENCES).replace('{year}', String(year - 1)).replace('{amount}', italian(printed(amount, 2), true));
    sentences.splice(random.int(0, sentences.length), 0, sentence);
  }
  const lines: Line[] = [line(random.pick(['Descrizione del progetto', 'Descrizione del progetto:', 'Descrizione del progetto.', 'DESCRIZIONE DEL PROGETTO'])), line('')];
  for (const [i, chunk] of split(random, sentences, random.int(1, 2)).entries()) {
    if (i > 0) lines.push(line(''));
    lines.push(...paragraph(words(chunk.join(' ')), width));
  }
  return lines;
}

/** The heading of condition `index` (0 = Prima): ordinal, maybe a colon, maybe its heading, maybe over two lines. */
export function conditionHeadingLines(random: Random, index: number, layout: ProjectLayout): Line[] {
  const condition = CONDITIONS[index];
  if (!condition) throw new Error(`no condition ${index + 1}`);
  if (layout.conditionHeading === 'numbered') return [line(`Condizione n. ${index + 1} – ${condition.heading}`)];
  if (layout.conditionHeading === 'listed') return [line(`${index + 1}) ${condition.heading.charAt(0).toUpperCase()}${condition.heading.slice(1)}`)];
  const opening = `${condition.ordinal} condizione${layout.conditionColon ? ':' : ''}`;
  if (layout.conditionHeading === 'none') return [line(opening)];
  const heading = words(layout.conditionHeading === 'parenthesised' ? `(${condition.heading})` : condition.heading);
  if (!layout.conditionHeadingWrap || heading.length < 2) return [line(`${opening} ${heading.join(' ')}`)];
  const [first = [], second = []] = split(random, heading, 2);
  return [heldLine(`${opening} ${first.join(' ')}`), line(second.join(' '))];
}

/** The body of condition `index` (not Quinta's resources part). */
export function conditionBodyLines(random: Random, index: number, year: number, width: number): Line[] {
  const sentences = random.shuffle(CONDITION_SENTENCES[index] ?? []).slice(0, random.int(1, 2));
  return paragraph(words(sentences.join(' ').replace('{year}', String(year))), width);
}

/**
 * The sentence that declares the amount ("… del Fondo Salario Accessorio di € 2.900,05, quale
 * sommatoria …"), wrapped at `width`; the amount's form decides whether "€" and the amount can part.
 */
export function resourcesSentenceLines(random: Random, declared: Printed, layout: ProjectLayout, width: number): Line[] {
  const amount = `${italian(declared, random.chance(0.7))},`;
  const euro = {
    spaced: ['€', amount],
    glued: [`€${amount}`],
    'double-spaced': [`€  ${amount}`],
    'next-line': ['€', BREAK, amount],
  }[layout.declaredAmountForm];
  const sentence = [...words(random.pick(RESOURCES_PREAMBLES)), ...words(random.pick(FUND_CLAUSES)), ...euro, ...words(RESOURCES_CLOSING)];
  return paragraph(sentence, width);
}

/** What stands before a table when no amount is declared. */
export function tableIntroductionLines(random: Random): Line[] {
  return random.chance(0.6) ? [line(random.pick(TABLE_INTRODUCTIONS))] : [];
}
