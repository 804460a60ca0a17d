import { useT } from '../i18n';
import type { WorldConfig } from '../../world/config/schema';

type Client = WorldConfig['clients'][number];

/** A password as a settings screen shows it: one dot per character, never the text. */
const dots = (password: string) => '•'.repeat(password.length);

/** Each person's mail client settings, as its account screen shows them (devices only). */
export function ClientSettings({ world }: { world: WorldConfig }) {
  const t = useT();
  const devices = new Set(world.hosts.filter((host) => host.role === 'device').map((h) => h.id));
  const clients = world.clients.filter((client) => devices.has(client.host));
  const name = (client: Client) =>
    world.users.find((user) => user.address === client.user)?.displayName ?? client.user;
  return (
    <div className="client-settings">
      {clients.map((client) => (
        <div key={client.id} className="client-account">
          {client.submit !== undefined && (
            <section aria-labelledby={`${client.id}-send`}>
              <h4 id={`${client.id}-send`}>
                {t('troubleshoot.settingsSend', { client: name(client) })}
              </h4>
              <dl className="settings-list">
                <dt>{t('troubleshoot.settingsServer')}</dt>
                <dd>{client.submit.server}</dd>
                <dt>{t('troubleshoot.settingsPort')}</dt>
                <dd>{client.submit.port}</dd>
                <dt>{t('troubleshoot.settingsTls')}</dt>
                <dd>{t(`troubleshoot.tls.${client.submit.tls}`)}</dd>
                <dt>{t('troubleshoot.settingsUser')}</dt>
                <dd>{client.submit.auth?.username ?? t('troubleshoot.settingsNoAuth')}</dd>
                {client.submit.auth !== null && client.submit.auth !== undefined && (
                  <>
                    <dt>{t('troubleshoot.settingsPassword')}</dt>
                    <dd>{dots(client.submit.auth.password)}</dd>
                  </>
                )}
                <dt>{t('troubleshoot.settingsHelo')}</dt>
                <dd>{client.submit.helo}</dd>
              </dl>
            </section>
          )}
          {client.fetch !== undefined && (
            <section aria-labelledby={`${client.id}-fetch`}>
              <h4 id={`${client.id}-fetch`}>
                {t('troubleshoot.settingsFetch', {
                  client: name(client),
                  protocol: client.fetch.protocol.toUpperCase(),
                })}
              </h4>
              <dl className="settings-list">
                <dt>{t('troubleshoot.settingsServer')}</dt>
                <dd>{client.fetch.server}</dd>
                <dt>{t('troubleshoot.settingsPort')}</dt>
                <dd>{client.fetch.port}</dd>
                <dt>{t('troubleshoot.settingsTls')}</dt>
                <dd>{t(`troubleshoot.tls.${client.fetch.tls}`)}</dd>
                <dt>{t('troubleshoot.settingsUser')}</dt>
                <dd>{client.fetch.username}</dd>
                <dt>{t('troubleshoot.settingsPassword')}</dt>
                <dd>{dots(client.fetch.password)}</dd>
                {client.fetch.protocol === 'imap' && (
                  <>
                    <dt>{t('troubleshoot.settingsFolder')}</dt>
                    <dd>{client.fetch.folder}</dd>
                  </>
                )}
              </dl>
            </section>
          )}
        </div>
      ))}
    </div>
  );
}
