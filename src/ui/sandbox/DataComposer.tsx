import { useState } from 'react';
import { useT } from '../i18n';
import { stuffDots } from '../../protocols/message/dot-stuffing';

interface Props {
  /** The session is in DATA (after 354): the composed lines can go. */
  ready: boolean;
  onSend: (lines: string[]) => void;
}

/** The lines DATA sends for a message: headers, a blank line, the dot-stuffed text, then ".". */
export function messageLines(fields: {
  from: string;
  to: string;
  subject: string;
  body: string;
}): string[] {
  const text = fields.body.split(/\r?\n/).map(stuffDots);
  return [
    `From: ${fields.from}`,
    `To: ${fields.to}`,
    `Subject: ${fields.subject}`,
    '',
    ...text,
    '.',
  ];
}

/** Writes a message for DATA and shows the end-of-data rule before it goes. */
export function DataComposer({ ready, onSend }: Props) {
  const t = useT();
  const [fields, setFields] = useState({
    from: 'alice@lycee.example',
    to: 'bob@ecole.example',
    subject: 'Hello',
    body: 'Hello Bob,\n.this line starts with a dot\nAlice',
  });
  const lines = messageLines(fields);
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) =>
      setFields({ ...fields, [name]: event.target.value }),
  });
  return (
    <div className="term-helper" role="group" aria-label={t('sandbox.composer.button')}>
      <label>
        {t('sandbox.composer.from')} <input {...field('from')} />
      </label>
      <label>
        {t('sandbox.composer.to')} <input {...field('to')} />
      </label>
      <label>
        {t('sandbox.composer.subject')} <input {...field('subject')} />
      </label>
      <label className="term-body">
        {t('sandbox.composer.body')} <textarea rows={4} {...field('body')} />
      </label>
      <p>{t('sandbox.composer.dotRule')}</p>
      <p>{t('sandbox.composer.preview')}</p>
      <pre className="term-preview">
        {lines.map((line, index) => (
          <span key={index} className={index === lines.length - 1 ? 'term-dot' : undefined}>
            {line === '' ? ' ' : line}
            {'\n'}
          </span>
        ))}
      </pre>
      <button type="button" disabled={!ready} onClick={() => onSend(lines)}>
        {t('sandbox.composer.send')}
      </button>
      {!ready && <p className="hint">{t('sandbox.composer.notInData')}</p>}
    </div>
  );
}
