// The part of @babel/code-frame's API the pretty reporter uses (the package ships no types).
declare module '@babel/code-frame' {
  interface Position {
    line: number;
    column?: number;
  }
  interface Options {
    highlightCode?: boolean;
    linesAbove?: number;
    linesBelow?: number;
    /** The line number of the first line of `rawLines` (default 1). */
    startLine?: number;
    forceColor?: boolean;
    message?: string;
  }
  export function codeFrameColumns(rawLines: string, location: { start: Position; end?: Position }, options?: Options): string;
}
