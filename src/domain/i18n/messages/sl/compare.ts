import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Sprememba med dvema mesecema',
  'compare.stop': 'Ustavi primerjavo (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Primerjalni mesec',
  'compare.previous': 'prejšnji mesec',
  'compare.chosenMonth': 'izbrani mesec',
  'compare.monthInput': 'Mesec za primerjavo',
  'compare.legend': 'Legenda sprememb',
  'compare.legendLine': '{label}: {count, plural, one {# odsek} two {# odseka} few {# odseki} other {# odsekov}}',
  'compare.crossingChanges': 'Spremembe na prehodih',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'ni prikazano',
  'compare.threshold': 'Povečano ali zmanjšano: številka poti za odsekom se je spremenila za najmanj {percent} % (Frontex, celotna pot).',
  'compare.byCountry': 'Po državah',
  'compare.byCorridor': 'Po koridorjih',
  'compare.noChange': 'Ni sprememb.',
  'compare.leftMonth': 'Zadnji mesec leve strani',
  'compare.closeSwipe': 'Zapri prikaz drugo ob drugem (V)',
  'compare.divider': 'Ločilnica med mesecem {month} in prikazanim obdobjem',
  'compare.difference': 'Razlika, levo → desno:',
  'compare.noChangeLine': 'brez spremembe',
};
