import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Pamja „{title}” u fshi.',
  'storyboard.undo': 'Zhbëj',
  'storyboard.viewMoved': '„{title}” u zhvendos në pozicionin {position} nga {count}.',
  'storyboard.viewCaptured': 'Pamja „{title}” u ruajt: {count} në skenar.',
  'storyboard.captureView': 'Ruaj pamjen',
  'storyboard.speakerButtonTitle': 'Hapni fillimisht dritaren e folësit, në ekranin tuaj: ajo ndjek prezantimin',
  'storyboard.empty':
    'Ende nuk ka pamje. Caktoni muajin, shtresat dhe hartën siç doni t’i shfaqni, pastaj „Ruaj pamjen”. Pamjet prezantohen me radhë me telekomandë ose me PageDown.',
  'storyboard.listLabel': 'Pamjet e skenarit (Alt+↑/↓ zhvendos pamjen e zgjedhur)',
  'storyboard.untitledView': 'Pamje pa titull',
  'storyboard.copyTitle': '{title} (kopje)',
  'storyboard.editorLabel': 'Pamja {position}: {title}',
  'storyboard.title': 'Titulli',
  'storyboard.caption': 'Përshkrimi (në diapozitiv)',
  'storyboard.notes': 'Shënimet e folësit (vetëm në dritaren e folësit, kurrë në diapozitiv)',
  'storyboard.show': 'Shfaq',
  'storyboard.updateFromMap': 'Përditëso nga harta',
  'storyboard.updateFromMapTitle': 'Zëvendëso kamerën, kohën, shtresat, filtrat dhe përzgjedhjen me hartën siç është tani',
  'storyboard.presentFromHere': 'Prezanto që këtu',
  'storyboard.duplicate': 'Dyfisho',
  'storyboard.delete': 'Fshi',
  'storyboard.hideLegend': 'Gjatë prezantimit, fshih',
  'storyboard.hideCaption': 'përshkrimin',
  'storyboard.hideBadge': 'pozicionin (1 / 3)',
  'storyboard.hideMapLegend': 'legjendën',
  'storyboard.briefingAlready': 'Skenari është tashmë informimi i integruar „{title}”.',
  'storyboard.presentBriefing': 'Prezanto informimin e integruar: {title}',
  'storyboard.briefingButton': 'Informimi i integruar: {title}',
  'storyboard.briefingLoading': 'Po ngarkohet informimi…',
  'storyboard.askLabel': 'Skenari juaj ka pamje',
  'storyboard.askText':
    'Skenari juaj ka {existing, plural, one {# pamje} other {# pamje}}. Informimi ka {count, plural, one {# pamje} other {# pamje}}: t’i vendos në vend të tuajave (Zhbëj i kthen tuajat) apo pas tyre?',
  'storyboard.replace': 'Zëvendëso',
  'storyboard.addAfter': 'Shto pas të miave',
  'storyboard.cancel': 'Anulo',
  'storyboard.startLabel': 'Informimi i integruar',
  'storyboard.startText': 'Si u zhvendos rruga mes Ballkanit dhe Mesdheut, pamje pas pamjeje, me burimet e çdo shifre.',
  'storyboard.briefingReplaced':
    'U hap informimi i integruar „{title}”: {count, plural, one {# pamja e tij zëvendësoi} other {# pamjet e tij zëvendësuan}} {before, number} pamjet tuaja në skenar.',
  'storyboard.briefingAdded':
    'Informimi i integruar „{title}”: {count, plural, one {# pamje u shtua} other {# pamje u shtuan}} pas {before, number} pamjeve tuaja.',
  'storyboard.errorNotLoaded': 'Informimi i integruar „{name}” nuk mund të ngarkohej ({file}: {reason}).',
  'storyboard.errorMissing':
    'Informimi i integruar „{name}” nuk gjendet në këtë kopje të RouteShift ({file}: HTTP {status}). Rindërtoni të dhënat me npm run build:data.',
  'storyboard.errorNotJson': 'Informimi i integruar „{name}” nuk mund të hapej: {file} nuk është JSON i vlefshëm.',
  'storyboard.errorInvalid': 'Informimi i integruar „{name}” nuk mund të hapej: {file} nuk është histori e vlefshme. {problems}.',
  'storyboard.errorInvalidMore':
    'Informimi i integruar „{name}” nuk mund të hapej: {file} nuk është histori e vlefshme. {problems} (dhe {more, number} të tjera).',
};
