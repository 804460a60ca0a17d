import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ciphertextOf } from '../../state/selectors/ciphertext';
import { replyClass } from '../../state/selectors/reply-class';
import { speakerOf, transcriptGroups } from '../../state/selectors/transcript';
import type { HostView } from '../../state/world-view';
import type { Step, Timeline } from '../../world/timeline/step';
import { eventWords } from '../event-text';
import { hostName } from '../host-names';
import { Icon } from './Icon';
import { ReplyBadge } from './ReplyBadge';

interface Props {
  timeline: Timeline;
  cursor: number;
  hosts: readonly HostView[];
  eavesdropper: boolean;
  reducedMotion: boolean;
  onSelect(seq: number): void;
}

const PROTOCOL_NAMES: Record<string, string> = {
  smtp: 'SMTP',
  lmtp: 'LMTP',
  pop3: 'POP3',
  imap: 'IMAP',
  dns: 'DNS',
  tcp: 'TCP',
};

/** What a line shows: the text as sent, or what an eavesdropper captures of it. */
export function lineText(step: Step, eavesdropper: boolean): string {
  if (eavesdropper && step.encrypted === true) return ciphertextOf(step.text, step.seq);
  // Message content keeps its CRLFs; lines are shown one per row.
  return step.text.replaceAll('\r\n', '\n');
}

/** Replies longer than this show their first lines and a count. */
const LONG_REPLY_LINES = 12;

const Line = memo(function Line({
  step,
  current,
  eavesdropper,
  hosts,
  onSelect,
}: {
  step: Step;
  current: boolean;
  eavesdropper: boolean;
  hosts: readonly HostView[];
  onSelect(seq: number): void;
}) {
  const { t } = useTranslation();
  const speaker = speakerOf(step);
  // Events (connect, close, TLS, queue…) are told in the reader's language; protocol text is not.
  const words = speaker === 'event' ? eventWords(t, step, hosts) : null;
  // An eavesdropper cannot tell a success from a failure inside TLS.
  const hidden = eavesdropper && step.encrypted === true;
  const cls = hidden ? null : replyClass(step);
  const text = lineText(step, eavesdropper);
  const lines = text.split('\n');
  // Message content (DATA, RETR, FETCH BODY[]) is read whole in the message inspector.
  const shown = step.kind === 'data' ? lines.slice(0, 1) : lines.slice(0, LONG_REPLY_LINES);
  return (
    <li className={`line line-${speaker}${current ? ' line-current' : ''}`} data-seq={step.seq}>
      <button
        type="button"
        className="line-button"
        aria-current={current ? 'step' : undefined}
        onClick={() => onSelect(step.seq)}
      >
        <span className="line-seq">{step.seq}</span>
        <span className="line-speaker">{speaker === 'event' ? '·' : `${speaker}:`}</span>
        {words !== null ? (
          <span className="line-text">
            {words.sentence}
            {words.detail !== null && (
              <>
                {' '}
                <code lang="en">{words.detail}</code>
              </>
            )}
          </span>
        ) : (
          <span className="line-text" lang="en">
            {shown.join('\n')}
            {shown.length < lines.length && (
              <span className="line-more">
                {' '}
                … ({t('transcript.lines', { count: lines.length })})
              </span>
            )}
          </span>
        )}
        <span className="line-tags">
          {cls !== null && <ReplyBadge cls={cls} />}
          {step.encrypted === true && (
            <span className="tag-encrypted">
              <Icon name="lock" /> {t('transcript.encrypted')}
            </span>
          )}
          {current && <span className="visually-hidden">{t('transcript.current')}</span>}
        </span>
      </button>
    </li>
  );
});

/** C:/S: lines grouped per connection; the current step is highlighted and kept in view. */
export function Transcript({
  timeline,
  cursor,
  hosts,
  eavesdropper,
  reducedMotion,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const groups = transcriptGroups(timeline, cursor);

  useEffect(() => {
    const box = list.current;
    const line = box?.querySelector<HTMLElement>(`[data-seq="${cursor}"]`);
    if (box === null || line === null || line === undefined) return;
    // Scrolls the transcript only, never the page (scrollIntoView would move both).
    const top = line.offsetTop;
    const bottom = top + line.offsetHeight;
    const margin = 48;
    let target = box.scrollTop;
    // A line taller than the box shows its start.
    if (top - margin < box.scrollTop || bottom - top > box.clientHeight - 2 * margin)
      target = top - margin;
    else if (bottom + margin > box.scrollTop + box.clientHeight)
      target = bottom + margin - box.clientHeight;
    if (target !== box.scrollTop)
      box.scrollTo?.({ top: target, behavior: reducedMotion ? 'auto' : 'smooth' });
  }, [cursor, reducedMotion]);

  const heading = (group: (typeof groups)[number]) => {
    const from = hostName(hosts, group.from);
    const to = hostName(hosts, group.to);
    if (group.conn !== null)
      return t('transcript.connection', {
        conn: group.conn,
        from,
        to,
        port: group.port === null ? '' : `:${group.port}`,
        protocol: PROTOCOL_NAMES[group.protocol ?? 'tcp'] ?? group.protocol,
      });
    if (group.protocol === 'dns') return t('transcript.dns', { from, to });
    return t('transcript.inside', { host: from });
  };

  return (
    <div className="transcript" ref={list} tabIndex={-1}>
      {timeline.length === 0 && <p className="panel-empty">{t('transcript.empty')}</p>}
      {groups.map((group) => (
        <section key={`${group.id}-${group.steps[0]?.seq}`} className="transcript-group">
          <h4 className="transcript-heading">{heading(group)}</h4>
          <ol className="transcript-lines">
            {group.steps.map((step) => (
              <Line
                key={step.seq}
                step={step}
                current={step.seq === cursor}
                eavesdropper={eavesdropper}
                hosts={hosts}
                onSelect={onSelect}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
