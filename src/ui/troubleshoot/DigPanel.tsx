import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import type { DigType } from '../../state/scenario-run';

const TYPES: readonly DigType[] = ['MX', 'A', 'TXT', 'PTR'];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

interface Asked {
  command: string;
  answer: string;
}

/** A `dig` at the world's resolver: the question typed, the answer as dig prints it. */
export function DigPanel({ dig }: { dig: (name: string, type: DigType) => string }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [type, setType] = useState<DigType>('MX');
  const [asked, setAsked] = useState<Asked[]>([]);
  const [empty, setEmpty] = useState(false);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    setEmpty(trimmed === '');
    if (trimmed === '') return;
    // dig -x turns an address into its in-addr.arpa name and asks for PTR.
    const command =
      type === 'PTR' && IPV4.test(trimmed) ? `dig -x ${trimmed}` : `dig ${trimmed} ${type}`;
    setAsked((list) => [{ command, answer: dig(trimmed, type) }, ...list].slice(0, 5));
  };

  return (
    <div className="dig">
      <form className="tool-form" onSubmit={ask}>
        <label htmlFor={`${id}-name`}>{t('troubleshoot.digName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          spellCheck={false}
          autoCapitalize="off"
          aria-describedby={empty ? `${id}-empty` : undefined}
          aria-invalid={empty}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={`${id}-type`}>{t('troubleshoot.digType')}</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(event) => setType(event.target.value as DigType)}
        >
          {TYPES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
        <button type="submit">{t('troubleshoot.digAsk')}</button>
      </form>
      {empty && (
        <p id={`${id}-empty`} className="field-error" role="alert">
          {t('troubleshoot.digEmpty')}
        </p>
      )}
      <div aria-live="polite">
        {asked.map((entry, index) => (
          <pre key={asked.length - index} className="tool-output" tabIndex={0} lang="en">
            <span className="tool-prompt">{`$ ${entry.command}\n`}</span>
            {entry.answer}
          </pre>
        ))}
      </div>
    </div>
  );
}
