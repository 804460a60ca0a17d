import { useTranslation } from 'react-i18next';
import { smtpSessionAt } from '../../state/selectors/session-state';
import type { Timeline } from '../../world/timeline/step';
import type { Chart } from '../charts/chart-types';
import { smtpServerChart } from '../charts/smtp-server.chart';

const BOX_W = 150;
const BOX_H = 42;
const COL_W = 200;
const ROW_H = 64;
const PAD = 8;

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

/** The SMTP server session drawn from its own machine definition, the current state lit. */
export function StateChart({ timeline, cursor }: { timeline: Timeline; cursor: number }) {
  const { t } = useTranslation();
  const chart = smtpServerChart;
  const session = smtpSessionAt(timeline, cursor);
  const columns = Math.max(...chart.states.map((s) => s.column)) + 1;
  const rows = Math.max(...chart.states.map((s) => s.row)) + 1;
  const width = PAD * 2 + (columns - 1) * COL_W + BOX_W;
  const height = PAD * 2 + (rows - 1) * ROW_H + BOX_H;
  const label = (id: string) => t(`chart.states.${id}`, { defaultValue: id });
  return (
    <div className="chart">
      {session === null ? (
        <p className="panel-empty">{t('chart.none')}</p>
      ) : (
        <p className="chart-session">
          {t('chart.connection', { conn: session.conn })} ({session.protocol.toUpperCase()}) —{' '}
          {session.state !== null && (
            <strong>
              {t('chart.current', { state: label(session.state) })} (<code>{session.state}</code>)
            </strong>
          )}
        </p>
      )}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="chart-svg"
        role="img"
        aria-label={t('chart.label')}
      >
        <defs>
          <marker
            id="chart-arrow"
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
              <line x1={start.x} y1={start.y} x2={end.x} y2={end.y} markerEnd="url(#chart-arrow)" />
              <text
                x={(start.x + end.x) / 2}
                y={(start.y + end.y) / 2 - 3}
                textAnchor="middle"
                className="chart-edge-label"
              >
                {edge.events.join(' ')}
              </text>
              <title>{`${edge.from} → ${edge.to}: ${edge.events.join(', ')}`}</title>
            </g>
          );
        })}
        {chart.states.map((state) => {
          const { x, y } = place(chart, state.id);
          const lit = session?.state === state.id;
          return (
            <g
              key={state.id}
              className={`chart-state${lit ? ' chart-state-current' : ''}`}
              transform={`translate(${x} ${y})`}
            >
              <rect width={BOX_W} height={BOX_H} rx="10" />
              <text x={BOX_W / 2} y="17" textAnchor="middle" className="chart-state-id">
                {lit ? '● ' : ''}
                {state.id}
              </text>
              <text x={BOX_W / 2} y="32" textAnchor="middle" className="chart-state-label">
                {label(state.id)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-any">
        {chart.fromAnyState.map((edge) => (
          <li key={edge.to}>
            {t('chart.fromAny', { events: edge.events.join(', '), state: edge.to })}
          </li>
        ))}
      </ul>
    </div>
  );
}
