import { memo, useState } from 'react';
import { useT } from '../i18n';
import { decodeEncodedWords } from '../../protocols/message/encoded-word';
import { parseMessage } from '../../protocols/message/header';
import { decodePartText, parseMime } from '../../protocols/message/mime-parse';
import { messageAt } from '../../state/selectors/message-at';
import type { Timeline } from '../../world/timeline/step';

/** A message is content, not a protocol exchange: parsing it here is the inspector's job. */
function inspect(raw: string, previous: string | null) {
  const fields = parseMessage(raw).fields;
  const before = previous === null ? 0 : parseMessage(previous).fields.length;
  // Trace fields are prepended (RFC 5321 §4.4): what this hop added is at the top.
  const added = Math.max(0, fields.length - before);
  const root = parseMime(raw);
  const body = root.type === 'text' ? decodePartText(raw, root) : null;
  return { fields, added: previous === null ? 0 : added, body, encoding: root.encoding };
}

interface Props {
  timeline: Timeline;
  cursor: number;
}

/** The inspector changes when a hop carries the message or adds to its envelope. */
function sameMessage(a: Props, b: Props): boolean {
  return messageAt(a.timeline, a.cursor) === messageAt(b.timeline, b.cursor);
}

export const MessageInspector = memo(function MessageInspector({ timeline, cursor }: Props) {
  const t = useT();
  const [view, setView] = useState<'structured' | 'raw'>('structured');
  const snapshot = messageAt(timeline, cursor);
  if (snapshot === null) return <p className="panel-empty">{t('inspector.none')}</p>;
  const message = inspect(snapshot.raw, snapshot.previousRaw);
  return (
    <div className="inspector">
      <div className="inspector-bar">
        <p className="inspector-hop">
          {t('inspector.hop', { hop: snapshot.hop, step: snapshot.seq })}
        </p>
        <div role="group" aria-label={t('inspector.label')} className="toggle">
          {(['structured', 'raw'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={view === mode}
              onClick={() => setView(mode)}
            >
              {t(`inspector.${mode}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="inspector-columns">
        <section aria-labelledby="inspector-envelope">
          <h4 id="inspector-envelope">{t('inspector.envelope')}</h4>
          <p className="hint">{t('inspector.envelopeHint')}</p>
          <ul className="envelope" lang="en">
            {snapshot.envelope.map((step) => (
              <li key={step.seq}>
                <code>{step.text}</code>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="inspector-headers">
          <h4 id="inspector-headers">{t('inspector.headers')}</h4>
          <p className="hint">{t('inspector.headersHint')}</p>
          {view === 'raw' ? (
            <pre className="raw" lang="en" tabIndex={0}>
              {snapshot.raw.replaceAll('\r\n', '\n')}
            </pre>
          ) : (
            <>
              <dl className="headers">
                {message.fields.map((field, index) => {
                  const decoded = decodeEncodedWords(field.value);
                  return (
                    <div
                      key={`${field.name}-${index}`}
                      className={index < message.added ? 'header-added' : undefined}
                    >
                      <dt>
                        <span lang="en">{field.name}:</span>
                        {index < message.added && (
                          <span className="header-new">
                            {' '}
                            <span aria-hidden="true">+</span> {t('inspector.added')}
                          </span>
                        )}
                      </dt>
                      <dd>
                        <span lang="en">{field.value.replace(/\s+/g, ' ')}</span>
                        {decoded !== field.value && (
                          <span className="header-decoded">
                            {' '}
                            — {t('inspector.decoded', { text: decoded })}
                          </span>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {message.body !== null && (
                <>
                  <h5>
                    {t('inspector.body')} <span className="hint">({message.encoding})</span>
                  </h5>
                  <pre className="body" tabIndex={0}>
                    {message.body.replaceAll('\r\n', '\n').trim()}
                  </pre>
                </>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}, sameMessage);
