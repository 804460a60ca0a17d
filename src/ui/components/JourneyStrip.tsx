import { m } from 'framer-motion';
import { useTranslation } from 'react-i18next';

/**
 * The hops every lesson starts from (CURRICULUM.md lesson 1), each with the protocol that
 * carries the mail to the next one. Protocol names are never translated.
 */
const HOPS = [
  { id: 'mua', port: 'SMTP 587' },
  { id: 'msa', port: 'DNS 53' },
  { id: 'dns', port: 'SMTP 25' },
  { id: 'mx', port: 'LMTP 24' },
  { id: 'mailbox', port: 'IMAP 143' },
  { id: 'client', port: null },
] as const;

/** A static outline of the journey, ready for the animated map of the simulator screen. */
export function JourneyStrip() {
  const { t } = useTranslation();
  return (
    <ol className="journey" aria-label={t('journey.label')}>
      {HOPS.map((hop, index) => (
        <m.li
          key={hop.id}
          className="journey-hop"
          initial={{ opacity: 0, y: 6 }}
          animate={{ opacity: 1, y: 0 }}
          transition={{ delay: index * 0.05 }}
        >
          <span className="journey-node">{t(`journey.${hop.id}`)}</span>
          {hop.port !== null && (
            <span className="journey-link" aria-hidden="true">
              <span className="journey-port">{hop.port}</span>
            </span>
          )}
        </m.li>
      ))}
    </ol>
  );
}
