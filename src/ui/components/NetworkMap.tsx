import { memo, useMemo, type CSSProperties } from 'react';
import { useT } from '../i18n';
import { ciphertextOf } from '../../state/selectors/ciphertext';
import { mapLayout, mapState, travelOf, type MapLink } from '../../state/selectors/map';
import type { HostView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { eventWords } from '../event-text';
import { hostName } from '../host-names';
import { MapBubble } from './MapBubble';
import {
  BAND,
  COL_W,
  NODE_H,
  NODE_W,
  PAD,
  ROW_H,
  centre,
  corner,
  linkRoute,
  type Place,
} from './map-geometry';

interface Props {
  timeline: Timeline;
  cursor: number;
  hosts: readonly HostView[];
  sender: string | null;
  eavesdropper: boolean;
  reducedMotion: boolean;
}

function truncate(text: string, max: number): string {
  const first = text.split('\n')[0] ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** The links used so far, under the hosts: drawn again only when one is added, secured or fails. */
const Links = memo(function Links({
  links,
  places,
}: {
  links: readonly MapLink[];
  places: ReadonlyMap<string, Place>;
}) {
  return links.map((link) => (
    <path
      key={link.id}
      className={`map-link map-link-${link.kind}${link.failed !== null ? ' map-link-failed' : ''}`}
      d={linkRoute(places, link.from, link.to).d}
    />
  ));
});

/**
 * What happened on the links (a padlock, a failure), above the hosts: a failure's words are
 * wider than the gap between two hosts, and under them they were cut.
 */
const LinkLabels = memo(function LinkLabels({
  links,
  places,
}: {
  links: readonly MapLink[];
  places: ReadonlyMap<string, Place>;
}) {
  const t = useT();
  return links.map((link) => {
    if (!link.tls && link.failed === null) return null;
    const { mid, lane, routed } = linkRoute(places, link.from, link.to);
    // On a lane between rows, the padlock sits on the wire; on a straight link, just below it.
    const lock = routed ? { x: mid.x, y: mid.y - 14 } : mid;
    return (
      <g key={link.id}>
        {link.tls && (
          <g className="map-lock" transform={`translate(${lock.x - 18} ${lock.y + 6})`}>
            <path d="M3 7 V4 a4 4 0 0 1 8 0 V7" fill="none" />
            <rect x="1" y="7" width="12" height="9" rx="1.5" />
            <text x="17" y="15">
              {t('map.tls')}
            </text>
          </g>
        )}
        {link.failed !== null && (
          <text className="map-failure" x={mid.x} y={lane + 4} textAnchor="middle">
            ✗{' '}
            {t(
              `map.${link.failed === 'unreachable' ? 'unreachable' : link.failed === 'refused' ? 'refused' : 'timeout'}`,
            )}
          </text>
        )}
      </g>
    );
  });
});

/** What a host's box says: drawn again only when it queues or delivers. */
const HostText = memo(function HostText({
  host,
  queued,
  delivered,
}: {
  host: HostView;
  queued: boolean;
  delivered: boolean;
}) {
  const t = useT();
  const ports = host.ports.map((p) => p.port).join(' ');
  return (
    <>
      <text x="8" y="18" className="map-node-name">
        {host.name}
      </text>
      <text x="8" y="33" className="map-node-ip">
        {host.ip}
      </text>
      <text x="8" y="48" className="map-node-role">
        {t(`map.roles.${host.role}`, { defaultValue: host.role })}
      </text>
      <text x="8" y="63" className="map-node-ports">
        {ports === '' ? t('map.noPorts') : t('map.ports', { ports })}
      </text>
      {queued && (
        <text x="8" y="78" className="map-badge">
          • {t('map.queued')}
        </text>
      )}
      {delivered && (
        <text x="8" y="78" className="map-badge">
          ✉ {t('map.delivered')}
        </text>
      )}
    </>
  );
});

/** One host: its box is lit while a step leaves or reaches it. */
const HostNode = memo(function HostNode({
  host,
  x,
  y,
  active,
  queued,
  delivered,
}: {
  host: HostView;
  x: number;
  y: number;
  active: boolean;
  queued: boolean;
  delivered: boolean;
}) {
  return (
    <g className={`map-node${active ? ' map-node-active' : ''}`} transform={`translate(${x} ${y})`}>
      <rect className="map-node-box" width={NODE_W} height={NODE_H} rx="8" />
      <rect className="map-node-ring" width={NODE_W} height={NODE_H} rx="8" />
      <HostText host={host} queued={queued} delivered={delivered} />
    </g>
  );
});

/**
 * Hosts, the links used so far, and the current step travelling along its link (MapBubble: the
 * compositor moves it, no script runs while it travels; it stays put when motion is reduced).
 */
export function NetworkMap({
  timeline,
  cursor,
  hosts,
  sender,
  eavesdropper,
  reducedMotion,
}: Props) {
  const t = useT();
  const places = useMemo(() => mapLayout(hosts, sender), [hosts, sender]);
  const state = mapState(timeline, cursor);
  const step = timeline[cursor];
  const columns = Math.max(...[...places.values()].map((p) => p.column)) + 1;
  const rows = Math.max(...[...places.values()].map((p) => p.row)) + 1;
  const width = (columns - 1) * COL_W + NODE_W + PAD * 2;
  const height = BAND + (rows - 1) * ROW_H + NODE_H + PAD * 2;
  const travel = step === undefined ? null : travelOf(step);
  // The bubble travels in the band above the hosts, from the sender towards the receiver.
  const along = (link: { from: string; to: string }, share: number) => {
    const a = centre(places, link.from);
    const b = centre(places, link.to);
    return { x: a.x + (b.x - a.x) * share, y: BAND / 2 + 4 };
  };
  const leftward = (link: { from: string; to: string }) =>
    centre(places, link.to).x < centre(places, link.from).x;
  // Events (connect, close, TLS…) are told in the reader's language; protocol text is not.
  const words = step === undefined ? null : eventWords(t, step, hosts);
  const wireText = (length?: number) =>
    step === undefined
      ? ''
      : eavesdropper && step.encrypted === true
        ? ciphertextOf(step.text, step.seq, length)
        : step.text;
  const bubbleText = truncate(words === null ? wireText(12) : (words.detail ?? words.sentence), 30);
  const bubble = travel === null ? null : { from: along(travel, 0), to: along(travel, 0.5) };

  return (
    <figure className="map">
      <div
        className="map-canvas"
        style={
          { aspectRatio: `${width} / ${height}`, '--map-ratio': width / height } as CSSProperties
        }
      >
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('map.label')}
          className="map-svg"
        >
          <Links links={state.links} places={places} />
          {hosts.map((host) => (
            <HostNode
              key={host.id}
              host={host}
              x={corner(places, host.id).x}
              y={corner(places, host.id).y}
              active={step !== undefined && (step.from === host.id || step.to === host.id)}
              queued={state.queued.includes(host.id)}
              delivered={state.delivered.includes(host.id)}
            />
          ))}
          <LinkLabels links={state.links} places={places} />
        </svg>
        {step !== undefined && (
          <MapBubble
            seq={step.seq}
            width={width}
            height={height}
            at={bubble?.to ?? null}
            fromPercent={bubble === null ? 0 : (100 * (bubble.from.x - bubble.to.x)) / width}
            text={travel === null ? '' : leftward(travel) ? `◀ ${bubbleText}` : `${bubbleText} ▶`}
            reducedMotion={reducedMotion}
          />
        )}
      </div>
      {step !== undefined && (
        <figcaption className="map-caption">
          {travel !== null
            ? t('map.current', {
                from: hostName(hosts, travel.from),
                to: hostName(hosts, travel.to),
              })
            : hostName(hosts, step.from)}
          {' — '}
          {words !== null && words.sentence}
          {words?.detail !== null && (
            <>
              {words !== null && ' '}
              <code lang="en">{truncate(words?.detail ?? wireText(), 90)}</code>
            </>
          )}
        </figcaption>
      )}
    </figure>
  );
}
