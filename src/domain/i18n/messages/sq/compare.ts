import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Ndryshimi mes dy muajve',
  'compare.stop': 'Ndalo krahasimin (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Krahaso me',
  'compare.previous': 'muajin e mëparshëm',
  'compare.chosenMonth': 'një muaj të zgjedhur',
  'compare.monthInput': 'Muaji për krahasim',
  'compare.legend': 'Legjenda e ndryshimeve',
  'compare.legendLine': '{label}: {count, plural, one {# segment} other {# segmente}}',
  'compare.crossingChanges': 'Ndryshimet në pikat e kalimit',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'nuk shfaqet',
  'compare.threshold': 'U rrit ose u zvogëlua: shifra e rrugës pas segmentit ndryshoi të paktën {percent} % (Frontex, e gjithë rruga).',
  'compare.byCountry': 'Sipas shtetit',
  'compare.byCorridor': 'Sipas korridorit',
  'compare.noChange': 'Asnjë ndryshim.',
  'compare.leftMonth': 'Muaji i fundit i anës së majtë',
  'compare.closeSwipe': 'Mbyll pamjen krah për krah (V)',
  'compare.divider': 'Ndarësi mes muajit {month} dhe periudhës së shfaqur',
  'compare.difference': 'Diferenca, majtas → djathtas:',
  'compare.noChangeLine': 'asnjë ndryshim',
};
