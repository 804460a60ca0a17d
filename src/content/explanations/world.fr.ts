import type { ExplanationCatalogue } from './types';

/**
 * Le monde autour des protocoles, en français, connexions TCP, TLS, questions DNS, file
 * d’attente de chaque MTA, remises dans les boîtes et journaux des serveurs.
 */
export const worldFr: ExplanationCatalogue = {
  'tcp.connect': {
    title: 'Connexion TCP',
    meaning:
      'Le client ouvre une connexion TCP vers un port du serveur (poignée de main en trois temps).',
    when: 'Avant toute commande : 25 entre serveurs de messagerie, 587 ou 465 pour la soumission, 993 ou 143 pour IMAP, 995 ou 110 pour POP3, 24 pour LMTP.',
    action:
      'Attendez que le serveur parle en premier : les serveurs SMTP, POP3 et IMAP envoient un message d’accueil.',
    rfc: 'RFC 9293 §3.5',
  },
  'tcp.refused': {
    title: 'Connexion refusée',
    meaning:
      'L’hôte a répondu par un RST TCP : rien n’écoute sur ce port, ou un pare-feu le rejette.',
    when: 'Juste après la tentative, un aller-retour plus tard.',
    action:
      'Vérifiez le numéro de port et que le service tourne. Un MTA essaie le MX suivant, puis réessaie plus tard.',
    rfc: 'RFC 9293 §3.10.7.1',
  },
  'tcp.timeout': {
    title: 'Délai de connexion dépassé',
    meaning: 'Aucune réponse n’est revenue : un pare-feu jette les paquets, ou l’hôte est éteint.',
    when: 'Quand le client a cessé d’attendre (30 secondes ici).',
    action: 'Vérifiez les pare-feux (un FAI bloque souvent le port 25) et que l’hôte fonctionne.',
    rfc: 'RFC 5321 §4.5.3.2',
  },
  'tcp.unreachable': {
    title: 'Hôte injoignable',
    meaning: 'Aucune route ne mène à cette adresse : l’hôte est éteint ou l’adresse est fausse.',
    when: 'Quand la tentative de connexion a expiré.',
    action:
      'Vérifiez l’adresse dans le DNS et le chemin réseau. Un MTA garde le message et réessaie.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'tcp.close.quit': {
    title: 'Connexion fermée après QUIT',
    meaning:
      'La session s’est terminée normalement : le client a dit au revoir et le serveur a fermé.',
    when: 'Après la réponse à QUIT (ou LOGOUT en IMAP).',
    action: 'Rien à faire : c’est la fin normale.',
    rfc: 'RFC 5321 §4.1.1.10',
  },
  'tcp.close.drop': {
    title: 'Connexion coupée',
    meaning: 'Un des deux côtés a raccroché sans dire au revoir.',
    when: 'À n’importe quel moment de la session.',
    action:
      'En POP3, les suppressions ne sont pas appliquées sans QUIT. En SMTP, un message sans son point final n’est pas accepté.',
  },
  'tcp.close.timeout': {
    title: 'Fermée après un délai dépassé',
    meaning: 'Un côté a trop attendu l’autre et a abandonné.',
    when: 'Après le délai de l’état en cours (par exemple 300 s pour une commande SMTP).',
    action: 'Cherchez pourquoi l’autre côté s’est tu (point final oublié, client bloqué).',
    rfc: 'RFC 5321 §4.5.3.2',
  },
  'tcp.close.refused': {
    title: 'Fermée par un serveur qui refuse',
    meaning: 'Le serveur a refusé la session dès le début et a fermé la connexion.',
    when: 'Juste après le message d’accueil (421 ou 554).',
    action: 'Lisez le message d’accueil : il dit pourquoi. Un MTA essaie un autre MX ou plus tard.',
  },
  'tcp.close.error': {
    title: 'Fermée après trop d’erreurs',
    meaning: 'Le serveur a mis fin à une session qui faisait trop d’erreurs.',
    when: 'Après la limite d’erreurs (Postfix : 20 erreurs).',
    action: 'Corrigez les commandes envoyées par le client.',
  },
  'tcp.close.policy': {
    title: 'Fermée par la politique du serveur',
    meaning:
      'Le serveur a fermé la connexion à cause de quelque chose qu’il n’autorise pas (par exemple un LF seul).',
    when: 'Juste après l’envoi interdit.',
    action: 'Lisez la dernière réponse : elle nomme la règle.',
  },
  'tls.handshake': {
    title: 'Négociation TLS',
    meaning:
      'Client et serveur s’accordent sur des clés ; désormais tout ce qui passe sur cette connexion est chiffré.',
    when: 'Juste après la connexion (TLS implicite : 465, 993, 995) ou après STARTTLS / STLS.',
    action: 'Continuez la session : un espion ne voit plus que du texte chiffré.',
    rfc: 'RFC 8446 ; RFC 8314 §3',
  },
  'tls.wrongVersion': {
    title: 'Échec TLS : wrong version number',
    meaning:
      'Le client attendait du TLS dès le premier octet mais le serveur a envoyé un accueil en clair (ou l’inverse).',
    when: 'Au début d’une connexion sur le mauvais port ou avec le mauvais mode TLS.',
    action: 'Utilisez 465/993/995 avec TLS implicite, 587/143/110 avec STARTTLS.',
    rfc: 'RFC 8314 §3',
  },
  'smtp.data': {
    title: 'Le message lui-même',
    meaning:
      'L’en-tête et le corps du message, envoyés après 354, terminés par une ligne contenant un seul point.',
    when: 'Après la réponse 354 à DATA.',
    action:
      'Attendez la réponse finale : 250 veut dire que le serveur a pris le message en charge.',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  'lmtp.data': {
    title: 'Le message, remis au serveur de boîtes',
    meaning: 'Le MX envoie le message au serveur de boîtes aux lettres, comme en SMTP.',
    when: 'Après 354 en réponse à DATA sur la connexion LMTP.',
    action: 'Lisez une réponse par destinataire après le point final.',
    rfc: 'RFC 2033 §4.2',
  },
  'dns.type.A': {
    title: 'Question : l’adresse IPv4 d’un nom',
    meaning: 'L’hôte demande à son résolveur l’enregistrement A d’un nom.',
    when: 'Avant de se connecter à un serveur, ou pour confirmer un nom inverse.',
    action: 'Lisez la réponse : l’adresse où se connecter, ou pourquoi il n’y en a pas.',
    rfc: 'RFC 1035 §3.4.1',
  },
  'dns.type.AAAA': {
    title: 'Question : l’adresse IPv6 d’un nom',
    meaning: 'L’hôte demande à son résolveur l’enregistrement AAAA d’un nom.',
    when: 'Avant une connexion en IPv6, ou pendant une vérification SPF pour un client IPv6.',
    action: 'Lisez la réponse : l’adresse, ou pourquoi il n’y en a pas.',
    rfc: 'RFC 3596',
  },
  'dns.type.MX': {
    title: 'Question : qui reçoit le courrier de ce domaine ?',
    meaning: 'Le MTA expéditeur demande les enregistrements MX du domaine du destinataire.',
    when: 'Quand le gestionnaire de file relaie un message vers un autre domaine, ou quand SPF rencontre un mécanisme « mx ».',
    action: 'Lisez les hôtes MX et leurs préférences ; le plus petit nombre est essayé d’abord.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.type.TXT': {
    title: 'Question : les textes attachés à un nom',
    meaning:
      'Les enregistrements TXT portent les politiques SPF, les clés publiques DKIM et les politiques DMARC.',
    when: 'Quand le MX vérifie l’expéditeur : SPF sur le domaine de l’expéditeur, DKIM sur <sélecteur>._domainkey, DMARC sur _dmarc.',
    action: 'Lisez la politique dans la réponse ; pas d’enregistrement veut dire « none ».',
    rfc: 'RFC 7208 §4.4 ; RFC 6376 §3.6.2 ; RFC 7489 §6.1',
  },
  'dns.type.PTR': {
    title: 'Question : le nom d’une adresse (DNS inverse)',
    meaning: 'Le serveur demande quel nom correspond à l’adresse IP du client.',
    when: 'Dès qu’un client se connecte à un MX ; le nom apparaît dans Received: et dans les journaux.',
    action: 'Sans PTR confirmé, le client devient « unknown », et certains serveurs le refusent.',
    rfc: 'RFC 1035 §3.5',
  },
  'dns.type.CNAME': {
    title: 'Question : ce nom est-il un alias ?',
    meaning: 'L’hôte demande le nom canonique qui se cache derrière un alias.',
    when: 'Quand un nom dont il a besoin pointe ailleurs.',
    action: 'Suivez l’alias ; la cible d’un MX ne doit pas être un alias.',
    rfc: 'RFC 1034 §3.6.2',
  },
  'mailbox.delivered': {
    title: 'Enregistré dans la boîte',
    meaning:
      'Le message est écrit dans l’INBOX du destinataire, avec Return-Path: et Delivered-To: en tête.',
    when: 'À la remise finale : après LMTP sur le serveur de boîtes, ou par remise locale chez le fournisseur.',
    action: 'Le logiciel du destinataire peut maintenant le relever en IMAP ou en POP3.',
    rfc: 'RFC 5321 §4.4',
  },
  'queue.active': {
    title: 'File d’attente : tentative de remise',
    meaning:
      'Le gestionnaire de file (Postfix qmgr) prend le message et essaie ses destinataires : from=, taille et nombre de destinataires.',
    when: 'Juste après l’acceptation du message, puis à chaque nouvel essai.',
    action: 'Suivez la ligne status= qui vient pour chaque destinataire.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'queue.removed': {
    title: 'File d’attente : message retiré',
    meaning:
      'Tous les destinataires sont traités (remis, rejetés ou expirés) : le fichier de file est supprimé.',
    when: 'Après la dernière ligne status= du message.',
    action: 'Plus rien dans mailq pour ce message.',
  },
  'queue.status.sent': {
    title: 'status=sent',
    meaning:
      'Le saut suivant a accepté ce destinataire : le message est désormais sous sa responsabilité.',
    when: 'Après 250 à la fin des données (ou « delivered to mailbox » en remise locale).',
    action: 'Regardez le saut suivant pour continuer à suivre le message.',
    rfc: 'RFC 5321 §6.1',
  },
  'queue.status.deferred': {
    title: 'status=deferred : nouvel essai plus tard',
    meaning:
      'Un échec temporaire (réponse 4xx, délai dépassé, panne DNS) : le message reste dans la file.',
    when: 'Après un essai raté. Postfix réessaie après 300 s, puis double l’attente jusqu’à 4000 s.',
    action:
      'Lisez la raison entre parenthèses. Au bout de 5 jours, le message est renvoyé à l’expéditeur.',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'queue.status.bounced': {
    title: 'status=bounced : échec définitif',
    meaning:
      'Une réponse 5xx ou une erreur permanente : ce destinataire ne recevra jamais le message.',
    when: 'Tout de suite, après le refus.',
    action:
      'Un avis de non-remise part vers l’expéditeur de l’enveloppe. Lisez la raison : utilisateur inconnu, politique, etc.',
    rfc: 'RFC 5321 §4.2.5',
  },
  'queue.status.expired': {
    title: 'status=expired, returned to sender',
    meaning:
      'Le message a attendu dans la file pendant toute la durée de vie permise (5 jours par défaut), sans succès.',
    when: 'Au premier essai raté après cette durée.',
    action:
      'L’expéditeur reçoit un avis avec la dernière erreur temporaire (Status: 4.x.x, Action: failed).',
    rfc: 'RFC 5321 §4.5.4.1',
  },
  'queue.bounce': {
    title: 'Avis de non-remise : Undelivered Mail Returned to Sender',
    meaning:
      'Le MTA qui détenait le message écrit un rapport de remise à l’expéditeur de l’enveloppe, depuis l’expéditeur vide <>.',
    when: 'Après un échec définitif ou une expiration, jamais au sujet d’un avis lui-même.',
    action:
      'L’expéditeur lit Status: et Diagnostic-Code: dans le rapport pour savoir ce qui a échoué.',
    rfc: 'RFC 3464 ; RFC 5321 §4.5.5',
  },
  'queue.delayWarning': {
    title: 'Avertissement : Delayed Mail (still being retried)',
    meaning:
      'Le message attend depuis plus de delay_warning_time ; l’expéditeur est prévenu, et le MTA continue d’essayer.',
    when: 'Une seule fois, quand un message en attente atteint cet âge.',
    action: 'Inutile de renvoyer le message. Vérifiez le domaine ou le serveur du destinataire.',
    rfc: 'RFC 3464 §2.3.3',
  },
  'log.smtpd.connect': {
    title: 'Journal : connect from',
    meaning:
      'Postfix smtpd note un nouveau client avec son nom inverse et son adresse (« unknown » sans PTR confirmé).',
    when: 'Quand un client se connecte au port 25, 587 ou 465.',
    action: 'Servez-vous du nom et de l’adresse pour suivre ce client dans le journal.',
  },
  'log.smtpd.client': {
    title: 'Journal : client=',
    meaning:
      'smtpd a créé un fichier de file pour un message de ce client ; sasl_username indique qui s’est authentifié.',
    when: 'Quand un message est accepté.',
    action: 'Cherchez cet identifiant de file dans le journal pour suivre le message.',
  },
  'log.smtpd.reject': {
    title: 'Journal : NOQUEUE: reject',
    meaning:
      'smtpd a refusé un destinataire ; aucun fichier de file n’a été créé. La ligne donne la réponse, from=, to= et helo=.',
    when: 'Quand un RCPT TO reçoit une réponse 4xx ou 5xx.',
    action:
      'Lisez le texte de la réponse : relais refusé, utilisateur inconnu, liste noire, SPF, liste grise…',
    rfc: 'RFC 5321 §4.2',
  },
  'log.smtpd.milterReject': {
    title: 'Journal : milter-reject à END-OF-MESSAGE',
    meaning: 'Un filtre de contenu (ici le milter DMARC) a refusé le message après ses données.',
    when: 'À la fin des données.',
    action: 'Lisez la raison ; pour DMARC, vérifiez l’alignement de SPF et DKIM avec From:.',
    rfc: 'RFC 7489 §6.6',
  },
  'log.smtpd.disconnect': {
    title: 'Journal : disconnect from',
    meaning:
      'smtpd résume la session : chaque commande avec le nombre de réussites (rcpt=0/1 : une envoyée, aucune acceptée).',
    when: 'À la fin de la connexion.',
    action: 'Un compte x/y désigne la commande qui a échoué.',
  },
  'log.cleanup': {
    title: 'Journal : message-id=',
    meaning: 'Postfix cleanup note le Message-ID du message qu’il a écrit dans la file.',
    when: 'Juste après l’acceptation du message.',
    action: 'Servez-vous du Message-ID pour retrouver le même message sur d’autres serveurs.',
  },
  'log.qmgr': {
    title: 'Journal : le gestionnaire de file',
    meaning:
      'Lignes de qmgr : un message entre dans la file active (from=, size=, nrcpt=), expire, ou est retiré.',
    when: 'À chaque essai et à la fin de la vie du message dans la file.',
    action: 'Suivez l’identifiant de file dans les lignes de remise qui suivent.',
  },
  'log.delivery': {
    title: 'Journal : to=, relay=, delay=, dsn=, status=',
    meaning:
      'L’agent de remise (smtp, lmtp ou local) rend compte d’un destinataire : où il est allé, combien de temps, et le résultat.',
    when: 'Après chaque essai de remise.',
    action:
      'status=sent : c’est fait ; deferred : nouvel essai plus tard ; bounced : retour à l’expéditeur.',
    rfc: 'RFC 3463',
  },
  'log.bounce': {
    title: 'Journal : avis à l’expéditeur',
    meaning:
      'Le démon bounce a mis en file un rapport pour l’expéditeur, avec son propre identifiant de file.',
    when: 'Après un rejet, une expiration ou un avertissement de retard.',
    action: 'Suivez le nouvel identifiant : ce message part vers l’expéditeur depuis <>.',
    rfc: 'RFC 3464',
  },
  'log.lmtp.connect': {
    title: 'Journal : connexion LMTP de Dovecot',
    meaning: 'Le service LMTP de Dovecot accepte une connexion de remise venant du MX.',
    when: 'Quand le MX transmet un message.',
    action: 'Les lignes suivantes montrent chaque boîte où il a enregistré le message.',
    rfc: 'RFC 2033',
  },
  'log.lmtp.saved': {
    title: 'Journal : saved mail to INBOX',
    meaning: 'Dovecot a écrit le message dans la boîte de l’utilisateur.',
    when: 'À la remise finale.',
    action:
      'Si l’utilisateur ne le voit pas, regardez son logiciel ou ses filtres, pas les serveurs.',
  },
  'log.imap-login.login': {
    title: 'Journal : imap-login: Login',
    meaning:
      'Un utilisateur s’est connecté en IMAP : qui, depuis quelle adresse, et si TLS le protégeait.',
    when: 'Après un LOGIN ou un AUTHENTICATE réussi.',
    action: 'Une connexion sans TLS exposerait le mot de passe.',
    rfc: 'RFC 3501 §6.2.3',
  },
  'log.pop3-login.login': {
    title: 'Journal : pop3-login: Login',
    meaning:
      'Un utilisateur s’est connecté en POP3 : qui, depuis quelle adresse, et si TLS le protégeait.',
    when: 'Après un USER/PASS ou un AUTH réussi.',
    action: 'Une connexion sans TLS exposerait le mot de passe.',
    rfc: 'RFC 1939 §7',
  },
};
