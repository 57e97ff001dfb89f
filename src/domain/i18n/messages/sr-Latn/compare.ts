import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Promena između dva meseca',
  'compare.stop': 'Prekini poređenje (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Uporedi sa',
  'compare.previous': 'prethodnim mesecom',
  'compare.chosenMonth': 'izabranim mesecom',
  'compare.monthInput': 'Mesec za poređenje',
  'compare.legend': 'Legenda promena',
  'compare.legendLine': '{label}: {count, plural, one {# segment} few {# segmenta} other {# segmenata}}',
  'compare.crossingChanges': 'Promene na prelazima',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'nije prikazano',
  'compare.threshold':
    'Povećano ili smanjeno: brojka rute iza segmenta promenila se za najmanje {percent} % (Frontex, cela ruta).',
  'compare.byCountry': 'Po državama',
  'compare.byCorridor': 'Po koridorima',
  'compare.noChange': 'Nema promene.',
  'compare.leftMonth': 'Poslednji mesec leve strane',
  'compare.closeSwipe': 'Zatvori prikaz jedan pored drugog (V)',
  'compare.divider': 'Razdelnik između {month} i prikazanog perioda',
  'compare.difference': 'Razlika, levo → desno:',
  'compare.noChangeLine': 'nema promene',
};
