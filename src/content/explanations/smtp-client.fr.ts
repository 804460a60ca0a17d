import type { ExplanationCatalogue } from './types';

/**
 * The French texts of smtp-client.en.ts: the sending side of SMTP and LMTP (the client's
 * states, why it gave up, what its outcome means).
 */
export const smtpClientFr: ExplanationCatalogue = {
  // States of the client machine
  'smtpClient.state.connecting': {
    title: 'Connexion',
    meaning:
      'Le client a ouvert une connexion TCP vers le serveur. Le serveur n’a encore rien dit.',
    when: 'Tout au début de la session.',
    action: 'Viennent ensuite la négociation TLS (port 465) ou la bannière du serveur.',
    rfc: 'RFC 5321 §3.1',
  },
  'smtpClient.state.awaitingTlsHandshake': {
    title: 'Négociation TLS',
    meaning:
      'Le client et le serveur choisissent leurs clés de chiffrement, et le serveur présente son certificat. Aucune commande SMTP ne passe pendant ce temps.',
    when: 'Avant la bannière sur le port 465, ou après « 220 2.0.0 Ready to start TLS ».',
    action: 'Après STARTTLS, le client oublie l’ancienne liste d’extensions et renvoie EHLO.',
    rfc: 'RFC 3207 §4.2, RFC 8314 §3',
  },
  'smtpClient.state.awaitingGreeting': {
    title: 'Attente de la bannière',
    meaning: 'Le client attend que le serveur parle le premier, avec une ligne 220.',
    when: 'Juste après la connexion (ou après la négociation TLS sur le port 465).',
    action: 'Sur 220, le client envoie EHLO. Sur 421 ou 554, il abandonne.',
    rfc: 'RFC 5321 §3.1',
  },
  'smtpClient.state.awaitingEhlo': {
    title: 'Attente de la réponse à EHLO (ou LHLO)',
    meaning: 'Le client s’est présenté et attend la liste des extensions.',
    when: 'Après la bannière, et de nouveau après STARTTLS.',
    action:
      'Si le serveur ne connaît pas EHLO, le client essaie HELO. En LMTP, il n’y a pas de repli.',
    rfc: 'RFC 5321 §4.1.1.1, RFC 2033 §4.1',
  },
  'smtpClient.state.awaitingHelo': {
    title: 'Attente de la réponse à HELO',
    meaning: 'Le serveur a refusé EHLO : le client emploie l’ancienne salutation, sans extensions.',
    when: 'Après une réponse 5xx ou 4xx à EHLO.',
    action: 'Après HELO, le client n’utilise aucune extension : ni STARTTLS, ni AUTH, ni SIZE.',
    rfc: 'RFC 5321 §3.2',
  },
  'smtpClient.state.negotiating': {
    title: 'Choix de l’étape suivante',
    meaning:
      'Le client lit la liste des extensions et décide : d’abord STARTTLS, puis AUTH, puis la transaction.',
    when: 'Après chaque EHLO, HELO, STARTTLS ou AUTH réussi.',
    action: 'Un client n’utilise jamais une extension que le serveur n’a pas annoncée.',
    rfc: 'RFC 5321 §2.2.2',
  },
  'smtpClient.state.awaitingStarttls': {
    title: 'Attente de la réponse à STARTTLS',
    meaning: 'Le client a demandé à passer la connexion en TLS.',
    when: 'Après EHLO, quand le serveur a annoncé STARTTLS.',
    action:
      'Sur 220, la négociation TLS commence. En cas de refus, un logiciel de messagerie sur le port 587 s’arrête ; un relais sur le port 25 continue en clair.',
    rfc: 'RFC 3207 §4',
  },
  'smtpClient.state.awaitingAuth': {
    title: 'Authentification',
    meaning:
      'Le client prouve qui est l’utilisateur. Chaque 334 est une question (en base64) ; le client y répond sur une ligne à part.',
    when: 'Après EHLO sous TLS, sur le port de soumission.',
    action: '235 signifie que c’est réussi. 535 signale un identifiant ou un mot de passe faux.',
    rfc: 'RFC 4954 §4',
  },
  'smtpClient.state.awaitingMail': {
    title: 'Attente de la réponse à MAIL FROM',
    meaning: 'Le client a donné l’expéditeur de l’enveloppe et attend que le serveur l’accepte.',
    when: 'Au début de la transaction.',
    action: 'Avec PIPELINING, les commandes RCPT et DATA sont déjà parties avec MAIL FROM.',
    rfc: 'RFC 5321 §4.1.1.2, RFC 2920 §3.1',
  },
  'smtpClient.state.awaitingRcpt': {
    title: 'Attente d’une réponse à RCPT TO',
    meaning:
      'Chaque destinataire reçoit sa propre réponse : certains peuvent être acceptés, d’autres refusés.',
    when: 'Après MAIL FROM, une fois par destinataire.',
    action:
      'Si au moins un destinataire est accepté, le client envoie DATA ; sinon il envoie QUIT.',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  'smtpClient.state.awaitingData': {
    title: 'Attente de la réponse à DATA',
    meaning: 'Le client a demandé à envoyer le message et attend 354.',
    when: 'Après la dernière réponse à RCPT TO.',
    action:
      'Sur 354, le client envoie le message (avec un point doublé en début de ligne) et le termine par une ligne qui ne contient qu’un point.',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  'smtpClient.state.awaitingDataEnd': {
    title: 'Attente de la réponse au point final',
    meaning:
      'Le message est parti en entier. En SMTP, une seule réponse arrive ; en LMTP, une réponse par destinataire accepté.',
    when: 'Après la ligne qui ne contient qu’un point.',
    action: 'Un 250 signifie que le serveur prend désormais le message sous sa responsabilité.',
    rfc: 'RFC 5321 §4.2.5, RFC 2033 §4.2',
  },
  'smtpClient.state.awaitingQuit': {
    title: 'Au revoir',
    meaning: 'Le client a envoyé QUIT et attend 221 avant de fermer.',
    when: 'Après la transaction, ou après un refus qui y met fin.',
    action: 'Plus rien : la connexion se ferme.',
    rfc: 'RFC 5321 §4.1.1.10',
  },
  'smtpClient.state.done': {
    title: 'Session terminée',
    meaning: 'La connexion est fermée et le sort de chaque destinataire est connu.',
    when: 'Après 221, un 421, un délai dépassé ou une connexion perdue.',
    action:
      'Un gestionnaire de file réessaie plus tard pour les destinataires différés, et écrit un avis de non-remise pour ceux qui sont refusés.',
    rfc: 'RFC 5321 §4.5.4.1',
  },

  // Why the client gave up
  'smtpClient.failure.reply': {
    title: 'Refus du serveur',
    meaning:
      'Le serveur a répondu par un code d’erreur. 4xx est temporaire : on garde le message et on réessaie plus tard. 5xx est définitif.',
    when: 'À n’importe quelle étape : bannière, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA ou point final.',
    action:
      'Lisez le code étendu et le texte : ils disent ce qui ne va pas (utilisateur inconnu, relais refusé, boîte pleine…).',
    rfc: 'RFC 5321 §4.2.1, RFC 3463',
  },
  'smtpClient.failure.tlsNotOffered': {
    title: 'TLS exigé mais non proposé',
    meaning: 'Le client doit chiffrer, et le serveur n’a pas annoncé STARTTLS.',
    when: 'Après EHLO, avant l’envoi de tout mot de passe.',
    action:
      'Vérifiez le port et le réglage de sécurité : STARTTLS sur 587, ou TLS implicite sur 465.',
    rfc: 'RFC 3207 §4, RFC 8314 §3',
  },
  'smtpClient.failure.authNotOffered': {
    title: 'AUTH non proposé par le serveur',
    meaning:
      'Le client a un mot de passe à envoyer, mais le serveur n’a pas annoncé AUTH. En général, il ne le propose qu’après STARTTLS.',
    when: 'Après EHLO, quand le client devrait s’authentifier.',
    action: 'Activez STARTTLS (587) ou le TLS implicite (465) dans le logiciel de messagerie.',
    rfc: 'RFC 4954 §4',
    difference:
      'Le message est celui de smtplib (Python). Postfix, en relais, enverrait sans AUTH.',
  },
  'smtpClient.failure.noSuitableMechanism': {
    title: 'Aucune méthode d’authentification commune',
    meaning:
      'Le serveur propose AUTH, mais pas le mécanisme choisi dans le client (PLAIN ou LOGIN).',
    when: 'Après EHLO, avant AUTH.',
    action: 'Choisissez un mécanisme qui figure sur la ligne AUTH du serveur.',
    rfc: 'RFC 4954 §4, RFC 4422 §3.1',
  },
  'smtpClient.failure.messageTooBig': {
    title: 'Message plus gros que ce qu’accepte le serveur',
    meaning:
      'Le serveur a annoncé une taille maximale avec SIZE, et le message la dépasse. Le client n’essaie même pas.',
    when: 'Après EHLO, avant MAIL FROM.',
    action:
      'Envoyez un message plus petit (un lien plutôt que la pièce jointe), ou relevez la limite sur le serveur.',
    rfc: 'RFC 1870 §6',
  },
  'smtpClient.failure.timeout': {
    title: 'Pas de réponse à temps',
    meaning:
      'Le serveur n’a pas répondu dans le délai du client (5 minutes pour la plupart des étapes, 10 après le point final).',
    when: 'Pendant que le client attend une réponse.',
    action:
      'Le message reste dans la file et sera réessayé. Vérifiez le réseau et la charge du serveur.',
    rfc: 'RFC 5321 §4.5.3.2',
  },
  'smtpClient.failure.lostConnection': {
    title: 'Connexion perdue',
    meaning:
      'Le serveur a fermé la connexion sans répondre. Le client fait comme s’il avait reçu un 451.',
    when: 'À tout moment avant la fin de la transaction.',
    action: 'Le message reste dans la file et sera réessayé.',
    rfc: 'RFC 5321 §3.8',
  },
  'smtpClient.failure.malformed': {
    title: 'Ce n’est pas une réponse SMTP',
    meaning:
      'Le serveur a envoyé une ligne qui ne commence pas par un code à trois chiffres. Ce n’est peut-être pas un serveur SMTP.',
    when: 'À tout moment, souvent dès la bannière.',
    action:
      'Vérifiez le port : un serveur POP3 répond +OK, un serveur HTTP répond tout autre chose.',
    rfc: 'RFC 5321 §4.2',
    difference: 'Le texte de cette erreur est propre au simulateur.',
  },

  // Outcome of a session
  'smtpClient.result.delivered': {
    title: 'Accepté par le serveur',
    meaning:
      'Le serveur a répondu 250 après le point final pour chaque destinataire : il prend désormais le message sous sa responsabilité.',
    when: 'À la fin de la session.',
    action:
      'Ce n’est pas encore « dans la boîte de Bob » : le serveur suivant peut encore échouer, et il enverra alors un avis de non-remise.',
    rfc: 'RFC 5321 §4.2.5, §6.1',
  },
  'smtpClient.result.deferred': {
    title: 'Différé',
    meaning: 'Un échec temporaire (4xx, délai dépassé, connexion perdue) : rien n’est perdu.',
    when: 'À la fin de la session.',
    action:
      'La file réessaie plus tard, pendant 5 jours au plus, puis renvoie un avis de non-remise.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'smtpClient.result.bounced': {
    title: 'Refusé définitivement',
    meaning: 'Un échec définitif (5xx) : réessayer ne servira à rien.',
    when: 'À la fin de la session.',
    action:
      'Un relais écrit un avis de non-remise à l’expéditeur de l’enveloppe ; un logiciel de messagerie montre l’erreur à l’utilisateur.',
    rfc: 'RFC 5321 §4.2.1, RFC 3464',
  },
  'smtpClient.result.partial': {
    title: 'Certains destinataires acceptés, d’autres non',
    meaning: 'Chaque destinataire a son propre sort : remis, différé ou refusé.',
    when: 'À la fin de la session.',
    action:
      'Lisez le sort de chaque destinataire : seuls les refusés donnent lieu à un avis de non-remise.',
    rfc: 'RFC 5321 §3.3',
  },
};
