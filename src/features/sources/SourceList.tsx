import type { Dataset } from '../../domain/types';
import { sourcesByKey } from '../../state/selectors';
import { useT } from '../i18n/use-t';

/** The sources behind an entity or figure, with link text (rendered as text, never as HTML). */
export function SourceList({ dataset, keys }: { dataset: Dataset; keys: string[] }) {
  const byKey = sourcesByKey(dataset);
  const t = useT();
  if (keys.length === 0) return null;
  return (
    <div className="source-list">
      <h3>{t('sources.heading')}</h3>
      <ul>
        {keys.map((key) => {
          const source = byKey.get(key);
          const firstUrl = source?.url?.split(' ; ')[0];
          return (
            <li key={key}>
              <span className="source-key">{key}</span>{' '}
              {source ? (
                <>
                  {source.title}
                  {source.publisher ? `, ${source.publisher}` : ''}
                  {source.date ? ` (${source.date})` : ''}
                  {source.quality === 'weak' ? ` — ${t('sources.weak')}` : ''}
                  {firstUrl ? (
                    <>
                      {' '}
                      <a href={/^https?:\/\//.test(firstUrl) ? firstUrl : undefined} target="_blank" rel="noreferrer noopener" className="source-url">
                        {firstUrl}
                      </a>
                    </>
                  ) : null}
                </>
              ) : (
                t('sources.notListed')
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
