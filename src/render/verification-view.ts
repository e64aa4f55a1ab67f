import type { Rights, Verification } from '../model/policy.generated.js';
import { words } from '../i18n/active.js';
import { rightLabel } from './helpers/rights.js';
import { inSentence } from './helpers/text.js';

export interface VerificationStepView {
  /** The rights the step is for, as they read inside a sentence ("the right to know", "das Recht auf Auskunft"); empty for every request. */
  requestLabels: string[];
  when?: string;
  asks: string[];
  matched: boolean;
  signedDeclaration: boolean;
}

/** How identity is verified: the company's own sentence, or its steps; absent when the file says nothing. */
export interface VerificationView {
  text?: string;
  steps: VerificationStepView[];
  note?: string;
}

/**
 * `rights.verification` as a sentence (the form every file used first) or as steps. The views are
 * copies of the file's objects (`{ ...step }`), so that under `--explain` what they print keeps
 * its place in the file (provenance/trace.ts).
 */
export function verificationView(verification: Rights['verification']): VerificationView | undefined {
  if (verification === undefined) return undefined;
  if (typeof verification === 'string') return { text: verification, steps: [] };
  const structured: Verification = verification;
  return {
    ...structured,
    steps: structured.steps.map((step) => ({
      ...step,
      requestLabels: (step.requests ?? []).map((right) => words().rightInList(inSentence(rightLabel(right)))),
      matched: step.matched === true,
      signedDeclaration: step.signed_declaration === true,
    })),
  };
}
