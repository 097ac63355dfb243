// The cast of a dataset: payers, billing and rendering providers, submitter and clearinghouse (built once per
// seed), and patients derived on demand from (seed, index) so none are kept in memory.
import { mixSeed, Rng } from './prng.js';
import { CITIES, FIRST_NAMES, LAST_PREFIXES, LAST_SUFFIXES, MIDDLE_INITIALS, STREETS, STREET_KINDS } from './words.js';

export type ClaimType = 'professional' | 'institutional' | 'dental';

export interface PlaceAddress { line1: string; city: string; state: string; zip: string }

export interface Payer {
  id: string;
  name: string;
  tin: string;
  filing: string; // SBR09 / CLP06
  claimPrefix: string; // payer claim control numbers start with it
  memberPrefix: string;
  dental: boolean;
  address: PlaceAddress;
}

export interface Person { last: string; first: string; middle: string; npi: string; taxonomy: string }

export interface BillingProvider {
  code: string; // short prefix of its patient control numbers
  name: string;
  type: ClaimType;
  npi: string;
  tin: string;
  taxonomy: string;
  address: PlaceAddress;
  renderers: Person[];
}

export interface Patient {
  last: string;
  first: string;
  middle: string;
  birthDay: number; // day number
  gender: 'F' | 'M';
  address: PlaceAddress;
}

export interface Member {
  subscriber: Patient;
  patient: Patient; // the subscriber itself unless dependent
  dependent: boolean;
  memberId: string;
  groupNumber: string;
  medicalPayer: number; // index into the medical payers
  dentalPayer: number; // index into the dental payers
}

export interface Cast {
  payers: Payer[];
  medicalPayers: Payer[];
  dentalPayers: Payer[];
  providers: Record<ClaimType, BillingProvider[]>;
  submitter: { name: string; id: string };
  clearinghouse: { name: string; id: string };
}

const PAYERS: Omit<Payer, 'tin' | 'address'>[] = [
  { id: 'NWH01', name: 'NORTHWIND HEALTH PLAN', filing: 'CI', claimPrefix: 'NW', memberPrefix: 'NWH', dental: false },
  { id: 'CNT02', name: 'CONTOSO CARE HMO', filing: 'HM', claimPrefix: 'CC', memberPrefix: 'CCH', dental: false },
  { id: 'FBM03', name: 'FABRIKAM MUTUAL BLUE', filing: 'BL', claimPrefix: 'FM', memberPrefix: 'FMB', dental: false },
  { id: 'TSM04', name: 'TAILSPIN STATE MEDICAID', filing: 'MC', claimPrefix: 'TS', memberPrefix: 'TSM', dental: false },
  { id: 'LWM05', name: 'LITWARE MEDICARE ADVANTAGE', filing: '16', claimPrefix: 'LW', memberPrefix: 'LWA', dental: false },
  { id: 'WGD06', name: 'WOODGROVE DENTAL', filing: '17', claimPrefix: 'WG', memberPrefix: 'WGD', dental: true },
  { id: 'ADP07', name: 'ADVENTURE DENTAL PPO', filing: '12', claimPrefix: 'AD', memberPrefix: 'ADP', dental: true },
];

const PROVIDERS: { code: string; name: string; type: ClaimType; taxonomy: string; renderTaxonomy: string }[] = [
  { code: 'SFM', name: 'SAMPLEVILLE FAMILY MEDICINE', type: 'professional', taxonomy: '207Q00000X', renderTaxonomy: '207Q00000X' },
  { code: 'TOG', name: 'TESTBURG ORTHOPEDIC GROUP', type: 'professional', taxonomy: '207X00000X', renderTaxonomy: '207X00000X' },
  { code: 'MPD', name: 'MOCKTON PEDIATRICS', type: 'professional', taxonomy: '208000000X', renderTaxonomy: '208000000X' },
  { code: 'FIM', name: 'FAKERSFIELD INTERNAL MEDICINE', type: 'professional', taxonomy: '207R00000X', renderTaxonomy: '207R00000X' },
  { code: 'PUC', name: 'PLACEHOLD URGENT CARE', type: 'professional', taxonomy: '261QU0200X', renderTaxonomy: '207P00000X' },
  { code: 'NGH', name: 'NULLHAVEN GENERAL HOSPITAL', type: 'institutional', taxonomy: '282N00000X', renderTaxonomy: '207P00000X' },
  { code: 'SMC', name: 'STUBBINGTON MEDICAL CENTER', type: 'institutional', taxonomy: '282N00000X', renderTaxonomy: '207R00000X' },
  { code: 'DDA', name: 'DEMOPOLIS DENTAL ARTS', type: 'dental', taxonomy: '1223G0001X', renderTaxonomy: '1223G0001X' },
  { code: 'SSD', name: 'SAMPLEVILLE SMILES DENTAL', type: 'dental', taxonomy: '1223G0001X', renderTaxonomy: '122300000X' },
];

