/**
 * ISO 3166-1 alpha-2 country codes (all 249 officially assigned, plus XK for Kosovo as used by the
 * EU and Frontex) with short English names, and a lenient reader for codes and names in user files.
 */
import { t } from './i18n';

const CODES_AND_NAMES =
  'AD:Andorra|AE:United Arab Emirates|AF:Afghanistan|AG:Antigua & Barbuda|AI:Anguilla|AL:Albania|' +
  'AM:Armenia|AO:Angola|AQ:Antarctica|AR:Argentina|AS:American Samoa|AT:Austria|AU:Australia|' +
  'AW:Aruba|AX:Åland Islands|AZ:Azerbaijan|BA:Bosnia & Herzegovina|BB:Barbados|BD:Bangladesh|' +
  'BE:Belgium|BF:Burkina Faso|BG:Bulgaria|BH:Bahrain|BI:Burundi|BJ:Benin|BL:St. Barthélemy|' +
  'BM:Bermuda|BN:Brunei|BO:Bolivia|BQ:Caribbean Netherlands|BR:Brazil|BS:Bahamas|BT:Bhutan|' +
  'BV:Bouvet Island|BW:Botswana|BY:Belarus|BZ:Belize|CA:Canada|CC:Cocos (Keeling) Islands|' +
  'CD:Congo - Kinshasa|CF:Central African Republic|CG:Congo - Brazzaville|CH:Switzerland|' +
  'CI:Côte d’Ivoire|CK:Cook Islands|CL:Chile|CM:Cameroon|CN:China|CO:Colombia|CR:Costa Rica|' +
  'CU:Cuba|CV:Cape Verde|CW:Curaçao|CX:Christmas Island|CY:Cyprus|CZ:Czechia|DE:Germany|' +
  'DJ:Djibouti|DK:Denmark|DM:Dominica|DO:Dominican Republic|DZ:Algeria|EC:Ecuador|EE:Estonia|' +
  'EG:Egypt|EH:Western Sahara|ER:Eritrea|ES:Spain|ET:Ethiopia|FI:Finland|FJ:Fiji|' +
  'FK:Falkland Islands|FM:Micronesia|FO:Faroe Islands|FR:France|GA:Gabon|GB:United Kingdom|' +
  'GD:Grenada|GE:Georgia|GF:French Guiana|GG:Guernsey|GH:Ghana|GI:Gibraltar|GL:Greenland|GM:Gambia|' +
  'GN:Guinea|GP:Guadeloupe|GQ:Equatorial Guinea|GR:Greece|' +
  'GS:South Georgia & South Sandwich Islands|GT:Guatemala|GU:Guam|GW:Guinea-Bissau|GY:Guyana|' +
  'HK:Hong Kong SAR China|HM:Heard & McDonald Islands|HN:Honduras|HR:Croatia|HT:Haiti|HU:Hungary|' +
  'ID:Indonesia|IE:Ireland|IL:Israel|IM:Isle of Man|IN:India|IO:British Indian Ocean Territory|' +
  'IQ:Iraq|IR:Iran|IS:Iceland|IT:Italy|JE:Jersey|JM:Jamaica|JO:Jordan|JP:Japan|KE:Kenya|' +
  'KG:Kyrgyzstan|KH:Cambodia|KI:Kiribati|KM:Comoros|KN:St. Kitts & Nevis|KP:North Korea|' +
  'KR:South Korea|KW:Kuwait|KY:Cayman Islands|KZ:Kazakhstan|LA:Laos|LB:Lebanon|LC:St. Lucia|' +
  'LI:Liechtenstein|LK:Sri Lanka|LR:Liberia|LS:Lesotho|LT:Lithuania|LU:Luxembourg|LV:Latvia|' +
  'LY:Libya|MA:Morocco|MC:Monaco|MD:Moldova|ME:Montenegro|MF:St. Martin|MG:Madagascar|' +
  'MH:Marshall Islands|MK:North Macedonia|ML:Mali|MM:Myanmar (Burma)|MN:Mongolia|' +
  'MO:Macao SAR China|MP:Northern Mariana Islands|MQ:Martinique|MR:Mauritania|MS:Montserrat|' +
  'MT:Malta|MU:Mauritius|MV:Maldives|MW:Malawi|MX:Mexico|MY:Malaysia|MZ:Mozambique|NA:Namibia|' +
  'NC:New Caledonia|NE:Niger|NF:Norfolk Island|NG:Nigeria|NI:Nicaragua|NL:Netherlands|NO:Norway|' +
  'NP:Nepal|NR:Nauru|NU:Niue|NZ:New Zealand|OM:Oman|PA:Panama|PE:Peru|PF:French Polynesia|' +
  'PG:Papua New Guinea|PH:Philippines|PK:Pakistan|PL:Poland|PM:St. Pierre & Miquelon|' +
  'PN:Pitcairn Islands|PR:Puerto Rico|PS:Palestinian Territories|PT:Portugal|PW:Palau|PY:Paraguay|' +
  'QA:Qatar|RE:Réunion|RO:Romania|RS:Serbia|RU:Russia|RW:Rwanda|SA:Saudi Arabia|SB:Solomon Islands|' +
  'SC:Seychelles|SD:Sudan|SE:Sweden|SG:Singapore|SH:St. Helena|SI:Slovenia|SJ:Svalbard & Jan Mayen|' +
  'SK:Slovakia|SL:Sierra Leone|SM:San Marino|SN:Senegal|SO:Somalia|SR:Suriname|SS:South Sudan|' +
  'ST:São Tomé & Príncipe|SV:El Salvador|SX:Sint Maarten|SY:Syria|SZ:Eswatini|' +
  'TC:Turks & Caicos Islands|TD:Chad|TF:French Southern Territories|TG:Togo|TH:Thailand|' +
  'TJ:Tajikistan|TK:Tokelau|TL:Timor-Leste|TM:Turkmenistan|TN:Tunisia|TO:Tonga|TR:Türkiye|' +
  'TT:Trinidad & Tobago|TV:Tuvalu|TW:Taiwan|TZ:Tanzania|UA:Ukraine|UG:Uganda|' +
  'UM:U.S. Outlying Islands|US:United States|UY:Uruguay|UZ:Uzbekistan|VA:Vatican City|' +
  'VC:St. Vincent & Grenadines|VE:Venezuela|VG:British Virgin Islands|VI:U.S. Virgin Islands|' +
  'VN:Vietnam|VU:Vanuatu|WF:Wallis & Futuna|WS:Samoa|YE:Yemen|YT:Mayotte|ZA:South Africa|ZM:Zambia|' +
  'ZW:Zimbabwe';

