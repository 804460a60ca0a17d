import { Fragment, useEffect, useId, useState } from 'react';
import { useT } from '../i18n';
import type { Checkpoint } from '../../content/lessons/types';
import type { Language } from '../../state/language';
import {
  base64Word,
  isRight,
  predictChoices,
  rightCode,
  rightDecoding,
  rightHops,
  scrambledHops,
  type Answer,
} from '../../state/lesson-checkpoints';
import type { CheckpointRecord } from '../../state/progress';
import { useViewOptions } from '../../state/view-options';
import { matchOne } from '../../world/timeline/query';
import type { Timeline } from '../../world/timeline/step';
import { RichText } from './RichText';

interface Props {
  timeline: Timeline;
  checkpoint: Checkpoint;
  language: Language;
  nameOf(host: string): string;
  /** The saved outcome, once answered or skipped. */
  outcome: CheckpointRecord['outcome'] | null;
  /** Class mode: nobody answers on this screen; the teacher reveals. */
  classMode: boolean;
  revealed: boolean;
  onAnswer(answer: Answer, right: boolean): void;
  onSkip(): void;
  onReveal(): void;
}

const firstLine = (text: string) => text.split('\r\n')[0] ?? text;

/** Why the picked answer is wrong, in the lesson's words when it has them. */
function wrongWhy(checkpoint: Checkpoint, answer: Answer, language: Language): string | null {
  if (checkpoint.kind === 'predictReply' && answer.kind === 'predictReply')
    return checkpoint.distractors.find((d) => d.code === answer.code)?.why[language] ?? null;
  if (checkpoint.kind === 'multipleChoice' && answer.kind === 'multipleChoice')
    return checkpoint.options[answer.option]?.why[language] ?? null;
  return null;
}

/** The answer the timeline gives, and why, as shown after answering, skipping or revealing. */
function RightAnswer({
  timeline,
  checkpoint,
  language,
  nameOf,
  shown,
}: Pick<Props, 'timeline' | 'checkpoint' | 'language' | 'nameOf'> & {
  /** The wrong answer whose reason is already shown above, not repeated. */
  shown: Answer | null;
}) {
  const t = useT();
  switch (checkpoint.kind) {
    case 'predictReply':
      return (
        <>
          <p>
            {t('lessons.checkpoint.engineAnswered', {
              code: rightCode(timeline, checkpoint.anchor),
            })}
          </p>
          <ul className="checkpoint-whys">
            {checkpoint.distractors
              .filter((d) => !(shown?.kind === 'predictReply' && shown.code === d.code))
              .map((d) => (
                <li key={d.code}>
                  <strong>{d.code}</strong> — <RichText text={d.why[language]} />
                </li>
              ))}
          </ul>
          <p>
            <RichText text={checkpoint.explanation[language]} />
          </p>
        </>
      );
    case 'multipleChoice':
      return (
        <ul className="checkpoint-whys">
          {checkpoint.options.map((option, index) =>
            shown?.kind === 'multipleChoice' && shown.option === index ? null : (
              <li key={index} className={option.correct ? 'why-right' : 'why-wrong'}>
                <strong>
                  <RichText text={option.text[language]} />
                </strong>{' '}
                — <RichText text={option.why[language]} />
              </li>
            ),
          )}
        </ul>
      );
    case 'selectLine':
      return (
        <>
          <p>
            {t('lessons.checkpoint.rightLine', {
              line: firstLine(matchOne(timeline, checkpoint.anchor).text),
            })}
          </p>
          <p>
            <RichText text={checkpoint.explanation[language]} />
          </p>
        </>
      );
    case 'decodeBase64':
      return (
        <>
          <p>
            {t('lessons.checkpoint.rightDecoding')}{' '}
            <code className="checkpoint-decoded">
              {rightDecoding(timeline, checkpoint)
                .split('\u0000')
                .map((part, index) => (
                  <Fragment key={index}>
                    {index > 0 && <span className="nul-byte">NUL</span>}
                    {part}
                  </Fragment>
                ))}
            </code>
          </p>
          <p>
            <RichText text={checkpoint.explanation[language]} />
          </p>
        </>
      );
    case 'orderHops':
      return (
        <>
          <p>
            {t('lessons.checkpoint.rightOrder', {
              hosts: rightHops(timeline, checkpoint).map(nameOf).join(' → '),
            })}
          </p>
          <p>
            <RichText text={checkpoint.explanation[language]} />
          </p>
        </>
      );
  }
}

