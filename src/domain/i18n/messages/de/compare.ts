import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Veränderung zwischen zwei Monaten',
  'compare.stop': 'Vergleich beenden (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Vergleichen mit',
  'compare.previous': 'dem Vormonat',
  'compare.chosenMonth': 'einem gewählten Monat',
  'compare.monthInput': 'Vergleichsmonat',
  'compare.legend': 'Legende der Veränderungen',
  'compare.legendLine': '{label}: {count, plural, one {# Abschnitt} other {# Abschnitte}}',
  'compare.crossingChanges': 'Veränderungen an Grenzübergängen',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'nicht angezeigt',
  'compare.threshold': 'Gewachsen oder geschrumpft: Die Routenzahl hinter dem Abschnitt hat sich um mindestens {percent} % verändert (Frontex, gesamte Route).',
  'compare.byCountry': 'Nach Staat',
  'compare.byCorridor': 'Nach Korridor',
  'compare.noChange': 'Keine Veränderung.',
  'compare.leftMonth': 'Letzter Monat der linken Seite',
  'compare.closeSwipe': 'Ansicht nebeneinander schließen (V)',
  'compare.divider': 'Trennlinie zwischen {month} und dem angezeigten Zeitraum',
  'compare.difference': 'Unterschied, links → rechts:',
  'compare.noChangeLine': 'keine Veränderung',
};
