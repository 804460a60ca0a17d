import { memo, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n';
import { sessionAt } from '../../state/selectors/session-state';
import type { Timeline } from '../../world/timeline/step';
import type { Chart } from '../charts/chart-types';
import { SESSION_CHARTS } from '../charts/session-charts';

const BOX_W = 150;
const BOX_H = 42;
const COL_W = 190;
const ROW_H = 64;
const PAD = 8;

const PROTOCOL_NAMES: Record<string, string> = {
  smtp: 'SMTP',
  lmtp: 'LMTP',
  pop3: 'POP3',
  imap: 'IMAP',
};

function place(chart: Chart, id: string) {
  const state = chart.states.find((s) => s.id === id) ?? { column: 0, row: 0 };
  return { x: PAD + state.column * COL_W, y: PAD + state.row * ROW_H };
}

/** Where a line between two boxes leaves one and reaches the other (their facing edges). */
function endpoints(chart: Chart, from: string, to: string) {
  const a = place(chart, from);
  const b = place(chart, to);
  const ac = { x: a.x + BOX_W / 2, y: a.y + BOX_H / 2 };
  const bc = { x: b.x + BOX_W / 2, y: b.y + BOX_H / 2 };
  const clip = (c: { x: number; y: number }, toward: { x: number; y: number }) => {
    const dx = toward.x - c.x;
    const dy = toward.y - c.y;
    const scale = Math.min(
      Math.abs(dx) > 0 ? BOX_W / 2 / Math.abs(dx) : Infinity,
      Math.abs(dy) > 0 ? BOX_H / 2 / Math.abs(dy) : Infinity,
    );
    return { x: c.x + dx * scale, y: c.y + dy * scale };
  };
  return { start: clip(ac, bc), end: clip(bc, ac) };
}

/** One machine drawn at its natural size (a wide one scrolls), the current state lit and kept in view. */
function MachineChart({
  chart,
  state,
  title,
}: {
  chart: Chart;
  state: string | null;
  title: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const columns = Math.max(...chart.states.map((s) => s.column)) + 1;
  const rows = Math.max(...chart.states.map((s) => s.row)) + 1;
  const width = PAD * 2 + (columns - 1) * COL_W + BOX_W;
  const height = PAD * 2 + (rows - 1) * ROW_H + BOX_H;
  const label = (id: string) =>
    t(`chart.machines.${chart.machine}.states.${id}`, { defaultValue: id });
  const markerId = `chart-arrow-${chart.machine}`;

  useLayoutEffect(() => {
    const scroller = box.current;
    if (scroller === null || state === null || scroller.scrollWidth <= scroller.clientWidth) return;
    const x = place(chart, state).x;
    // Scrolls the chart only, never the page.
    if (x < scroller.scrollLeft || x + BOX_W > scroller.scrollLeft + scroller.clientWidth)
      scroller.scrollLeft = Math.max(0, x - (scroller.clientWidth - BOX_W) / 2);
  }, [chart, state]);

  return (
    <figure className="chart-machine">
      <figcaption>
        {title}
        {state !== null && (
          <>
            {' — '}
            <strong>
              {t('chart.current', { state: label(state) })} (<code>{state}</code>)
            </strong>
          </>
        )}
      </figcaption>
      <div className="chart-scroll" ref={box}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="chart-svg"
          role="img"
          aria-label={t('chart.drawing', { machine: t(`chart.machines.${chart.machine}.title`) })}
        >
          <defs>
            <marker
              id={markerId}
              className="chart-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0 L10 5 L0 10 z" />
            </marker>
          </defs>
          {chart.edges.map((edge) => {
            const { start, end } = endpoints(chart, edge.from, edge.to);
            return (
              <g key={`${edge.from}-${edge.to}`} className="chart-edge">
                <line
                  x1={start.x}
                  y1={start.y}
                  x2={end.x}
                  y2={end.y}
                  markerEnd={`url(#${markerId})`}
                />
                <title>{`${edge.from} → ${edge.to}: ${edge.events.join(', ')}`}</title>
              </g>
            );
          })}
          {chart.states.map((node) => {
            const { x, y } = place(chart, node.id);
            const lit = state === node.id;
            return (
              <g
                key={node.id}
                className={`chart-state${lit ? ' chart-state-current' : ''}`}
                transform={`translate(${x} ${y})`}
              >
                <rect width={BOX_W} height={BOX_H} rx="10" />
                <text x={BOX_W / 2} y="17" textAnchor="middle" className="chart-state-id">
                  {lit ? '● ' : ''}
                  {node.id}
                </text>
                <text x={BOX_W / 2} y="32" textAnchor="middle" className="chart-state-label">
                  {label(node.id)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="chart-any">
        {chart.fromAnyState.map((edge) => (
          <li key={edge.to}>
            {t('chart.fromAny', { events: edge.events.join(', '), state: edge.to })}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * The sessions of the current step's connection, each drawn from its own machine definition:
 * the server's and, for SMTP and LMTP, the client's; a POP3 or IMAP client's state by name.
 */
interface Props {
  timeline: Timeline;
  cursor: number;
}

/** The charts change when the session drawn or one of its states does. */
function sameSession(a: Props, b: Props): boolean {
  const before = sessionAt(a.timeline, a.cursor);
  const after = sessionAt(b.timeline, b.cursor);
  return (
    before?.conn === after?.conn &&
    before?.protocol === after?.protocol &&
    before?.server === after?.server &&
    before?.client === after?.client
  );
}

export const StateChart = memo(function StateChart({ timeline, cursor }: Props) {
  const t = useT();
  const session = sessionAt(timeline, cursor);
  if (session === null) return <p className="panel-empty">{t('chart.none')}</p>;
  const charts = SESSION_CHARTS[session.protocol];
  const protocol = PROTOCOL_NAMES[session.protocol] ?? session.protocol;
  return (
    <div className="chart">
      <p className="chart-session">{t('chart.connection', { conn: session.conn, protocol })}</p>
      {charts !== undefined && (
        <MachineChart
          chart={charts.server}
          state={session.server}
          title={t('chart.server', { protocol })}
        />
      )}
      {charts?.client != null ? (
        <MachineChart
          chart={charts.client}
          state={session.client}
          title={t('chart.client', { protocol })}
        />
      ) : (
        session.client !== null && (
          <p className="chart-client-state">
            {t('chart.client', { protocol })} — <code>{session.client}</code>
          </p>
        )
      )}
    </div>
  );
}, sameSession);
