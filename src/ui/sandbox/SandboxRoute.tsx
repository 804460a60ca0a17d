import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { FilePicker } from '../components/FilePicker';
import { useT } from '../i18n';
import { classroomWorld } from '../../content/worlds/classroom';
import type { Language } from '../../state/language';
import { usePlayback } from '../../state/playback';
import { Sandbox } from '../../state/sandbox-world';
import { formatTranscript, parseTranscript } from '../../state/sandbox-transcript';
import { worldView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { validateWorld } from '../../world/config/validate';
import { SimulatorView } from '../components/SimulatorView';
import { TerminalPanel } from './TerminalPanel';
import './sandbox.css';

interface Props {
  language: Language;
  reducedMotion: boolean;
}

/** The sandbox's world: the classroom, with nothing sent until the student types it. */
const WORLD_ID = 'classroom';
/** Alice's laptop: where a student sits first. */
const FIRST_HOST = 'alice-laptop';

function freshSandbox(): Sandbox {
  const result = validateWorld(structuredClone(classroomWorld));
  if (!result.ok) throw new Error('the classroom world does not validate');
  const sandbox = new Sandbox(result.world, FIRST_HOST);
  sandbox.openTerminal();
  return sandbox;
}

/** Gives the browser one frame to paint before the next batch of work. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The sandbox page: terminals on the live classroom world, and below them every view of the
 * simulator on the world's growing timeline, its cursor on the newest step unless the student
 * stepped back to look.
 */
export default function SandboxRoute({ language, reducedMotion }: Props) {
  const t = useT();
  // The serial tells a replay's fresh sandbox from the last one (their terminals share ids).
  const [{ sandbox, serial }, setSandbox] = useState(() => ({
    sandbox: freshSandbox(),
    serial: 0,
  }));
  const [replayError, setReplayError] = useState<number | null>(null);
  const version = useSyncExternalStore(
    (listener) => sandbox.subscribe(listener),
    () => sandbox.version,
  );
  // The world as the sandbox runs it: no scripted message, the student sends them.
  const view = useMemo(() => worldView({ ...classroomWorld, sends: [] }), []);
  const [timeline, setTimeline] = useState<Timeline>(() => [...sandbox.timeline]);

  // The views read a copy made once a frame at most: a paste of many batches redraws them once.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const length = sandbox.timeline.length;
      if (length === timeline.length && timeline.at(-1) === sandbox.timeline.at(-1)) return;
      const playback = usePlayback.getState();
      const following = playback.length === 0 || playback.cursor >= playback.length - 1;
      setTimeline([...sandbox.timeline]);
      playback.load(length, following ? length - 1 : playback.cursor);
    });
    return () => cancelAnimationFrame(frame);
  }, [sandbox, version, timeline]);

  const save = () => {
    const text = formatTranscript(WORLD_ID, sandbox.record);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    link.download = 'facteur-sandbox.txt';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const replay = async (file: File) => {
    const parsed = parseTranscript(await file.text());
    if (!parsed.ok) {
      setReplayError(parsed.line);
      return;
    }
    setReplayError(null);
    const result = validateWorld(structuredClone(classroomWorld));
    if (!result.ok) return;
    const fresh = new Sandbox(result.world, FIRST_HOST);
    usePlayback.getState().load(0);
    setSandbox({ sandbox: fresh, serial: serial + 1 });
    await fresh.replay(parsed.entries, nextFrame);
  };

  return (
    <div className="sandbox">
      <section className="sandbox-terminals" aria-labelledby="sandbox-title">
        <h2 id="sandbox-title">{t('sandbox.title')}</h2>
        <p>{t('sandbox.intro')}</p>
        <div className="sandbox-actions">
          <button type="button" onClick={() => sandbox.openTerminal()}>
            {t('sandbox.newTerminal')}
          </button>
          <button type="button" onClick={save}>
            {t('sandbox.save')}
          </button>
          <FilePicker
            label={t('sandbox.replay')}
            accept=".txt,text/plain"
            onFile={(file) => void replay(file)}
          />
          {replayError !== null && (
            <p role="alert">{t('sandbox.replayError', { line: replayError })}</p>
          )}
        </div>
        <div className="sandbox-grid">
          {sandbox.terminals.map((terminal) => (
            <TerminalPanel
              key={`${serial}-${terminal.id}`}
              sandbox={sandbox}
              id={terminal.id}
              version={version}
              hosts={view.hosts}
              pause={nextFrame}
            />
          ))}
        </div>
      </section>
      <section className="simulator" aria-label={t('simulator.label')}>
        <SimulatorView
          world={{ timeline, view }}
          language={language}
          reducedMotion={reducedMotion}
        />
      </section>
    </div>
  );
}
