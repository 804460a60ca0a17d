import { useT } from '../i18n';

/** The non-delivery reports that came back, as the sender's mailbox holds them. */
export function BouncePanel({ bounces }: { bounces: readonly { address: string; raw: string }[] }) {
  const t = useT();
  if (bounces.length === 0) return <p className="panel-empty">{t('troubleshoot.noBounce')}</p>;
  return (
    <div className="bounces">
      {bounces.map((bounce, index) => (
        <section key={index} aria-labelledby={`bounce-${index}`}>
          <h4 id={`bounce-${index}`}>{t('troubleshoot.bounceFor', { address: bounce.address })}</h4>
          {/* Focusable: it scrolls, and a keyboard must reach what is below. */}
          <pre className="tool-output" tabIndex={0} lang="en">
            {bounce.raw.replaceAll('\r\n', '\n')}
          </pre>
        </section>
      ))}
    </div>
  );
}
