import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import type { Language } from '../../state/language';
import { usePlayback } from '../../state/playback';
import { writeUrlState } from '../../state/url-state';
import {
  KNOWN_WORLDS,
  DEFAULT_WORLD,
  isKnownWorld,
  loadWorld,
  type LoadedWorld,
} from '../../state/world-timelines';
import { SimulatorView } from './SimulatorView';

interface Props {
  world: string;
  step: number | null;
  language: Language;
  reducedMotion: boolean;
}

type Loading =
  | { status: 'loading' }
  | { status: 'loaded'; world: LoadedWorld }
  | { status: 'failed'; message: string };

const URL_WRITE_DELAY_MS = 250;

/** The link back to a world that exists, for a wrong address. */
function defaultWorldHref(): string {
  return writeUrlState(window.location.search, { world: DEFAULT_WORLD, step: null }) || '?';
}

/** The simulator screen: every view reads (timeline, cursor) and nothing else. */
export function Simulator({ world, step, language, reducedMotion }: Props) {
  const t = useT();
  const known = isKnownWorld(world);
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [outOfRange, setOutOfRange] = useState<{ step: number; last: number } | null>(null);

  useEffect(() => {
    if (!known) return;
    let live = true;
    loadWorld(world).then(
      (loaded) => {
        if (!live) return;
        const length = loaded.timeline.length;
        if (step !== null && step >= length) setOutOfRange({ step, last: length - 1 });
        usePlayback.getState().load(length, step !== null && step < length ? step : 0);
        setLoading({ status: 'loaded', world: loaded });
      },
      (error: unknown) => {
        if (live)
          setLoading({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [known, world, step]);

  // The step lives in the query string (replaceState: stepping does not fill the history),
  // written once stepping pauses: replaceState is slow enough to delay the next step's paint.
  // The store is followed outside React: a step renders the views, not this screen.
  useEffect(() => {
    if (loading.status !== 'loaded') return;
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const search = writeUrlState(window.location.search, {
          world,
          step: usePlayback.getState().cursor,
        });
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
      }, URL_WRITE_DELAY_MS);
    };
    later();
    const unsubscribe = usePlayback.subscribe((state, previous) => {
      if (state.cursor !== previous.cursor) later();
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [loading.status, world]);

  if (!known) {
    return (
      <div className="world-message" role="alert">
        <p>{t('sim.unknownWorld', { world })}</p>
        <p>{t('sim.knownWorlds', { worlds: KNOWN_WORLDS.join(', ') })}</p>
        <a href={defaultWorldHref()}>{t('sim.openDefault')}</a>
      </div>
    );
  }
  if (loading.status === 'failed') {
    return (
      <div className="world-message" role="alert">
        <p>{t('sim.loadFailed', { message: loading.message })}</p>
        <a href={defaultWorldHref()}>{t('sim.openDefault')}</a>
      </div>
    );
  }
  if (loading.status === 'loading') return <p className="world-loading">{t('sim.loading')}</p>;

  return (
    <div className="sim">
      {outOfRange !== null && (
        <div className="world-message" role="alert">
          <p>{t('sim.stepOutOfRange', outOfRange)}</p>
          <button
            type="button"
            onClick={() => {
              usePlayback.getState().first();
              setOutOfRange(null);
            }}
          >
            {t('sim.goFirst')}
          </button>
        </div>
      )}
      <SimulatorView world={loading.world} language={language} reducedMotion={reducedMotion} />
    </div>
  );
}
