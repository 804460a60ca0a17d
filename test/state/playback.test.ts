import { describe, expect, it } from 'vitest';
import { clampCursor, commandForKey, createPlaybackStore } from '../../src/state/playback';

function store(length: number, cursor?: number) {
  const playback = createPlaybackStore();
  playback.getState().load(length, cursor);
  return playback;
}

describe('the playback store', () => {
  it('starts a loaded timeline on the step asked for, or the first', () => {
    expect(store(10, 4).getState().cursor).toBe(4);
    expect(store(10).getState().cursor).toBe(0);
  });

  it('never leaves the timeline: previous at the first step and next at the last stay put', () => {
    const playback = store(3);
    playback.getState().previous();
    expect(playback.getState().cursor).toBe(0);
    playback.getState().last();
    expect(playback.getState().cursor).toBe(2);
    playback.getState().next();
    expect(playback.getState().cursor).toBe(2);
  });

  it('clamps a seek outside the timeline to its nearest end', () => {
    const playback = store(5);
    playback.getState().seek(99);
    expect(playback.getState().cursor).toBe(4);
    playback.getState().seek(-3);
    expect(playback.getState().cursor).toBe(0);
    expect(clampCursor(7, 0)).toBe(0);
  });

  it('stops playing on the last step', () => {
    const playback = store(3, 1);
    playback.getState().togglePlaying();
    expect(playback.getState().playing).toBe(true);
    playback.getState().next();
    expect(playback.getState()).toMatchObject({ cursor: 2, playing: false });
  });

  it('plays again from the first step when pressed at the end', () => {
    const playback = store(3, 2);
    playback.getState().togglePlaying();
    expect(playback.getState()).toMatchObject({ cursor: 0, playing: true });
  });

  it('pauses when the person steps by hand', () => {
    const playback = store(5, 2);
    playback.getState().togglePlaying();
    playback.getState().previous();
    expect(playback.getState()).toMatchObject({ cursor: 1, playing: false });
  });

  it('does not play an empty timeline', () => {
    const playback = store(0);
    playback.getState().togglePlaying();
    expect(playback.getState().playing).toBe(false);
  });

  it('keeps the speed chosen between 0.5× and 4×', () => {
    const playback = store(5);
    playback.getState().setSpeed(4);
    expect(playback.getState().speed).toBe(4);
  });
});

describe('playback keys', () => {
  it('binds ← → space Home End, and nothing else', () => {
    expect(
      ['ArrowLeft', 'ArrowRight', ' ', 'Home', 'End', 'a', 'Enter'].map(commandForKey),
    ).toEqual(['previous', 'next', 'togglePlaying', 'first', 'last', null, null]);
  });
});
