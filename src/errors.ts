/**
 * An input that cannot be read at all (empty, binary, damaged, encrypted, too large).
 * Its message is one line that says what is wrong and, where useful, what to do; the CLI
 * prefixes the file name. Problems *inside* a readable document are findings, never this.
 */
export class UnreadableInputError extends Error {
  override readonly name = 'UnreadableInputError';
}
