import type { TFunction } from 'i18next';
import { connectPort } from '../state/selectors/transcript';
import type { HostView } from '../state/world-view';
import type { Step } from '../world/timeline/step';
import { hostName } from './host-names';

/**
 * What a step that is not protocol text says, in the interface language: a sentence built from
 * its kind, its hosts and its close reason, and the protocol or log text that goes with it
 * (shown as written, never translated). Null for steps whose text is the protocol's own.
 */
export interface EventWords {
  sentence: string;
  /** A log line, a queue id… as the server wrote it, or null. */
  detail: string | null;
}

/** The TLS version and cipher the world names in its description of a handshake. */
function tlsParameters(text: string): string | null {
  const version = /TLSv[\d.]+/.exec(text)?.[0];
  const cipher = /TLS_[A-Z0-9_]+/.exec(text)?.[0];
  return version === undefined ? null : [version, cipher].filter(Boolean).join(' · ');
}

export function eventWords(
  t: TFunction,
  step: Step,
  hosts: readonly HostView[],
): EventWords | null {
  const from = hostName(hosts, step.from);
  const to = hostName(hosts, step.to);
  switch (step.kind) {
    case 'connect': {
      const port = connectPort(step);
      return {
        sentence:
          port === null
            ? t('events.connect', { from, to })
            : t('events.connectPort', { from, to, port }),
        detail: null,
      };
    }
    case 'close':
      return {
        sentence: t(`events.close.${step.closeReason ?? 'quit'}`, { from, to }),
        detail: null,
      };
    case 'tls':
      return { sentence: t('events.tls', { from, to }), detail: tlsParameters(step.text) };
    case 'queue':
      return { sentence: t('events.queue', { host: from }), detail: step.text };
    case 'deliver':
      return { sentence: t('events.deliver', { host: from }), detail: step.text };
    case 'bounce':
      return { sentence: t('events.bounce', { from, to }), detail: step.text };
    case 'log':
      return { sentence: t('events.log', { host: from }), detail: step.text };
    default:
      return null;
  }
}
