import type { MonthKey } from '../../domain/month';
import { formatWindow } from '../../domain/time-window';
import type { Dataset } from '../../domain/types';
import { leftWindow } from '../../map/layers/swipe';
import { selectChange } from '../../state/select-change';
import { selectTimeWindow } from '../../state/slices/time-slice';
import { useAppStore } from '../../state/store';
import { SwipeDivider } from './SwipeDivider';

/** Two periods side by side: labels, divider and the difference, when the swipe is on. */
export function SwipeView({ dataset }: { dataset: Dataset }) {
  const swipeMonth = useAppStore((s) => s.swipeMonth);
  // The month is read only while the swipe is on: otherwise a month step does not re-render this.
  return swipeMonth ? <SwipeAtMonth dataset={dataset} swipeMonth={swipeMonth} /> : null;
}

function SwipeAtMonth({ dataset, swipeMonth }: { dataset: Dataset; swipeMonth: MonthKey }) {
  const windowMode = useAppStore((s) => s.windowMode);
  const windowStart = useAppStore((s) => s.windowStart);
  const month = useAppStore((s) => s.month);
  const trail = useAppStore((s) => s.trail);
  const right = selectTimeWindow({ windowMode, windowStart, month, trail });
  return (
    <SwipeDivider
      leftMonth={swipeMonth}
      leftLabel={formatWindow(leftWindow(right, swipeMonth))}
      rightLabel={formatWindow(right)}
      change={selectChange(dataset, swipeMonth, month)}
    />
  );
}
