/**
 * The words and figures synthetic plans are made of, modelled on real plans of Italian chambers of
 * commerce and municipalities. Prose never holds a grade code, the word "totale" or a condition
 * ordinal, so that only the places meant to carry them do.
 */

/** Hourly cost per grade (CCNL Funzioni locali, around 2015), in euro with cents. */
export const BASE_RATES: Readonly<Record<string, string>> = {
  A1: '13.20', A2: '13.41', A3: '13.62', A4: '13.85', A5: '14.03',
  B1: '14.35', B2: '14.62', B3: '14.93', B4: '15.22', B5: '15.68', B6: '15.95', B7: '16.21',
  C1: '16.27', C2: '16.65', C3: '17.10', C4: '17.63', C5: '18.26', C6: '18.71',
  D1: '17.85', D2: '18.56', D3: '20.30', D4: '21.15', D5: '22.08', D6: '23.57', D7: '24.60',
};

/** How often each category staffs a project. */
export const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [['A', 1], ['B', 3], ['C', 9], ['D', 7]];

/** Incentive percentages found in plans. */
export const PERCENTAGES: readonly (readonly [number, number])[] = [[20, 8], [15, 6], [10, 2], [16, 1], [25, 2], [30, 1]];

/** Ordinals of the seven conditions a project must meet, with their usual headings. */
export const CONDITIONS: readonly { ordinal: string; heading: string }[] = [
  { ordinal: 'Prima', heading: 'miglioramento quali-quantitativo dei servizi' },
  { ordinal: 'Seconda', heading: 'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna' },
  { ordinal: 'Terza', heading: 'risultati verificabili attraverso standard, indicatori e/o attraverso i giudizi espressi dall’utenza' },
  { ordinal: 'Quarta', heading: 'risultati difficili, sfidanti, che possono essere conseguiti attraverso un ruolo attivo e determinante del personale interno' },
  { ordinal: 'Quinta', heading: 'risorse quantificate con criteri trasparenti e ragionevoli' },
  { ordinal: 'Sesta', heading: 'risorse rese disponibili solo a consuntivo, dopo aver accertato i risultati' },
  { ordinal: 'Settima', heading: 'risorse previste nel bilancio annuale' },
];

/** Sentences for the body of each condition (index 0 = Prima); Quinta's body is the resources sentence. */
export const CONDITION_SENTENCES: readonly (readonly string[])[] = [
  [
    'Il progetto permetterà di semplificare diversi adempimenti e di ridurre i tempi di risposta all’utenza.',
    'Le attività previste consentiranno di offrire informazioni qualitativamente superiori rispetto a quanto disponibile fino ad oggi.',
    'La riorganizzazione del servizio porterà ad una maggiore tempestività e ad una migliore qualità delle prestazioni rese.',
    'Si realizzerà un ampliamento dei servizi offerti alle imprese del territorio senza aggravio di costi per l’ente.',
  ],
  [
    'I risultati tangibili saranno la riduzione dei tempi medi di lavorazione delle pratiche e la diminuzione dei reclami.',
    'Gli utenti potranno accedere ai servizi anche in modalità telematica, con un evidente risparmio di tempo.',
    'Tutte le fasi saranno svolte direttamente dal personale interno, consentendo un risparmio di risorse per l’ente.',
  ],
  [
    'I risultati saranno verificati attraverso le rendicontazioni finali e gli indicatori del piano della performance.',
    'Gli indicatori sono il numero di pratiche evase nei termini e il grado di soddisfazione rilevato presso gli utenti.',
    'Il primo risultato sarà verificato da semplici rilevazioni contabili, il secondo dalla mappatura dei processi.',
  ],
  [
    'La difficoltà consiste nel dover gestire attività nuove, con una normativa in costante evoluzione.',
    'Le attività sono possibili solo grazie ad un lavoro di aggiornamento professionale costante del personale coinvolto.',
    'Il personale assegnato all’ufficio sarà direttamente impegnato nella realizzazione delle attività e dovrà sviluppare nuove competenze.',
  ],
  [
    'Il progetto riguarderà dipendenti di diversi uffici con gradi di intensità diversa.',
    'Il personale coinvolto riceverà una formazione approfondita e affiancherà i colleghi nei primi mesi di applicazione.',
  ],
  [
    'La destinazione delle risorse variabili del fondo incentivante ai sensi dell’art. 15 comma 5 del CCNL 1/4/99 sarà possibile dopo la verifica a consuntivo degli esiti del progetto e dalla validazione da parte dell’OIV della relazione sulla performance redatta dal Controllo di Gestione.',
  ],
  [
    'Il bilancio di previsione annuale e pluriennale {year} prevede le suddette risorse nell’ambito degli importi complessivi destinati al fondo.',
  ],
];

/** The opening of the resources sentence that states the declared amount. */
export const RESOURCES_PREAMBLES: readonly string[] = [
  'Tenuto conto del valore innovativo del progetto e del fatto che il personale camerale sarà direttamente impegnato nelle varie attività di cui esso si compone senza ricorso a forme di consulenze esterne,',
  'Tenuto conto del valore innovativo del progetto e del fatto che il personale sarà direttamente impegnato nelle varie attività di cui esso si compone,',
  'Considerato che le attività saranno svolte interamente dal personale interno, senza ricorso a collaborazioni esterne,',
];

/** The part of the resources sentence that names the fund, before "€ X". */
export const FUND_CLAUSES: readonly string[] = [
  'si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di',
  'si intende alimentare l’art. 15 comma 5 del Fondo Salario Accessorio di',
  'si intende alimentare l’articolo 15, comma 5 del Fondo Salario Accessorio di',
];

