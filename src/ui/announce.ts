import type { TFunction } from 'i18next';
import { replyClass } from '../state/selectors/reply-class';
import type { HostView } from '../state/world-view';
import type { Step } from '../world/timeline/step';
import { eventWords } from './event-text';
import { hostName } from './host-names';

/** One sentence per step for the polite live region, in the interface language. */
export function announceStep(t: TFunction, step: Step, hosts: readonly HostView[]): string {
  const from = hostName(hosts, step.from);
  const to = hostName(hosts, step.to);
  const base = { step: step.seq, from, to };
  const secret = step.encrypted === true ? ` ${t('sim.announce.encrypted')}` : '';
  switch (step.kind) {
    case 'connect':
      return t('sim.announce.connect', base);
    case 'command':
      return t('sim.announce.command', { ...base, verb: step.command?.verb ?? '' }) + secret;
    case 'reply': {
      const cls = replyClass(step);
      return (
        t('sim.announce.reply', {
          ...base,
          code: step.reply?.code ?? '',
          cls: cls === null ? '' : t(`replyClass.${cls}`),
        }) + secret
      );
    }
    case 'data':
      return t('sim.announce.data', base) + secret;
    default: {
      const words = eventWords(t, step, hosts);
      const text = words === null ? step.text : [words.sentence, words.detail].join(' ').trim();
      return t('sim.announce.other', { step: step.seq, text });
    }
  }
}
