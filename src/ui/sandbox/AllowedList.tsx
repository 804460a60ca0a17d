import { useT } from '../i18n';
import type { AllowedCommands, SessionProtocol } from '../../state/sandbox-allowed';
import { SHELL_VERBS } from '../../state/sandbox-shell';

interface Props {
  allowed: AllowedCommands | null;
  /** Puts a verb in the input line. */
  onPick: (verb: string) => void;
}

/** The state chart's machine of a session, whose state names are translated there. */
function chartMachine(protocol: SessionProtocol): 'smtp' | 'pop3' | 'imap' {
  return protocol === 'lmtp' ? 'smtp' : protocol;
}

/**
 * "What can I type now?": the session machine's answer for the current state, its state and
 * guards named in the reader's language.
 */
export function AllowedList({ allowed, onPick }: Props) {
  const t = useT();
  if (allowed === null) {
    return (
      <div className="term-helper term-allowed">
        <p>{t('sandbox.allowed.shell')}</p>
        <ul>
          {SHELL_VERBS.map((verb) => (
            <li key={verb}>
              <button type="button" onClick={() => onPick(`${verb} `)}>
                <code>{verb}</code>
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (allowed.expecting !== 'commands') {
    return (
      <div className="term-helper term-allowed">
        <p>{t(`sandbox.allowed.${allowed.expecting}`)}</p>
      </div>
    );
  }
  return (
    <div className="term-helper term-allowed">
      <p>
        {t('sandbox.allowed.title', {
          state: allowed.state,
          label: t(`chart.machines.${chartMachine(allowed.protocol)}.states.${allowed.state}`, {
            defaultValue: allowed.state,
          }),
        })}
      </p>
      {allowed.protocol === 'imap' && <p className="hint">{t('sandbox.allowed.imapTag')}</p>}
      <ul>
        {allowed.accepted.map(({ verb, unless }) => (
          <li key={verb}>
            <button type="button" onClick={() => onPick(`${verb} `)}>
              <code>{verb}</code>
            </button>
            {unless.length > 0 && (
              <span className="hint">
                {' '}
                {t('sandbox.allowed.unless', {
                  guards: unless
                    .map((guard) => t(`sandbox.allowed.guards.${guard}`, { defaultValue: guard }))
                    .join(t('sandbox.allowed.or')),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {allowed.refused.length > 0 && (
        <p>
          {t('sandbox.allowed.refused')} <code>{allowed.refused.join(' ')}</code>
        </p>
      )}
    </div>
  );
}
