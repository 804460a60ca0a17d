import { useT } from '../i18n';
import { deviceInbox, senderScreen } from '../../state/selectors/screens';
import type { WorldView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { hostName } from '../host-names';

/** `Alice Martin <alice@…>` → `Alice`. */
function firstName(from: string): string {
  const name = from.split('<')[0]?.trim() ?? '';
  return (name === '' ? from : name).split(' ')[0] ?? from;
}

/**
 * What the users saw once the broken run was over, in short: Alice's send (or its error dialog)
 * and Bob's inbox on each device. The full screens follow the cursor in the simulator views.
 */
export function SymptomScreens({ timeline, world }: { timeline: Timeline; world: WorldView }) {
  const t = useT();
  const send = world.send;
  if (send === null) return null;
  const end = timeline.length - 1;
  const screen = senderScreen(timeline, end, send.host);
  return (
    <div className="symptom-screens">
      <div className="screen">
        <p className="symptom-screen-title">{t('screens.alice', { name: firstName(send.from) })}</p>
        {screen.status === 'error' ? (
          <div className="screen-error">
            <p className="screen-error-title">
              <span aria-hidden="true">⚠</span> {t('screens.errorTitle')}
            </p>
            <p>
              {t('screens.errorText')} <code lang="en">{screen.reply.text}</code>
            </p>
          </div>
        ) : screen.status === 'sent' ? (
          <p className="screen-sent">
            <span aria-hidden="true">✓</span> {t('screens.sent')}{' '}
            <code lang="en">{screen.reply.text}</code>
          </p>
        ) : (
          <p>{t(screen.status === 'sending' ? 'screens.sending' : 'screens.composing')}</p>
        )}
      </div>
      <div className="screen">
        <p className="symptom-screen-title">
          {t('screens.bob', { name: firstName(world.recipientName) })}
        </p>
        {world.recipientDevices.map((device) => {
          const inbox = deviceInbox(timeline, end, device.host);
          return (
            <p key={device.host}>
              {t('screens.device', { device: hostName(world.hosts, device.host) })} —{' '}
              {!inbox.connected
                ? t('screens.notConnected')
                : !inbox.listed
                  ? t('screens.noMessage')
                  : `${send.subject} (${t(inbox.read ? 'screens.read' : 'screens.unread')})`}
            </p>
          );
        })}
      </div>
    </div>
  );
}