/** A valid NPI: 9 digits starting with 1 plus the Luhn check digit over the 80840 prefix. */
export function makeNpi(rng: Rng): string {
  const body = `1${rng.digits(8)}`;
  let sum = 24; // the 80840 prefix's contribution
  for (let i = 0; i < 9; i++) {
    let d = body.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

function makeAddress(rng: Rng): PlaceAddress {
  const place = rng.pick(CITIES);
  return { line1: `${rng.int(10, 9899)} ${rng.pick(STREETS)} ${rng.pick(STREET_KINDS)}`, city: place.city, state: place.state, zip: place.zip + rng.digits(3) };
}

function makeName(rng: Rng): { last: string; first: string; middle: string } {
  return { last: rng.pick(LAST_PREFIXES) + rng.pick(LAST_SUFFIXES), first: rng.pick(FIRST_NAMES), middle: rng.pick(MIDDLE_INITIALS) };
}

export function buildCast(seed: number): Cast {
  const rng = new Rng(mixSeed(seed, 0x5eed));
  const payers = PAYERS.map((p) => ({ ...p, tin: `${rng.int(10, 99)}${rng.digits(7)}`, address: makeAddress(rng) }));
  const providers: Cast['providers'] = { professional: [], institutional: [], dental: [] };
  for (const p of PROVIDERS) {
    const renderers: Person[] = [];
    const count = rng.int(2, 4);
    for (let i = 0; i < count; i++) renderers.push({ ...makeName(rng), npi: makeNpi(rng), taxonomy: p.renderTaxonomy });
    providers[p.type].push({ code: p.code, name: p.name, type: p.type, npi: makeNpi(rng), tin: `${rng.int(10, 99)}${rng.digits(7)}`, taxonomy: p.taxonomy, address: makeAddress(rng), renderers });
  }
  return {
    payers,
    medicalPayers: payers.filter((p) => !p.dental),
    dentalPayers: payers.filter((p) => p.dental),
    providers,
    submitter: { name: 'CLAIMTRAIL DEMO BILLING', id: 'CTDEMO01' },
    clearinghouse: { name: 'FAKEHOUSE CLEARING', id: 'FKCH001' },
  };
}

/** Member `index` of the seed's population: same index, same person, with nothing stored.
 *  Plain object literals only: this runs once per claim and object spread is several times slower. */
export function memberAt(seed: number, index: number, anchorDay: number, dependentRate: number): Member {
  const rng = new Rng(mixSeed(seed, index + 1));
  const address = makeAddress(rng);
  const last = rng.pick(LAST_PREFIXES) + rng.pick(LAST_SUFFIXES);
  const subscriber: Patient = {
    last, first: rng.pick(FIRST_NAMES), middle: rng.pick(MIDDLE_INITIALS),
    birthDay: anchorDay - rng.int(20 * 365, 80 * 365), gender: rng.chance(0.5) ? 'F' : 'M', address,
  };
  const dependent = rng.chance(dependentRate);
  const patient: Patient = dependent
    ? { last, first: rng.pick(FIRST_NAMES), middle: rng.pick(MIDDLE_INITIALS), birthDay: anchorDay - rng.int(365, 17 * 365), gender: rng.chance(0.5) ? 'F' : 'M', address }
    : subscriber;
  return {
    subscriber, patient, dependent,
    memberId: rng.digits(9),
    groupNumber: `GRP${rng.digits(5)}`,
    medicalPayer: rng.u32(),
    dentalPayer: rng.u32(),
  };
}
