import { memo, useEffect, useRef } from 'react';
import { useT } from '../i18n';
import {
  deviceInbox,
  senderScreen,
  sentCopy,
  type DeviceInbox,
} from '../../state/selectors/screens';
import type { HostView, WorldView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { hostName } from '../host-names';

interface Props {
  timeline: Timeline;
  cursor: number;
  world: WorldView;
  onSend(): void;
}

/** `Alice Martin <alice@…>` → `Alice Martin`; the address alone when there is no name. */
function personName(from: string): string {
  const name = from.split('<')[0]?.trim() ?? '';
  return (name === '' ? from : name).split(' ')[0] ?? from;
}

/** `Alice Martin <alice@…>` → `Alice Martin`: what an inbox list shows of a sender. */
function displayName(from: string): string {
  const name = from.split('<')[0]?.trim() ?? '';
  return name === '' ? from : name;
}

function Inbox({
  inbox,
  hosts,
  subject,
  from,
}: {
  inbox: DeviceInbox;
  hosts: readonly HostView[];
  subject: string;
  from: string;
}) {
  const t = useT();
  // The flags a person sees as marks in a mail program; \Seen is already the read state.
  const marks = [
    { flag: '\\Flagged', words: t('mailboxFlags.flagged'), symbol: '★' },
    { flag: '\\Deleted', words: t('mailboxFlags.deleted'), symbol: '✕' },
  ].filter(({ flag }) => inbox.flags.includes(flag));
  return (
    <div className="device">
      <h5>{t('screens.device', { device: hostName(hosts, inbox.host) })}</h5>
      {!inbox.connected && <p className="panel-empty">{t('screens.notConnected')}</p>}
      {inbox.connected && !inbox.listed && !inbox.expunged && (
        <p className="panel-empty">{t('screens.noMessage')}</p>
      )}
      {inbox.listed && (
        <ul className="inbox">
          <li className={inbox.read ? 'inbox-read' : 'inbox-unread'}>
            <span className="inbox-state">
              <span aria-hidden="true">{inbox.read ? '○' : '●'}</span>{' '}
              {inbox.read ? t('screens.read') : t('screens.unread')}
            </span>
            <span className="inbox-from" title={from}>
              {displayName(from)}
            </span>
            <span className="inbox-subject">{subject}</span>
            {marks.length > 0 && (
              <span className="inbox-flags">
                {marks.map(({ flag, words, symbol }) => (
                  <span key={flag} className="inbox-flag">
                    <span aria-hidden="true">{symbol}</span> {words} <code lang="en">{flag}</code>
                  </span>
                ))}
              </span>
            )}
          </li>
        </ul>
      )}
      {inbox.expunged && <p className="inbox-expunged">{t('mailboxFlags.expunged')}</p>}
    </div>
  );
}

/** The screens change only when what the sender or a device shows does (the selectors share objects). */
function sameScreens(a: Props, b: Props): boolean {
  if (a.timeline !== b.timeline || a.world !== b.world || a.onSend !== b.onSend) return false;
  const host = a.world.send?.host;
  if (
    host !== undefined &&
    (senderScreen(a.timeline, a.cursor, host) !== senderScreen(b.timeline, b.cursor, host) ||
      sentCopy(a.timeline, a.cursor, host) !== sentCopy(b.timeline, b.cursor, host))
  )
    return false;
  return a.world.recipientDevices.every(
    ({ host }) =>
      deviceInbox(a.timeline, a.cursor, host) === deviceInbox(b.timeline, b.cursor, host),
  );
}

/** Alice's mail client and Bob's inbox on each of his devices, as the timeline leaves them. */
export const UserScreens = memo(function UserScreens({ timeline, cursor, world, onSend }: Props) {
  const t = useT();
  const recipient = useRef<HTMLElement>(null);
  const inboxes = world.recipientDevices.map((device) =>
    deviceInbox(timeline, cursor, device.host),
  );
  // When a device's inbox changes, bring it into view: it is below Alice's screen.
  const changed = JSON.stringify(inboxes);
  const previous = useRef(changed);
  useEffect(() => {
    if (previous.current === changed) return;
    previous.current = changed;
    recipient.current?.scrollIntoView?.({ block: 'nearest' });
  }, [changed]);
  const send = world.send;
  // The sandbox's world, or one whose message was removed: say so rather than show nothing.
  if (send === null) return <p className="panel-empty">{t('screens.noSender')}</p>;
  const screen = senderScreen(timeline, cursor, send.host);
  const copy = sentCopy(timeline, cursor, send.host);
  return (
    <div className="screens">
      <section className="screen screen-sender" aria-labelledby="screen-sender">
        <h4 id="screen-sender">{t('screens.alice', { name: personName(send.from) })}</h4>
        <dl className="compose">
          <dt>{t('screens.from')}</dt>
          <dd>{send.from}</dd>
          <dt>{t('screens.to')}</dt>
          <dd>{send.to.join(', ')}</dd>
          <dt>{t('screens.subject')}</dt>
          <dd>{send.subject}</dd>
        </dl>
        {/* Once sent, the compose window closes, as in a mail program: room for Bob's inbox. */}
        {screen.status !== 'sent' && (
          <pre className="compose-body" tabIndex={0}>
            {send.body.replaceAll('\r\n', '\n').trim()}
          </pre>
        )}
        <button
          type="button"
          className="compose-send"
          onClick={onSend}
          disabled={screen.status !== 'composing'}
        >
          {t('screens.send')}
        </button>
        {screen.status === 'composing' && <p>{t('screens.composing')}</p>}
        {screen.status === 'sending' && <p>{t('screens.sending')}</p>}
        {screen.status === 'sent' && (
          <p className="screen-sent">
            <span aria-hidden="true">✓</span> {t('screens.sent')}{' '}
            <code lang="en">{screen.reply.text}</code>
          </p>
        )}
        {copy !== null &&
          (copy.saved ? (
            <p className="screen-sent">
              <span aria-hidden="true">✓</span> {t('screens.copySaved')}
            </p>
          ) : (
            <p className="screen-error">
              <span aria-hidden="true">⚠</span> {t('screens.copyRefused')}{' '}
              <code lang="en">{copy.reply.text}</code>
            </p>
          ))}
        {screen.status === 'error' && (
          <div className="screen-error" role="group" aria-labelledby="screen-error-title">
            <p id="screen-error-title" className="screen-error-title">
              <span aria-hidden="true">⚠</span> {t('screens.errorTitle')}
            </p>
            <p>
              {t('screens.errorText')} <code lang="en">{screen.reply.text}</code>
            </p>
          </div>
        )}
      </section>
      <section
        ref={recipient}
        className="screen screen-recipient"
        aria-labelledby="screen-recipient"
      >
        <h4 id="screen-recipient">{t('screens.bob', { name: personName(world.recipientName) })}</h4>
        <div className="devices">
          {inboxes.map((inbox) => (
            <Inbox
              key={inbox.host}
              inbox={inbox}
              hosts={world.hosts}
              subject={send.subject}
              from={send.from}
            />
          ))}
        </div>
      </section>
    </div>
  );
}, sameScreens);
