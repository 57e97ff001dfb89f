import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Variazione tra due mesi',
  'compare.stop': 'Termina il confronto (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Confronta con',
  'compare.previous': 'il mese precedente',
  'compare.chosenMonth': 'un mese a scelta',
  'compare.monthInput': 'Mese da confrontare',
  'compare.legend': 'Legenda delle variazioni',
  'compare.legendLine': '{label}: {count, plural, one {# segmento} other {# segmenti}}',
  'compare.crossingChanges': 'Variazioni dei valichi',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'non mostrato',
  'compare.threshold': 'In crescita o in calo: il dato di rotta alla base del segmento è variato di almeno il {percent} % (Frontex, intera rotta).',
  'compare.byCountry': 'Per paese',
  'compare.byCorridor': 'Per corridoio',
  'compare.noChange': 'Nessuna variazione.',
  'compare.leftMonth': 'Ultimo mese del lato sinistro',
  'compare.closeSwipe': 'Chiudi la vista affiancata (V)',
  'compare.divider': 'Separatore tra {month} e il periodo mostrato',
  'compare.difference': 'Differenza, da sinistra a destra:',
  'compare.noChangeLine': 'nessuna variazione',
};
