import { m } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { ciphertextOf } from '../../state/selectors/ciphertext';
import { mapLayout, mapState, travelOf } from '../../state/selectors/map';
import type { HostView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { hostName } from '../hooks/host-names';

const NODE_W = 176;
const NODE_H = 80;
const COL_W = 204;
const ROW_H = 112;
const PAD = 12;

interface Props {
  timeline: Timeline;
  cursor: number;
  hosts: readonly HostView[];
  sender: string | null;
  eavesdropper: boolean;
}

function truncate(text: string, max: number): string {
  const first = text.split('\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** Hosts, the links used so far, and the current step travelling along its link. */
export function NetworkMap({ timeline, cursor, hosts, sender, eavesdropper }: Props) {
  const { t } = useTranslation();
  const places = mapLayout(hosts, sender);
  const state = mapState(timeline, cursor);
  const step = timeline[cursor];
  const columns = Math.max(...[...places.values()].map((p) => p.column)) + 1;
  const rows = Math.max(...[...places.values()].map((p) => p.row)) + 1;
  const width = columns * COL_W + PAD;
  const height = rows * ROW_H + PAD + 40;
  const centre = (id: string) => {
    const place = places.get(id) ?? { column: 0, row: 0 };
    return { x: PAD + place.column * COL_W + NODE_W / 2, y: PAD + place.row * ROW_H + NODE_H / 2 };
  };
  const travel = step === undefined ? null : travelOf(step);
  const bubbleText =
    step === undefined
      ? ''
      : truncate(
          eavesdropper && step.encrypted === true
            ? ciphertextOf(step.text, step.seq, 12)
            : step.text,
          30,
        );

  return (
    <figure className="map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('map.label')}
        className="map-svg"
      >
        {state.links.map((link) => {
          const a = centre(link.from);
          const b = centre(link.to);
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          return (
            <g
              key={link.id}
              className={`map-link map-link-${link.kind}${link.failed !== null ? ' map-link-failed' : ''}`}
            >
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              {link.tls && (
                <g className="map-lock" transform={`translate(${mid.x - 18} ${mid.y - 22})`}>
                  <path d="M3 7 V4 a4 4 0 0 1 8 0 V7" fill="none" />
                  <rect x="1" y="7" width="12" height="9" rx="1.5" />
                  <text x="17" y="15">
                    {t('map.tls')}
                  </text>
                </g>
              )}
              {link.failed !== null && (
                <text className="map-failure" x={mid.x} y={mid.y + 16} textAnchor="middle">
                  ✗{' '}
                  {t(
                    `map.${link.failed === 'unreachable' ? 'unreachable' : link.failed === 'refused' ? 'refused' : 'timeout'}`,
                  )}
                </text>
              )}
            </g>
          );
        })}
        {hosts.map((host) => {
          const place = places.get(host.id) ?? { column: 0, row: 0 };
          const x = PAD + place.column * COL_W;
          const y = PAD + place.row * ROW_H;
          const active = step !== undefined && (step.from === host.id || step.to === host.id);
          const ports = host.ports.map((p) => p.port).join(' ');
          return (
            <g
              key={host.id}
              className={`map-node${active ? ' map-node-active' : ''}`}
              transform={`translate(${x} ${y})`}
            >
              <rect width={NODE_W} height={NODE_H} rx="8" />
              <text x="8" y="18" className="map-node-name">
                {host.name}
              </text>
              <text x="8" y="34" className="map-node-ip">
                {host.ip} · {t(`map.roles.${host.role}`, { defaultValue: host.role })}
              </text>
              <text x="8" y="50" className="map-node-ports">
                {ports === '' ? t('map.noPorts') : t('map.ports', { ports })}
              </text>
              {state.queued.includes(host.id) && (
                <text x="8" y="68" className="map-badge">
                  ⧗ {t('map.queued')}
                </text>
              )}
              {state.delivered.includes(host.id) && (
                <text x="8" y="68" className="map-badge">
                  ✉ {t('map.delivered')}
                </text>
              )}
            </g>
          );
        })}
        {step !== undefined && travel !== null && (
          <m.g
            key={step.seq}
            className={`map-bubble map-bubble-${step.kind}`}
            initial={{ x: centre(travel.from).x, y: centre(travel.from).y, opacity: 0.4 }}
            animate={{ x: centre(travel.to).x, y: centre(travel.to).y, opacity: 1 }}
            transition={{ duration: 0.6, ease: 'easeInOut' }}
          >
            <rect x={-92} y={-14} width={184} height={24} rx="12" />
            <text x="0" y="3" textAnchor="middle" lang="en">
              {bubbleText}
            </text>
          </m.g>
        )}
      </svg>
      {step !== undefined && (
        <figcaption className="map-caption">
          {travel !== null
            ? t('map.current', {
                from: hostName(hosts, travel.from),
                to: hostName(hosts, travel.to),
              })
            : hostName(hosts, step.from)}
          {' — '}
          <code lang="en">
            {truncate(
              eavesdropper && step.encrypted === true
                ? ciphertextOf(step.text, step.seq)
                : step.text,
              90,
            )}
          </code>
        </figcaption>
      )}
    </figure>
  );
}
