import { useRef } from 'react';
import { formatMonthLong, type MonthKey } from '../../domain/month';
import type { ChangeResult } from '../../domain/change';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/**
 * The divider between the two periods: drag it, or focus it and use ←/→. Above it, each side's
 * period; below, the difference between them in a few lines.
 */
export function SwipeDivider({ leftLabel, rightLabel, leftMonth, change }: { leftLabel: string; rightLabel: string; leftMonth: MonthKey; change: ChangeResult | null }) {
  const split = useAppStore((s) => s.swipeSplit);
  const setSplit = useAppStore((s) => s.setSwipeSplit);
  const setSwipeMonth = useAppStore((s) => s.setSwipeMonth);
  const area = useRef<HTMLDivElement>(null);
  const t = useT();
  const drag = (clientX: number) => {
    const rect = area.current?.getBoundingClientRect();
    if (rect) setSplit((clientX - rect.left) / rect.width);
  };
  return (
    <div className="swipe-area" ref={area} data-testid="swipe">
      <div className="swipe-labels">
        <div className="swipe-side left">
          <strong>{leftLabel}</strong>
          <input type="month" value={leftMonth} onChange={(e) => e.target.value && setSwipeMonth(e.target.value)} aria-label={t('compare.leftMonth')} data-testid="swipe-month" />
        </div>
        <div className="swipe-side right">
          <strong>{rightLabel}</strong>
          <button type="button" className="icon-button" onClick={() => setSwipeMonth(null)} aria-label={t('compare.closeSwipe')}>×</button>
        </div>
      </div>
      <div
        className="swipe-divider"
        style={{ left: `${split * 100}%` }}
        role="separator"
        aria-orientation="vertical"
        aria-label={t('compare.divider', { month: formatMonthLong(leftMonth) })}
        aria-valuemin={5}
        aria-valuemax={95}
        aria-valuenow={Math.round(split * 100)}
        tabIndex={0}
        data-own-keys
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drag(e.clientX);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) drag(e.clientX);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
            e.preventDefault();
            setSplit(split + (e.key === 'ArrowLeft' ? -0.02 : 0.02));
          }
        }}
      />
      {change ? (
        <div className="swipe-summary" data-testid="swipe-summary">
          <strong>{t('compare.difference')}</strong>
          <ul>
            {(change.byCountry.length ? change.byCountry : [{ key: 'none', text: t('compare.noChangeLine') }]).slice(0, 4).map((l) => (
              <li key={l.key}>{l.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
