import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Prikaz „{title}“ je obrisan.',
  'storyboard.undo': 'Opozovi',
  'storyboard.viewMoved': '„{title}“ premešten na poziciju {position} od {count}.',
  'storyboard.viewCaptured': 'Prikaz „{title}“ je snimljen: {count} u nizu prikaza.',
  'storyboard.captureView': 'Snimi prikaz',
  'storyboard.speakerButtonTitle': 'Prvo otvorite prozor za govornika, na svom ekranu: on prati prezentaciju',
  'storyboard.empty':
    'Još nema prikaza. Podesite mesec, slojeve i mapu onako kako želite da ih prikažete, zatim „Snimi prikaz“. Prikazi se prikazuju redom, daljinskim upravljačem ili tasterom PageDown.',
  'storyboard.listLabel': 'Prikazi niza prikaza (Alt+↑/↓ pomera izabrani prikaz)',
  'storyboard.untitledView': 'Prikaz bez naslova',
  'storyboard.copyTitle': '{title} (kopija)',
  'storyboard.editorLabel': 'Prikaz {position}: {title}',
  'storyboard.title': 'Naslov',
  'storyboard.caption': 'Opis (na slajdu)',
  'storyboard.notes': 'Beleške za govornika (samo u prozoru za govornika, nikad na slajdu)',
  'storyboard.show': 'Prikaži',
  'storyboard.updateFromMap': 'Ažuriraj prema mapi',
  'storyboard.updateFromMapTitle': 'Zameni kameru, vreme, slojeve, filtere i izbor mapom kakva je sada',
  'storyboard.presentFromHere': 'Prezentuj odavde',
  'storyboard.duplicate': 'Dupliraj',
  'storyboard.delete': 'Obriši',
  'storyboard.hideLegend': 'Tokom prezentacije sakrij',
  'storyboard.hideCaption': 'opis',
  'storyboard.hideBadge': 'poziciju (1 / 3)',
  'storyboard.hideMapLegend': 'legendu',
  'storyboard.briefingAlready': 'Niz prikaza je već ugrađeni brifing „{title}“.',
  'storyboard.presentBriefing': 'Prezentuj ugrađeni brifing: {title}',
  'storyboard.briefingButton': 'Ugrađeni brifing: {title}',
  'storyboard.briefingLoading': 'Učitavanje brifinga…',
  'storyboard.askLabel': 'Vaš niz prikaza već ima prikaze',
  'storyboard.askText':
    'Vaš niz prikaza ima {existing, plural, one {# prikaz} few {# prikaza} other {# prikaza}}. Da li da {count, plural, one {# prikaz} few {# prikaza} other {# prikaza}} brifinga zameni vaše (Opozovi vraća vaše) ili da se doda posle njih?',
  'storyboard.replace': 'Zameni',
  'storyboard.addAfter': 'Dodaj posle mojih',
  'storyboard.cancel': 'Otkaži',
  'storyboard.startLabel': 'Ugrađeni brifing',
  'storyboard.startText': 'Kako se ruta pomerala između Balkana i Sredozemlja, prikaz po prikaz, sa izvorima svake brojke.',
  'storyboard.briefingReplaced':
    'Otvoren je ugrađeni brifing „{title}“: {count, plural, one {njegov # prikaz zamenio je} few {njegova # prikaza zamenila su} other {njegovih # prikaza zamenilo je}} vaše prikaze ({before, number}) u nizu prikaza.',
  'storyboard.briefingAdded':
    'Ugrađeni brifing „{title}“: {count, plural, one {# prikaz dodat} few {# prikaza dodata} other {# prikaza dodato}} posle vaših prikaza ({before, number}).',
  'storyboard.errorNotLoaded': 'Ugrađeni brifing „{name}“ nije bilo moguće učitati ({file}: {reason}).',
  'storyboard.errorMissing':
    'Ugrađeni brifing „{name}“ nije u ovoj kopiji aplikacije RouteShift ({file}: HTTP {status}). Ponovo izgradite podatke komandom npm run build:data.',
  'storyboard.errorNotJson': 'Ugrađeni brifing „{name}“ nije bilo moguće otvoriti: {file} nije ispravan JSON.',
  'storyboard.errorInvalid': 'Ugrađeni brifing „{name}“ nije bilo moguće otvoriti: {file} nije ispravna priča. {problems}.',
  'storyboard.errorInvalidMore':
    'Ugrađeni brifing „{name}“ nije bilo moguće otvoriti: {file} nije ispravna priča. {problems} (i još {more, number}).',
};
