// The indicators of the BPI public (SPEC "The BPI public") with their French labels. Others are
// kept and shown by their code.

const LABELS: Record<string, string> = {
  BPI_COUNT: 'BPI présents (stock)',
  BPI_ARRIVALS: 'Arrivées de BPI dans l’année (flux)',
  BPI_WOMEN: 'Femmes',
  BPI_MEN: 'Hommes',
  BPI_UNDER_18: 'Moins de 18 ans',
  BPI_18_25: '18 à 25 ans',
  BPI_26_59: '26 à 59 ans',
  BPI_60_PLUS: '60 ans et plus',
  BPI_FAMILIES: 'En famille',
  BPI_SINGLE: 'Personnes isolées',
  BPI_IN_DNA: 'Hébergés dans le DNA',
  BPI_OUTSIDE_DNA: 'Hors DNA',
  CIR_SIGNED: 'CIR signés',
};

const DNA_PLACES: Record<string, string> = {
  CADA: 'CADA',
  HUDA: 'HUDA',
  CPH: 'CPH',
  CAES: 'CAES',
  PRAHDA: 'PRAHDA',
};

/** ISO 3166 alpha-3 → alpha-2 for the countries of origin of most BPI in France (Intl names them by alpha-2). */
const ALPHA2: Record<string, string> = {
  AFG: 'AF',
  AGO: 'AO',
  ALB: 'AL',
  ARM: 'AM',
  AZE: 'AZ',
  BFA: 'BF',
  BGD: 'BD',
  BDI: 'BI',
  CAF: 'CF',
  CIV: 'CI',
  CMR: 'CM',
  COD: 'CD',
  COG: 'CG',
  COL: 'CO',
  CUB: 'CU',
  DZA: 'DZ',
  EGY: 'EG',
  ERI: 'ER',
  ETH: 'ET',
  GEO: 'GE',
  GIN: 'GN',
  GMB: 'GM',
  HTI: 'HT',
  IRN: 'IR',
  IRQ: 'IQ',
  LBN: 'LB',
  LBY: 'LY',
  LKA: 'LK',
  MAR: 'MA',
  MLI: 'ML',
  MMR: 'MM',
  MRT: 'MR',
  NER: 'NE',
  NGA: 'NG',
  PAK: 'PK',
  PSE: 'PS',
  RUS: 'RU',
  RWA: 'RW',
  SDN: 'SD',
  SEN: 'SN',
  SLE: 'SL',
  SOM: 'SO',
  SSD: 'SS',
  SYR: 'SY',
  TCD: 'TD',
  TGO: 'TG',
  TUN: 'TN',
  TUR: 'TR',
  UKR: 'UA',
  VEN: 'VE',
  VNM: 'VN',
  YEM: 'YE',
  CHN: 'CN',
  IND: 'IN',
  NPL: 'NP',
  BTN: 'BT',
  KAZ: 'KZ',
  TJK: 'TJ',
  UZB: 'UZ',
  XKX: 'XK',
};

const REGION_NAMES = new Intl.DisplayNames(['fr'], { type: 'region' });

/** The French name of a country from its alpha-3 code (the code itself when unknown). */
export function countryName(alpha3: string): string {
  const a2 = ALPHA2[alpha3.toUpperCase()];
  if (!a2) return alpha3;
  try {
    return REGION_NAMES.of(a2) ?? alpha3;
  } catch {
    return alpha3;
  }
}

/** French label of an indicator code: its SPEC label, « Pays : Afghanistan », « Places DNA : CADA », or the code. */
export function indicatorLabel(code: string): string {
  const known = LABELS[code];
  if (known) return known;
  const [family, arg] = code.split(':', 2);
  if (family === 'BPI_COUNTRY' && arg) return `Pays d’origine : ${countryName(arg)}`;
  if (family === 'DNA_PLACES' && arg) return `Places du DNA : ${DNA_PLACES[arg] ?? arg}`;
  return code;
}
