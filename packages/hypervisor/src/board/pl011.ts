/**
 * The PL011 UART of the virt board, as the VMM emulates it on MMIO exits: transmit goes to a sink,
 * the receive FIFO is fed by the VMM, and the identification registers read as a real PL011's.
 */

const REG = {
  DR: 0x000,
  RSR: 0x004,
  FR: 0x018,
  ILPR: 0x020,
  IBRD: 0x024,
  FBRD: 0x028,
  LCR_H: 0x02c,
  CR: 0x030,
  IFLS: 0x034,
  IMSC: 0x038,
  RIS: 0x03c,
  MIS: 0x040,
  ICR: 0x044,
  DMACR: 0x048,
} as const;

const FR_RXFE = 1 << 4;
const FR_TXFE = 1 << 7;
const INT_RX = 1 << 4;
const INT_TX = 1 << 5;
/** PeriphID0-3 and PCellID0-3 of an Arm PL011 r1p5 (TRM table 3-1). */
const ID_REGISTERS = [0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

/** The programmer-visible state of the UART, as it travels in a snapshot. */
export interface Pl011State {
  cr: number;
  lcrH: number;
  ibrd: number;
  fbrd: number;
  ifls: number;
  imsc: number;
  ris: number;
  dmacr: number;
  rx: number[];
}

export class Pl011 {
  readonly #sink: (byte: number) => void;
  #state: Pl011State = { cr: 0x300, lcrH: 0, ibrd: 0, fbrd: 0, ifls: 0x12, imsc: 0, ris: INT_TX, dmacr: 0, rx: [] };

  constructor(sink: (byte: number) => void) {
    this.#sink = sink;
  }

  /** Reads the 32-bit register at `offset` from the UART's base. */
  read(offset: number): number {
    const s = this.#state;
    if (offset >= 0xfe0 && offset < 0x1000) return ID_REGISTERS[(offset - 0xfe0) >> 2] ?? 0;
    switch (offset) {
      case REG.DR: {
        const byte = s.rx.shift();
        if (s.rx.length === 0) s.ris &= ~INT_RX;
        return byte ?? 0;
      }
      case REG.RSR:
        return 0;
      case REG.FR:
        return FR_TXFE | (s.rx.length === 0 ? FR_RXFE : 0);
      case REG.IBRD:
        return s.ibrd;
      case REG.FBRD:
        return s.fbrd;
      case REG.LCR_H:
        return s.lcrH;
      case REG.CR:
        return s.cr;
      case REG.IFLS:
        return s.ifls;
      case REG.IMSC:
        return s.imsc;
      case REG.RIS:
        return s.ris;
      case REG.MIS:
        return s.ris & s.imsc;
      case REG.DMACR:
        return s.dmacr;
      default:
        return 0;
    }
  }

  /** Writes the register at `offset`; a byte to DR is transmitted to the sink. */
  write(offset: number, value: number): void {
    const s = this.#state;
    switch (offset) {
      case REG.DR:
        this.#sink(value & 0xff);
        s.ris |= INT_TX;
        break;
      case REG.IBRD:
        s.ibrd = value & 0xffff;
        break;
      case REG.FBRD:
        s.fbrd = value & 0x3f;
        break;
      case REG.LCR_H:
        s.lcrH = value & 0xff;
        break;
      case REG.CR:
        s.cr = value & 0xffff;
        break;
      case REG.IFLS:
        s.ifls = value & 0x3f;
        break;
      case REG.IMSC:
        s.imsc = value & 0x7ff;
        break;
      case REG.ICR:
        s.ris &= ~value;
        break;
      case REG.DMACR:
        s.dmacr = value & 7;
        break;
      default:
        break;
    }
  }

  /** Queues bytes the guest will read from DR. */
  receive(bytes: Iterable<number>): void {
    for (const b of bytes) this.#state.rx.push(b & 0xff);
    if (this.#state.rx.length > 0) this.#state.ris |= INT_RX;
  }

  snapshot(): Pl011State {
    return { ...this.#state, rx: [...this.#state.rx] };
  }

  restore(state: Pl011State): void {
    this.#state = { ...state, rx: [...state.rx] };
  }
}
