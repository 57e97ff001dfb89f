/**
 * The built-in demo's corridor names, by corridor id (public/data/demo.json, from
 * data/sources/routes/corridors.csv), and for the route-level flows their short map label. The
 * English names are exactly the data's (tests/unit/demo-corridor-names.test.ts: a renamed corridor
 * fails) and the English labels exactly what routeLabelName makes of them, so the English map is
 * unchanged. The demo is renamed in the store (src/data/demo-corridor-names.ts); a user dataset's
 * names are never touched. Translate only the name: never a figure, a year or a period.
 */
export const demoCorridors = {
  'demoCorridors.name.A': 'Aegean islands – Balkans – Hungary – Austria (summer 2015)',
  'demoCorridors.name.B': 'Serbia – Croatia – Hungary after the Serbia–Hungary closure',
  'demoCorridors.name.C1': 'Serbia – Croatia – Slovenia via Berkasovo–Bapska',
  'demoCorridors.name.C2': 'Serbia – Croatia – Slovenia via the Slavonski Brod train',
  'demoCorridors.name.D1': 'Adriatic route: Greece – Albania – Montenegro – BiH – Croatia',
  'demoCorridors.name.D2': 'Bulgaria – Serbia (2016–2017)',
  'demoCorridors.name.D3': 'Smuggling via Serbia – Hungary (2016–2017)',
  'demoCorridors.name.E1': 'Bosnia route via Albania and Montenegro (2018–2021)',
  'demoCorridors.name.E2': 'Bosnia route via North Macedonia, Serbia and the Drina (2018–2021)',
  'demoCorridors.name.F1': 'Corridor 10 and northern Serbia to Hungary (2019–2024)',
  'demoCorridors.name.F2': 'Serbia – Romania (Oct 2020–2021)',
  'demoCorridors.name.G': 'Albania – Kosovo – Serbia via Morina (2021)',
  'demoCorridors.name.H': 'Kosovo – Slovenia smuggling network (c. 2017–2018)',
  'demoCorridors.name.I1': 'Evros land route: Turkey – Greece',
  'demoCorridors.name.I2': 'Turkey – Bulgaria – Serbia',
  'demoCorridors.name.J1': 'Libya – Lampedusa / Sicily',
  'demoCorridors.name.J2': 'Tunisia – Lampedusa / Sicily',
  'demoCorridors.name.A0': 'Aegean – Macedonia – Serbia trunk to Šid (Oct 2015 – Mar 2016)',
  'demoCorridors.name.FX-WB': 'Western Balkan Route, land borders (route-level flow)',
  'demoCorridors.name.FX-EMS': 'Eastern Mediterranean Route, sea borders (route-level flow)',
  'demoCorridors.name.FX-EML': 'Eastern Mediterranean Route, land borders (route-level flow)',
  'demoCorridors.name.FX-CM': 'Central Mediterranean Route, sea borders (route-level flow)',
  'demoCorridors.name.FX-WMS': 'Western Mediterranean Route, sea borders (route-level flow)',
  'demoCorridors.name.FX-WML': 'Western Mediterranean Route, land borders (route-level flow)',
  'demoCorridors.name.FX-WA': 'Western African Route (route-level flow)',
  'demoCorridors.name.FX-CIRC': 'Circular Route from Albania to Greece (route-level flow)',
  'demoCorridors.name.FX-EAST': 'Eastern Borders Route (route-level flow)',
  'demoCorridors.name.FX-BLACK': 'Black Sea Route (route-level flow)',
  'demoCorridors.label.FX-WB': 'W. Balkans, land',
  'demoCorridors.label.FX-EMS': 'E. Med, sea',
  'demoCorridors.label.FX-EML': 'E. Med, land',
  'demoCorridors.label.FX-CM': 'C. Med, sea',
  'demoCorridors.label.FX-WMS': 'W. Med, sea',
  'demoCorridors.label.FX-WML': 'W. Med, land',
  'demoCorridors.label.FX-WA': 'W. Africa',
  'demoCorridors.label.FX-CIRC': 'Albania–Greece',
  'demoCorridors.label.FX-EAST': 'E. Borders',
  'demoCorridors.label.FX-BLACK': 'Black Sea',
} as const;
