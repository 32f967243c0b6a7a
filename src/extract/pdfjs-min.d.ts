// The minified legacy build, which rendiconta loads (it parses faster), is the same module as the
// legacy build pdfjs-dist ships types for.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
