import { create } from 'zustand';

/** Playback speeds a teacher can pick: half speed for a slow class, four times to skip ahead. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** How long one step stays on screen at 1×, in ms. */
export const STEP_DURATION_MS = 1200;

export interface Playback {
  /** Steps in the loaded timeline; 0 while none is loaded. */
  length: number;
  /** The step shown, from 0 to length − 1. */
  cursor: number;
  playing: boolean;
  speed: Speed;
}

export interface PlaybackActions {
  /** A new timeline: keeps the cursor if it still fits, else goes to its first step. */
  load(length: number, cursor?: number | null): void;
  seek(cursor: number): void;
  first(): void;
  previous(): void;
  next(): void;
  last(): void;
  togglePlaying(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
}

export type PlaybackStore = Playback & PlaybackActions;

/** The nearest valid step for a timeline of `length` steps. */
export function clampCursor(cursor: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(cursor)), length - 1);
}

/** The commands bound to keys (← → space Home End); anything else is left to the page. */
export type PlaybackCommand = 'first' | 'previous' | 'togglePlaying' | 'next' | 'last';

export function commandForKey(key: string): PlaybackCommand | null {
  switch (key) {
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case ' ':
      return 'togglePlaying';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export function createPlaybackStore() {
  return create<PlaybackStore>()((set, get) => ({
    length: 0,
    cursor: 0,
    playing: false,
    speed: 1,
    load: (length, cursor = null) =>
      set({ length, cursor: clampCursor(cursor ?? 0, length), playing: false }),
    seek: (cursor) => set({ cursor: clampCursor(cursor, get().length) }),
    first: () => set({ cursor: 0, playing: false }),
    previous: () => set({ cursor: clampCursor(get().cursor - 1, get().length), playing: false }),
    next: () => {
      const { cursor, length } = get();
      const target = clampCursor(cursor + 1, length);
      // Playing stops by itself on the last step.
      set({ cursor: target, playing: get().playing && target < length - 1 });
    },
    last: () => set({ cursor: clampCursor(get().length - 1, get().length), playing: false }),
    togglePlaying: () => {
      const { playing, cursor, length } = get();
      if (playing) return set({ playing: false });
      if (length === 0) return;
      // Play from the start when the end is reached, as every media player does.
      set({ playing: true, cursor: cursor >= length - 1 ? 0 : cursor });
    },
    pause: () => set({ playing: false }),
    setSpeed: (speed) => set({ speed }),
  }));
}

/** The app's one playback store. */
export const usePlayback = createPlaybackStore();
