import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Prikaz „{title}” izbrisan.',
  'storyboard.undo': 'Poništi',
  'storyboard.viewMoved': '„{title}” premješten na mjesto {position} od {count}.',
  'storyboard.viewCaptured': 'Prikaz „{title}” snimljen; broj prikaza u slijedu: {count}.',
  'storyboard.captureView': 'Snimi prikaz',
  'storyboard.speakerButtonTitle': 'Najprije otvorite prozor za govornika na svojem zaslonu: on prati prezentaciju',
  'storyboard.empty':
    'Još nema prikaza. Postavite mjesec, slojeve i kartu kako ih želite prikazati, zatim odaberite „Snimi prikaz”. Prikazi se prezentiraju redom daljinskim upravljačem ili tipkom PageDown.',
  'storyboard.listLabel': 'Prikazi slijeda (Alt+↑/↓ premješta odabrani prikaz)',
  'storyboard.untitledView': 'Prikaz bez naslova',
  'storyboard.copyTitle': '{title} (kopija)',
  'storyboard.editorLabel': 'Prikaz {position}: {title}',
  'storyboard.title': 'Naslov',
  'storyboard.caption': 'Opis (na slajdu)',
  'storyboard.notes': 'Bilješke za govornika (samo u prozoru za govornika, nikad na slajdu)',
  'storyboard.show': 'Prikaži',
  'storyboard.updateFromMap': 'Ažuriraj s karte',
  'storyboard.updateFromMapTitle': 'Zamijeni pogled, vrijeme, slojeve, filtre i odabir trenutačnim stanjem karte',
  'storyboard.presentFromHere': 'Prezentiraj odavde',
  'storyboard.duplicate': 'Udvostruči',
  'storyboard.delete': 'Izbriši',
  'storyboard.hideLegend': 'Tijekom prezentacije sakrij',
  'storyboard.hideCaption': 'opis',
  'storyboard.hideBadge': 'položaj (1 / 3)',
  'storyboard.hideMapLegend': 'legendu',
  'storyboard.briefingAlready': 'Slijed prikaza već je ugrađeni brifing „{title}”.',
  'storyboard.presentBriefing': 'Prezentiraj ugrađeni brifing: {title}',
  'storyboard.briefingButton': 'Ugrađeni brifing: {title}',
  'storyboard.briefingLoading': 'Učitavanje brifinga…',
  'storyboard.askLabel': 'Vaš slijed ima prikaze',
  'storyboard.askText':
    'Vaš slijed prikaza ima {existing, plural, one {# prikaz} few {# prikaza} other {# prikaza}}. Staviti {count, plural, one {# prikaz} few {# prikaza} other {# prikaza}} brifinga na njihovo mjesto (Poništi vraća vaše) ili iza njih?',
  'storyboard.replace': 'Zamijeni',
  'storyboard.addAfter': 'Dodaj iza mojih',
  'storyboard.cancel': 'Odustani',
  'storyboard.startLabel': 'Ugrađeni brifing',
  'storyboard.startText': 'Kako se ruta pomicala između Balkana i Sredozemlja, prikaz po prikaz, s izvorima svakog broja.',
  'storyboard.briefingReplaced':
    'Otvoren ugrađeni brifing „{title}”: njegovi prikazi ({count, plural, one {# prikaz} few {# prikaza} other {# prikaza}}) zamijenili su vaše ({before, number}) u slijedu.',
  'storyboard.briefingAdded':
    'Ugrađeni brifing „{title}”: iza vaših prikaza ({before, number}) {count, plural, one {dodan je # prikaz} few {dodana su # prikaza} other {dodano je # prikaza}}.',
  'storyboard.errorNotLoaded': 'Ugrađeni brifing „{name}” nije bilo moguće učitati ({file}: {reason}).',
  'storyboard.errorMissing':
    'Ugrađeni brifing „{name}” ne postoji u ovoj kopiji aplikacije RouteShift ({file}: HTTP {status}). Ponovno izgradite podatke naredbom npm run build:data.',
  'storyboard.errorNotJson': 'Ugrađeni brifing „{name}” nije bilo moguće otvoriti: {file} nije valjan JSON.',
  'storyboard.errorInvalid': 'Ugrađeni brifing „{name}” nije bilo moguće otvoriti: {file} nije valjana priča. {problems}.',
  'storyboard.errorInvalidMore':
    'Ugrađeni brifing „{name}” nije bilo moguće otvoriti: {file} nije valjana priča. {problems} (i još {more, number}).',
};
