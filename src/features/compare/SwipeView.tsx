import { formatWindow } from '../../domain/time-window';
import type { Dataset } from '../../domain/types';
import { leftWindow } from '../../map/layers/swipe';
import { selectChange } from '../../state/selectors';
import { selectTimeWindow } from '../../state/slices/time-slice';
import { useAppStore } from '../../state/store';
import { SwipeDivider } from './SwipeDivider';

/** Two periods side by side: labels, divider and the difference, when the swipe is on. */
export function SwipeView({ dataset }: { dataset: Dataset }) {
  const swipeMonth = useAppStore((s) => s.swipeMonth);
  const windowMode = useAppStore((s) => s.windowMode);
  const windowStart = useAppStore((s) => s.windowStart);
  const month = useAppStore((s) => s.month);
  const trail = useAppStore((s) => s.trail);
  if (!swipeMonth) return null;
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
