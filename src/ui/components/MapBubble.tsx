import { useLayoutEffect, useRef } from 'react';

/** The bubble's trip, as the classroom sees it: long enough to follow, short enough to step. */
const TRAVEL_MS = 600;

interface Props {
  /** The step the bubble carries: each new one travels again. */
  seq: number;
  /** The map's drawing size: the layer is the drawing's box, laid over it. */
  width: number;
  height: number;
  /** Where the bubble stops, in the drawing's units, or null for a step that does not travel. */
  at: { x: number; y: number } | null;
  /** Where it starts from, as a share of the layer's width (negative: from the left). */
  fromPercent: number;
  text: string;
  reducedMotion: boolean;
}

/**
 * The current step's bubble, on a layer of its own over the map. The layer stays from step to
 * step and only its words and place change; its trip is a Web Animation of the layer's
 * transform and opacity, which the browser's compositor runs. A layer mounted anew for each
 * step cost the page a new layer and its style and layout at every step.
 */
export function MapBubble({ seq, width, height, at, fromPercent, text, reducedMotion }: Props) {
  const layer = useRef<SVGSVGElement>(null);
  const travels = at !== null;

  useLayoutEffect(() => {
    const node = layer.current;
    // jsdom has no Web Animations; with reduced motion the bubble is simply there.
    if (node === null || !travels || reducedMotion || typeof node.animate !== 'function') return;
    const trip = node.animate(
      [
        { transform: `translateX(${fromPercent}%)`, opacity: 0.4 },
        { transform: 'none', opacity: 1 },
      ],
      { duration: TRAVEL_MS, easing: 'ease-in-out' },
    );
    return () => trip.cancel();
  }, [seq, travels, fromPercent, reducedMotion]);

  return (
    <svg ref={layer} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className="map-bubble">
      {at !== null && (
        <g transform={`translate(${at.x} ${at.y})`}>
          <rect x={-108} y={-13} width={216} height={22} rx="11" />
          <text x="0" y="3" textAnchor="middle" lang="en">
            {text}
          </text>
        </g>
      )}
    </svg>
  );
}
