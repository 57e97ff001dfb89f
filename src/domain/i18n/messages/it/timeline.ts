import type { AreaCatalogue } from '../area';
import type { timeline as english } from '../en/timeline';

/** Apostrophes are typographic (’): an ASCII ' before { or # would open an ICU quote. */
export const timeline: AreaCatalogue<typeof english> = {
  'timeline.label': 'Linea del tempo',
  'timeline.windowSlider': 'Finestra temporale',
  'timeline.windowStartThumb': 'Primo mese della finestra',
  'timeline.monthThumb': 'Mese',
  'timeline.totalTitle': 'Somma dei rilevamenti di attraversamenti illegali della frontiera di tutte le rotte Frontex nel mese',
  'timeline.total': '{count} rilevamenti, tutte le rotte',
  'timeline.sourceLine': 'Frontex, dati FRAN aggiornati al 3 giugno 2025',
  'timeline.pause': 'Pausa (Space)',
  'timeline.play': 'Riproduci (Space)',
  'timeline.speed': 'Velocità',
  'timeline.speedLabel': 'Velocità di riproduzione, mesi al secondo',
  'timeline.speedOption': '{speed} mesi/s',
  'timeline.windowModes': 'Finestra temporale',
  'timeline.modeMonth': 'Mese',
  'timeline.modeMonthTitle': 'Un mese (W per cambiare)',
  'timeline.modeRange': 'Intervallo',
  'timeline.modeRangeTitle': 'Un intervallo di mesi che si sposta in blocco (W per cambiare)',
  'timeline.modeSince': 'Da',
  'timeline.modeSinceTitle': 'Tutto a partire da un mese iniziale (W per cambiare)',
  'timeline.trail': 'Scia',
  'timeline.trailTitle': 'Sfuma i sei mesi precedenti (F)',
  'timeline.eventMarkers': 'Eventi datati ({count}): i tasti freccia spostano, Enter apre',
  'timeline.eventMarker': '{date}: {title}',
  'timeline.eventEyebrow': '{date} · {kind}',
  'timeline.eventEyebrowStatus': '{date} · {kind} · {status, select, conflict {contraddittorio} weak {debole} other {{status}}}',
  'timeline.closeEvent': 'Chiudi l’evento',
};
