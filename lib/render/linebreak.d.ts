declare module 'linebreak' {
  /** UAX #14 line breaking (the package satori uses): each break opportunity in turn. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
