import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** Non-blocking notices that stay until dismissed. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} data-testid="notice">
          <span>{n.message}</span>
          {n.action ? (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                n.action?.run();
                dismiss(n.id);
              }}
            >
              {n.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-button" onClick={() => dismiss(n.id)} aria-label={t('notices.dismiss')}>×</button>
        </div>
      ))}
    </div>
  );
}
