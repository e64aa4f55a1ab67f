import { countryName } from '../model/countries.js';
import { lawfulBases, staysOnDevice, type PolicyModel } from '../model/normalize.js';
import type { Address, Purpose } from '../model/policy.generated.js';
import { EEA_REGION, type OtherControllerModel } from '../model/controllers.js';
import { escapeHtml } from '../render/entities.js';
import { audienceName } from '../render/helpers/audiences.js';
import { formatDate } from '../render/helpers/date.js';
import { gdprCitation } from '../render/helpers/law.js';
import { lawfulBasisLabel } from '../render/helpers/lawful-basis.js';
import { escapeMarkdown } from '../render/helpers/markdown.js';
import { retentionPeriod } from '../render/helpers/retention.js';
import { htmlPage, safeguardCell, toCsv, toHtmlTable, toMarkdownTable, type Table } from './table.js';

export type RopaFormat = 'csv' | 'md' | 'html';

/**
 * The columns of the record, each with the point of GDPR Art. 30(1) it answers. A cell the file
 * has no fact for stays empty (a dash in Markdown and HTML): the record shows its gaps rather
 * than fill them with a guess.
 */
const COLUMNS = [
  'Processing activity',
  'Controller (Art. 30(1)(a))',
  'Representative (Art. 30(1)(a))',
  'Data protection officer (Art. 30(1)(a))',
  'Purpose (Art. 30(1)(b))',
  'Lawful basis (Art. 6(1))',
  'Categories of data subjects (Art. 30(1)(c))',
  'Categories of personal data (Art. 30(1)(c))',
  'Recipients (Art. 30(1)(d))',
  'Transfers to third countries and safeguards (Art. 30(1)(e))',
  'Time limits for erasure (Art. 30(1)(f))',
  'Security measures (Art. 30(1)(g))',
] as const;

/** The controller's record of processing activities (GDPR Art. 30(1)): one row per purpose. */
export function ropaTable(model: PolicyModel): Table {
  const { controller, security } = model.source;
  const contact = joined([controller.name, controller.email, controller.phone, controller.address === undefined ? undefined : address(controller.address)]);
  const representatives = (controller.representatives ?? []).map((r) => [r.name, r.email].filter(Boolean).join(', ')).join('; ');
  const dpo = controller.dpo === undefined ? '' : [controller.dpo.name, controller.dpo.email].filter(Boolean).join(', ');
  const measures = (security?.measures ?? []).join('; ');
  const citation = gdprCitation(model.jurisdictions);
  return {
    columns: COLUMNS,
    rows: model.purposes
      .filter((purpose) => !onDeviceOnly(model, purpose))
      .map((purpose) => {
        const categories = collectedOf(model, purpose);
        const recipients = recipientsOf(model, categories);
        const controllers = controllersOf(model, purpose);
        return [
          purpose.name,
          [...(controllers.main ? [contact] : []), ...controllers.others.map((other) => otherCell(model, other))].join('; '),
          // The representative and the DPO are the main controller's: beside an activity it is not the controller of, they would name the wrong company's.
          controllers.main ? representatives : '',
          controllers.main ? dpo : '',
          [
            purpose.description ?? purpose.name,
            purpose.legitimate_interest === undefined ? undefined : `Legitimate interest: ${purpose.legitimate_interest}.`,
            purpose.legal_obligation === undefined ? undefined : `Legal obligation: ${purpose.legal_obligation}.`,
          ]
            .filter(Boolean)
            .join(' '),
          lawfulBases(purpose)
            .map((basis) => lawfulBasisLabel(basis, citation))
            .join('; '),
          (model.subjects.get(purpose.id) ?? []).map(audienceName).join('; '),
          categories.map((id) => model.categories.get(id)?.name ?? id).join('; '),
          recipients.map((r) => r.name).join('; '),
          recipients
            .filter((r) => r.outside || !r.located)
            .map((r) => (r.located ? `${r.name}: ${r.countries}${r.safeguard === '' ? '' : ` (${r.safeguard})`}` : `${r.name}: location not stated`))
            .join('; '),
          retentionOf(model, purpose),
          measures,
        ];
      }),
  };
}

/**
 * Whose record a row is (Art. 30(1)(a) names "the controller"): the main controller, and each other
 * controller (controller.other_controllers) that may be the controller for some of the people the
 * activity concerns, with for whom. An activity whose people all belong to groups, or whose
 * products all belong to products, another company alone is the controller for is that company's
 * only; one split by where people live is each company's for its people, so the row names both.
 * Each controller keeps its own record; this one shows in one table who keeps which row.
 */
function controllersOf(model: PolicyModel, purpose: Purpose): { main: boolean; others: OtherControllerModel[] } {
  const subjects = model.subjects.get(purpose.id) ?? [];
  const others = model.otherControllers.filter((other) => {
    if (other.entry.audiences !== undefined && subjects.length > 0 && !subjects.some((s) => other.audiences.includes(s))) return false;
    if (other.entry.products !== undefined && purpose.products !== undefined && !purpose.products.some((id) => other.entry.products?.includes(id)))
      return false;
    return true;
  });
  const instead = others.some(
    (other) =>
      other.entry.regions === undefined &&
      other.entry.alongside_main !== true &&
      (other.entry.audiences !== undefined || other.entry.products !== undefined) &&
      (other.entry.audiences === undefined || (subjects.length > 0 && subjects.every((s) => other.audiences.includes(s)))) &&
      (other.entry.products === undefined || (purpose.products !== undefined && purpose.products.every((id) => other.entry.products?.includes(id)))),
  );
  return { main: !instead, others };
}

