import type { SourceLine } from '../model.js';
import { collapseSpace } from './text.js';

/**
 * "PIANO DETTAGLIATO DEGLI OBIETTIVI (PDO) 2021", "PIANO ESECUTIVO DI GESTIONE 2010", "RELAZIONE
 * SUL GRADO DI RAGGIUNGIMENTO DEI PROGETTI …", "VERIFICA A CONSUNTIVO", "Oggetto: liquidazione dei
 * compensi dei progetti …", "PIANO DEL LAVORO STRAORDINARIO PER PROGETTI": the name of an act of
 * another kind, whose numbered headings and tables of hours and costs are not a plan's: objectives
 * weighted, hours worked and paid, overtime.
 */
const OTHER_GENRE =
  /\b(?:piano\s+dettagliato\s+degli\s+obiettivi|piano\s+della\s+performance|piano\s+esecutivo\s+di\s+gestione|relazione\s+(?:finale|sul(?:la)?\s+(?:grado|raggiungimento|performance))|verifica\s+a\s+consuntivo|liquidazione|lavoro\s+straordinario)\b/i;

/** Whether the lines before a document's first project name it an act of another kind than a plan (`OTHER_GENRE`). */
export function namesAnotherGenre(preamble: readonly SourceLine[]): boolean {
  return preamble.some((line) => OTHER_GENRE.test(collapseSpace(line.text)));
}
