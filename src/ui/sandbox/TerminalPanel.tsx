import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { completeVerb } from '../../state/sandbox-completion';
import type { Sandbox } from '../../state/sandbox-world';
import type { HostView } from '../../state/world-view';
import { AllowedList } from './AllowedList';
import { Base64Helper } from './Base64Helper';
import { DataComposer } from './DataComposer';
import { TerminalScreen } from './TerminalScreen';

interface Props {
  sandbox: Sandbox;
  id: number;
  version: number;
  hosts: readonly HostView[];
  /** Lets the browser paint between two batches of a long paste. */
  pause: () => Promise<void>;
}

type Helper = 'allowed' | 'base64' | 'composer' | null;

/** One terminal: its screen, its input line with history and completion, and its helpers. */
export function TerminalPanel({ sandbox, id, version, hosts, pause }: Props) {
  const t = useT();
  const terminal = sandbox.terminal(id);
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [helper, setHelper] = useState<Helper>(null);
  const [pasting, setPasting] = useState<{ done: number; count: number } | null>(null);
  const [target, setTarget] = useState({ host: 'mx.ecole.example', port: 25, tls: false });
  const connected = terminal.link !== null;
  const allowed = sandbox.allowed(id);
  const inputId = `term-input-${id}`;

  const send = (line: string) => {
    sandbox.remember(id, line);
    setInput('');
    setOptions([]);
    sandbox.enter(id, line);
  };

  const sendMany = async (lines: string[]) => {
    setPasting({ done: 0, count: lines.length });
    await sandbox.paste(id, lines, async (done) => {
      setPasting({ done, count: lines.length });
      await pause();
    });
    setPasting(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      send(input);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const line = sandbox.browseHistory(id, event.key === 'ArrowUp' ? 'back' : 'forward', input);
      if (line !== null) setInput(line);
    } else if (event.key === 'Tab' && !event.shiftKey && input !== '') {
      event.preventDefault();
      const { verbs, tagged, lowerCase } = sandbox.completions(id);
      const completion = completeVerb(input, verbs, { tagged, lowerCase });
      setInput(completion.line);
      setOptions(completion.options);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    const lines = (input + text).split(/\r\n|\r|\n/);
    // As in a terminal, the last unfinished line stays in the input.
    const rest = lines.pop() ?? '';
    setInput(rest);
    void sendMany(lines);
  };

  const insert = (line: string) => {
    setInput(line);
    document.getElementById(inputId)?.focus();
  };
  const pick = (verb: string) => {
    const tag = allowed?.protocol === 'imap' ? `a${terminal.history.entries.length + 1} ` : '';
    insert(`${tag}${verb}`);
  };
  const connect = () => {
    const { host, port, tls } = target;
    send(tls ? `openssl s_client -connect ${host}:${port}` : `telnet ${host} ${port}`);
  };
  const servers = hosts.filter((host) => host.ports.length > 0);
  const ports = servers.find((host) => host.name === target.host)?.ports ?? [];
  const toggle = (name: Exclude<Helper, null>) => setHelper(helper === name ? null : name);

  return (
    <section className="terminal" aria-labelledby={`term-title-${id}`} data-version={version}>
      <div className="terminal-head">
        <h3 id={`term-title-${id}`}>{t('sandbox.terminal', { id })}</h3>
        <label>
          {t('sandbox.runsOn')}{' '}
          <select
            value={terminal.from}
            disabled={connected}
            onChange={(event) => sandbox.moveTerminal(id, event.target.value)}
          >
            {hosts.map((host) => (
              <option key={host.id} value={host.id}>
                {host.name}
              </option>
            ))}
          </select>
        </label>
        {connected ? (
          <button type="button" onClick={() => sandbox.hangUp(id)}>
            {t('sandbox.hangUp')}
          </button>
        ) : (
          <span className="terminal-connect">
            <select
              aria-label={t('sandbox.server')}
              value={target.host}
              onChange={(event) => setTarget({ ...target, host: event.target.value })}
            >
              {servers.map((host) => (
                <option key={host.id} value={host.name}>
                  {host.name}
                </option>
              ))}
            </select>
            <input
              aria-label={t('sandbox.port')}
              type="number"
              min={1}
              max={65535}
              list={`term-ports-${id}`}
              value={target.port}
              onChange={(event) => setTarget({ ...target, port: Number(event.target.value) })}
            />
            <datalist id={`term-ports-${id}`}>
              {ports.map((port) => (
                <option key={port.port} value={port.port}>
                  {port.protocol.toUpperCase()} {port.tls}
                </option>
              ))}
            </datalist>
            <label>
              <input
                type="checkbox"
                checked={target.tls}
                onChange={(event) => setTarget({ ...target, tls: event.target.checked })}
              />{' '}
              {t('sandbox.implicitTls')}
            </label>
            <button type="button" onClick={connect}>
              {t('sandbox.connect')}
            </button>
          </span>
        )}
        <button
          type="button"
          className="terminal-close"
          aria-label={t('sandbox.closeTerminal', { id })}
          onClick={() => sandbox.closeTerminal(id)}
        >
          ×
        </button>
      </div>
      <TerminalScreen id={id} lines={terminal.lines} version={version} />
      <div className="terminal-input">
        <label htmlFor={inputId} className="visually-hidden">
          {t('sandbox.input', { id })}
        </label>
        <span aria-hidden="true">{connected ? '' : '$'}</span>
        <input
          id={inputId}
          className="term-input"
          autoComplete="off"
          spellCheck={false}
          value={input}
          placeholder={connected ? '' : t('sandbox.promptHint')}
          aria-describedby={`term-keys-${id}`}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      </div>
      <p id={`term-keys-${id}`} className="hint">
        {pasting !== null
          ? t('sandbox.pasting', pasting)
          : options.length > 0
            ? t('sandbox.matches', { list: options.join(' ') })
            : t('sandbox.keys')}
      </p>
      <div className="terminal-tools">
        <button
          type="button"
          aria-expanded={helper === 'allowed'}
          onClick={() => toggle('allowed')}
        >
          {t('sandbox.allowed.button')}
        </button>
        <button type="button" aria-expanded={helper === 'base64'} onClick={() => toggle('base64')}>
          {t('sandbox.base64.button')}
        </button>
        <button
          type="button"
          aria-expanded={helper === 'composer'}
          onClick={() => toggle('composer')}
        >
          {t('sandbox.composer.button')}
        </button>
      </div>
      {helper === 'allowed' && <AllowedList allowed={connected ? allowed : null} onPick={pick} />}
      {helper === 'base64' && <Base64Helper onInsert={insert} />}
      {helper === 'composer' && (
        <DataComposer
          ready={allowed?.expecting === 'message'}
          onSend={(lines) => void sendMany(lines)}
        />
      )}
    </section>
  );
}
