import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Παρουσίαση, προβολή {position} / {count}',
  'presenter.exit': 'Έξοδος από την παρουσίαση (Esc)',
  'presenter.blanked': 'Η οθόνη είναι κενή· πατήστε B για να εμφανιστεί ξανά',
  'presenter.sources': 'Πηγές: ',
  'presenter.legend': 'Υπόμνημα',
  'presenter.fullscreenLeft':
    'Το πρόγραμμα περιήγησης βγήκε από την πλήρη οθόνη για να ανοίξει το παράθυρο ομιλητή. Πατήστε F εδώ για να παρουσιάσετε ξανά σε πλήρη οθόνη.',
};
