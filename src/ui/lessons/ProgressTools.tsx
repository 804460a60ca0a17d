import { useId, useState } from 'react';
import { FilePicker } from '../components/FilePicker';
import { useT } from '../i18n';
import {
  exportProgress,
  importProgress,
  score,
  useProgress,
  type ProgressProblem,
} from '../../state/progress';

type Message = { tone: 'ok' | 'error'; text: string } | null;

const PROBLEM_KEYS: Record<ProgressProblem, string> = {
  corruptStorage: 'progress.corruptStorage',
  partlyUnreadable: 'progress.partlyUnreadable',
};

/** Progress summary, export to a file, import from one, reset (asked twice). */
export function ProgressTools({ lessonCount }: { lessonCount: number }) {
  const t = useT();
  const dialogId = useId();
  const lessons = useProgress((s) => s.lessons);
  const scenarios = useProgress((s) => s.scenarios);
  const problem = useProgress((s) => s.problem);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const records = Object.values(lessons);
  const { right, total } = score(records);
  const done = records.filter((record) => record.done).length;

  const save = () => {
    const blob = new Blob([exportProgress({ lessons, scenarios })], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'facteur-progress.json';
    link.click();
    // Revoking at once can cancel the download in some browsers: let it start first.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const load = async (file: File) => {
    const result = importProgress(await file.text());
    if (!result.ok) {
      const keys = {
        notJson: 'progress.importNotJson',
        notProgress: 'progress.importNotProgress',
        newerVersion: 'progress.importNewer',
      } as const;
      setMessage({ tone: 'error', text: t(keys[result.reason]) });
      return;
    }
    useProgress.getState().merge(result.progress);
    setMessage({
      tone: 'ok',
      text:
        result.dropped === 0
          ? t('progress.imported')
          : t('progress.importedPartly', { count: result.dropped }),
    });
  };

  return (
    <section className="progress-tools" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.title')}</h2>
      {problem !== null && (
        <div className="progress-message tone-error" role="alert">
          <p>{t(PROBLEM_KEYS[problem])}</p>
          <button type="button" onClick={() => useProgress.getState().clearProblem()}>
            {t('progress.dismiss')}
          </button>
        </div>
      )}
      <p>{t('progress.summary', { done, count: lessonCount, right, total })}</p>
      <div className="progress-buttons">
        <button type="button" onClick={save}>
          {t('progress.export')}
        </button>
        <FilePicker
          label={t('progress.import')}
          accept="application/json,.json"
          onFile={(file) => void load(file)}
        />
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('progress.reset')}
          </button>
        )}
      </div>
      {confirming && (
        <div
          className="progress-confirm"
          role="alertdialog"
          aria-labelledby={`${dialogId}-confirm`}
        >
          <p id={`${dialogId}-confirm`}>{t('progress.resetConfirm')}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              useProgress.getState().reset();
              setConfirming(false);
            }}
          >
            {t('progress.resetYes')}
          </button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('progress.resetNo')}
          </button>
        </div>
      )}
      {message !== null && (
        <p
          className={`progress-message tone-${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
