import type { AreaCatalogue } from '../area';
import type { storage as english } from '../en/storage';

export const storage: AreaCatalogue<typeof english> = {
  'storage.quota': 'Shfletuesi nuk ka më vend për të ruajtur hapësirën tuaj të punës. Hiqni një grup të dhënash që nuk ju duhet më, ose eksportoni një skedar projekti për të ruajtur punën tuaj, pastaj provoni përsëri.',
  'storage.unavailable': 'Ky shfletues nuk e lejon RouteShift të ruajë të dhëna (shfletim privat ose ruajtja e faqes e çaktivizuar), prandaj grupet tuaja të të dhënave do të humbasin kur ta mbyllni skedën. Eksportoni një skedar projekti për të ruajtur punën tuaj.',
  'storage.failed': '{action, select, open {Hapësira e ruajtur e punës nuk mund të hapej: {detail}.} read {Hapësira e ruajtur e punës nuk mund të lexohej: {detail}.} saveSettings {Cilësimet nuk mund të ruheshin: {detail}.} saveDataset {Grupi i të dhënave „{name}” nuk mund të ruhej: {detail}.} saveDatasets {{count, plural, one {# grup të dhënash nuk mund të ruhej} other {# grupe të dhënash nuk mund të ruheshin}}: {detail}.} removeDataset {Grupi i të dhënave nuk mund të hiqej: {detail}.} saveWorkspace {Hapësira e punës nuk mund të ruhej: {detail}.} other {Hapësira e ruajtur e punës nuk mund të zbrazej: {detail}.}}',
  'storage.unknownError': 'gabim i panjohur ruajtjeje',
};
