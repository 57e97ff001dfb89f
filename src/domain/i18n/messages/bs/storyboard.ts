import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Prikaz „{title}” izbrisan.',
  'storyboard.undo': 'Poništi',
  'storyboard.viewMoved': '„{title}” premješten na poziciju {position} od {count}.',
  'storyboard.viewCaptured': 'Prikaz „{title}” snimljen: {count} u nizu prikaza.',
  'storyboard.captureView': 'Snimi prikaz',
  'storyboard.speakerButtonTitle': 'Prvo otvorite prozor za govornika, na vlastitom ekranu: on prati prezentaciju',
  'storyboard.empty':
    'Još nema prikaza. Podesite mjesec, slojeve i kartu onako kako ih želite prikazati, zatim „Snimi prikaz”. Prikazi se prezentiraju redom, daljinskim upravljačem ili tipkom PageDown.',
  'storyboard.listLabel': 'Prikazi niza prikaza (Alt+↑/↓ pomjera označeni prikaz)',
  'storyboard.untitledView': 'Prikaz bez naslova',
  'storyboard.copyTitle': '{title} (kopija)',
  'storyboard.editorLabel': 'Prikaz {position}: {title}',
  'storyboard.title': 'Naslov',
  'storyboard.caption': 'Opis (na slajdu)',
  'storyboard.notes': 'Bilješke za govornika (samo u prozoru za govornika, nikada na slajdu)',
  'storyboard.show': 'Prikaži',
  'storyboard.updateFromMap': 'Ažuriraj s karte',
  'storyboard.updateFromMapTitle': 'Zamijeni kameru, vrijeme, slojeve, filtere i odabir trenutnim stanjem karte',
  'storyboard.presentFromHere': 'Prezentiraj odavde',
  'storyboard.duplicate': 'Dupliciraj',
  'storyboard.delete': 'Izbriši',
  'storyboard.hideLegend': 'Tokom prezentacije sakrij',
  'storyboard.hideCaption': 'opis',
  'storyboard.hideBadge': 'poziciju (1 / 3)',
  'storyboard.hideMapLegend': 'legendu',
  'storyboard.briefingAlready': 'Niz prikaza je već ugrađeni brifing „{title}”.',
  'storyboard.presentBriefing': 'Prezentiraj ugrađeni brifing: {title}',
  'storyboard.briefingButton': 'Ugrađeni brifing: {title}',
  'storyboard.briefingLoading': 'Učitavanje brifinga…',
  'storyboard.askLabel': 'Vaš niz prikaza ima prikaze',
  'storyboard.askText':
    'Vaš niz prikaza ima {existing, plural, one {# prikaz} few {# prikaza} other {# prikaza}}. Staviti {count, plural, one {# prikaz} few {# prikaza} other {# prikaza}} brifinga na njihovo mjesto (Poništi vraća vaše) ili iza njih?',
  'storyboard.replace': 'Zamijeni',
  'storyboard.addAfter': 'Dodaj iza mojih',
  'storyboard.cancel': 'Otkaži',
  'storyboard.startLabel': 'Ugrađeni brifing',
  'storyboard.startText': 'Kako se ruta pomjerala između Balkana i Mediterana, prikaz po prikaz, s izvorima svakog podatka.',
  'storyboard.briefingReplaced':
    'Otvoren ugrađeni brifing „{title}”: {count, plural, one {njegov # prikaz zamijenio je} few {njegova # prikaza zamijenila su} other {njegovih # prikaza zamijenilo je}} vaše prikaze ({before, number}) u nizu prikaza.',
  'storyboard.briefingAdded':
    'Ugrađeni brifing „{title}”: {count, plural, one {# prikaz dodan} few {# prikaza dodana} other {# prikaza dodano}} iza vaših prikaza ({before, number}).',
  'storyboard.errorNotLoaded': 'Ugrađeni brifing „{name}” nije bilo moguće učitati ({file}: {reason}).',
  'storyboard.errorMissing':
    'Ugrađeni brifing „{name}” nije u ovoj kopiji RouteShifta ({file}: HTTP {status}). Ponovo izgradite podatke naredbom npm run build:data.',
  'storyboard.errorNotJson': 'Ugrađeni brifing „{name}” nije bilo moguće otvoriti: {file} nije ispravan JSON.',
  'storyboard.errorInvalid': 'Ugrađeni brifing „{name}” nije bilo moguće otvoriti: {file} nije ispravna priča. {problems}.',
  'storyboard.errorInvalidMore':
    'Ugrađeni brifing „{name}” nije bilo moguće otvoriti: {file} nije ispravna priča. {problems} (i još {more, number}).',
};
