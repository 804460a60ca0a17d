import type { ExplanationCatalogue } from './types';

/**
 * Ce que lit l'élève sur LMTP (RFC 2033) tel que le parle Dovecot LMTP 2.3.19. Les commandes et
 * réponses communes avec SMTP sont expliquées dans le catalogue SMTP (clés `smtp.*`).
 */
export const lmtpFr: ExplanationCatalogue = {
  'lmtp.command.LHLO': {
    title: 'LHLO — bonjour, version LMTP',
    meaning:
      'Le bonjour propre à LMTP, à la place d’EHLO. Il annonce que le client parle LMTP, où chaque destinataire reçoit sa propre réponse après les données.',
    when: 'Première commande après l’accueil, du MX vers le serveur de boîtes.',
    action: 'Lisez la liste des extensions, puis envoyez MAIL FROM.',
    rfc: 'RFC 2033 §4.1',
  },
  'lmtp.reply.greeting': {
    title: '220 — serveur de boîtes prêt',
    meaning: 'Le serveur de boîtes (Dovecot LMTP) accepte la connexion de livraison.',
    when: 'Dès que le MX se connecte, en général sur le port 24 ou une socket locale.',
    action: 'Envoyez LHLO.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.lhlo': {
    title: '250 — bonjour, et mes extensions',
    meaning: 'La première ligne nomme le serveur de boîtes ; les autres listent ses extensions.',
    when: 'Après LHLO.',
    action: 'Envoyez MAIL FROM.',
    rfc: 'RFC 2033 §4.1',
  },
  'lmtp.reply.unknownCommand': {
    title: '500 5.5.1 — commande inconnue',
    meaning: 'Dovecot LMTP ne connaît pas cette commande. EHLO et HELO n’existent pas en LMTP.',
    when: 'Après EHLO, HELO ou tout verbe inconnu.',
    action: 'Utilisez LHLO pour vous présenter.',
    rfc: 'RFC 2033 §4.1',
  },
  'lmtp.reply.mailOk': {
    title: '250 2.1.0 — expéditeur accepté',
    meaning: 'La transaction de livraison est ouverte.',
    when: 'Après MAIL FROM.',
    action: 'Envoyez un RCPT TO par boîte.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.rcptOk': {
    title: '250 2.1.5 — la boîte existe',
    meaning: 'Le serveur de boîtes connaît cet utilisateur.',
    when: 'Après RCPT TO.',
    action: 'Ajoutez d’autres destinataires, ou envoyez DATA.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.dataStart': {
    title: '354 — envoyez le message',
    meaning:
      'Le serveur de boîtes attend le message, terminé par une ligne contenant seulement un point.',
    when: 'Après DATA.',
    action: 'Envoyez le message et le point final ; lisez ensuite une réponse par destinataire.',
    rfc: 'RFC 2033 §4.2',
  },
  'lmtp.reply.ok': {
    title: '250 2.0.0 — d’accord',
    meaning: 'La commande a réussi.',
    when: 'Après RSET ou NOOP.',
    action: 'Continuez.',
    rfc: 'RFC 2033 §4',
  },
  'lmtp.reply.saved': {
    title: '250 2.0.0 — enregistré dans la boîte',
    meaning:
      'Le message est maintenant dans la boîte de ce destinataire. C’est la livraison finale, pas une file d’attente.',
    when: 'Après la fin des données : une réponse par destinataire accepté, dans l’ordre des RCPT.',
    action: 'Le destinataire peut maintenant le lire avec POP3 ou IMAP.',
    rfc: 'RFC 2033 §4.2',
  },
  'lmtp.reply.userDoesntExist': {
    title: '550 5.1.1 — utilisateur inexistant',
    meaning: 'Le serveur de boîtes n’a aucun utilisateur à cette adresse.',
    when: 'Après RCPT TO.',
    action:
      'Le MX renvoie un avis d’erreur pour ce destinataire. Vérifiez l’adresse ou la base des utilisateurs.',
    rfc: 'RFC 2033 §4 ; RFC 3463',
  },
  'lmtp.reply.quotaExceeded': {
    title: '552 5.2.2 — boîte pleine',
    meaning:
      'La boîte de ce destinataire dépasse son quota. Le refus est définitif : le message revient à l’expéditeur.',
    when: 'Après la fin des données, pour ce destinataire seulement.',
    action:
      'L’utilisateur supprime (et purge) des messages, ou l’administrateur augmente le quota.',
    rfc: 'RFC 2033 §4.2 ; RFC 3463',
  },
  'lmtp.reply.quotaExceededTemporary': {
    title: '452 4.2.2 — boîte pleine, réessayez plus tard',
    meaning:
      'La boîte dépasse son quota, mais le serveur le présente comme temporaire (quota_full_tempfail). Le MX garde le message et réessaie.',
    when: 'Après la fin des données, pour ce destinataire seulement.',
    action: 'Libérez de la place dans la boîte avant que le MX abandonne (5 jours par défaut).',
    rfc: 'RFC 2033 §4.2 ; RFC 3463',
  },
};
