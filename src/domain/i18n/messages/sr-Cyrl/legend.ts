import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Слојеви',
  'legend.flowAnimation': 'Анимација тока (честице, гушће где је бројка већа)',
  'legend.label': 'Легенда',
  'legend.landLeg': 'Копнени део',
  'legend.seaLeg': 'Морски део',
  'legend.width':
    'Ширина: откривања (Frontex) у том месецу на рути и граници (копненој или морској) на којој се овај део броји; цела рута, не удео овог дела (или сопствена пријављена бројка коридора, како наводи његов панел). Скала √, најшире = {widest}. Без ширине: контекст руте.',
  'legend.routeContext': 'Контекст руте: на овом делу се не броји прелазак границе, бројка се не исцртава',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Остале руте',
  'legend.crossingStatus': 'Прелаз: {status}',
  'legend.hub': 'Чвориште, камп, искрцавање (шупље: приближно место)',
  'legend.safeHouse': 'Сигурна кућа — илустративно',
  'legend.incident': 'Инцидент, величина према броју мртвих и несталих (IOM)',
  'legend.areas': 'Област (гранична зона, камп, област операције, округ): у својим месецима; без датума у сваком месецу',
  'legend.bins':
    'Умањено (испод нивоа зумирања {zoom}): инциденти груписани по ћелији од {degrees}° и по месецу; површина према броју инцидената (најпунија ћелија је највећа). Увећајте да бисте видели сваки појединачно.',
  'legend.candidatesToggle': 'Могући прелази, изведени тамо где сегмент прелази границу, а у подацима нема прелаза у кругу од 25 km',
  'legend.candidatesList': 'Могући прелази',
  'legend.candidatesNone': 'Нема их у приказаним подацима.',
  'legend.candidate': '{from} → {to} код {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'и још {count}',
  'legend.candidatesCaveat': 'Изведено из правих линија између места: предлог за проверу, не прелаз потврђен извором.',
};
