import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Prizor »{title}« izbrisan.',
  'storyboard.undo': 'Razveljavi',
  'storyboard.viewMoved': '»{title}« premaknjen na mesto {position} od {count}.',
  'storyboard.viewCaptured': 'Prizor »{title}« zajet; število prizorov v zaporedju: {count}.',
  'storyboard.captureView': 'Zajemi prizor',
  'storyboard.speakerButtonTitle': 'Najprej odprite okno za govorca na svojem zaslonu: sledi predstavitvi',
  'storyboard.empty':
    'Prizorov še ni. Nastavite mesec, sloje in karto, kot jih želite prikazati, nato izberite »Zajemi prizor«. Prizori se predstavijo po vrsti z upravljalnikom ali tipko PageDown.',
  'storyboard.listLabel': 'Prizori zaporedja (Alt+↑/↓ premakne izbrani prizor)',
  'storyboard.untitledView': 'Prizor brez naslova',
  'storyboard.copyTitle': '{title} (kopija)',
  'storyboard.editorLabel': 'Prizor {position}: {title}',
  'storyboard.title': 'Naslov',
  'storyboard.caption': 'Opis (na prosojnici)',
  'storyboard.notes': 'Opombe za govorca (samo v oknu za govorca, nikoli na prosojnici)',
  'storyboard.show': 'Prikaži',
  'storyboard.updateFromMap': 'Posodobi s karte',
  'storyboard.updateFromMapTitle': 'Zamenjaj pogled, čas, sloje, filtre in izbor s trenutnim stanjem karte',
  'storyboard.presentFromHere': 'Predstavi od tu',
  'storyboard.duplicate': 'Podvoji',
  'storyboard.delete': 'Izbriši',
  'storyboard.hideLegend': 'Med predstavitvijo skrij',
  'storyboard.hideCaption': 'opis',
  'storyboard.hideBadge': 'položaj (1 / 3)',
  'storyboard.hideMapLegend': 'legendo',
  'storyboard.briefingAlready': 'Zaporedje prizorov je že vgrajeni brifing »{title}«.',
  'storyboard.presentBriefing': 'Predstavi vgrajeni brifing: {title}',
  'storyboard.briefingButton': 'Vgrajeni brifing: {title}',
  'storyboard.briefingLoading': 'Nalagam brifing…',
  'storyboard.askLabel': 'Vaše zaporedje ima prizore',
  'storyboard.askText':
    'Vaše zaporedje že ima prizore ({existing, plural, one {# prizor} two {# prizora} few {# prizori} other {# prizorov}}). Naj prizori brifinga ({count, plural, one {# prizor} two {# prizora} few {# prizori} other {# prizorov}}) zamenjajo vaše (Razveljavi vrne vaše) ali naj se dodajo za njimi?',
  'storyboard.replace': 'Zamenjaj',
  'storyboard.addAfter': 'Dodaj za mojimi',
  'storyboard.cancel': 'Prekliči',
  'storyboard.startLabel': 'Vgrajeni brifing',
  'storyboard.startText': 'Kako se je pot premikala med Balkanom in Sredozemljem, prizor za prizorom, z viri vsake številke.',
  'storyboard.briefingReplaced':
    'Vgrajeni brifing »{title}« odprt: njegovi prizori ({count, plural, one {# prizor} two {# prizora} few {# prizori} other {# prizorov}}) so zamenjali vaše ({before, number}) v zaporedju.',
  'storyboard.briefingAdded':
    'Vgrajeni brifing »{title}«: za vašimi prizori ({before, number}) {count, plural, one {je dodan # prizor} two {sta dodana # prizora} few {so dodani # prizori} other {je dodanih # prizorov}}.',
  'storyboard.errorNotLoaded': 'Vgrajenega brifinga »{name}« ni bilo mogoče naložiti ({file}: {reason}).',
  'storyboard.errorMissing':
    'Vgrajenega brifinga »{name}« ni v tej kopiji aplikacije RouteShift ({file}: HTTP {status}). Podatke znova zgradite z ukazom npm run build:data.',
  'storyboard.errorNotJson': 'Vgrajenega brifinga »{name}« ni bilo mogoče odpreti: {file} ni veljaven JSON.',
  'storyboard.errorInvalid': 'Vgrajenega brifinga »{name}« ni bilo mogoče odpreti: {file} ni veljavna zgodba. {problems}.',
  'storyboard.errorInvalidMore':
    'Vgrajenega brifinga »{name}« ni bilo mogoče odpreti: {file} ni veljavna zgodba. {problems} (in še {more, number}).',
};
