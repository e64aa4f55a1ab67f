import type { TransferMechanism } from '../../model/policy.generated.js';
import { article } from './law.js';

/**
 * A transfer safeguard as a noun phrase for running text ("We rely on …"), with its article when
 * a GDPR-family law is cited.
 */
export function transferMechanismLabel(mechanism: TransferMechanism, citation: string): string {
  const cite = (reference: string): string => {
    const ref = article(reference, citation);
    return ref === '' ? '' : ` (${ref})`;
  };
  switch (mechanism) {
    case 'adequacy':
      return `adequacy decisions, which recognize that the destination country protects personal data to an essentially equivalent standard${cite('45')}`;
    case 'dpf':
      return 'the EU-U.S. Data Privacy Framework and its UK Extension, under which the recipient is certified';
    case 'scc': {
      // The Commission's clauses are a safeguard under the EU GDPR; under the UK GDPR only with
      // the UK Addendum (uk_idta), so they are never cited as a UK GDPR safeguard on their own.
      const ref = citation.startsWith('GDPR') ? article('46(2)(c)', 'GDPR') : '';
      return `Standard Contractual Clauses approved by the European Commission${ref === '' ? '' : ` (${ref})`}`;
    }
    case 'uk_idta':
      return "the UK International Data Transfer Agreement or the UK Addendum to the Standard Contractual Clauses, issued by the Information Commissioner's Office";
    case 'bcr':
      return `Binding Corporate Rules${cite('47')}`;
    case 'derogation_consent':
      return `your explicit consent to the transfer${cite('49(1)(a)')}`;
    case 'derogation_contract':
      return `the transfer being necessary to perform our contract with you${cite('49(1)(b)')}`;
    case 'none':
      return 'no specific safeguard';
  }
}

/** A short name for a table cell: "Standard Contractual Clauses", "Adequacy decision". */
export function transferMechanismShort(mechanism: TransferMechanism): string {
  switch (mechanism) {
    case 'adequacy':
      return 'Adequacy decision';
    case 'dpf':
      return 'EU-U.S. Data Privacy Framework';
    case 'scc':
      return 'Standard Contractual Clauses';
    case 'uk_idta':
      return 'UK IDTA / Addendum';
    case 'bcr':
      return 'Binding Corporate Rules';
    case 'derogation_consent':
      return 'Your explicit consent';
    case 'derogation_contract':
      return 'Necessary for our contract with you';
    case 'none':
      return 'None';
  }
}
