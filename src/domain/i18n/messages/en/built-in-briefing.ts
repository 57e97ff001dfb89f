/**
 * The built-in briefing "How the route shifted" (public/data/stories/how-the-route-shifted.json): its
 * title, description and each view's title, caption and notes, by view id. The English texts are
 * exactly the file's (tests/unit/built-in-briefing-i18n.test.ts: a changed figure fails until the
 * catalogues follow). Opening the briefing gives its views these texts in the active language
 * (src/features/storyboard/open-built-in-story.ts); a text whose English no longer equals the file's
 * stays as the file has it. Translate words only: every figure, date and year is the same fact, in
 * the language's own number grouping. No ICU arguments; an apostrophe before a brace would need doubling.
 */
export const builtInBriefing = {
  'builtInBriefing.title': "How the route shifted",
  'builtInBriefing.description': "A built-in briefing from summer 2015 to 2023: the Balkan route month by month, and the Mediterranean routes in the same months. Figures in the captions are filled in from the data when the data is built; each view lists its sources.",
  'builtInBriefing.how-the-route-shifted-1.title': "Summer 2015: through Hungary",
  'builtInBriefing.how-the-route-shifted-1.caption': "August 2015. People cross from Turkey to the Greek islands (110,039 Frontex detections on the Eastern Mediterranean sea border), then walk and ride through North Macedonia and Serbia into Hungary: 52,973 detections on the Western Balkan route. Macedonia sealed its southern border on 19/20 August and reopened it on 22 August.",
  'builtInBriefing.how-the-route-shifted-1.notes': "Width shows the Frontex figure where Frontex counts the crossing: the sea leg on the Eastern Mediterranean route, the legs through North Macedonia and Serbia on the Western Balkan route (counted on entry into Hungary). Legs inside Greece, Hungary and Austria are drawn thin: Frontex counts nothing there.",
  'builtInBriefing.how-the-route-shifted-2.title': "15 September 2015: Hungary seals its border with Serbia",
  'builtInBriefing.how-the-route-shifted-2.caption': "Hungary closes the razor-wire fence on 15 September. From the 16th, buses take people from Preševo to Šid and the route turns west into Croatia at Tovarnik. September: 141,207 Western Balkan detections, 147,750 on the Eastern Mediterranean sea border.",
  'builtInBriefing.how-the-route-shifted-2.notes': "Both routes appear in September: through Hungary to the 14th, through Croatia from the 16th. Croatia closed 7 of its 8 road crossings with Serbia on 17 September.",
  'builtInBriefing.how-the-route-shifted-3.title': "Via Croatia to Hungary and Austria",
  'builtInBriefing.how-the-route-shifted-3.caption': "From mid-September Croatia moves people from Tovarnik to the new Opatovac camp and takes them by train to Botovo on the Hungarian border; they walk into Hungary and go on to Austria. About 130,000 people pass this way until Hungary closes its Croatian border at midnight on 16/17 October.",
  'builtInBriefing.how-the-route-shifted-3.notes': "The legs inside Croatia, Hungary and Austria are route context: the Western Balkan figure is counted where people enter Croatia from Serbia.",
  'builtInBriefing.how-the-route-shifted-4.title': "From 17 October 2015: via Slovenia",
  'builtInBriefing.how-the-route-shifted-4.caption': "With Hungary's Croatian border closed, Croatia sends people on to Slovenia: trains unload near Rigonce, people register at Dobova and Brežice and go on to Šentilj–Spielfeld and Austria. October: 205,703 Western Balkan detections, the peak month; 214,811 on the Eastern Mediterranean sea border.",
  'builtInBriefing.how-the-route-shifted-4.notes': "About 85,000 people entered Slovenia in ten days in late October 2015 (R27, R28).",
  'builtInBriefing.how-the-route-shifted-5.title': "From late November 2015: only Syrians, Iraqis and Afghans",
  'builtInBriefing.how-the-route-shifted-5.caption': "After the Paris attacks, Macedonia, Serbia, Croatia and Slovenia let through only Syrians, Iraqis and Afghans (from about 18–21 November); people protest at Idomeni. December: 97,200 Western Balkan detections, 110,873 on the Eastern Mediterranean sea border.",
  'builtInBriefing.how-the-route-shifted-5.notes': "The crossings on the corridor are shown as restricted: open for some nationalities only. Macedonia began a razor-wire fence on the Greek border in November 2015.",
  'builtInBriefing.how-the-route-shifted-6.title': "March 2016: the corridor closes",
  'builtInBriefing.how-the-route-shifted-6.caption': "On 9 March 2016 Slovenia, Croatia, Serbia and Macedonia stop all transit; from 20 March new arrivals on the Greek islands are to be returned to Turkey. Western Balkan detections fall from 67,000 in January to 3,937 in April; Eastern Mediterranean sea detections from 67,415 to 3,672.",
  'builtInBriefing.how-the-route-shifted-6.notes': "The crossings are closed for transit from 9 March 2016; where no source says when that ended, they are drawn as 'end unknown'. Idomeni's camp, 12,000–14,000 people in March, was cleared on 24–26 May 2016.",
  'builtInBriefing.how-the-route-shifted-7.title': "2018: the Bosnia route",
  'builtInBriefing.how-the-route-shifted-7.caption': "From late 2017 people go from Greece through Albania and Montenegro, or through North Macedonia and Serbia across the Drina, to Bosnia and Herzegovina, and from Bihać and Velika Kladuša into Croatia. June 2018: 273 Western Balkan detections; more than 23,500 arrivals in Bosnia and Herzegovina in 2018.",
  'builtInBriefing.how-the-route-shifted-7.notes': "Bihać is the main staging area for 'the game', the attempts to cross into Croatia; those crossings are irregular, across the green border.",
  'builtInBriefing.how-the-route-shifted-8.title': "March 2018: the Kosovo → Slovenia network",
  'builtInBriefing.how-the-route-shifted-8.caption': "On 21 March 2018 a Slovenian-led operation with Kosovo Police, EULEX and Europol arrests 12 smugglers. The group had moved about 300 people a month from Kosovo to Slovenia along the Balkan route, using safe houses, at €2,500–3,000 each.",
  'builtInBriefing.how-the-route-shifted-8.notes': "The path drawn is a plausible road path through the places the sources name or imply, marked approximate; the safe houses are illustrative, at locality level. The line's width is the network's own reported figure, not a Frontex total.",
  'builtInBriefing.how-the-route-shifted-9.title': "Autumn 2020: Serbia → Romania",
  'builtInBriefing.how-the-route-shifted-9.caption': "From October 2020 more people cross from Serbia into Romania, waiting at Majdan and Kikinda and ending up around Timișoara. November 2020: 3,195 Western Balkan detections.",
  'builtInBriefing.how-the-route-shifted-9.notes': "Timișoara border police stopped about 75,000 people in 2021, fewer than half that in 2020 (R96).",
  'builtInBriefing.how-the-route-shifted-10.title': "2022–2023: northern Serbia",
  'builtInBriefing.how-the-route-shifted-10.caption': "Smuggling concentrates on Serbia's border with Hungary around Subotica and Horgoš, with shootouts in November 2022 and October 2023. November 2022: 11,228 Western Balkan detections; in 2022 the route had 144,118 in all.",
  'builtInBriefing.how-the-route-shifted-10.notes': "After the shooting near Horgoš on 28 October 2023 Serbian police found 738 people in forests near Subotica; crossing into Hungary cost €2,350 (R111).",
  'builtInBriefing.how-the-route-shifted-11.title': "October 2015: the Mediterranean and the Balkans",
  'builtInBriefing.how-the-route-shifted-11.caption': "In October 2015 the Eastern Mediterranean sea border (214,811 detections) and the Western Balkan route (205,703) dwarf the Central Mediterranean (8,916) and the Western Mediterranean sea route (1,113).",
  'builtInBriefing.how-the-route-shifted-11.notes': "Route-level flows are schematic: an arc from each route's usual departure area to its arrival area, its width the month's Frontex figure on the same scale as the corridors. The same people are often counted twice: on the Greek islands and again on the Western Balkan route.",
  'builtInBriefing.how-the-route-shifted-12.title': "October 2018: the Western Mediterranean leads",
  'builtInBriefing.how-the-route-shifted-12.caption': "Three years later the Western Mediterranean sea route is the largest: 9,301 detections in October 2018, against 4,301 on the Eastern Mediterranean sea border, 2,481 on its land border, 1,040 in the Central Mediterranean and 520 on the Western Balkan route.",
  'builtInBriefing.how-the-route-shifted-12.notes': "Arrivals from Libya fell after the Italy–Libya memorandum of February 2017 (R56, R57).",
  'builtInBriefing.how-the-route-shifted-13.title': "September 2023: the Central Mediterranean",
  'builtInBriefing.how-the-route-shifted-13.caption': "In September 2023 about 7,000 people are in the Lampedusa hotspot (14 September). Central Mediterranean: 19,209 detections; Western Balkans 16,642; Eastern Mediterranean sea 11,904; Western African 3,830.",
  'builtInBriefing.how-the-route-shifted-13.notes': "Sfax in Tunisia is the main departure point (EU–Tunisia memorandum of 16 July 2023, R115).",
};
