import type { ExplanationCatalogue } from './types';

const TIMING =
  'Après la connexion, Dovecot 2.3 ajoute sa mesure de temps aux réponses étiquetées, par exemple « Select completed (0.001 + 0.000 secs). ». Le simulateur ne l’affiche pas.';

/** Commandes IMAP et réponses de Dovecot 2.3, expliquées aux élèves (français). */
export const imapFr: ExplanationCatalogue = {
  // ── commandes ─────────────────────────────────────────────────────────────────────────
  'imap.command.CAPABILITY': {
    title: 'CAPABILITY — que sait faire ce serveur ?',
    meaning: 'Le client demande la liste des extensions IMAP du serveur.',
    when: 'Tout état. La liste change après STARTTLS et après la connexion.',
    action:
      'Lisez la liste : STARTTLS veut dire que TLS est possible, LOGINDISABLED qu’aucun mot de passe en clair n’est accepté.',
    rfc: 'RFC 3501 §6.1.1',
  },
  'imap.command.NOOP': {
    title: 'NOOP — rien, mais quoi de neuf ?',
    meaning:
      'La commande ne fait rien. Les clients l’envoient pour garder la connexion et recevoir les nouvelles de la boîte.',
    when: 'Tout état.',
    action:
      'Lisez les lignes non étiquetées avant le OK : nouveaux messages (EXISTS), messages supprimés (EXPUNGE), drapeaux changés (FETCH).',
    rfc: 'RFC 3501 §6.1.2',
  },
  'imap.command.LOGOUT': {
    title: 'LOGOUT — fin de session',
    meaning: 'Le client dit au revoir. Le serveur répond BYE, puis OK, puis ferme la connexion.',
    when: 'Tout état.',
    action: 'Les messages marqués \\Deleted restent : LOGOUT ne les purge pas.',
    rfc: 'RFC 3501 §6.1.3',
  },
  'imap.command.STARTTLS': {
    title: 'STARTTLS — passer en TLS',
    meaning: 'Le client demande à chiffrer la connexion avant d’envoyer un mot de passe.',
    when: 'État non authentifié, une seule fois, et seulement si CAPABILITY annonce STARTTLS.',
    action:
      'Après le OK, les deux côtés font la poignée de main TLS ; le client redemande ensuite CAPABILITY.',
    rfc: 'RFC 3501 §6.2.1',
  },
  'imap.command.LOGIN': {
    title: 'LOGIN — nom et mot de passe, en clair',
    meaning:
      'Le client envoie le nom et le mot de passe tels quels. Qui peut lire la connexion peut les lire, sauf si TLS la protège.',
    when: 'État non authentifié. Interdit quand CAPABILITY annonce LOGINDISABLED.',
    action: 'Si le mot de passe est bon, la session passe à l’état authentifié.',
    rfc: 'RFC 3501 §6.2.3',
  },
  'imap.command.AUTHENTICATE': {
    title: 'AUTHENTICATE — connexion par SASL',
    meaning:
      'Le client nomme un mécanisme SASL (PLAIN, LOGIN) et peut ajouter sa première réponse en base64 (SASL-IR). Base64 est un codage, pas un chiffrement.',
    when: 'État non authentifié.',
    action:
      'Le serveur répond « + » pour demander la suite, OK une fois connecté, NO ou BAD sinon. Envoyez « * » pour annuler.',
    rfc: 'RFC 3501 §6.2.2, RFC 4959',
  },
  'imap.command.ID': {
    title: 'ID — qui êtes-vous ?',
    meaning:
      'Client et serveur échangent le nom de leur logiciel. Cela ne change rien à la session.',
    when: 'Tout état.',
    action: 'Rien à faire : le serveur répond avec son propre nom.',
    rfc: 'RFC 2971 §3.1',
  },
  'imap.command.ENABLE': {
    title: 'ENABLE — activer une extension',
    meaning:
      'Le client demande au serveur d’utiliser une extension qui change ses réponses (CONDSTORE, UTF8=ACCEPT…).',
    when: 'État authentifié ; ignorée avant la connexion.',
    action: 'La ligne non étiquetée ENABLED dit ce qui a vraiment été activé.',
    rfc: 'RFC 5161 §3.1',
  },
  'imap.command.SELECT': {
    title: 'SELECT — ouvrir un dossier',
    meaning: 'Le client ouvre un dossier pour lire et modifier ses messages.',
    when: 'État authentifié ou sélectionné.',
    action:
      'Lisez les lignes non étiquetées : FLAGS, EXISTS, RECENT, UIDVALIDITY, UIDNEXT. En cas d’échec, plus aucun dossier n’est sélectionné.',
    rfc: 'RFC 3501 §6.3.1',
  },
  'imap.command.EXAMINE': {
    title: 'EXAMINE — ouvrir un dossier en lecture seule',
    meaning: 'Comme SELECT, mais rien ne peut changer : aucun drapeau n’est posé, pas même \\Seen.',
    when: 'État authentifié ou sélectionné.',
    action: 'Utilisez SELECT pour changer des drapeaux ou purger.',
    rfc: 'RFC 3501 §6.3.2',
  },
  'imap.command.CREATE': {
    title: 'CREATE — créer un dossier',
    meaning:
      'Le client crée un dossier. Avec le séparateur « . », « Archives.2024 » crée aussi « Archives ».',
    when: 'État authentifié ou sélectionné.',
    action:
      'Le dossier apparaît dans LIST ; SUBSCRIBE le rend visible dans la plupart des clients.',
    rfc: 'RFC 3501 §6.3.3',
  },
  'imap.command.DELETE': {
    title: 'DELETE — supprimer un dossier',
    meaning: 'Le client supprime un dossier et tous ses messages.',
    when: 'État authentifié ou sélectionné.',
    action: 'INBOX ne peut pas être supprimé, ni un dossier qui a encore des sous-dossiers.',
    rfc: 'RFC 3501 §6.3.4',
  },
  'imap.command.RENAME': {
    title: 'RENAME — renommer un dossier',
    meaning:
      'Le client donne un nouveau nom à un dossier ; ses sous-dossiers suivent. Renommer INBOX déplace ses messages dans le nouveau dossier.',
    when: 'État authentifié ou sélectionné.',
    action: 'Vérifiez le nouveau nom avec LIST.',
    rfc: 'RFC 3501 §6.3.5',
  },
  'imap.command.SUBSCRIBE': {
    title: 'SUBSCRIBE — afficher un dossier',
    meaning: 'Le client ajoute un dossier à la liste de ceux que l’utilisateur veut voir (LSUB).',
    when: 'État authentifié ou sélectionné.',
    action: 'La plupart des clients n’affichent que les dossiers abonnés.',
    rfc: 'RFC 3501 §6.3.6',
  },
  'imap.command.UNSUBSCRIBE': {
    title: 'UNSUBSCRIBE — masquer un dossier',
    meaning:
      'Le client retire un dossier de la liste des abonnements. Le dossier et ses messages restent.',
    when: 'État authentifié ou sélectionné.',
    action: 'Rien n’est supprimé : SUBSCRIBE le fait revenir.',
    rfc: 'RFC 3501 §6.3.7',
  },
  'imap.command.LIST': {
    title: 'LIST — lister les dossiers',
    meaning:
      'Le client demande les dossiers qui correspondent à un motif : « * » remplace n’importe quoi, « % » s’arrête au séparateur « . ».',
    when: 'État authentifié ou sélectionné.',
    action: 'Chaque ligne LIST donne des attributs, le séparateur et un nom.',
    rfc: 'RFC 3501 §6.3.8',
  },
  'imap.command.LSUB': {
    title: 'LSUB — lister les dossiers abonnés',
    meaning: 'Comme LIST, mais seulement les dossiers auxquels l’utilisateur est abonné.',
    when: 'État authentifié ou sélectionné.',
    action: 'Un dossier absent ici peut exister quand même : comparez avec LIST.',
    rfc: 'RFC 3501 §6.3.9',
  },
  'imap.command.STATUS': {
    title: 'STATUS — des compteurs sans ouvrir',
    meaning:
      'Le client demande des compteurs d’un dossier (MESSAGES, UNSEEN, UIDNEXT…) sans le sélectionner.',
    when: 'État authentifié ou sélectionné.',
    action: 'Les clients s’en servent pour afficher le nombre de non-lus à côté de chaque dossier.',
    rfc: 'RFC 3501 §6.3.10',
  },
  'imap.command.APPEND': {
    title: 'APPEND — ranger un message dans un dossier',
    meaning:
      'Le client envoie un message entier, par exemple la copie d’un courriel envoyé dans « Sent ». Le message voyage en littéral {n} : exactement n octets.',
    when: 'État authentifié ou sélectionné.',
    action:
      'Si le dossier manque, le serveur répond [TRYCREATE] ; si le quota est plein, [OVERQUOTA].',
    rfc: 'RFC 3501 §6.3.11',
  },
  'imap.command.IDLE': {
    title: 'IDLE — attendre les nouvelles',
    meaning:
      'Le client demande au serveur de lui envoyer les changements dès qu’ils arrivent (nouveau courrier, suppressions), au lieu de redemander sans cesse.',
    when: 'État authentifié ou sélectionné.',
    action:
      'Le serveur répond « + idling » ; le client termine par DONE avant toute autre commande.',
    rfc: 'RFC 2177 §3',
  },
  'imap.command.DONE': {
    title: 'DONE — fin de l’attente',
    meaning: 'Le client termine IDLE.',
    when: 'Seulement après « + idling ».',
    action:
      'Le serveur répond OK Idle completed. ; le client peut de nouveau envoyer des commandes.',
    rfc: 'RFC 2177 §3',
  },
  'imap.command.CHECK': {
    title: 'CHECK — enregistrer l’état du dossier',
    meaning:
      'Une vieille commande qui demande au serveur d’écrire son état sur disque. Dovecot l’a toujours déjà fait.',
    when: 'État sélectionné.',
    action: 'Rien à faire ; NOOP fait le même travail aujourd’hui.',
    rfc: 'RFC 3501 §6.4.1',
  },
  'imap.command.CLOSE': {
    title: 'CLOSE — fermer et purger',
    meaning:
      'Le client quitte le dossier. Les messages marqués \\Deleted sont supprimés pour de bon, sans rien dire.',
    when: 'État sélectionné.',
    action: 'La session revient à l’état authentifié. UNSELECT quitte sans purger.',
    rfc: 'RFC 3501 §6.4.2',
  },
  'imap.command.UNSELECT': {
    title: 'UNSELECT — fermer sans purger',
    meaning: 'Le client quitte le dossier et garde les messages marqués \\Deleted.',
    when: 'État sélectionné.',
    action: 'La session revient à l’état authentifié.',
    rfc: 'RFC 3691 §2',
  },
  'imap.command.EXPUNGE': {
    title: 'EXPUNGE — purger les messages supprimés',
    meaning:
      'Chaque message marqué \\Deleted disparaît pour de bon. Chaque suppression décale les numéros des messages suivants.',
    when: 'État sélectionné (lecture-écriture).',
    action: 'Lisez les lignes « n EXPUNGE » : supprimer 2, 3 et 4 donne trois fois « 2 EXPUNGE ».',
    rfc: 'RFC 3501 §6.4.3',
  },
  'imap.command.SEARCH': {
    title: 'SEARCH — chercher des messages',
    meaning:
      'Le client demande quels messages répondent à des critères : UNSEEN, FROM "alice", SINCE 1-Jun-2024…',
    when: 'État sélectionné.',
    action: 'La ligne SEARCH donne des numéros de messages (des UID après UID SEARCH).',
    rfc: 'RFC 3501 §6.4.4',
  },
  'imap.command.FETCH': {
    title: 'FETCH — lire des messages',
    meaning:
      'Le client demande des parties de messages : FLAGS, ENVELOPE, la taille, la structure, le texte. BODY[] pose \\Seen ; BODY.PEEK[] non.',
    when: 'État sélectionné.',
    action: 'Chaque ligne FETCH porte un message ; un {n} annonce n octets de texte.',
    rfc: 'RFC 3501 §6.4.5',
  },
  'imap.command.STORE': {
    title: 'STORE — changer des drapeaux',
    meaning:
      'FLAGS remplace les drapeaux, +FLAGS en ajoute, -FLAGS en retire. .SILENT demande au serveur de ne pas renvoyer les nouveaux drapeaux.',
    when: 'État sélectionné (lecture-écriture).',
    action: 'Marquer \\Deleted ne libère pas de place : EXPUNGE ou CLOSE le fait.',
    rfc: 'RFC 3501 §6.4.6',
  },
  'imap.command.COPY': {
    title: 'COPY — copier des messages dans un dossier',
    meaning:
      'Les messages restent ici ; une copie, avec les mêmes drapeaux et la même date, part dans l’autre dossier.',
    when: 'État sélectionné.',
    action: '[COPYUID] donne les nouveaux UID ; [TRYCREATE] veut dire que le dossier n’existe pas.',
    rfc: 'RFC 3501 §6.4.7',
  },
  'imap.command.MOVE': {
    title: 'MOVE — déplacer des messages',
    meaning: 'Une copie suivie d’une purge, faites d’un coup par le serveur.',
    when: 'État sélectionné (lecture-écriture).',
    action: 'Les lignes EXPUNGE disent quels numéros ont quitté ce dossier.',
    rfc: 'RFC 6851 §3.1',
  },
  'imap.command.UID': {
    title: 'UID — la même commande, avec des UID',
    meaning:
      'UID FETCH, UID STORE, UID SEARCH, UID COPY, UID MOVE et UID EXPUNGE prennent des identifiants uniques au lieu des numéros. Les UID ne changent pas tant que UIDVALIDITY reste le même.',
    when: 'État sélectionné.',
    action:
      'Les clients qui gardent un cache utilisent les UID : les numéros se décalent après chaque purge.',
    rfc: 'RFC 3501 §6.4.8',
  },
  'imap.command.saslResponse': {
    title: 'Réponse SASL (base64)',
    meaning:
      'Le client répond au « + » du serveur par une ligne en base64. Avec PLAIN, elle contient le nom et le mot de passe : base64 est un codage, pas un chiffrement.',
    when: 'Pendant AUTHENTICATE, après « + ».',
    action: 'Envoyez « * » pour annuler l’échange.',
    rfc: 'RFC 3501 §6.2.2',
  },
  'imap.command.unknown': {
    title: 'Commande inconnue',
    meaning: 'Le serveur n’a pas reconnu cette ligne comme une commande IMAP.',
    when: 'Tout état.',
    action: 'Vérifiez l’étiquette, puis le nom de la commande, puis ses arguments.',
    rfc: 'RFC 3501 §6',
  },

  // ── réponses d’état ───────────────────────────────────────────────────────────────────
  'imap.reply.greeting': {
    title: 'Accueil — le serveur est prêt',
    meaning:
      'La première ligne de la session : OK, la liste des extensions et la bannière de Dovecot.',
    when: 'Dès l’ouverture de la connexion.',
    action:
      'Connectez-vous avec LOGIN ou AUTHENTICATE ; d’abord STARTTLS si la liste contient LOGINDISABLED.',
    rfc: 'RFC 3501 §7.1.1',
  },
  'imap.reply.capabilityCompleted': {
    title: 'OK Capability completed.',
    meaning: 'La ligne CAPABILITY au-dessus est la liste après connexion.',
    when: 'Après CAPABILITY, à l’état authentifié ou sélectionné.',
    action: 'N’utilisez que les extensions de la liste.',
    rfc: 'RFC 3501 §6.1.1',
    difference:
      TIMING +
      ' La vraie liste est plus longue (SORT, THREAD, CONDSTORE…) : le simulateur ne donne que ce qu’il sait faire.',
  },
  'imap.reply.capabilityPreLogin': {
    title: 'OK Pre-login capabilities listed…',
    meaning:
      'La liste au-dessus est celle d’avant la connexion ; après, le serveur en offre davantage.',
    when: 'Après CAPABILITY, à l’état non authentifié.',
    action: 'Connectez-vous, puis redemandez CAPABILITY si vous voulez la liste complète.',
    rfc: 'RFC 3501 §6.1.1',
  },
  'imap.reply.noopCompleted': {
    title: 'OK NOOP completed.',
    meaning:
      'Rien n’a été fait ; les lignes non étiquetées avant, s’il y en a, sont les nouvelles du dossier.',
    when: 'Après NOOP.',
    action: 'Mettez à jour la liste des messages avec les lignes EXISTS, EXPUNGE et FETCH.',
    rfc: 'RFC 3501 §6.1.2',
    difference: TIMING,
  },
  'imap.reply.checkCompleted': {
    title: 'OK Check completed.',
    meaning: 'L’état du dossier est enregistré (il l’est toujours avec Dovecot).',
    when: 'Après CHECK.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.4.1',
    difference: TIMING,
  },
  'imap.reply.idCompleted': {
    title: 'OK ID completed.',
    meaning: 'La ligne ID donne le nom du logiciel serveur.',
    when: 'Après ID.',
    action: 'Rien à faire.',
    rfc: 'RFC 2971 §3.1',
    difference: TIMING,
  },
  'imap.reply.enableIgnored': {
    title: 'OK ENABLE ignored in non-authenticated state.',
    meaning: 'Les extensions ne s’activent qu’après la connexion : rien n’a été activé.',
    when: 'Après ENABLE avant la connexion.',
    action: 'Connectez-vous d’abord, puis envoyez ENABLE.',
    rfc: 'RFC 5161 §3.1',
  },
  'imap.reply.enabled': {
    title: 'OK Enabled.',
    meaning:
      'ENABLE est fait ; la ligne ENABLED dit ce qui a été activé (ici, rien de ce que ce serveur propose).',
    when: 'Après ENABLE à l’état authentifié.',
    action: 'N’utilisez que les extensions nommées dans ENABLED.',
    rfc: 'RFC 5161 §3.1',
    difference: TIMING,
  },
  'imap.reply.loggingOut': {
    title: 'BYE Logging out',
    meaning: 'Le serveur dit au revoir : la connexion va se fermer.',
    when: 'Après LOGOUT, avant son OK étiqueté.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.1.5',
  },
  'imap.reply.logoutCompleted': {
    title: 'OK Logout completed.',
    meaning: 'La session est finie et le serveur ferme la connexion.',
    when: 'Après LOGOUT.',
    action: 'Les messages marqués \\Deleted sont toujours là : EXPUNGE ou CLOSE les supprime.',
    rfc: 'RFC 3501 §6.1.3',
    difference: TIMING,
  },
  'imap.reply.beginTls': {
    title: 'OK Begin TLS negotiation now.',
    meaning:
      'Le serveur est prêt pour la poignée de main TLS. Plus rien ne circule en clair après cette ligne.',
    when: 'Après STARTTLS.',
    action: 'Faites la poignée de main, puis redemandez CAPABILITY : la liste change.',
    rfc: 'RFC 3501 §6.2.1',
  },
  'imap.reply.tlsAlreadyActive': {
    title: 'BAD TLS is already active.',
    meaning: 'La connexion est déjà chiffrée ; STARTTLS ne peut pas servir deux fois.',
    when: 'Après un second STARTTLS, ou STARTTLS sur le port 993.',
    action: 'Continuez et connectez-vous.',
    rfc: 'RFC 3501 §6.2.1',
  },
  'imap.reply.tlsUnavailable': {
    title: "BAD TLS support isn't enabled.",
    meaning: 'Ce serveur n’a pas de certificat : il ne peut pas proposer TLS.',
    when: 'Après STARTTLS sur un serveur sans TLS.',
    action:
      'Donnez un certificat au serveur (ssl = yes) ; ne vous connectez jamais sur cette connexion.',
    rfc: 'RFC 3501 §6.2.1',
  },
  'imap.reply.loggedIn': {
    title: 'OK [CAPABILITY …] Logged in',
    meaning:
      'Le nom et le mot de passe sont bons : la session est authentifiée. Le code donne la liste des extensions après connexion.',
    when: 'Après LOGIN ou AUTHENTICATE.',
    action: 'Sélectionnez un dossier avec SELECT, par exemple INBOX.',
    rfc: 'RFC 3501 §6.2.3',
    difference:
      'La vraie liste est plus longue (SORT, THREAD, CONDSTORE…) : le simulateur ne donne que ce qu’il sait faire.',
  },
  'imap.reply.authenticationFailed': {
    title: 'NO [AUTHENTICATIONFAILED] Authentication failed.',
    meaning:
      'Le nom ou le mot de passe est faux. Le serveur ne dit pas lequel, pour qu’on ne puisse pas deviner les noms.',
    when: 'Après LOGIN ou AUTHENTICATE.',
    action: 'Vérifiez le nom (souvent l’adresse entière) et le mot de passe.',
    rfc: 'RFC 3501 §6.2.3, RFC 5530 §3',
    difference:
      'Dovecot attend 2 secondes avant cette réponse (auth_failure_delay) pour freiner qui devine les mots de passe ; le simulateur répond tout de suite.',
  },
  'imap.reply.plaintextExposed': {
    title: '* BAD [ALERT] Plaintext authentication not allowed…',
    meaning:
      'Le client a envoyé un mot de passe en clair sur une connexion sans TLS. Il est refusé, mais il a déjà traversé le réseau.',
    when: 'Après LOGIN sans TLS, quand le texte clair est interdit.',
    action: 'Changez le mot de passe et réglez le client sur STARTTLS ou sur le port 993.',
    rfc: 'RFC 3501 §6.2.3, RFC 8314',
  },
  'imap.reply.plaintextDisallowed': {
    title: 'NO [PRIVACYREQUIRED] Plaintext authentication disallowed…',
    meaning: 'Le serveur refuse les mots de passe en clair sur cette connexion.',
    when: 'Après LOGIN sans TLS, quand la liste des extensions contient LOGINDISABLED.',
    action: 'Envoyez d’abord STARTTLS, ou connectez-vous au port 993.',
    rfc: 'RFC 3501 §6.2.3, RFC 5530 §3',
  },
  'imap.reply.plaintextDisabled': {
    title: 'NO [PRIVACYREQUIRED] Plaintext authentication disabled.',
    meaning:
      'AUTHENTICATE PLAIN envoie le mot de passe en base64, donc en clair : refusé sans TLS.',
    when: 'Après AUTHENTICATE PLAIN ou LOGIN sans TLS.',
    action: 'Envoyez d’abord STARTTLS.',
    rfc: 'RFC 4616 §6',
  },
  'imap.reply.unsupportedMechanism': {
    title: 'NO [ALERT] Unsupported authentication mechanism.',
    meaning: 'Le serveur ne connaît pas ce mécanisme SASL.',
    when: 'Après AUTHENTICATE.',
    action: 'Utilisez un mécanisme annoncé par AUTH=… dans CAPABILITY.',
    rfc: 'RFC 3501 §6.2.2',
  },
  'imap.reply.authenticationAborted': {
    title: 'BAD Authentication aborted by client.',
    meaning: 'Le client a envoyé « * » pour annuler AUTHENTICATE.',
    when: 'Pendant AUTHENTICATE.',
    action: 'Recommencez avec LOGIN ou AUTHENTICATE.',
    rfc: 'RFC 3501 §6.2.2',
  },
  'imap.reply.invalidBase64': {
    title: 'BAD Invalid base64 data…',
    meaning: 'La réponse SASL n’est pas du base64 valide.',
    when: 'Pendant AUTHENTICATE.',
    action: 'Codez la réponse en base64, sans retour à la ligne.',
    rfc: 'RFC 4422 §3.4',
  },
  'imap.reply.errorPreLogin': {
    title: 'BAD Error in IMAP command received by server.',
    meaning:
      'Avant la connexion, le serveur ne connaît que quelques commandes (CAPABILITY, STARTTLS, LOGIN, AUTHENTICATE, ID, NOOP, LOGOUT). Toute autre, ou une étiquette invalide, est une erreur.',
    when: 'État non authentifié.',
    action: 'Connectez-vous d’abord. Après trois erreurs, le serveur raccroche.',
    rfc: 'RFC 3501 §7.1.3',
    difference:
      'Après la connexion, le simulateur utilise aussi ce texte pour une ligne dont l’étiquette contient des caractères interdits.',
  },
  'imap.reply.tooManyInvalid': {
    title: 'BYE Too many invalid IMAP commands.',
    meaning: 'Trop d’erreurs : le serveur ferme la connexion (3 avant la connexion, 20 après).',
    when: 'Après plusieurs réponses BAD.',
    action:
      'Reconnectez-vous et vérifiez chaque commande : l’étiquette d’abord, puis le nom de la commande.',
    rfc: 'RFC 3501 §7.1.5',
  },
  'imap.reply.missingTag': {
    title: "BAD First parameter in line is IMAP's command tag…",
    meaning:
      'Chaque commande IMAP commence par une étiquette choisie par le client. Ici, LOGIN a été pris pour l’étiquette et le nom d’utilisateur pour la commande.',
    when: 'Avant la connexion, après une ligne comme « LOGIN bob pw ».',
    action: 'Ajoutez une étiquette : « a1 LOGIN bob pw ».',
    rfc: 'RFC 3501 §2.2.1',
  },
  'imap.reply.noMailboxSelected': {
    title: 'BAD No mailbox selected.',
    meaning: 'Cette commande agit sur les messages d’un dossier, et aucun n’est ouvert.',
    when: 'FETCH, STORE, SEARCH, EXPUNGE, COPY… à l’état authentifié.',
    action: 'Sélectionnez d’abord un dossier. Un SELECT raté n’en laisse aucun.',
    rfc: 'RFC 3501 §6.4',
  },
  'imap.reply.selectCompleted': {
    title: 'OK [READ-WRITE] Select completed.',
    meaning: 'Le dossier est ouvert et ses drapeaux peuvent changer.',
    when: 'Après SELECT.',
    action: 'Lisez les messages (FETCH), changez des drapeaux (STORE), purgez (EXPUNGE).',
    rfc: 'RFC 3501 §6.3.1',
    difference: TIMING,
  },
  'imap.reply.examineCompleted': {
    title: 'OK [READ-ONLY] Examine completed.',
    meaning: 'Le dossier est ouvert en lecture seule : lire un message ne pose même pas \\Seen.',
    when: 'Après EXAMINE.',
    action: 'Utilisez SELECT pour changer quoi que ce soit.',
    rfc: 'RFC 3501 §6.3.2',
    difference: TIMING,
  },
  'imap.reply.previousClosed': {
    title: '* OK [CLOSED] Previous mailbox closed.',
    meaning: 'Le dossier ouvert jusque-là est fermé, même si le nouveau SELECT échoue.',
    when: 'Au début de SELECT ou EXAMINE quand un dossier est sélectionné.',
    action: 'Attendez la réponse étiquetée pour savoir si le nouveau dossier est ouvert.',
    rfc: 'RFC 7162 §3.2.11',
  },
  'imap.reply.flagsPermitted': {
    title: '* OK [PERMANENTFLAGS …] Flags permitted.',
    meaning:
      'Ces drapeaux sont conservés ; \\* veut dire que le client peut créer ses propres mots-clés.',
    when: 'Pendant SELECT.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.reply.readOnlyMailbox': {
    title: '* OK [PERMANENTFLAGS ()] Read-only mailbox.',
    meaning: 'Aucun drapeau ne peut changer dans ce dossier.',
    when: 'Pendant EXAMINE.',
    action: 'Utilisez SELECT pour changer des drapeaux.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.reply.firstUnseen': {
    title: '* OK [UNSEEN n] First unseen.',
    meaning: 'n est le numéro du premier message pas encore lu.',
    when: 'Pendant SELECT, quand un message n’est pas lu.',
    action: 'Un client peut aller directement à ce message.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.reply.uidsValid': {
    title: '* OK [UIDVALIDITY n] UIDs valid',
    meaning: 'Les UID de ce dossier gardent leur sens tant que ce nombre ne change pas.',
    when: 'Pendant SELECT.',
    action: 'S’il a changé depuis la dernière fois, le client jette son cache.',
    rfc: 'RFC 3501 §2.3.1.1',
  },
  'imap.reply.predictedNextUid': {
    title: '* OK [UIDNEXT n] Predicted next UID',
    meaning: 'Le prochain message reçu aura au moins cet UID.',
    when: 'Pendant SELECT.',
    action: 'Un client le compare à son cache pour savoir si du courrier est arrivé.',
    rfc: 'RFC 3501 §2.3.1.1',
  },
  'imap.reply.mailboxDoesNotExist': {
    title: "NO Mailbox doesn't exist: …",
    meaning:
      'La commande est comprise, mais aucun dossier ne porte ce nom. Après un SELECT raté, aucun dossier n’est sélectionné.',
    when: 'Après SELECT, EXAMINE, STATUS ou SUBSCRIBE.',
    action:
      'Vérifiez le nom avec LIST (les noms autres qu’INBOX distinguent majuscules et minuscules), ou créez le dossier avec CREATE.',
    rfc: 'RFC 3501 §6.3.1',
    difference: 'Dovecot 2.4 ajoute ici le code [NONEXISTENT] ; la version 2.3.19 non.',
  },
  'imap.reply.mailboxNonexistent': {
    title: "NO [NONEXISTENT] Mailbox doesn't exist: …",
    meaning: 'Aucun dossier ne porte ce nom.',
    when: 'Après DELETE, RENAME ou UNSUBSCRIBE.',
    action: 'Vérifiez le nom avec LIST.',
    rfc: 'RFC 5530 §3',
  },
  'imap.reply.tryCreate': {
    title: "NO [TRYCREATE] Mailbox doesn't exist: …",
    meaning: 'Le dossier de destination n’existe pas ; le client peut proposer de le créer.',
    when: 'Après APPEND, COPY ou MOVE.',
    action: 'Créez le dossier (CREATE), puis recommencez.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.reply.alreadyExists': {
    title: 'NO [ALREADYEXISTS] Mailbox already exists',
    meaning: 'Un dossier de ce nom existe déjà.',
    when: 'Après CREATE ou RENAME.',
    action: 'Choisissez un autre nom.',
    rfc: 'RFC 5530 §3',
  },
  'imap.reply.invalidMailboxName': {
    title: 'NO [CANNOT] Invalid mailbox name',
    meaning:
      'Ce nom n’est pas permis : niveau vide, « * » ou « % » dedans, ou dossier placé dans lui-même.',
    when: 'Après CREATE, RENAME ou SUBSCRIBE.',
    action: 'Choisissez un autre nom.',
    rfc: 'RFC 3501 §5.1',
  },
  'imap.reply.inboxNotDeletable': {
    title: "NO [CANNOT] INBOX can't be deleted.",
    meaning: 'Chaque compte garde son INBOX : le nouveau courrier y arrive.',
    when: 'Après DELETE INBOX.',
    action: 'Supprimez plutôt les messages (STORE \\Deleted, puis EXPUNGE).',
    rfc: 'RFC 3501 §6.3.4',
  },
  'imap.reply.hasChildren': {
    title: 'NO [ALREADYEXISTS] Mailbox has children, delete them first',
    meaning:
      'Ce dossier a des sous-dossiers ; Dovecot ne supprime pas tout un arbre d’un coup. Il range ce cas parmi les « existe déjà », d’où le code.',
    when: 'Après DELETE.',
    action: 'Supprimez d’abord les sous-dossiers.',
    rfc: 'RFC 3501 §6.3.4',
  },
  'imap.reply.overQuota': {
    title: 'NO [OVERQUOTA] Quota exceeded (mailbox for user is full)',
    meaning:
      'Le compte est plein : plus rien ne peut y être rangé. Le courrier entrant est refusé aussi (LMTP 552 5.2.2).',
    when: 'Après APPEND, COPY ou MOVE.',
    action: 'Purgez des messages : \\Deleted seul ne libère pas de place.',
    rfc: 'RFC 5530 §3',
  },
  'imap.reply.readOnly': {
    title: 'NO Mailbox is read-only.',
    meaning: 'Le dossier a été ouvert avec EXAMINE : rien ne peut changer.',
    when: 'Après STORE, EXPUNGE ou MOVE dans un dossier ouvert en lecture seule.',
    action: 'Ouvrez plutôt le dossier avec SELECT.',
    rfc: 'RFC 3501 §6.3.2',
  },
  'imap.reply.createCompleted': {
    title: 'OK Create completed.',
    meaning: 'Le dossier existe maintenant.',
    when: 'Après CREATE.',
    action: 'Abonnez-vous (SUBSCRIBE) pour que les clients l’affichent.',
    rfc: 'RFC 3501 §6.3.3',
    difference: TIMING,
  },
  'imap.reply.deleteCompleted': {
    title: 'OK Delete completed.',
    meaning: 'Le dossier et ses messages ont disparu.',
    when: 'Après DELETE.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.3.4',
    difference: TIMING,
  },
  'imap.reply.renameCompleted': {
    title: 'OK Rename completed.',
    meaning: 'Le dossier porte son nouveau nom.',
    when: 'Après RENAME.',
    action: 'Vérifiez avec LIST.',
    rfc: 'RFC 3501 §6.3.5',
    difference: TIMING,
  },
  'imap.reply.subscribeCompleted': {
    title: 'OK Subscribe completed.',
    meaning: 'Le dossier est dans la liste des abonnements.',
    when: 'Après SUBSCRIBE.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.3.6',
    difference: TIMING,
  },
  'imap.reply.unsubscribeCompleted': {
    title: 'OK Unsubscribe completed.',
    meaning: 'Le dossier a quitté la liste des abonnements ; il existe toujours.',
    when: 'Après UNSUBSCRIBE.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.3.7',
    difference: TIMING,
  },
  'imap.reply.listCompleted': {
    title: 'OK List completed.',
    meaning: 'Les lignes LIST au-dessus sont tous les dossiers qui correspondent.',
    when: 'Après LIST.',
    action: 'Sélectionnez l’un d’eux.',
    rfc: 'RFC 3501 §6.3.8',
    difference: TIMING,
  },
  'imap.reply.lsubCompleted': {
    title: 'OK Lsub completed.',
    meaning: 'Les lignes LSUB au-dessus sont les dossiers abonnés qui correspondent.',
    when: 'Après LSUB.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.3.9',
    difference: TIMING,
  },
  'imap.reply.statusCompleted': {
    title: 'OK Status completed.',
    meaning: 'La ligne STATUS au-dessus contient les compteurs.',
    when: 'Après STATUS.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.3.10',
    difference: TIMING,
  },
  'imap.reply.appendCompleted': {
    title: 'OK [APPENDUID v u] Append completed.',
    meaning: 'Le message est rangé ; il a reçu l’UID u dans le dossier dont l’UIDVALIDITY est v.',
    when: 'Après APPEND.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.3.11, RFC 4315 §3',
    difference: TIMING,
  },
  'imap.reply.idleCompleted': {
    title: 'OK Idle completed.',
    meaning: 'IDLE est terminé ; le client peut de nouveau envoyer des commandes.',
    when: 'Après DONE.',
    action:
      'Relancez IDLE avant 29 minutes pour rester sous la déconnexion automatique de 30 minutes.',
    rfc: 'RFC 2177 §3',
    difference: TIMING,
  },
  'imap.reply.expectedDone': {
    title: 'BAD Expected DONE.',
    meaning: 'Pendant IDLE, le client ne peut envoyer que DONE.',
    when: 'Après IDLE, quand une autre ligne arrive.',
    action: 'Envoyez DONE, attendez le OK, puis la commande suivante.',
    rfc: 'RFC 2177 §3',
  },
  'imap.reply.stillHere': {
    title: '* OK Still here',
    meaning: 'Toutes les 2 minutes, Dovecot rappelle au client que la connexion IDLE est vivante.',
    when: 'Pendant IDLE.',
    action: 'Rien à faire.',
    rfc: 'RFC 2177 §3',
  },
  'imap.reply.closeCompleted': {
    title: 'OK Close completed.',
    meaning:
      'Le dossier est fermé et ses messages \\Deleted ont été supprimés, sans lignes EXPUNGE.',
    when: 'Après CLOSE.',
    action: 'La session est revenue à l’état authentifié.',
    rfc: 'RFC 3501 §6.4.2',
    difference: TIMING,
  },
  'imap.reply.unselectCompleted': {
    title: 'OK Unselect completed.',
    meaning: 'Le dossier est fermé ; les messages \\Deleted sont toujours là.',
    when: 'Après UNSELECT.',
    action: 'La session est revenue à l’état authentifié.',
    rfc: 'RFC 3691 §2',
    difference: TIMING,
  },
  'imap.reply.expungeCompleted': {
    title: 'OK Expunge completed.',
    meaning: 'Les messages \\Deleted ont disparu et leur place est libérée.',
    when: 'Après EXPUNGE.',
    action: 'Renumérotez les messages comme le disent les lignes EXPUNGE.',
    rfc: 'RFC 3501 §6.4.3',
    difference: TIMING,
  },
  'imap.reply.searchCompleted': {
    title: 'OK Search completed.',
    meaning: 'La ligne SEARCH au-dessus donne les messages trouvés.',
    when: 'Après SEARCH.',
    action: 'Lisez les messages trouvés avec FETCH.',
    rfc: 'RFC 3501 §6.4.4',
    difference: TIMING,
  },
  'imap.reply.fetchCompleted': {
    title: 'OK Fetch completed.',
    meaning: 'Chaque message demandé a été envoyé dans une ligne FETCH.',
    when: 'Après FETCH.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.4.5',
    difference: TIMING,
  },
  'imap.reply.storeCompleted': {
    title: 'OK Store completed.',
    meaning:
      'Les drapeaux ont changé ; les lignes FETCH au-dessus les montrent (sauf avec .SILENT).',
    when: 'Après STORE.',
    action: 'Après \\Deleted, EXPUNGE supprime les messages pour de bon.',
    rfc: 'RFC 3501 §6.4.6',
    difference: TIMING,
  },
  'imap.reply.copyCompleted': {
    title: 'OK [COPYUID v a b] Copy completed.',
    meaning:
      'Les messages d’UID a ont été copiés et ont reçu les UID b dans le dossier de destination (UIDVALIDITY v).',
    when: 'Après COPY.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §6.4.7, RFC 4315 §3',
    difference: TIMING,
  },
  'imap.reply.noMessagesFound': {
    title: 'OK No messages found.',
    meaning: 'L’ensemble ne désignait aucun message existant : rien n’a été copié ni déplacé.',
    when: 'Après COPY ou MOVE.',
    action: 'Vérifiez les numéros ou les UID.',
    rfc: 'RFC 3501 §6.4.7',
    difference: TIMING,
  },
  'imap.reply.movedUids': {
    title: '* OK [COPYUID v a b] Moved UIDs.',
    meaning: 'Les messages d’UID a sont maintenant dans le dossier de destination avec les UID b.',
    when: 'Pendant MOVE, avant les lignes EXPUNGE.',
    action: 'Rien à faire.',
    rfc: 'RFC 6851 §4.3',
  },
  'imap.reply.moveCompleted': {
    title: 'OK Move completed.',
    meaning: 'Les messages ont quitté ce dossier pour l’autre.',
    when: 'Après MOVE.',
    action: 'Rien à faire.',
    rfc: 'RFC 6851 §3.1',
    difference: TIMING,
  },
  'imap.reply.disconnectedForInactivity': {
    title: 'BYE Disconnected for inactivity.',
    meaning: 'Le client n’a rien envoyé pendant 30 minutes : le serveur a fermé la session.',
    when: 'Tout état, à la fin du délai de déconnexion automatique.',
    action: 'Reconnectez-vous ; les clients en IDLE relancent IDLE avant 29 minutes.',
    rfc: 'RFC 3501 §5.4',
  },
  'imap.reply.commandError': {
    title: 'BAD Error in IMAP command …',
    meaning:
      'La commande existe, mais ses arguments sont faux (ensemble de messages invalide, élément inconnu, argument manquant).',
    when: 'Après la connexion, toute commande.',
    action:
      'Lisez la raison après les deux-points et corrigez les arguments. Après 20 erreurs, le serveur raccroche.',
    rfc: 'RFC 3501 §7.1.3',
  },
  'imap.reply.unknownCommand': {
    title: 'BAD Error in IMAP command FOO: Unknown command.',
    meaning: 'Le serveur ne connaît pas ce nom de commande.',
    when: 'Après la connexion.',
    action: 'Vérifiez l’orthographe ; LOGIN et STARTTLS n’existent plus après la connexion.',
    rfc: 'RFC 3501 §7.1.3',
  },
  'imap.reply.literalContinue': {
    title: '+ OK — envoyez le littéral',
    meaning: 'Le client a annoncé {n} : le serveur est prêt à recevoir les n octets.',
    when: 'Après une ligne qui finit par {n} (sans « + »).',
    action: 'Envoyez exactement n octets : comptez les octets UTF-8, pas les caractères.',
    rfc: 'RFC 3501 §7.5',
  },
  'imap.reply.saslChallenge': {
    title: '+ — l’étape SASL suivante',
    meaning:
      'Le serveur attend la réponse suivante d’AUTHENTICATE, en base64. Avec LOGIN, il demande « Username: » puis « Password: » (en base64).',
    when: 'Pendant AUTHENTICATE.',
    action: 'Envoyez la ligne en base64, ou « * » pour annuler.',
    rfc: 'RFC 3501 §6.2.2',
  },
  'imap.reply.idling': {
    title: '+ idling',
    meaning: 'Le serveur attend et enverra les nouvelles dès qu’elles arrivent.',
    when: 'Après IDLE.',
    action: 'Envoyez DONE pour revenir aux commandes.',
    rfc: 'RFC 2177 §3',
  },

  // ── données non étiquetées ────────────────────────────────────────────────────────────
  'imap.data.CAPABILITY': {
    title: '* CAPABILITY …',
    meaning: 'Les extensions que le serveur propose en ce moment.',
    when: 'Après CAPABILITY.',
    action: 'N’utilisez que ce qui est annoncé.',
    rfc: 'RFC 3501 §7.2.1',
  },
  'imap.data.ID': {
    title: '* ID ("name" "Dovecot")',
    meaning: 'Le nom du logiciel serveur.',
    when: 'Après ID.',
    action: 'Rien à faire.',
    rfc: 'RFC 2971 §3.2',
  },
  'imap.data.ENABLED': {
    title: '* ENABLED',
    meaning: 'Les extensions qu’ENABLE a vraiment activées (aucune ici).',
    when: 'Après ENABLE.',
    action: 'Rien à faire.',
    rfc: 'RFC 5161 §3.2',
  },
  'imap.data.FLAGS': {
    title: '* FLAGS (…)',
    meaning: 'Les drapeaux que peuvent porter les messages de ce dossier.',
    when: 'Pendant SELECT ou EXAMINE.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.2.6',
  },
  'imap.data.EXISTS': {
    title: '* n EXISTS',
    meaning:
      'Le dossier contient maintenant n messages. Un n plus grand qu’avant veut dire : du nouveau courrier.',
    when: 'Pendant SELECT, puis après une commande ou pendant IDLE quand du courrier arrive.',
    action: 'Lisez les nouveaux messages avec FETCH.',
    rfc: 'RFC 3501 §7.3.1',
  },
  'imap.data.RECENT': {
    title: '* n RECENT',
    meaning:
      'n messages sont arrivés depuis le dernier passage : cette session est la première à les voir.',
    when: 'Pendant SELECT et après l’arrivée de courrier.',
    action: 'Rien à faire (IMAP4rev2 a supprimé \\Recent).',
    rfc: 'RFC 3501 §7.3.2',
  },
  'imap.data.EXPUNGE': {
    title: '* n EXPUNGE',
    meaning: 'Le message n a disparu pour de bon ; tous les suivants reculent d’un numéro.',
    when: 'Après EXPUNGE ou MOVE, ou quand une autre session a purgé.',
    action: 'Renumérotez : supprimer 2, 3 et 4 donne trois fois « 2 EXPUNGE ».',
    rfc: 'RFC 3501 §7.4.1',
  },
  'imap.data.FETCH': {
    title: '* n FETCH (…)',
    meaning:
      'Des données sur le message n : drapeaux, taille, enveloppe, texte… Un {n} à l’intérieur annonce n octets.',
    when: 'Après FETCH ou STORE, ou quand une autre session a changé des drapeaux.',
    action: 'Lisez chaque élément d’après son nom.',
    rfc: 'RFC 3501 §7.4.2',
  },
  'imap.data.SEARCH': {
    title: '* SEARCH …',
    meaning: 'Les messages qui répondent à la recherche ; vide s’il n’y en a aucun.',
    when: 'Après SEARCH.',
    action: 'Lisez ces messages avec FETCH.',
    rfc: 'RFC 3501 §7.2.5',
  },
  'imap.data.LIST': {
    title: '* LIST (…) "." nom',
    meaning:
      'Un dossier : ses attributs (\\HasChildren, \\HasNoChildren, \\Noselect), le séparateur de hiérarchie et son nom.',
    when: 'Après LIST.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.2.2',
  },
  'imap.data.LSUB': {
    title: '* LSUB (…) "." nom',
    meaning: 'Un dossier abonné ; \\Noselect s’il n’existe plus.',
    when: 'Après LSUB.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.2.3',
  },
  'imap.data.STATUS': {
    title: '* STATUS nom (…)',
    meaning: 'Les compteurs demandés : MESSAGES, UNSEEN, RECENT, UIDNEXT, UIDVALIDITY.',
    when: 'Après STATUS.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.2.4',
  },

  // ── codes de réponse ──────────────────────────────────────────────────────────────────
  'imap.code.CAPABILITY': {
    title: '[CAPABILITY …]',
    meaning:
      'La liste des extensions, donnée dans une ligne d’état pour que le client n’ait pas à la demander.',
    when: 'Dans l’accueil et après la connexion.',
    action: 'N’utilisez que ce qui est annoncé.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.ALERT': {
    title: '[ALERT]',
    meaning: 'Un message que le client doit montrer à l’utilisateur.',
    when: 'À tout moment.',
    action: 'Lisez-le : il signale souvent un problème de sécurité.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.PRIVACYREQUIRED': {
    title: '[PRIVACYREQUIRED]',
    meaning: 'L’opération demande une connexion chiffrée.',
    when: 'Après LOGIN ou AUTHENTICATE sans TLS.',
    action: 'STARTTLS, ou le port 993.',
    rfc: 'RFC 5530 §3',
  },
  'imap.code.AUTHENTICATIONFAILED': {
    title: '[AUTHENTICATIONFAILED]',
    meaning: 'Nom ou mot de passe faux.',
    when: 'Après LOGIN ou AUTHENTICATE.',
    action: 'Vérifiez les deux.',
    rfc: 'RFC 5530 §3',
  },
  'imap.code.PERMANENTFLAGS': {
    title: '[PERMANENTFLAGS (…)]',
    meaning:
      'Les drapeaux que le client peut changer durablement ; \\* permet de nouveaux mots-clés.',
    when: 'Pendant SELECT ou EXAMINE.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.READ-ONLY': {
    title: '[READ-ONLY]',
    meaning: 'Le dossier est ouvert mais ne peut pas changer.',
    when: 'Après EXAMINE.',
    action: 'Utilisez SELECT pour le modifier.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.READ-WRITE': {
    title: '[READ-WRITE]',
    meaning: 'Le dossier est ouvert et peut changer.',
    when: 'Après SELECT.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.UNSEEN': {
    title: '[UNSEEN n]',
    meaning: 'Le numéro du premier message non lu.',
    when: 'Pendant SELECT.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.UIDVALIDITY': {
    title: '[UIDVALIDITY n]',
    meaning: 'Tant que ce nombre ne change pas, les UID gardent leur sens.',
    when: 'Pendant SELECT.',
    action: 'S’il change : jetez le cache.',
    rfc: 'RFC 3501 §2.3.1.1',
  },
  'imap.code.UIDNEXT': {
    title: '[UIDNEXT n]',
    meaning: 'L’UID, au minimum, du prochain message.',
    when: 'Pendant SELECT.',
    action: 'Rien à faire.',
    rfc: 'RFC 3501 §2.3.1.1',
  },
  'imap.code.CLOSED': {
    title: '[CLOSED]',
    meaning: 'Le dossier sélectionné jusque-là est fermé.',
    when: 'Au début de SELECT ou EXAMINE.',
    action: 'Rien à faire.',
    rfc: 'RFC 7162 §3.2.11',
  },
  'imap.code.TRYCREATE': {
    title: '[TRYCREATE]',
    meaning: 'Le dossier de destination n’existe pas, mais pourrait être créé.',
    when: 'Après APPEND, COPY ou MOVE.',
    action: 'Créez-le (CREATE) et recommencez.',
    rfc: 'RFC 3501 §7.1',
  },
  'imap.code.ALREADYEXISTS': {
    title: '[ALREADYEXISTS]',
    meaning: 'Ce nom est déjà pris.',
    when: 'Après CREATE ou RENAME.',
    action: 'Choisissez un autre nom.',
    rfc: 'RFC 5530 §3',
  },
  'imap.code.CANNOT': {
    title: '[CANNOT]',
    meaning: 'L’opération ne peut jamais réussir telle quelle (nom invalide, suppression d’INBOX).',
    when: 'Après CREATE, DELETE ou RENAME.',
    action: 'Changez la demande ; réessayer ne servira à rien.',
    rfc: 'RFC 5530 §3',
  },
  'imap.code.NONEXISTENT': {
    title: '[NONEXISTENT]',
    meaning: 'Aucun dossier ne porte ce nom.',
    when: 'Après DELETE, RENAME ou UNSUBSCRIBE.',
    action: 'Vérifiez le nom avec LIST.',
    rfc: 'RFC 5530 §3',
  },
  'imap.code.OVERQUOTA': {
    title: '[OVERQUOTA]',
    meaning: 'Le compte dépasse son quota.',
    when: 'Après APPEND, COPY ou MOVE.',
    action: 'Purgez des messages pour libérer de la place.',
    rfc: 'RFC 5530 §3',
  },
  'imap.code.APPENDUID': {
    title: '[APPENDUID v u]',
    meaning: 'Le message ajouté a reçu l’UID u dans le dossier dont l’UIDVALIDITY est v.',
    when: 'Après APPEND.',
    action: 'Rien à faire.',
    rfc: 'RFC 4315 §3',
  },
  'imap.code.COPYUID': {
    title: '[COPYUID v a b]',
    meaning:
      'Les UID source a sont devenus les UID b dans le dossier de destination (UIDVALIDITY v).',
    when: 'Après COPY ou MOVE.',
    action: 'Rien à faire.',
    rfc: 'RFC 4315 §3',
  },
};