/** How a student gives an answer, for each kind of checkpoint. */
function AnswerForm({
  timeline,
  checkpoint,
  language,
  nameOf,
  onAnswer,
}: Pick<Props, 'timeline' | 'checkpoint' | 'language' | 'nameOf'> & {
  onAnswer(answer: Answer): void;
}) {
  const t = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const [hops, setHops] = useState(() =>
    checkpoint.kind === 'orderHops' ? scrambledHops(rightHops(timeline, checkpoint), nameOf) : [],
  );

  // A transcript line selected while the question is open is the answer.
  useEffect(() => {
    if (checkpoint.kind !== 'selectLine') return;
    return useViewOptions.subscribe((state, previous) => {
      if (state.explained !== null && state.explained !== previous.explained)
        onAnswer({ kind: 'selectLine', seq: state.explained });
    });
  }, [checkpoint.kind, onAnswer]);

  switch (checkpoint.kind) {
    case 'predictReply':
      return (
        <div
          className="checkpoint-choices"
          role="group"
          aria-label={t('lessons.checkpoint.predict')}
        >
          {predictChoices(timeline, checkpoint).map((code) => (
            <button
              key={code}
              type="button"
              className="choice-code"
              onClick={() => onAnswer({ kind: 'predictReply', code })}
            >
              {code}
            </button>
          ))}
        </div>
      );
    case 'multipleChoice':
      return (
        <div
          className="checkpoint-options"
          role="group"
          aria-label={t('lessons.checkpoint.choose')}
        >
          {checkpoint.options.map((option, index) => (
            <button
              key={index}
              type="button"
              onClick={() => onAnswer({ kind: 'multipleChoice', option: index })}
            >
              <RichText text={option.text[language]} />
            </button>
          ))}
        </div>
      );
    case 'selectLine':
      return <p className="checkpoint-hint">{t('lessons.checkpoint.selectLine')}</p>;
    case 'decodeBase64':
      return (
        <form
          className="checkpoint-decode"
          onSubmit={(event) => {
            event.preventDefault();
            onAnswer({ kind: 'decodeBase64', text });
          }}
        >
          <p>
            <code className="checkpoint-base64">{base64Word(timeline, checkpoint)}</code>
          </p>
          <label htmlFor={inputId}>{t('lessons.checkpoint.decodeLabel')}</label>
          <input
            id={inputId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${inputId}-hint`} className="checkpoint-hint">
            {t('lessons.checkpoint.decodeHint')}
          </p>
          <button type="submit">{t('lessons.checkpoint.check')}</button>
        </form>
      );
    case 'orderHops': {
      const move = (from: number, to: number) =>
        setHops((list) => {
          const next = [...list];
          const [host] = next.splice(from, 1);
          if (host !== undefined) next.splice(to, 0, host);
          return next;
        });
      return (
        <div className="checkpoint-order">
          <p id={`${inputId}-order`}>{t('lessons.checkpoint.orderLabel')}</p>
          <ol aria-labelledby={`${inputId}-order`}>
            {hops.map((host, index) => (
              <li key={host}>
                <span className="hop-name">{nameOf(host)}</span>
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={t('lessons.checkpoint.moveUp', { host: nameOf(host) })}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={index === hops.length - 1}
                  aria-label={t('lessons.checkpoint.moveDown', { host: nameOf(host) })}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => onAnswer({ kind: 'orderHops', hosts: hops })}>
            {t('lessons.checkpoint.check')}
          </button>
        </div>
      );
    }
  }
}

/** A checkpoint: the question, then the feedback once answered, skipped or revealed. */
export function CheckpointCard(props: Props) {
  const { timeline, checkpoint, language, nameOf, outcome, classMode, revealed } = props;
  const t = useT();
  const [given, setGiven] = useState<Answer | null>(null);
  const settled = classMode ? revealed : outcome !== null;
  const answer = (picked: Answer) => {
    setGiven(picked);
    props.onAnswer(picked, isRight(timeline, checkpoint, picked));
  };
  const why = given === null ? null : wrongWhy(checkpoint, given, language);
  const genericWhy: Partial<Record<Checkpoint['kind'], string>> = {
    selectLine: t('lessons.checkpoint.lineWrong'),
    decodeBase64: t('lessons.checkpoint.decodeWrong'),
    orderHops: t('lessons.checkpoint.orderWrong'),
  };

  return (
    <section
      className={`checkpoint checkpoint-${checkpoint.kind}`}
      aria-labelledby={`checkpoint-${checkpoint.id}`}
    >
      <h3 id={`checkpoint-${checkpoint.id}`}>
        {checkpoint.kind === 'predictReply'
          ? t('lessons.checkpoint.predict')
          : t('lessons.checkpoint.question')}
      </h3>
      <p className="checkpoint-prompt">
        <RichText text={checkpoint.prompt[language]} />
      </p>
      {classMode && !revealed && (
        <>
          {checkpoint.kind === 'predictReply' && (
            <p className="checkpoint-codes">{predictChoices(timeline, checkpoint).join(' · ')}</p>
          )}
          {checkpoint.kind === 'multipleChoice' && (
            <ol className="checkpoint-class-options" type="A">
              {checkpoint.options.map((option, index) => (
                <li key={index}>
                  <RichText text={option.text[language]} />
                </li>
              ))}
            </ol>
          )}
          {checkpoint.kind === 'decodeBase64' && (
            <p>
              <code className="checkpoint-base64">{base64Word(timeline, checkpoint)}</code>
            </p>
          )}
          <p className="checkpoint-hint">{t('lessons.checkpoint.classWaiting')}</p>
          <button type="button" className="primary" onClick={props.onReveal}>
            {t('lessons.checkpoint.reveal')}
          </button>
        </>
      )}
      {!classMode && outcome === null && (
        <>
          <AnswerForm
            timeline={timeline}
            checkpoint={checkpoint}
            language={language}
            nameOf={nameOf}
            onAnswer={answer}
          />
          <button type="button" className="link-button" onClick={props.onSkip}>
            {t('lessons.checkpoint.skip')}
          </button>
        </>
      )}
      {settled && (
        <div
          className={`checkpoint-feedback feedback-${classMode ? 'revealed' : outcome}`}
          role="status"
        >
          {!classMode && outcome === 'right' && (
            <p className="feedback-verdict">✓ {t('lessons.checkpoint.right')}</p>
          )}
          {!classMode && outcome === 'wrong' && (
            <>
              <p className="feedback-verdict">✗ {t('lessons.checkpoint.wrong')}</p>
              {why === null && given !== null && genericWhy[checkpoint.kind] !== undefined && (
                <p>{genericWhy[checkpoint.kind]}</p>
              )}
            </>
          )}
          {!classMode && outcome === 'skipped' && <p>{t('lessons.checkpoint.skipped')}</p>}
          {why !== null && outcome === 'wrong' && (
            <p className="feedback-why">
              <RichText text={why} />
            </p>
          )}
          <RightAnswer
            timeline={timeline}
            checkpoint={checkpoint}
            language={language}
            nameOf={nameOf}
            shown={!classMode && outcome === 'wrong' ? given : null}
          />
        </div>
      )}
    </section>
  );
}
