import type { AreaCatalogue } from '../area';
import type { timeline as english } from '../en/timeline';

export const timeline: AreaCatalogue<typeof english> = {
  'timeline.label': 'Časovnica',
  'timeline.windowSlider': 'Časovno okno',
  'timeline.windowStartThumb': 'Prvi mesec okna',
  'timeline.monthThumb': 'Mesec',
  'timeline.totalTitle': 'Vsota odkritij nezakonitih prehodov meje na vseh poteh Frontexa v mesecu',
  'timeline.total': 'Odkritja na vseh poteh: {count}',
  'timeline.sourceLine': 'Frontex, podatki FRAN, stanje 3. junija 2025',
  'timeline.pause': 'Premor (Space)',
  'timeline.play': 'Predvajaj (Space)',
  'timeline.speed': 'Hitrost',
  'timeline.speedLabel': 'Hitrost predvajanja, meseci na sekundo',
  'timeline.speedOption': '{speed} mes./s',
  'timeline.windowModes': 'Časovno okno',
  'timeline.modeMonth': 'Mesec',
  'timeline.modeMonthTitle': 'En mesec (W preklaplja)',
  'timeline.modeRange': 'Obdobje',
  'timeline.modeRangeTitle': 'Obdobje mesecev, ki se premika kot celota (W preklaplja)',
  'timeline.modeSince': 'Od',
  'timeline.modeSinceTitle': 'Vse od začetnega meseca (W preklaplja)',
  'timeline.trail': 'Sled',
  'timeline.trailTitle': 'Prejšnjih šest mesecev postopno zbledi (F)',
  'timeline.eventMarkers': 'Datirani dogodki ({count}): puščične tipke premikajo, Enter odpre',
  'timeline.eventMarker': '{date}: {title}',
  'timeline.eventEyebrow': '{date} · {kind}',
  'timeline.eventEyebrowStatus':
    '{date} · {kind} · {status, select, conflict {nasprotujoči si viri} weak {šibek} other {{status}}}',
  'timeline.closeEvent': 'Zapri dogodek',
};
