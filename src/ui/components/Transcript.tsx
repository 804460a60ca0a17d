import { memo, useMemo, useRef } from 'react';
import { useT } from '../i18n';
import { ciphertextOf } from '../../state/selectors/ciphertext';
import { replyClass } from '../../state/selectors/reply-class';
import {
  protocolAt,
  speakerOf,
  transcriptIndex,
  transcriptRowsAt,
  type IndexedGroup,
  type TranscriptRow,
} from '../../state/selectors/transcript';
import type { HostView } from '../../state/world-view';
import type { Step, Timeline } from '../../world/timeline/step';
import { eventWords } from '../event-text';
import { hostName } from '../host-names';
import { Icon } from './Icon';
import { ReplyBadge } from './ReplyBadge';
import { useRowWindow } from './use-row-window';

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

/** The text lines a step's row shows (message content is read whole in the message inspector). */
function shownLines(step: Step): number {
  if (step.kind === 'data') return 1;
  let lines = 1;
  for (let at = step.text.indexOf('\n'); at >= 0 && lines <= LONG_REPLY_LINES;)
    [lines, at] = [lines + 1, step.text.indexOf('\n', at + 1)];
  return Math.min(lines, LONG_REPLY_LINES);
}

/** A row's height until it is measured, in px at the default type size. */
function estimateRow(row: TranscriptRow | undefined): number {
  if (row === undefined) return 0;
  return row.kind === 'heading' ? 30 : 6 + 20 * shownLines(row.step);
}

type Measure = (node: HTMLElement | null) => (() => void) | undefined;

/** What a line says: drawn once per step and mode, whatever the cursor does after. */
const LineBody = memo(function LineBody({
  step,
  eavesdropper,
  hosts,
}: {
  step: Step;
  eavesdropper: boolean;
  hosts: readonly HostView[];
}) {
  const t = useT();
  const speaker = speakerOf(step);
  // Events (connect, close, TLS, queue…) are told in the reader's language; protocol text is not.
  const words = speaker === 'event' ? eventWords(t, step, hosts) : null;
  const text = lineText(step, eavesdropper);
  const lines = text.split('\n');
  // Message content (DATA, RETR, FETCH BODY[]) is read whole in the message inspector.
  const shown = step.kind === 'data' ? lines.slice(0, 1) : lines.slice(0, LONG_REPLY_LINES);
  return (
    <>
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
            <span className="line-more"> … ({t('transcript.lines', { count: lines.length })})</span>
          )}
        </span>
      )}
    </>
  );
});

/** A line's tags: its reply class and whether it travelled encrypted. */
const LineTags = memo(function LineTags({
  step,
  eavesdropper,
}: {
  step: Step;
  eavesdropper: boolean;
}) {
  const t = useT();
  // An eavesdropper cannot tell a success from a failure inside TLS.
  const cls = eavesdropper && step.encrypted === true ? null : replyClass(step);
  return (
    <>
      {cls !== null && <ReplyBadge cls={cls} />}
      {step.encrypted === true && (
        <span className="tag-encrypted">
          <Icon name="lock" /> {t('transcript.encrypted')}
        </span>
      )}
    </>
  );
});

const Line = memo(function Line({
  step,
  row,
  current,
  eavesdropper,
  hosts,
  onSelect,
  measure,
}: {
  step: Step;
  row: number;
  current: boolean;
  eavesdropper: boolean;
  hosts: readonly HostView[];
  onSelect(seq: number): void;
  measure: Measure;
}) {
  return (
    <li
      className={`line line-${speakerOf(step)}${current ? ' line-current' : ''}`}
      data-seq={step.seq}
      data-row={row}
      ref={measure}
    >
      <button
        type="button"
        className="line-button"
        aria-current={current ? 'step' : undefined}
        onClick={() => onSelect(step.seq)}
      >
        <LineBody step={step} eavesdropper={eavesdropper} hosts={hosts} />
        <span className="line-tags">
          <LineTags step={step} eavesdropper={eavesdropper} />
        </span>
      </button>
    </li>
  );
});

