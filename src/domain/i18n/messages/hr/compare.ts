import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Promjena između dvaju mjeseci',
  'compare.stop': 'Zaustavi usporedbu (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Usporedi s',
  'compare.previous': 'prethodnim mjesecom',
  'compare.chosenMonth': 'odabranim mjesecom',
  'compare.monthInput': 'Mjesec za usporedbu',
  'compare.legend': 'Legenda promjena',
  'compare.legendLine': '{label}: {count, plural, one {# segment} few {# segmenta} other {# segmenata}}',
  'compare.crossingChanges': 'Promjene na prijelazima',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'nije prikazano',
  'compare.threshold': 'Povećano ili smanjeno: broj rute iza segmenta promijenio se za najmanje {percent} % (Frontex, cijela ruta).',
  'compare.byCountry': 'Po državama',
  'compare.byCorridor': 'Po koridorima',
  'compare.noChange': 'Nema promjene.',
  'compare.leftMonth': 'Posljednji mjesec lijeve strane',
  'compare.closeSwipe': 'Zatvori prikaz jedno uz drugo (V)',
  'compare.divider': 'Razdjelnik između mjeseca {month} i prikazanog razdoblja',
  'compare.difference': 'Razlika, lijevo → desno:',
  'compare.noChangeLine': 'nema promjene',
};
