import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle': '{count, plural, one {Storyboard, # vista} other {Storyboard, # viste}}',
  'handout.sourceNotDescribed': 'non descritta nel set di dati',
  'handout.kind': 'RouteShift · dispensa dello storyboard',
  'handout.readingGuide':
    'Ogni vista ha una pagina: la mappa come l’app la disegna per i mesi della vista, la sua didascalia, una legenda di ciò che la mappa mostra e le fonti della didascalia e dei dati della mappa. Le chiavi tra [parentesi quadre] rimandano all’elenco completo delle fonti alla fine.',
  'handout.untitledView': 'Vista senza titolo',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Indice',
  'handout.contentsMore': '… e altre {count}: ogni pagina indica la propria vista',
  'handout.viewsMade': '{count, plural, one {# vista} other {# viste}} · creazione: {made}',
  'handout.dataPeriod': 'Dati: {period}',
  'handout.marking': 'Dicitura: {marking}',
  'handout.notesIncluded': 'Le note del relatore sono incluse.',
  'handout.notesNotIncluded': 'Le note del relatore non sono incluse.',
  'handout.sourcesHeading': 'Fonti',
  'handout.continued': '{title} (continua)',
  'handout.licence': 'Licenza: {licence}',
  'handout.weakSource': 'Fonte debole.',
  'handout.sourcesIntro':
    '{count, plural, one {L’unica fonte} other {Tutte le # fonti}} dei dati di questa dispensa, come le elenca il pannello delle fonti dell’app. Le chiavi tra [parentesi quadre] nelle pagine delle viste e nelle note del relatore rimandano qui.',
  'handout.speakerNotes': 'Note del relatore',
  'handout.continuedNote': 'Didascalia e note del relatore continuano alla pagina successiva.',
  'handout.position': 'Vista {index} di {count}',
  'handout.periodAndPosition': '{period} · vista {index} di {count}',
  'handout.viewSources': 'Fonti: {sources}',
  'handout.furtherReports': '{count, plural, one {# altro rapporto} other {altri # rapporti}}',
  'handout.mapData': 'Dati della mappa: {parts}; tutte le fonti sono elencate alla fine di questa dispensa.',
  'handout.legend': 'Legenda',
  'handout.page': 'Pagina {page} di {pages}',
  'handout.subject': 'Dispensa dello storyboard',
  'handout.runningTitle': '{title} · {made}',
};
