/** pdfjs-dist's worker module ships no types: rendiconta only imports it (see loadPdfjs in pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
