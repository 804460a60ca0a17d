// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapBubble } from '../../../src/ui/components/MapBubble';

/** What the page asked the browser to animate: jsdom has no Web Animations of its own. */
interface Trip {
  layer: Element;
  keyframes: Keyframe[];
  cancel: ReturnType<typeof vi.fn>;
}
let trips: Trip[] = [];

beforeEach(() => {
  trips = [];
  Object.defineProperty(SVGSVGElement.prototype, 'animate', {
    configurable: true,
    value(this: Element, keyframes: Keyframe[]) {
      const trip = { layer: this, keyframes, cancel: vi.fn() };
      trips.push(trip);
      return trip;
    },
  });
});
afterEach(() => {
  cleanup();
  delete (SVGSVGElement.prototype as Partial<SVGSVGElement>).animate;
});

function bubble(seq: number, props: { at?: { x: number; y: number } | null; reduced?: boolean }) {
  return (
    <MapBubble
      seq={seq}
      width={1000}
      height={200}
      at={props.at === undefined ? { x: 300, y: 21 } : props.at}
      fromPercent={-12.5}
      text={`step ${seq} ▶`}
      reducedMotion={props.reduced ?? false}
    />
  );
}

describe('the map bubble', () => {
  it('travels again at each step on the same layer, the last trip cancelled', () => {
    const { rerender, container } = render(bubble(3, {}));
    const layer = container.querySelector('svg.map-bubble');
    rerender(bubble(4, {}));

    expect(container.querySelector('svg.map-bubble')).toBe(layer);
    expect(container.querySelector('.map-bubble text')?.textContent).toBe('step 4 ▶');
    expect(trips).toHaveLength(2);
    expect(trips.every((trip) => trip.layer === layer)).toBe(true);
    expect(trips[0]?.cancel).toHaveBeenCalledOnce();
    expect(trips[1]?.cancel).not.toHaveBeenCalled();
    // From the sender's side of the link, faded, to its place.
    expect(trips[1]?.keyframes[0]).toEqual({ transform: 'translateX(-12.5%)', opacity: 0.4 });
    expect(trips[1]?.keyframes[1]).toEqual({ transform: 'none', opacity: 1 });
  });

  it('stays still when motion is reduced', () => {
    const { container } = render(bubble(3, { reduced: true }));
    expect(container.querySelector('.map-bubble text')?.textContent).toBe('step 3 ▶');
    expect(trips).toHaveLength(0);
  });

  it('shows nothing and does not travel for a step that crosses no link', () => {
    const { container } = render(bubble(5, { at: null }));
    expect(container.querySelector('.map-bubble g')).toBeNull();
    expect(trips).toHaveLength(0);
  });
});
