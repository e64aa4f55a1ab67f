import type { Path } from '../diagnostics.js';
import type { Subprocessor, TransferMechanism } from './policy.generated.js';

/** A provider's own transfer grounds, one or several as the file gives them; empty when it names none. */
export function mechanismsOf(subprocessor: Pick<Subprocessor, 'transfer_mechanism'>): TransferMechanism[] {
  const declared = subprocessor.transfer_mechanism;
  if (declared === undefined) return [];
  return typeof declared === 'string' ? [declared] : [...declared];
}

/** Each of a provider's transfer grounds with its place in the file, for a diagnostic: the field itself, or its item in a list. */
export function mechanismEntries(subprocessor: Pick<Subprocessor, 'transfer_mechanism'>, index: number): Array<{ mechanism: TransferMechanism; path: Path }> {
  const declared = subprocessor.transfer_mechanism;
  const field: Path = ['subprocessors', index, 'transfer_mechanism'];
  if (declared === undefined) return [];
  if (typeof declared === 'string') return [{ mechanism: declared, path: field }];
  return declared.map((mechanism, at) => ({ mechanism, path: [...field, at] }));
}
