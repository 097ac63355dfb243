// Small word and code lists the synthetic data is drawn from: obviously fake names and places, real-looking
// procedure, revenue and diagnosis codes with plausible fee ranges in cents.

export const FIRST_NAMES = [
  'ADA', 'BORIS', 'CLEO', 'DMITRI', 'EDNA', 'FELIX', 'GRETA', 'HUGO', 'IRIS', 'JONAS', 'KIRA', 'LEON', 'MAVIS', 'NILS',
  'OLGA', 'PERCY', 'QUINN', 'ROSA', 'SILAS', 'TILDA', 'UMA', 'VIGGO', 'WANDA', 'XENA', 'YURI', 'ZELDA',
] as const;

/** Last names are prefix + suffix: 100 names that are plainly not real people. */
export const LAST_PREFIXES = ['MOCK', 'FAUX', 'SAMPLE', 'TEST', 'DEMO', 'PSEUDO', 'FICTO', 'DUMMY', 'PROTO', 'SYNTH'] as const;
export const LAST_SUFFIXES = ['SON', 'WELL', 'FIELD', 'BERG', 'TON', 'LEY', 'MAN', 'WOOD', 'STEIN', 'OVA'] as const;

export const MIDDLE_INITIALS = ['A', 'B', 'C', 'D', 'E', 'J', 'K', 'L', 'M', 'R', 'S', 'T'] as const;

export const STREETS = ['MAPLE', 'CEDAR', 'BIRCH', 'ELM', 'HARBOR', 'MILL', 'ORCHARD', 'RIVER', 'SUMMIT', 'WILLOW'] as const;
export const STREET_KINDS = ['ST', 'AVE', 'RD', 'LN', 'DR', 'CT'] as const;

export const CITIES = [
  { city: 'SAMPLEVILLE', state: 'OH', zip: '43' },
  { city: 'TESTBURG', state: 'PA', zip: '17' },
  { city: 'MOCKTON', state: 'TX', zip: '75' },
  { city: 'DEMOPOLIS EAST', state: 'AL', zip: '36' },
  { city: 'FAKERSFIELD', state: 'CA', zip: '93' },
  { city: 'PLACEHOLD', state: 'MN', zip: '55' },
  { city: 'STUBBINGTON', state: 'NC', zip: '27' },
  { city: 'NULLHAVEN', state: 'WA', zip: '98' },
] as const;

export interface ProcedureCode {
  code: string;
  lo: number; // fee range in cents
  hi: number;
  modifier?: string;
}

/** Office visits first: the generator puts an E/M visit on most professional claims. */
export const EM_VISITS: readonly ProcedureCode[] = [
  { code: '99212', lo: 7500, hi: 11000 },
  { code: '99213', lo: 11000, hi: 16000 },
  { code: '99214', lo: 16000, hi: 24000 },
  { code: '99203', lo: 15000, hi: 21000 },
];

export const PROFESSIONAL_EXTRAS: readonly ProcedureCode[] = [
  { code: '36415', lo: 1500, hi: 3000 },
  { code: '85025', lo: 2500, hi: 4500 },
  { code: '80053', lo: 3500, hi: 6500 },
  { code: '81002', lo: 1200, hi: 2500 },
  { code: '90471', lo: 2500, hi: 4000 },
  { code: '90686', lo: 3000, hi: 5000 },
  { code: '93000', lo: 5000, hi: 9000 },
  { code: '71046', lo: 9000, hi: 16000, modifier: '26' },
  { code: '20610', lo: 15000, hi: 26000 },
  { code: '97110', lo: 6000, hi: 9500, modifier: 'GP' },
  { code: '11721', lo: 7000, hi: 12000 },
  { code: '17110', lo: 12000, hi: 19000 },
];

export interface RevenueLine {
  revenue: string;
  hcpcs?: string;
  lo: number;
  hi: number;
}

export const INSTITUTIONAL_LINES: readonly RevenueLine[] = [
  { revenue: '0450', hcpcs: '99284', lo: 90000, hi: 180000 },
  { revenue: '0300', hcpcs: '80053', lo: 8000, hi: 20000 },
  { revenue: '0301', hcpcs: '85025', lo: 5000, hi: 12000 },
  { revenue: '0320', hcpcs: '71046', lo: 25000, hi: 60000 },
  { revenue: '0250', lo: 2000, hi: 30000 },
  { revenue: '0636', hcpcs: 'J1885', lo: 3000, hi: 9000 },
  { revenue: '0730', hcpcs: '93005', lo: 15000, hi: 35000 },
];

export const DENTAL_CODES: readonly (ProcedureCode & { tooth: boolean })[] = [
  { code: 'D0120', lo: 5000, hi: 8000, tooth: false },
  { code: 'D1110', lo: 9000, hi: 14000, tooth: false },
  { code: 'D0274', lo: 6000, hi: 9000, tooth: false },
  { code: 'D2392', lo: 17000, hi: 26000, tooth: true },
  { code: 'D2740', lo: 110000, hi: 160000, tooth: true },
  { code: 'D7140', lo: 16000, hi: 25000, tooth: true },
  { code: 'D3330', lo: 95000, hi: 140000, tooth: true },
];

export const TOOTH_SURFACES = ['M', 'O', 'D', 'B', 'L'] as const;

export const DIAGNOSES = ['J069', 'E119', 'I10', 'M545', 'Z0000', 'R509', 'K219', 'N390', 'J4520', 'M1711', 'R0789', 'F419'] as const;
export const DENTAL_DIAGNOSES = ['K0251', 'K0252', 'K0381', 'K051', 'Z012'] as const;