/** A group's heading: its connection (client → server:port, protocol), DNS, or one host. */
const Heading = memo(function Heading({
  group,
  protocol,
  hosts,
  carried,
  measure,
}: {
  group: IndexedGroup;
  protocol: Step['protocol'];
  hosts: readonly HostView[];
  /** Shown for lines whose heading row is out of the window: it stays pinned above them. */
  carried: boolean;
  measure: Measure;
}) {
  const t = useT();
  const from = hostName(hosts, group.from);
  const to = hostName(hosts, group.to);
  const text =
    group.conn !== null
      ? t('transcript.connection', {
          conn: group.conn,
          from,
          to,
          port: group.port === null ? '' : `:${group.port}`,
          protocol: PROTOCOL_NAMES[protocol ?? 'tcp'] ?? protocol,
        })
      : protocol === 'dns'
        ? t('transcript.dns', { from, to })
        : t('transcript.inside', { host: from });
  return (
    <h4
      className={`transcript-heading${group.index === 0 ? ' transcript-heading-first' : ''}`}
      data-row={group.row}
      ref={carried ? undefined : measure}
    >
      {text}
    </h4>
  );
});

/**
 * C:/S: lines grouped per connection; the current step is highlighted. The current step is
 * always the last line, kept in view by the scroller's CSS. Only the lines near the visible part
 * are in the DOM (a sandbox run may have 10,000), each group with its heading.
 */
export function Transcript({
  timeline,
  cursor,
  hosts,
  eavesdropper,
  reducedMotion,
  onSelect,
}: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const { rows } = transcriptIndex(timeline);
  const count = transcriptRowsAt(timeline, cursor);
  const view = useRowWindow({
    box,
    count,
    estimate: useMemo(() => (row: number) => estimateRow(rows[row]), [rows]),
    follow: count,
    smooth: !reducedMotion,
  });

  // The rendered rows, by group; a group cut by the window's top keeps its heading.
  const sections: { group: IndexedGroup; heading: boolean; lines: number[] }[] = [];
  for (let row = view.start; row < view.end; row++) {
    const entry = rows[row];
    if (entry === undefined) continue;
    if (entry.kind === 'heading') sections.push({ group: entry.group, heading: true, lines: [] });
    else {
      const last = sections.at(-1);
      if (last?.group === entry.group) last.lines.push(row);
      else sections.push({ group: entry.group, heading: false, lines: [row] });
    }
  }
  const carried = sections[0]?.heading === false ? sections[0].group : null;
  const above = view.above - (carried === null ? 0 : view.heights.height(carried.row));

  return (
    <div
      className="transcript"
      ref={box}
      tabIndex={-1}
      onScroll={view.onScroll}
      onFocus={view.onFocus}
      onBlur={view.onBlur}
    >
      <div className="transcript-rows">
        {timeline.length === 0 && <p className="panel-empty">{t('transcript.empty')}</p>}
        {above > 0 && <div style={{ height: above }} />}
        {sections.map(({ group, heading, lines }) => (
          <section key={group.index} className="transcript-group">
            <Heading
              group={group}
              protocol={protocolAt(group, cursor)}
              hosts={hosts}
              carried={!heading}
              measure={view.measure}
            />
            <ol className="transcript-lines">
              {lines.map((row) => {
                const entry = rows[row];
                if (entry?.kind !== 'line') return null;
                return (
                  <Line
                    key={entry.step.seq}
                    step={entry.step}
                    row={row}
                    current={entry.step.seq === cursor}
                    eavesdropper={eavesdropper}
                    hosts={hosts}
                    onSelect={onSelect}
                    measure={view.measure}
                  />
                );
              })}
            </ol>
          </section>
        ))}
        {view.below > 0 && <div style={{ height: view.below }} />}
      </div>
    </div>
  );
}