/** "For people in the European Economic Area: Example Europe Ltd, privacy@example.ie, Dublin, Ireland". */
function otherCell(model: PolicyModel, other: OtherControllerModel): string {
  const { entry } = other;
  const whom = [
    other.audiences.map(audienceName).join(', '),
    other.products.length === 0 ? '' : `using ${other.products.map((p) => p.name).join(', ')}`,
    other.regions.length === 0 ? '' : `in ${other.regions.map(regionName).join(', ')}`,
    other.exceptRegions.length === 0 ? '' : `outside ${other.exceptRegions.map(regionName).join(', ')}`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  const company = joined([
    entry.name === undefined ? entry.description : entry.name,
    entry.email,
    entry.address === undefined ? (entry.country === undefined ? undefined : countryName(entry.country)) : address(entry.address),
  ]);
  return `For ${other.audiences.length === 0 ? 'people ' : ''}${whom}: ${company}${entry.alongside_main === true ? ` (with ${model.legalName} for some of the processing)` : ''}`;
}

function regionName(region: string): string {
  return region === EEA_REGION ? 'the EEA' : countryName(region);
}

function joined(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((x): x is string => x !== undefined && x !== '').join(', ');
}

interface Recipient {
  name: string;
  countries: string;
  outside: boolean;
  /** The file names where it processes the data; a named provider without it may be a transfer nobody assessed. */
  located: boolean;
  safeguard: string;
}

/** The providers and kinds of recipient the file says receive any of these categories. */
function recipientsOf(model: PolicyModel, categories: readonly string[]): Recipient[] {
  const touches = (ids: readonly string[] | undefined): boolean => ids?.some((id) => categories.includes(id)) === true;
  const named = model.subprocessors
    .filter((s) => touches(s.data_categories))
    .map((s) => ({
      name: s.name,
      countries: s.locations.map(countryName).join(', '),
      outside: s.outside,
      located: s.location !== undefined,
      safeguard: safeguardCell(s, model.transferLaws),
    }));
  const kinds = (model.source.recipient_categories ?? [])
    .filter((r) => touches(r.data_categories))
    .map((r) => ({ name: r.name, countries: '', outside: false, located: true, safeguard: '' }));
  return [...named, ...kinds];
}

/**
 * The categories of a purpose the controller itself processes: data that stays on the person's
 * device (`on_device`) is the software's, not the controller's processing, so Art. 30 does not list it.
 */
function collectedOf(model: PolicyModel, purpose: Purpose): string[] {
  return (purpose.data_categories ?? []).filter((id) => !staysOnDevice(model, id));
}

/** A purpose that uses only data staying on the device is no processing activity of the controller's. */
function onDeviceOnly(model: PolicyModel, purpose: Purpose): boolean {
  const ids = purpose.data_categories ?? [];
  return ids.length > 0 && collectedOf(model, purpose).length === 0;
}

function retentionOf(model: PolicyModel, purpose: Purpose): string {
  const categories = collectedOf(model, purpose);
  return model.retention
    .filter((entry) => entry.data_categories.some((id) => categories.includes(id)))
    .map((entry) => {
      const what = entry.label ?? entry.data_categories.map((id) => model.categories.get(id)?.name ?? id).join(', ');
      return `${what}: kept ${retentionPeriod(entry.period, entry.up_to, entry.until)}`;
    })
    .join('; ');
}

function address(a: Address): string {
  return [a.street, a.locality, a.region, a.postal_code, countryName(a.country)].filter(Boolean).join(', ');
}

export function exportRopa(model: PolicyModel, format: RopaFormat): string {
  const table = ropaTable(model);
  // With nothing collected the CSV is its header alone: a record with no processing activity.
  if (format === 'csv') return toCsv(table);
  const title = `Record of processing activities: ${model.legalName}`;
  const source = `The controller's record under GDPR Art. 30(1), from the privacy policy effective ${formatDate(model.source.effective_date, model.source.policy?.date_style)}.`;
  if (model.collectsNothing) {
    const none = `${source} The policy declares that no personal data is collected, so the record lists no processing activity.`;
    if (format === 'md') return `# ${escapeMarkdown(title)}\n\n${escapeMarkdown(none)}\n`;
    return htmlPage(title, 'en', `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(none)}</p>`);
  }
  const intro = `${source} One row per processing activity; an empty cell is a fact the policy does not state.${model.otherControllers.length === 0 ? '' : ' The policy names other controllers for some people: the Controller column says, for each activity, which company is the controller for whom, and each keeps its own record of the rows it is named in.'}`;
  if (format === 'md') return `# ${escapeMarkdown(title)}\n\n${escapeMarkdown(intro)}\n\n${toMarkdownTable(table)}\n`;
  return htmlPage(title, 'en', `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(intro)}</p>\n${toHtmlTable(table)}`);
}
