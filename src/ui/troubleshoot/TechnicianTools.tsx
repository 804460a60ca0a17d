import { useT } from '../i18n';
import type { WorldRunReport } from '../../state/scenario-run';
import type { HostView } from '../../state/world-view';
import { Tabs } from '../components/Tabs';
import { BouncePanel } from './BouncePanel';
import { ClientSettings } from './ClientSettings';
import { DigPanel } from './DigPanel';
import { LogSearchPanel } from './LogSearchPanel';
import { MailqPanel } from './MailqPanel';

/** What a technician looks at besides the transcript: bounce, logs, queue, DNS, client settings. */
export function TechnicianTools({
  run,
  hosts,
}: {
  run: WorldRunReport;
  hosts: readonly HostView[];
}) {
  const t = useT();
  return (
    // The tabs below carry the name of the region; the heading titles it for the eye.
    <section className="technician-tools">
      <h3 id="tools-title">{t('troubleshoot.tools')}</h3>
      <Tabs
        alwaysShown
        label={t('troubleshoot.tools')}
        tabs={[
          {
            id: 'bounce',
            title: t('troubleshoot.bounce'),
            content: <BouncePanel bounces={run.bounces} />,
          },
          {
            id: 'log-search',
            title: t('troubleshoot.logSearch'),
            content: <LogSearchPanel timeline={run.timeline} hosts={hosts} />,
          },
          {
            id: 'mailq',
            title: t('troubleshoot.queue'),
            content: <MailqPanel snapshots={run.mailq} queueHosts={run.queueHosts} hosts={hosts} />,
          },
          { id: 'dig', title: t('troubleshoot.dig'), content: <DigPanel dig={run.dig} /> },
          {
            id: 'settings',
            title: t('troubleshoot.settings'),
            content: <ClientSettings world={run.world} />,
          },
        ]}
      />
    </section>
  );
}