/** Code → short English name. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(CODES_AND_NAMES.split('|').map((entry) => entry.split(':') as [string, string])),
  XK: 'Kosovo',
});

/** Codes that are not ISO alpha-2 but are common in European statistics. */
const CODE_ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/** Other spellings of country names (normalized: lower case, no accents, '&' → 'and'). */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  bosnia: 'BA', 'bosnia-herzegovina': 'BA', turkey: 'TR', turkiye: 'TR', macedonia: 'MK', 'fyr macedonia': 'MK',
  'former yugoslav republic of macedonia': 'MK', 'czech republic': 'CZ', 'russian federation': 'RU',
  'syrian arab republic': 'SY', 'iran (islamic republic of)': 'IR', 'islamic republic of iran': 'IR',
  'republic of moldova': 'MD', 'united kingdom of great britain and northern ireland': 'GB', britain: 'GB',
  'great britain': 'GB', 'united states of america': 'US', usa: 'US', palestine: 'PS', 'state of palestine': 'PS',
  'ivory coast': 'CI', 'cote divoire': 'CI', 'the gambia': 'GM', vatican: 'VA', 'holy see': 'VA', burma: 'MM',
  myanmar: 'MM', swaziland: 'SZ', 'cabo verde': 'CV', 'democratic republic of the congo': 'CD',
  'dr congo': 'CD', 'republic of the congo': 'CG', 'lao peoples democratic republic': 'LA',
  'viet nam': 'VN', 'korea, republic of': 'KR', 'republic of korea': 'KR', 'hong kong': 'HK', macao: 'MO',
  macau: 'MO', 'east timor': 'TL', 'libyan arab jamahiriya': 'LY', 'united republic of tanzania': 'TZ',
  'kosovo*': 'XK', 'kosovo (unscr 1244/99)': 'XK',
};

function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019']/g, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...Object.entries(COUNTRY_NAMES).map(([code, name]) => [normalizeName(name), code] as [string, string]),
  ...Object.entries(NAME_ALIASES),
]);

export function isCountryCode(value: string): boolean {
  return Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, value);
}

/**
 * Reads one country as written in a file: an alpha-2 code in any case, a common non-ISO code
 * (EL, UK) or an English name. `repair` says what was done when the value was not a code as is.
 */
export function readCountry(value: string): { code: string; repair?: string } | null {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    if (isCountryCode(upper)) return { code: upper };
    const alias = Object.prototype.hasOwnProperty.call(CODE_ALIASES, upper) ? CODE_ALIASES[upper] : undefined;
    if (alias) return { code: alias, repair: t('importRow.countryCodeReadAs', { value: trimmed, code: alias }) };
    return null;
  }
  const code = CODE_BY_NAME.get(normalizeName(trimmed));
  return code ? { code, repair: t('importRow.countryNameReadAs', { value: trimmed, code }) } : null;
}
