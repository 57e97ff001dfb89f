import type { Dataset } from '../../domain/types';
import { sourcesByKey } from '../../state/selectors';

/** The sources behind an entity or figure, with link text (rendered as text, never as HTML). */
export function SourceList({ dataset, keys }: { dataset: Dataset; keys: string[] }) {
  const byKey = sourcesByKey(dataset);
  if (keys.length === 0) return null;
  return (
    <div className="source-list">
      <h3>Sources</h3>
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
                  {source.quality === 'weak' ? ' — weak source' : ''}
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
                'not listed in the dataset'
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
