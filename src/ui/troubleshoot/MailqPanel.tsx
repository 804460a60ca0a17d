import { useId, useState } from 'react';
import { useT } from '../i18n';
import { usePlayback } from '../../state/playback';
import type { MailqSnapshot } from '../../state/scenario-run';
import type { HostView } from '../../state/world-view';
import { hostName } from '../host-names';

/** `mailq` on one MTA, as it printed at the playback cursor: step the run to watch the queue. */
export function MailqPanel({
  snapshots,
  queueHosts,
  hosts,
}: {
  snapshots: readonly MailqSnapshot[];
  queueHosts: readonly string[];
  hosts: readonly HostView[];
}) {
  const t = useT();
  const id = useId();
  const cursor = usePlayback((s) => s.cursor);
  // The sender's server first: its queue is where a message waits when delivery fails.
  const [host, setHost] = useState(
    () => snapshots.find((snapshot) => snapshot.count > 0)?.host ?? queueHosts[0] ?? '',
  );
  if (queueHosts.length === 0) return <p className="panel-empty">{t('troubleshoot.queueNone')}</p>;
  const shown = snapshots
    .filter((snapshot) => snapshot.host === host && snapshot.seq <= cursor)
    .at(-1);
  const name = hostName(hosts, host).split('.')[0] ?? host;
  return (
    <div className="mailq">
      <div className="tool-form">
        <label htmlFor={`${id}-host`}>{t('troubleshoot.queueHost')}</label>
        <select id={`${id}-host`} value={host} onChange={(event) => setHost(event.target.value)}>
          {queueHosts.map((queueHost) => (
            <option key={queueHost} value={queueHost}>
              {hostName(hosts, queueHost)}
            </option>
          ))}
        </select>
        <span className="tool-note">{t('troubleshoot.queueAt')}</span>
      </div>
      <pre className="tool-output" tabIndex={0} lang="en" aria-live="polite">
        <span className="tool-prompt">{`root@${name}:~# mailq\n`}</span>
        {shown?.text ?? ''}
      </pre>
    </div>
  );
}
