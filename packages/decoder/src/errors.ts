/** Base class of every error @a64vm/decoder throws: a stable `code` plus a one-line message. */
export class DecoderError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An encoding line whose pattern or options are malformed (caught when the tables load). */
export class EncodingSyntaxError extends DecoderError {
  readonly encoding: string;
  constructor(encoding: string, message: string) {
    super("ENCODING_SYNTAX", `encoding ${encoding}: ${message}`);
    this.encoding = encoding;
  }
}

/** Two encoding lines that match the same word with the same specificity and priority. */
export class EncodingConflictError extends DecoderError {
  constructor(first: string, second: string, word: number) {
    super(
      "ENCODING_CONFLICT",
      `encodings ${first} and ${second} both match 0x${(word >>> 0).toString(16).padStart(8, "0")} with equal specificity`,
    );
  }
}

/** A name that is not an opcode of the decoder. */
export class UnknownOpcodeError extends DecoderError {
  readonly opcode: string;
  constructor(opcode: string) {
    super("UNKNOWN_OPCODE", `unknown opcode '${opcode}'`);
    this.opcode = opcode;
  }
}

/** A value passed as an instruction word that is not an integer in [0, 2^32). */
export class InvalidWordError extends DecoderError {
  constructor(word: unknown) {
    super("INVALID_WORD", `not a 32-bit instruction word: ${String(word)}`);
  }
}
