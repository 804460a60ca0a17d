import { useId, useState } from 'react';
import { useT } from '../i18n';
import { encodeBase64 } from '../../protocols/encoding/base64';

interface Props {
  /** Puts a line in the terminal's input, for the student to read and send with Enter. */
  onInsert: (line: string) => void;
}

/** RFC 4616 §2: PLAIN's message is authzid NUL authcid NUL passwd (authzid left empty). */
export function plainResponse(user: string, password: string): string {
  return encodeBase64(`\u0000${user}\u0000${password}`);
}

/** Encodes AUTH PLAIN and LOGIN answers, and shows what the base64 holds. */
export function Base64Helper({ onInsert }: Props) {
  const t = useT();
  const id = useId();
  const [mechanism, setMechanism] = useState<'PLAIN' | 'LOGIN'>('PLAIN');
  const [user, setUser] = useState('alice@lycee.example');
  const [password, setPassword] = useState('merveilles');
  const plain = `AUTH PLAIN ${plainResponse(user, password)}`;
  return (
    <div className="term-helper" role="group" aria-label={t('sandbox.base64.button')}>
      <fieldset>
        <legend>{t('sandbox.base64.mechanism')}</legend>
        {(['PLAIN', 'LOGIN'] as const).map((name) => (
          <label key={name}>
            <input
              type="radio"
              name={`${id}-mechanism`}
              checked={mechanism === name}
              onChange={() => setMechanism(name)}
            />{' '}
            {name}
          </label>
        ))}
      </fieldset>
      <label>
        {t('sandbox.base64.user')}{' '}
        <input value={user} onChange={(event) => setUser(event.target.value)} />
      </label>
      <label>
        {t('sandbox.base64.password')}{' '}
        <input value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      {mechanism === 'PLAIN' ? (
        <>
          <p>{t('sandbox.base64.plain')}</p>
          <p className="term-code">
            base64(&quot;\0{user}\0{password}&quot;) → <code>{plain}</code>
          </p>
          <button type="button" onClick={() => onInsert(plain)}>
            {t('sandbox.base64.insert')}
          </button>
        </>
      ) : (
        <>
          <p>{t('sandbox.base64.login')}</p>
          <p className="term-code">
            AUTH LOGIN → 334 VXNlcm5hbWU6 → <code>{encodeBase64(user)}</code> → 334 UGFzc3dvcmQ6 →{' '}
            <code>{encodeBase64(password)}</code>
          </p>
          <button type="button" onClick={() => onInsert(encodeBase64(user))}>
            {t('sandbox.base64.insertUser')}
          </button>{' '}
          <button type="button" onClick={() => onInsert(encodeBase64(password))}>
            {t('sandbox.base64.insertPassword')}
          </button>
        </>
      )}
      <p className="hint">{t('sandbox.base64.warning')}</p>
    </div>
  );
}
