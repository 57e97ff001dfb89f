import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle': '{count, plural, one {Skenar, # pamje} other {Skenar, # pamje}}',
  'handout.sourceNotDescribed': 'nuk përshkruhet në grupin e të dhënave',
  'handout.kind': 'RouteShift · material shpërndarës i skenarit',
  'handout.readingGuide':
    'Çdo pamje ka një faqe: hartën siç e vizaton aplikacioni për muajt e pamjes, përshkrimin e saj, një legjendë të asaj që tregon harta dhe burimet e përshkrimit dhe të të dhënave të hartës. Çelësat në [kllapa] i referohen listës së plotë të burimeve në fund.',
  'handout.untitledView': 'Pamje pa titull',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Përmbajtja',
  'handout.contentsMore': '… dhe {count} të tjera: çdo faqe e emërton pamjen e saj',
  'handout.viewsMade': '{count, plural, one {# pamje} other {# pamje}} · krijuar më {made}',
  'handout.dataPeriod': 'Të dhënat: {period}',
  'handout.marking': 'Shënim klasifikimi: {marking}',
  'handout.notesIncluded': 'Shënimet e folësit janë përfshirë.',
  'handout.notesNotIncluded': 'Shënimet e folësit nuk janë përfshirë.',
  'handout.sourcesHeading': 'Burimet',
  'handout.continued': '{title} (vazhdim)',
  'handout.licence': 'Licenca: {licence}',
  'handout.weakSource': 'Burim i dobët.',
  'handout.sourcesIntro':
    '{count, plural, one {Burimi i vetëm} other {Të gjitha # burimet}} e të dhënave në këtë material, siç i liston paneli i burimeve i aplikacionit. Çelësat në [kllapa] në faqet e pamjeve dhe në shënimet e folësit i referohen kësaj liste.',
  'handout.speakerNotes': 'Shënimet e folësit',
  'handout.continuedNote': 'Përshkrimi dhe shënimet e folësit vazhdojnë në faqen tjetër.',
  'handout.position': 'Pamja {index} nga {count}',
  'handout.periodAndPosition': '{period} · pamja {index} nga {count}',
  'handout.viewSources': 'Burimet: {sources}',
  'handout.furtherReports': '{count, plural, one {# raport tjetër} other {# raporte të tjera}}',
  'handout.mapData': 'Të dhënat e hartës: {parts}; çdo burim është i listuar në fund të këtij materiali.',
  'handout.legend': 'Legjenda',
  'handout.page': 'Faqja {page} nga {pages}',
  'handout.subject': 'Material shpërndarës i skenarit',
  'handout.runningTitle': '{title} · {made}',
};
