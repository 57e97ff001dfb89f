import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Promjena između dva mjeseca',
  'compare.stop': 'Prekini poređenje (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Uporedi sa',
  'compare.previous': 'prethodnim mjesecom',
  'compare.chosenMonth': 'odabranim mjesecom',
  'compare.monthInput': 'Mjesec za poređenje',
  'compare.legend': 'Legenda promjena',
  'compare.legendLine': '{label}: {count, plural, one {# segment} few {# segmenta} other {# segmenata}}',
  'compare.crossingChanges': 'Promjene na prijelazima',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'nije prikazano',
  'compare.threshold': 'Porastao ili smanjen: podatak za rutu iza segmenta promijenio se za najmanje {percent} % (Frontex, cijela ruta).',
  'compare.byCountry': 'Po državama',
  'compare.byCorridor': 'Po koridorima',
  'compare.noChange': 'Nema promjene.',
  'compare.leftMonth': 'Posljednji mjesec lijeve strane',
  'compare.closeSwipe': 'Zatvori prikaz jedan pored drugog (V)',
  'compare.divider': 'Razdjelnik između mjeseca {month} i prikazanog perioda',
  'compare.difference': 'Razlika, lijevo → desno:',
  'compare.noChangeLine': 'nema promjene',
};
