import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Shtresat',
  'legend.flowAnimation': 'Animacioni i fluksit (grimca, më të dendura ku shifra është më e madhe)',
  'legend.label': 'Legjenda',
  'legend.landLeg': 'Pjesë tokësore',
  'legend.seaLeg': 'Pjesë detare',
  'legend.width':
    'Gjerësia: zbulimet e Frontex në atë muaj në rrugën dhe kufirin (tokësor ose detar) ku numërohet pjesa; e gjithë rruga, jo hisja e kësaj pjese (ose shifra e raportuar e vetë korridorit, siç thotë paneli i tij). Shkallë √, më e gjera = {widest}. Pa gjerësi: konteksti i rrugës.',
  'legend.routeContext': 'Konteksti i rrugës: asnjë kalim kufiri i numëruar në këtë pjesë, nuk vizatohet shifër',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Rrugët e tjera',
  'legend.crossingStatus': 'Pika e kalimit: {status}',
  'legend.hub': 'Nyje, kamp, zbarkim (bosh: vend i përafërt)',
  'legend.safeHouse': 'Shtëpi e sigurt — ilustruese',
  'legend.incident': 'Incident, madhësia sipas të vdekurve dhe të zhdukurve (IOM)',
  'legend.areas': 'Zonë (zonë kufitare, kamp, zonë operacioni, rreth): në muajt e saj; pa data në çdo muaj',
  'legend.bins':
    'Me zmadhim të vogël (nën zmadhimin {zoom}): incidentet grupohen sipas qelizës {degrees}° dhe muajit; sipërfaqja sipas numrit të incidenteve (qeliza më e plotë më e madhja). Zmadhoni për t’i parë një nga një.',
  'legend.candidatesToggle': 'Pika kalimi të mundshme, të nxjerra aty ku një segment kalon kufirin pa pikë kalimi në të dhëna brenda 25 km',
  'legend.candidatesList': 'Pika kalimi të mundshme',
  'legend.candidatesNone': 'Asnjë në të dhënat e shfaqura.',
  'legend.candidate': '{from} → {to} në {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'dhe {count} të tjera',
  'legend.candidatesCaveat': 'Nxjerrë nga vija të drejta mes vendeve: sugjerim për t’u verifikuar, jo pikë kalimi me burim.',
};
