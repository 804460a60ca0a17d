import { useId, useState } from 'react';
import { useT } from '../i18n';
import { usePlayback } from '../../state/playback';
import type { HostView } from '../../state/world-view';
import { searchLog } from '../../world/tools/log-search';
import type { Timeline } from '../../world/timeline/step';
import { hostName } from '../host-names';

const ALL = '';

/**
 * The whole run's mail logs searched like `grep` on a server: by server, by words, by queue id.
 * Each line leads to its step in the transcript.
 */
export function LogSearchPanel({
  timeline,
  hosts,
}: {
  timeline: Timeline;
  hosts: readonly HostView[];
}) {
  const t = useT();
  const id = useId();
  const [host, setHost] = useState(ALL);
  const [text, setText] = useState('');
  const [queueId, setQueueId] = useState('');
  const all = searchLog(timeline);
  const servers = [...new Set(all.map((step) => step.from))];
  const lines = searchLog(timeline, {
    ...(host === ALL ? {} : { host }),
    ...(text.trim() === '' ? {} : { text }),
    ...(queueId.trim() === '' ? {} : { queueId: queueId.trim().toUpperCase() }),
  });
  return (
    <div className="log-search">
      <div className="tool-form">
        <label htmlFor={`${id}-host`}>{t('troubleshoot.logServer')}</label>
        <select id={`${id}-host`} value={host} onChange={(event) => setHost(event.target.value)}>
          <option value={ALL}>{t('troubleshoot.logAll')}</option>
          {servers.map((server) => (
            <option key={server} value={server}>
              {hostName(hosts, server)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-text`}>{t('troubleshoot.logWords')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label htmlFor={`${id}-queue`}>{t('troubleshoot.logQueueId')}</label>
        <input
          id={`${id}-queue`}
          type="search"
          className="short-input"
          value={queueId}
          onChange={(event) => setQueueId(event.target.value)}
        />
      </div>
      <p className="logs-count" aria-live="polite">
        {t('troubleshoot.logCount', { shown: lines.length, count: all.length })}
      </p>
      {lines.length === 0 ? (
        <p className="panel-empty">{t('troubleshoot.logNone')}</p>
      ) : (
        <ol className="logs-lines tool-lines">
          {lines.map((line) => (
            <li key={line.seq}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  usePlayback.getState().seek(line.seq);
                  usePlayback.getState().pause();
                }}
              >
                {t('troubleshoot.logShow', { seq: line.seq + 1 })}
              </button>{' '}
              <span className="logs-host">{hostName(hosts, line.from)}</span>{' '}
              <code lang="en">{line.text}</code>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
