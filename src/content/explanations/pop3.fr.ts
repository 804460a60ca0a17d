import type { ExplanationCatalogue } from './types';

/** Commandes POP3 et réponses de Dovecot 2.3, expliquées aux élèves (français). */
export const pop3Fr: ExplanationCatalogue = {
  // ── commandes ───────────────────────────────────────────────────────────────────────────
  'pop3.command.USER': {
    title: 'USER — le nom de la boîte',
    meaning: 'Le client indique quelle boîte il veut ouvrir. Le mot de passe suit avec PASS.',
    when: 'État AUTHORIZATION, avant PASS.',
    action: 'Le serveur répond +OK sans vérifier le nom, puis attend PASS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.PASS': {
    title: 'PASS — le mot de passe, en clair',
    meaning:
      'Le client envoie le mot de passe tel quel. Qui peut lire la connexion peut le lire, sauf si TLS la protège.',
    when: 'État AUTHORIZATION, juste après USER.',
    action: 'Si le mot de passe est bon, le serveur verrouille la boîte et passe en TRANSACTION.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.APOP': {
    title: 'APOP — connexion par empreinte',
    meaning:
      'Au lieu du mot de passe, le client envoie MD5(horodatage du message d’accueil + secret). MD5 est faible aujourd’hui : les serveurs l’activent rarement.',
    when: 'État AUTHORIZATION, seulement si l’accueil contenait un <horodatage>.',
    action: 'Utilisez plutôt USER/PASS ou AUTH sous TLS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.AUTH': {
    title: 'AUTH — connexion par SASL',
    meaning:
      'Le client nomme un mécanisme SASL (PLAIN, LOGIN…) et peut ajouter une première réponse en base64. Sans mécanisme, il demande la liste.',
    when: 'État AUTHORIZATION.',
    action: 'Le serveur répond « + » pour demander la suite, +OK une fois connecté, ou -ERR.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.command.saslResponse': {
    title: 'Réponse SASL (base64)',
    meaning:
      'Le client répond au défi « + » du serveur par une ligne en base64. Pour PLAIN, elle contient le nom et le mot de passe : base64 est un codage, pas un chiffrement.',
    when: 'Après AUTH, quand le serveur a envoyé « + ».',
    action: 'Envoyez « * » pour annuler l’échange.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.command.STLS': {
    title: 'STLS — passer en TLS',
    meaning: 'Le client demande à chiffrer la connexion avant d’envoyer un mot de passe.',
    when: 'État AUTHORIZATION, une seule fois, et seulement si CAPA annonce STLS.',
    action:
      'Après +OK, les deux côtés font la poignée de main TLS ; le client renvoie ensuite CAPA.',
    rfc: 'RFC 2595 §4',
  },
  'pop3.command.CAPA': {
    title: 'CAPA — que sait faire ce serveur ?',
    meaning: 'Le client demande la liste des extensions du serveur.',
    when: 'Tout état ; la liste change après STLS et après la connexion.',
    action:
      'Lisez la liste : STLS veut dire que TLS est possible, USER que les mots de passe en clair sont acceptés.',
    rfc: 'RFC 2449 §5',
  },
  'pop3.command.QUIT': {
    title: 'QUIT — terminer la session',
    meaning:
      'Après la connexion, QUIT est le seul chemin vers l’état UPDATE, où les messages marqués par DELE sont vraiment supprimés.',
    when: 'Tout état.',
    action: 'Le serveur répond +OK et ferme la connexion.',
    rfc: 'RFC 1939 §6',
  },
  'pop3.command.STAT': {
    title: 'STAT — combien de messages, quelle taille',
    meaning: 'Le client demande le nombre de messages et leur taille totale en octets.',
    when: 'État TRANSACTION.',
    action: 'Les messages marqués supprimés ne comptent pas.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.LIST': {
    title: 'LIST — la taille de chaque message',
    meaning:
      'Sans argument : une ligne par message, numéro et taille. Avec un numéro : ce message seul.',
    when: 'État TRANSACTION.',
    action: 'Les tailles sont en octets, CRLF de fin de ligne compris.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.RETR': {
    title: 'RETR — télécharger un message',
    meaning: 'Le client demande le message entier : en-têtes, ligne vide, corps.',
    when: 'État TRANSACTION.',
    action:
      'Le message arrive en réponse multiligne, terminée par une ligne qui ne contient que « . ».',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.DELE': {
    title: 'DELE — marquer un message à supprimer',
    meaning: 'Le message est seulement marqué. Il sera supprimé plus tard, en UPDATE, après QUIT.',
    when: 'État TRANSACTION.',
    action: 'RSET enlève toutes les marques ; une connexion coupée ne supprime rien.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.NOOP': {
    title: 'NOOP — ne rien faire',
    meaning: 'Le client vérifie que le serveur est toujours là.',
    when: 'État TRANSACTION.',
    action: 'Le serveur répond +OK.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.RSET': {
    title: 'RSET — annuler les suppressions',
    meaning: 'Tous les messages marqués par DELE sont démarqués.',
    when: 'État TRANSACTION.',
    action: 'Le serveur répond +OK ; QUIT ne supprimera rien, sauf nouveau DELE.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.command.TOP': {
    title: 'TOP — les en-têtes et les premières lignes',
    meaning:
      'TOP n k demande les en-têtes du message n, la ligne vide, puis les k premières lignes du corps.',
    when: 'État TRANSACTION (commande facultative).',
    action: 'Les clients s’en servent pour un aperçu sans tout télécharger.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.UIDL': {
    title: 'UIDL — un identifiant durable par message',
    meaning:
      'Les numéros changent d’une session à l’autre, pas les identifiants UIDL. « Laisser les messages sur le serveur » fonctionne en les comparant.',
    when: 'État TRANSACTION (commande facultative).',
    action: 'Le client ne télécharge que les identifiants qu’il n’a pas encore vus.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.command.unknown': {
    title: 'Une commande inconnue du serveur',
    meaning: 'Ce mot n’est pas une commande POP3, ou pas une commande que ce serveur accepte.',
    when: 'Tout état.',
    action: 'Le serveur répond -ERR ; trop d’erreurs de suite et il ferme la connexion.',
    rfc: 'RFC 1939 §3',
  },

  // ── réponses en AUTHORIZATION ─────────────────────────────────────────────────────────────
  'pop3.reply.greeting': {
    title: 'Accueil — le serveur est prêt',
    meaning: 'Le serveur POP3 a accepté la connexion. La session est dans l’état AUTHORIZATION.',
    when: 'Juste après la connexion TCP (port 110, ou 995 avec TLS).',
    action: 'Le client peut envoyer CAPA, STLS, puis se connecter.',
    rfc: 'RFC 1939 §4',
  },
  'pop3.reply.capa': {
    title: 'Liste des capacités',
    meaning: 'Une extension par ligne, puis « . ». La liste dépend de l’état et de TLS.',
    when: 'Après CAPA.',
    action:
      'STLS : TLS est possible. USER : les mots de passe en clair sont acceptés ici. SASL : les mécanismes proposés par AUTH.',
    rfc: 'RFC 2449 §5',
  },
  'pop3.reply.userOk': {
    title: '+OK — nom noté',
    meaning:
      'Le serveur a noté le nom. Il répond +OK même pour un utilisateur qui n’existe pas, pour qu’on ne puisse pas deviner les comptes.',
    when: 'Après USER.',
    action: 'Envoyez PASS avec le mot de passe.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.loggedIn': {
    title: '+OK Logged in. — connecté',
    meaning:
      'Le mot de passe est bon. La boîte est ouverte et ses messages sont numérotés à partir de 1.',
    when: 'Après PASS ou un AUTH réussi.',
    action: 'La session est maintenant en TRANSACTION : STAT, LIST, RETR, DELE…',
    rfc: 'RFC 1939 §4',
  },
  'pop3.reply.authFailed': {
    title: 'Échec de l’authentification',
    meaning:
      'Le nom ou le mot de passe est faux. Le serveur ne dit pas lequel. [AUTH] signale un problème d’identifiants.',
    when: 'Après PASS ou AUTH.',
    action:
      'Vérifiez le mot de passe. Le serveur attend 2 secondes avant de répondre, pour ralentir les essais.',
    rfc: 'RFC 3206 §4',
    difference:
      'Dovecot attend auth_failure_delay (2 s) avant d’envoyer cette ligne ; le simulateur l’envoie tout de suite et signale l’attente ici.',
  },
  'pop3.reply.plaintextDisallowed': {
    title: 'Mot de passe en clair refusé',
    meaning:
      'La connexion n’est pas chiffrée, et le serveur refuse d’y recevoir un mot de passe en clair.',
    when: 'Après USER ou PASS sur le port 110 sans STLS.',
    action: 'Envoyez d’abord STLS, ou connectez-vous au port 995 (TLS dès le début).',
    rfc: 'RFC 8314 §3',
  },
  'pop3.reply.noUsername': {
    title: 'Aucun nom donné',
    meaning: 'PASS est arrivé sans USER juste avant.',
    when: 'Après PASS.',
    action: 'Envoyez USER puis PASS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.apopDisabled': {
    title: 'APOP non activé',
    meaning: 'Ce serveur n’accepte pas APOP. Son accueil ne contenait pas de <horodatage>.',
    when: 'Après APOP.',
    action: 'Connectez-vous avec USER/PASS ou AUTH, sous TLS.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.mechanisms': {
    title: 'Mécanismes SASL',
    meaning: 'Les mécanismes qu’AUTH accepte sur cette connexion, un par ligne.',
    when: 'Après AUTH sans argument.',
    action: 'Choisissez-en un et envoyez AUTH avec son nom.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.unsupportedMechanism': {
    title: 'Mécanisme non pris en charge',
    meaning:
      'Le serveur ne propose pas ce mécanisme ici. PLAIN et LOGIN sont cachés là où les mots de passe en clair sont refusés.',
    when: 'Après AUTH.',
    action: 'Utilisez un mécanisme listé par CAPA, après STLS si besoin.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.invalidBase64': {
    title: 'Base64 invalide',
    meaning: 'La réponse SASL n’est pas du base64 valide.',
    when: 'Après AUTH avec une réponse initiale, ou après un défi « + ».',
    action: 'Codez la réponse en base64 (RFC 4648).',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.saslChallenge': {
    title: '« + » — le serveur attend la suite',
    meaning:
      'Un défi SASL en base64 (vide pour PLAIN). Pour LOGIN, il se décode en « Username: » puis « Password: ».',
    when: 'Pendant AUTH.',
    action: 'Envoyez la réponse sur une ligne en base64, ou « * » pour annuler.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.authAborted': {
    title: 'Authentification annulée',
    meaning: 'Le client a envoyé « * » pour arrêter l’échange SASL.',
    when: 'Pendant AUTH.',
    action: 'La session reste en AUTHORIZATION ; le client peut réessayer.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.locked': {
    title: 'Boîte déjà utilisée',
    meaning:
      'Une autre session POP3 a ouvert cette boîte, et ce serveur n’en permet qu’une à la fois. [IN-USE] le signale.',
    when: 'Après un mot de passe correct.',
    action: 'Fermez l’autre client (ou attendez son QUIT), puis reconnectez-vous.',
    rfc: 'RFC 2449 §8.1.2',
  },
  'pop3.reply.tlsBegin': {
    title: 'Début de la négociation TLS',
    meaning:
      'Le serveur accepte de chiffrer. La poignée de main TLS commence juste après cette ligne.',
    when: 'Après STLS.',
    action: 'Après la poignée de main, renvoyez CAPA : la liste change (USER peut apparaître).',
    rfc: 'RFC 2595 §4',
  },
  'pop3.reply.tlsActive': {
    title: 'TLS déjà actif',
    meaning: 'La connexion est déjà chiffrée (STLS déjà fait, ou port 995).',
    when: 'Après STLS.',
    action: 'Rien à faire : connectez-vous.',
    rfc: 'RFC 2595 §4',
  },
  'pop3.reply.tlsUnavailable': {
    title: 'TLS non activé',
    meaning: 'Ce serveur n’a pas de certificat TLS configuré : il ne peut pas chiffrer.',
    when: 'Après STLS.',
    action:
      'L’administrateur doit configurer TLS ; n’envoyez pas de mot de passe sur cette connexion.',
    rfc: 'RFC 2595 §4',
  },
  'pop3.reply.logoutBeforeLogin': {
    title: '+OK Logging out (avant connexion)',
    meaning: 'Le client part avant de se connecter. Rien ne change dans la boîte.',
    when: 'Après QUIT en AUTHORIZATION.',
    action: 'La connexion se ferme.',
    rfc: 'RFC 1939 §6',
  },
  'pop3.reply.unknownBeforeLogin': {
    title: 'Commande inconnue (avant connexion)',
    meaning:
      'Avant la connexion, le serveur ne connaît que CAPA, USER, PASS, AUTH, APOP, STLS et QUIT. STAT ou RETR viennent après.',
    when: 'État AUTHORIZATION.',
    action: 'Connectez-vous d’abord. Après 3 erreurs de suite, le serveur ferme la connexion.',
    rfc: 'RFC 1939 §4',
  },
  'pop3.reply.tooManyBadBeforeLogin': {
    title: 'Trop de mauvaises commandes (avant connexion)',
    meaning: 'Trois mauvaises commandes de suite : le serveur ferme la connexion.',
    when: 'État AUTHORIZATION.',
    action: 'Vérifiez le client, ou l’orthographe des commandes tapées à la main.',
  },
  'pop3.reply.inactivityDuringAuth': {
    title: 'Déconnecté pour inactivité pendant l’authentification',
    meaning:
      'Le serveur a envoyé un défi « + » et le client n’a pas répondu avant la fin du délai de connexion de 3 minutes.',
    when: 'Pendant AUTH.',
    action: 'Le client doit se reconnecter et terminer l’échange SASL rapidement.',
    rfc: 'RFC 5034 §4',
  },
  'pop3.reply.inputBufferFull': {
    title: 'Tampon d’entrée plein',
    meaning:
      'Avant la connexion, une ligne de commande doit tenir en 1024 octets. Celle-ci est plus longue, donc le serveur ferme la connexion.',
    when: 'État AUTHORIZATION.',
    action: 'Envoyez des lignes plus courtes. La RFC 1939 permet 40 caractères par argument.',
    rfc: 'RFC 1939 §3',
  },
  'pop3.reply.lineTooLong': {
    title: 'Ligne trop longue',
    meaning:
      'Après la connexion, une ligne de commande doit tenir en 2048 octets. Celle-ci est plus longue, donc le serveur ferme la connexion, sans UPDATE.',
    when: 'État TRANSACTION.',
    action: 'Envoyez des lignes plus courtes. Rien de ce qui est marqué par DELE n’est supprimé.',
    rfc: 'RFC 1939 §3',
  },
  'pop3.reply.inactivity': {
    title: 'Déconnecté pour inactivité',
    meaning:
      'Le client n’a rien dit depuis trop longtemps (10 minutes après la connexion, 3 minutes pour se connecter). Pas d’UPDATE : rien de ce qui est marqué par DELE n’est supprimé.',
    when: 'Tout état, quand le délai expire.',
    action: 'Le client doit se reconnecter, refaire les DELE, puis QUIT.',
    rfc: 'RFC 1939 §3',
  },

  // ── réponses en TRANSACTION ───────────────────────────────────────────────────────────────
  'pop3.reply.unknown': {
    title: 'Commande inconnue (après connexion)',
    meaning:
      'Le serveur ne connaît pas cette commande dans l’état TRANSACTION. USER, PASS ou STLS ne sont plus acceptés après la connexion.',
    when: 'État TRANSACTION.',
    action:
      'Vérifiez la commande. Après plus de 20 erreurs de suite, le serveur ferme la connexion.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.tooManyBad': {
    title: 'Trop de mauvaises commandes',
    meaning: 'Plus de 20 commandes en échec de suite : le serveur ferme la connexion, sans UPDATE.',
    when: 'État TRANSACTION.',
    action: 'Rien de ce qui est marqué par DELE n’est supprimé. Reconnectez-vous.',
  },
  'pop3.reply.stat': {
    title: '+OK nombre taille',
    meaning:
      'Le nombre de messages, puis leur taille totale en octets, sans les messages marqués supprimés.',
    when: 'Après STAT.',
    action: 'Utilisez LIST ou UIDL pour voir chaque message.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.list': {
    title: 'Liste des messages et de leurs tailles',
    meaning: 'Une ligne par message : son numéro et sa taille en octets, puis « . ».',
    when: 'Après LIST.',
    action: 'Les messages marqués supprimés ne sont pas listés.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.listOne': {
    title: '+OK numéro taille',
    meaning: 'La taille d’un message, en octets.',
    when: 'Après LIST n.',
    action: 'Utilisez RETR n pour le télécharger.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.retr': {
    title: '+OK n octets — le message suit',
    meaning:
      'Le message entier suit, terminé par une ligne qui ne contient que « . ». Une ligne du message qui commence par « . » est envoyée avec un « . » de plus.',
    when: 'Après RETR n.',
    action:
      'Le client enlève le point ajouté. Dovecot marque le message \\Seen, mais seulement au QUIT.',
    rfc: 'RFC 1939 §3',
  },
  'pop3.reply.top': {
    title: '+OK — les en-têtes et les premières lignes suivent',
    meaning: 'Les en-têtes, la ligne vide et le nombre de lignes du corps demandé, puis « . ».',
    when: 'Après TOP n k.',
    action: 'TOP ne marque pas le message \\Seen.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.dele': {
    title: 'Marqué pour suppression',
    meaning: 'Le message est marqué, pas supprimé. Il ne disparaît qu’au QUIT (état UPDATE).',
    when: 'Après DELE n.',
    action:
      'Envoyez QUIT pour appliquer, ou RSET pour annuler. Si la connexion coupe, rien n’est supprimé.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.noop': {
    title: '+OK (NOOP)',
    meaning: 'Le serveur est toujours là.',
    when: 'Après NOOP.',
    action: 'Rien ne change.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.rset': {
    title: '+OK (RSET)',
    meaning: 'Toutes les marques de suppression sont enlevées.',
    when: 'Après RSET.',
    action: 'QUIT ne supprime plus rien.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.uidl': {
    title: 'Identifiants uniques',
    meaning:
      'Une ligne par message : son numéro et un identifiant qui ne change pas d’une session à l’autre. Dovecot le forme avec l’UID et l’UIDVALIDITY, 8 chiffres hexadécimaux chacun.',
    when: 'Après UIDL.',
    action: 'Le client compare ces identifiants avec ceux qu’il a déjà téléchargés.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.uidlOne': {
    title: '+OK numéro identifiant',
    meaning: 'L’identifiant unique d’un message.',
    when: 'Après UIDL n.',
    action: 'Le même message garde cet identifiant à la session suivante.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.noSuchMessage': {
    title: 'Message inexistant',
    meaning: 'Aucun message ne porte ce numéro. Les numéros vont de 1 au nombre donné par STAT.',
    when: 'Après une commande avec un numéro de message.',
    action: 'Utilisez LIST pour voir les numéros valides.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.messageDeleted': {
    title: 'Message supprimé',
    meaning: 'Ce message est marqué par DELE dans cette session : on ne peut plus l’utiliser.',
    when: 'Après RETR, LIST, TOP, UIDL ou DELE d’un message marqué.',
    action: 'RSET enlève la marque.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.invalidNumber': {
    title: 'Numéro de message invalide',
    meaning: 'L’argument ne commence pas par un chiffre.',
    when: 'Après une commande qui attend un numéro de message.',
    action: 'Donnez un numéro, par exemple RETR 1.',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.numberTooLarge': {
    title: 'Numéro de message trop grand',
    meaning: 'Le numéro ne tient pas sur 32 bits.',
    when: 'Après une commande qui attend un numéro de message.',
    action: 'Utilisez LIST pour voir les numéros valides.',
  },
  'pop3.reply.noiseAfterNumber': {
    title: 'Texte en trop après le numéro',
    meaning:
      'Quelque chose suit le numéro alors qu’il ne faut rien, ou TOP n’a pas son second argument.',
    when: 'Après une commande avec un numéro de message.',
    action: 'N’envoyez que le numéro (TOP attend « TOP n k »).',
    rfc: 'RFC 1939 §5',
  },
  'pop3.reply.invalidSize': {
    title: 'Nombre de lignes invalide',
    meaning: 'Le second argument de TOP n’est pas un nombre.',
    when: 'Après TOP.',
    action: 'Écrivez TOP n k, par exemple TOP 1 10.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.sizeTooLarge': {
    title: 'Nombre de lignes trop grand',
    meaning: 'Le nombre de lignes de TOP est trop grand.',
    when: 'Après TOP.',
    action: 'Utilisez RETR pour avoir le message entier.',
  },
  'pop3.reply.noiseAfterSize': {
    title: 'Texte en trop après le nombre de lignes',
    meaning: 'Quelque chose suit le nombre de lignes de TOP.',
    when: 'Après TOP.',
    action: 'Écrivez TOP n k, sans rien après.',
    rfc: 'RFC 1939 §7',
  },
  'pop3.reply.messageExpunged': {
    title: 'Message effacé par une autre session',
    meaning:
      'Le message a été numéroté à la connexion, mais un autre client (IMAP par exemple) l’a supprimé depuis.',
    when: 'Après RETR ou TOP.',
    action: 'Reconnectez-vous pour avoir une liste à jour.',
  },

  // ── réponses en UPDATE ────────────────────────────────────────────────────────────────────
  'pop3.reply.logout': {
    title: '+OK Logging out. — déconnexion',
    meaning:
      'La session se termine normalement. Aucun message n’était marqué : rien n’est supprimé.',
    when: 'Après QUIT en TRANSACTION.',
    action: 'La connexion se ferme. Les messages lus avec RETR sont maintenant \\Seen.',
    rfc: 'RFC 1939 §6',
  },
  'pop3.reply.logoutDeleted': {
    title: '+OK Logging out, messages deleted. — suppressions appliquées',
    meaning:
      'État UPDATE : les messages marqués par DELE sont maintenant vraiment supprimés du serveur.',
    when: 'Après QUIT en TRANSACTION.',
    action: 'La connexion se ferme. Un client IMAP verra ces messages effacés.',
    rfc: 'RFC 1939 §6',
  },
};
