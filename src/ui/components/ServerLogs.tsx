import { memo, useState } from 'react';
import { useT } from '../i18n';
import { filterLogLines, logCountAt, logLinesAt, loggingHosts } from '../../state/selectors/logs';
import type { HostView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { hostName } from '../host-names';

interface Props {
  timeline: Timeline;
  cursor: number;
  hosts: readonly HostView[];
}

const ALL = '';

/** The log line the cursor is on, if it is one (it is highlighted). */
const currentLog = ({ timeline, cursor }: Props) =>
  timeline[cursor]?.kind === 'log' ? cursor : null;

/** The logs change when a line is written or the cursor lands on one. */
function sameLogs(a: Props, b: Props): boolean {
  return (
    a.timeline === b.timeline &&
    a.hosts === b.hosts &&
    logCountAt(a.timeline, a.cursor) === logCountAt(b.timeline, b.cursor) &&
    currentLog(a) === currentLog(b)
  );
}

/** Each server's log lines (Postfix, Dovecot) up to the cursor, by server and by text. */
export const ServerLogs = memo(function ServerLogs({ timeline, cursor, hosts }: Props) {
  const t = useT();
  const [host, setHost] = useState(ALL);
  const [search, setSearch] = useState('');
  const servers = loggingHosts(timeline);
  if (servers.length === 0) return <p className="panel-empty">{t('logs.none')}</p>;
  const written = logLinesAt(timeline, cursor);
  const lines = filterLogLines(written, host === ALL ? null : host, search);
  return (
    <div className="logs">
      <div className="logs-filters">
        <label>
          {t('logs.server')}{' '}
          <select value={host} onChange={(event) => setHost(event.target.value)}>
            <option value={ALL}>{t('logs.allServers')}</option>
            {servers.map((id) => (
              <option key={id} value={id}>
                {hostName(hosts, id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('logs.search')}{' '}
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <span className="logs-count" aria-live="polite">
          {t('logs.count', { shown: lines.length, count: written.length })}
        </span>
      </div>
      {written.length === 0 ? (
        <p className="panel-empty">{t('logs.notYet')}</p>
      ) : lines.length === 0 ? (
        <p className="panel-empty">{t('logs.noMatch')}</p>
      ) : (
        // Focusable: the list scrolls, and a keyboard must reach what is below.
        <ol className="logs-lines" tabIndex={0} aria-label={t('simulator.panels.logs')}>
          {lines.map((line) => (
            <li key={line.seq} className={line.seq === cursor ? 'logs-current' : undefined}>
              <span className="logs-host">{hostName(hosts, line.host)}</span>{' '}
              <code lang="en">{line.text}</code>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}, sameLogs);
