import type { Diagnostic } from '../../diagnostics.js';

export interface ReportContext {
  /**
   * The decoded text of each file, for code frames, or its lines (which may hold only those the
   * frames show: see `framedLines`). A file missing here gets no frame.
   */
  sources?: ReadonlyMap<string, string | readonly string[]>;
  /** Every file checked, including those without problems (for counts). */
  files?: readonly string[];
  /** Colour the output (pretty only). */
  color?: boolean;
}

/** A formatter: diagnostics in, text out. Pure; the caller decides where the text goes. */
export type Reporter = (diagnostics: readonly Diagnostic[], context?: ReportContext) => string;