/** What follows the declared amount. */
export const RESOURCES_CLOSING = 'quale sommatoria delle risultanze di cui a seguire:';

/** A table's introduction when no amount is declared. */
export const TABLE_INTRODUCTIONS: readonly string[] = [
  'Di seguito si indica l’impatto organizzativo in ore di ciascun dipendente coinvolto nel progetto',
  'Il personale coinvolto e l’impegno orario previsto sono riportati nella tabella che segue.',
];

/** Sentences of a project description. */
export const DESCRIPTION_SENTENCES: readonly string[] = [
  'Nel corso dell’anno l’ufficio dovrà gestire un sensibile aumento delle attività a seguito delle recenti modifiche normative.',
  'Il progetto nasce dall’esigenza di rendere più rapido e semplice il rapporto tra l’ente e l’utenza.',
  'Le attività saranno svolte in collaborazione con gli altri uffici dell’ente e con le associazioni di categoria.',
  'La nuova procedura richiederà un lavoro preparatorio di analisi dei flussi e di formazione dei colleghi.',
  'Il cambio di modo di lavoro è notevole perché il software permetterà la dematerializzazione progressiva dei documenti.',
  'A ciò si affianca il lavoro relativo ai nuovi obblighi di pubblicazione e trasparenza.',
  'L’osservatorio rappresenta una delle più importanti fonti di informazione per il monitoraggio dell’economia locale.',
  'La riduzione dell’organico rende necessario ripensare l’organizzazione del servizio e la distribuzione dei carichi di lavoro.',
  'Gli utenti potranno prenotare gli appuntamenti e ricevere gli esiti delle istanze per posta elettronica certificata.',
  'Il progetto prevede inoltre la revisione della modulistica e la pubblicazione di guide operative sul sito istituzionale.',
];

/** A description sentence with a euro amount that is not the declared one ({amount}, {year}). */
export const DISTRACTOR_SENTENCES: readonly string[] = [
  'Nel {year} il servizio ha comportato una spesa per consulenze esterne di circa € {amount}, che con il progetto si intende azzerare.',
  'Si stima un minor costo di gestione pari a € {amount} annui a regime.',
];

/** Project titles, as their authors write them. */
export const TITLES: readonly string[] = [
  'Gestione del processo di razionalizzazione delle partecipazioni camerali',
  'Nuovo sistema di gestione documentale',
  'Implementazione di indagini statistiche per il monitoraggio dell’economia locale',
  'Sportello legalità per le imprese',
  'Orientare la gestione della performance',
  'Avvio e promozione della nuova procedura di deposito delle domande di marchi e brevetti',
  'Diffusione degli strumenti ADR e ampliamento delle funzioni di regolazione del mercato',
  'Miglioramento del servizio all’utenza dell’area anagrafico certificativa',
  'Promozione della qualità dei dati del Registro Imprese',
  'Riorganizzazione complessiva del servizio promozione e sviluppo per le imprese',
  'Avvio e messa a regime dello sportello fatturazione elettronica per le imprese',
  'Digitalizzazione della P.A. e delle PMI',
  'Supporto nel restyling del sito web istituzionale',
  'Riorganizzazione dei servizi interni all’ente',
  'Dematerializzazione degli archivi dell’ufficio protocollo',
  'Potenziamento dei controlli sulla sicurezza dei prodotti',
  'Semplificazione delle procedure di rilascio dei certificati di origine',
  'Attivazione del nuovo sportello unico per le attività produttive',
  'Revisione dei procedimenti amministrativi e aggiornamento della carta dei servizi',
  'Recupero dei crediti del diritto annuale',
  'Riduzione dei tempi di evasione delle pratiche telematiche',
  'Accorpamento dell’ufficio metrico e dell’ufficio brevetti e marchi',
  'Monitoraggio della soddisfazione dell’utenza esterna',
  'Informatizzazione delle procedure di gara e dei contratti pubblici',
  'Riordino dell’archivio storico e di deposito',
];

/** Qualifiers that lengthen a title over several lines. */
export const TITLE_QUALIFIERS: readonly string[] = [
  'alla luce dei tagli di bilancio e delle nuove funzioni assegnate',
  'e miglioramento della governance delle stesse',
  'a tutela di consumatori e imprese',
  'con il coinvolgimento delle associazioni di categoria',
  'e incremento dei servizi offerti all’utenza',
  'in vista dell’entrata in vigore della nuova normativa',
];

/** Who publishes a plan (running headers). */
export const AUTHORITIES: readonly string[] = [
  'Camera di Commercio I.A.A. di Lucca',
  'Camera di Commercio di Pisa',
  'Comune di Lamezia Terme',
  'Provincia di Livorno',
  'Camera di Commercio della Maremma e del Tirreno',
];

/** A plan's document title ({year}). */
export const DOCUMENT_TITLES: readonly string[] = [
  'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO {year}',
  'PIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI – ANNO {year}',
  'PROGETTI DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO {year}',
];

/** Column labels of staff tables, with the synonyms plans use. */
export const COLUMN_LABELS = {
  personnel: ['PERSONALE', 'CATEGORIA', 'QUALIFICA'],
  cost: ['COSTO ORARIO', 'COSTO ORARIO (€)'],
  hours: ['TOTALE ORE', 'TOT. ORE', 'N. ORE', 'ORE'],
  product: ['PRODOTTO', 'COSTO TOTALE', 'IMPORTO'],
  percentage: ['PERCENTUALE', 'PERC.', '%'],
  result: ['RISULTATO', 'QUOTA', 'QUOTA INCENTIVO', 'IMPORTO INCENTIVO'],
} as const;
