import type { ExplanationCatalogue } from './types';

/** Ce que lit l'élève pour chaque commande et chaque réponse SMTP (Postfix 3.7.11 sous Debian). */
export const smtpFr: ExplanationCatalogue = {
  // Commandes
  'smtp.command.EHLO': {
    title: 'EHLO — bonjour, version étendue',
    meaning:
      'Le client se présente et demande quelles extensions ESMTP le serveur propose. La réponse les liste, une par ligne.',
    when: 'Première commande après l’accueil, et de nouveau après STARTTLS. Elle annule aussi toute transaction en cours.',
    action: 'Lisez la liste : elle dit si STARTTLS, AUTH, SIZE ou CHUNKING sont utilisables.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  'smtp.command.HELO': {
    title: 'HELO — bonjour, ancienne version',
    meaning: 'Le client se présente sans demander d’extensions. La réponse tient sur une ligne.',
    when: 'À la place d’EHLO, par des clients anciens ou minimalistes.',
    action: 'Après HELO, aucune extension n’est permise : ni STARTTLS, ni AUTH, ni SIZE=.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  'smtp.command.MAIL': {
    title: 'MAIL FROM — l’expéditeur d’enveloppe',
    meaning:
      'Ouvre une transaction et donne l’adresse de retour des erreurs. Elle peut différer de l’en-tête From:.',
    when: 'Après EHLO ou HELO, quand aucune transaction n’est ouverte.',
    action: 'Donnez ensuite un RCPT TO par destinataire.',
    rfc: 'RFC 5321 §4.1.1.2',
  },
  'smtp.command.RCPT': {
    title: 'RCPT TO — un destinataire d’enveloppe',
    meaning:
      'Ajoute un destinataire à la transaction. C’est là que le serveur décide s’il accepte du courrier pour cette adresse.',
    when: 'Après MAIL FROM, une fois par destinataire.',
    action: 'Dès qu’un destinataire est accepté, envoyez DATA (ou BDAT).',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  'smtp.command.DATA': {
    title: 'DATA — envoyer le message',
    meaning:
      'Demande à envoyer le message lui-même : les en-têtes, une ligne vide, le corps, puis une ligne contenant seulement un point.',
    when: 'Après au moins un RCPT TO accepté.',
    action: 'Attendez 354, envoyez le message, terminez par <CRLF>.<CRLF>.',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  'smtp.command.BDAT': {
    title: 'BDAT — envoyer le message par morceaux',
    meaning:
      'Envoie exactement le nombre d’octets annoncé, sans doublement des points ni point final. LAST marque le dernier morceau.',
    when: 'À la place de DATA, si le serveur propose CHUNKING.',
    action: 'Chaque morceau reçoit un 250 ; le dernier reçoit l’identifiant de file d’attente.',
    rfc: 'RFC 3030 §2',
  },
  'smtp.command.RSET': {
    title: 'RSET — tout recommencer',
    meaning: 'Annule la transaction en cours : expéditeur, destinataires et données sont oubliés.',
    when: 'À tout moment. La présentation et la connexion du compte restent.',
    action: 'Envoyez un nouveau MAIL FROM pour réessayer.',
    rfc: 'RFC 5321 §4.1.1.5',
  },
  'smtp.command.NOOP': {
    title: 'NOOP — ne rien faire',
    meaning:
      'Demande un 250 sans rien changer. Les clients s’en servent pour garder la connexion ouverte.',
    when: 'À tout moment, même avant EHLO.',
    action: 'Rien à faire.',
    rfc: 'RFC 5321 §4.1.1.9',
  },
  'smtp.command.QUIT': {
    title: 'QUIT — au revoir',
    meaning: 'Demande au serveur de fermer la connexion. Une transaction inachevée est abandonnée.',
    when: 'À tout moment.',
    action: 'Attendez 221, puis la connexion se ferme.',
    rfc: 'RFC 5321 §4.1.1.10',
  },
  'smtp.command.VRFY': {
    title: 'VRFY — vérifier une adresse',
    meaning:
      'Demande si une adresse existe. Beaucoup de serveurs refusent, car cela aide les spammeurs.',
    when: 'À tout moment.',
    action: '252 veut dire « je ne peux pas vérifier, mais je tenterai la livraison ».',
    rfc: 'RFC 5321 §3.5',
  },
  'smtp.command.EXPN': {
    title: 'EXPN — développer une liste de diffusion',
    meaning: 'Demande les membres d’une liste. Postfix n’a pas cette commande.',
    when: 'À tout moment.',
    action: 'Attendez-vous à 500 : la commande n’est pas reconnue.',
    rfc: 'RFC 5321 §3.5',
  },
  'smtp.command.HELP': {
    title: 'HELP — lister les commandes',
    meaning: 'Demande un texte d’aide. Postfix 3.7 ne l’a pas (elle est arrivée en 3.9).',
    when: 'À tout moment.',
    action: 'Attendez-vous à 500 avec Postfix 3.7.',
    rfc: 'RFC 5321 §4.1.1.8',
    difference: 'Postfix 3.9 et suivants répondent 214 avec la liste des commandes.',
  },
  'smtp.command.ETRN': {
    title: 'ETRN — vider la file d’un domaine',
    meaning:
      'Demande à un relais d’essayer tout de suite de livrer le courrier qu’il garde pour un domaine.',
    when: 'Après la présentation, hors transaction.',
    action: 'Utile aux sites qui ne sont pas connectés en permanence. Rare aujourd’hui.',
    rfc: 'RFC 1985',
  },
  'smtp.command.STARTTLS': {
    title: 'STARTTLS — passer au chiffrement',
    meaning:
      'Demande à transformer cette connexion en connexion TLS. Après la négociation, tout recommence.',
    when: 'Après EHLO, si le serveur a listé STARTTLS.',
    action: 'Après 220, faites la négociation TLS, puis renvoyez EHLO.',
    rfc: 'RFC 3207 §4',
  },
  'smtp.command.AUTH': {
    title: 'AUTH — se connecter',
    meaning:
      'Donne un identifiant et un mot de passe avec un mécanisme SASL (PLAIN ou LOGIN). Les valeurs voyagent en base64, qui n’est pas un chiffrement.',
    when: 'Après EHLO, hors transaction, en général après STARTTLS.',
    action: 'Répondez à chaque défi 334 ; 235 veut dire que vous êtes connecté.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.command.authResponse': {
    title: 'Ligne de réponse AUTH',
    meaning: 'Le client répond à un défi 334 avec du texte en base64, ou annule avec « * ».',
    when: 'Pendant un échange AUTH.',
    action: 'Décodez le base64 pour voir ce qui a été envoyé : quiconque lit le réseau le peut.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.command.unknown': {
    title: 'Commande inconnue',
    meaning: 'Le serveur ne connaît pas ce verbe, souvent à cause d’une faute de frappe.',
    when: 'À tout moment.',
    action: 'Vérifiez l’orthographe. Le serveur répond 500 et garde la connexion.',
    rfc: 'RFC 5321 §4.2.4',
  },
  'smtp.command.forbidden': {
    title: 'Pas une commande SMTP',
    meaning:
      'La ligne ressemble à du HTTP ou à un en-tête de message, pas à une commande. Postfix y voit une attaque.',
    when: 'Quand un navigateur, un proxy ou un script défaillant parle au port de messagerie.',
    action: 'Vérifiez le port et le programme : le serveur raccroche.',
    rfc: 'RFC 5321 §4.1.1',
    difference: 'Propre à Postfix (smtpd_forbid_cmds) ; la RFC répondrait 500.',
  },
  'smtp.command.empty': {
    title: 'Ligne vide',
    meaning: 'Le client a envoyé une ligne vide là où une commande était attendue.',
    when: 'À tout moment.',
    action: 'Postfix répond 500 bad syntax.',
    rfc: 'RFC 5321 §4.1.1',
  },
  // Réponses — connexion
  'smtp.reply.greeting': {
    title: '220 — service prêt',
    meaning: 'Le serveur accepte la connexion et dit qui il est.',
    when: 'Dès l’ouverture de la connexion TCP.',
    action: 'Envoyez EHLO.',
    rfc: 'RFC 5321 §4.2, §3.1',
  },
  'smtp.reply.greetingRefused': {
    title: '554 — pas de service ici',
    meaning: 'Le serveur refuse ce client dès le départ, mais attend QUIT.',
    when: 'À la place de l’accueil 220.',
    action: 'Envoyez QUIT. Cherchez pourquoi le client est refusé (liste noire, règles d’accès).',
    rfc: 'RFC 5321 §3.1',
  },
  'smtp.reply.greetingBusy': {
    title: '421 — trop de connexions',
    meaning: 'Le serveur est saturé par ce client et ferme aussitôt. C’est temporaire.',
    when: 'À la place de l’accueil 220.',
    action: 'Réessayez plus tard, avec moins de connexions en parallèle.',
    rfc: 'RFC 5321 §3.1, §4.2.3',
  },
  'smtp.reply.accessDenied': {
    title: '503 — accès refusé',
    meaning: 'Le serveur a refusé ce client à l’accueil et refuse toute commande sauf QUIT.',
    when: 'Après un accueil 554.',
    action: 'Envoyez QUIT.',
    rfc: 'RFC 5321 §3.1',
  },
  'smtp.reply.ehlo': {
    title: '250 — bonjour, et mes extensions',
    meaning: 'La première ligne nomme le serveur ; chaque autre ligne est une extension proposée.',
    when: 'Après EHLO.',
    action: 'N’utilisez que les extensions listées ici.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  'smtp.reply.helo': {
    title: '250 — bonjour',
    meaning: 'Le serveur se nomme. Aucune extension n’est proposée après HELO.',
    when: 'Après HELO.',
    action: 'Envoyez MAIL FROM.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  'smtp.reply.ehloSyntax': {
    title: '501 — EHLO demande un nom',
    meaning: 'EHLO a été envoyé sans le nom d’hôte du client.',
    when: 'Après EHLO sans argument.',
    action: 'Envoyez EHLO suivi de votre nom d’hôte ou d’une adresse littérale comme [192.0.2.1].',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  'smtp.reply.heloSyntax': {
    title: '501 — HELO demande un nom',
    meaning: 'HELO a été envoyé sans le nom d’hôte du client.',
    when: 'Après HELO sans argument.',
    action: 'Envoyez HELO suivi de votre nom d’hôte.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  // Réponses — transaction
  'smtp.reply.mailOk': {
    title: '250 2.1.0 — expéditeur accepté',
    meaning: 'La transaction est ouverte avec cet expéditeur d’enveloppe.',
    when: 'Après MAIL FROM.',
    action: 'Envoyez RCPT TO pour chaque destinataire.',
    rfc: 'RFC 5321 §4.1.1.2',
  },
  'smtp.reply.rcptOk': {
    title: '250 2.1.5 — destinataire accepté',
    meaning: 'Le serveur accepte du courrier pour cette adresse.',
    when: 'Après RCPT TO.',
    action: 'Ajoutez d’autres destinataires, ou envoyez DATA.',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  'smtp.reply.dataStart': {
    title: '354 — envoyez le message',
    meaning:
      'Le serveur attend le message. Il se termine par une ligne contenant seulement un point.',
    when: 'Après DATA.',
    action:
      'Envoyez les en-têtes, une ligne vide, le corps, puis <CRLF>.<CRLF>. Doublez tout point en début de ligne.',
    rfc: 'RFC 5321 §4.1.1.4, §4.5.2',
  },
  'smtp.reply.queued': {
    title: '250 2.0.0 — mis en file d’attente',
    meaning:
      'Le serveur prend le message en charge et donne son identifiant de file. Il n’est pas encore dans la boîte.',
    when: 'Après la fin des données.',
    action:
      'Le client peut oublier le message. Cherchez l’identifiant dans les journaux du serveur.',
    rfc: 'RFC 5321 §4.2.5, §6.1',
  },
  'smtp.reply.bdatOk': {
    title: '250 2.0.0 — morceau reçu',
    meaning: 'Le serveur a lu tout le morceau, compté en octets.',
    when: 'Après un morceau BDAT qui n’est pas le dernier.',
    action: 'Envoyez le morceau suivant ; marquez le dernier avec LAST.',
    rfc: 'RFC 3030 §2',
  },
  'smtp.reply.ok': {
    title: '250 2.0.0 — d’accord',
    meaning: 'La commande a réussi.',
    when: 'Après RSET ou NOOP.',
    action: 'Continuez.',
    rfc: 'RFC 5321 §4.2.2',
  },
  'smtp.reply.bye': {
    title: '221 — au revoir',
    meaning: 'Le serveur ferme la connexion.',
    when: 'Après QUIT.',
    action: 'Rien : la session est terminée.',
    rfc: 'RFC 5321 §4.1.1.10',
  },
  // Réponses — ordre des commandes
  'smtp.reply.sendHeloFirst': {
    title: '503 — présentez-vous d’abord',
    meaning: 'Ce serveur veut EHLO ou HELO avant cette commande.',
    when: 'MAIL ou AUTH avant la présentation (Postfix avec smtpd_helo_required, ou AUTH).',
    action: 'Envoyez EHLO, puis répétez la commande. L’état n’a pas changé.',
    rfc: 'RFC 5321 §4.1.4',
  },
  'smtp.reply.nestedMail': {
    title: '503 — transaction déjà ouverte',
    meaning: 'Un MAIL FROM a été envoyé alors qu’une transaction est ouverte.',
    when: 'Un second MAIL FROM avant la fin des données ou RSET.',
    action: 'Terminez le message ou envoyez RSET d’abord.',
    rfc: 'RFC 5321 §4.1.4',
  },
  'smtp.reply.needMail': {
    title: '503 — MAIL FROM d’abord',
    meaning: 'RCPT TO est arrivé sans transaction ouverte.',
    when: 'RCPT TO avant MAIL FROM.',
    action: 'Envoyez MAIL FROM, puis les destinataires.',
    rfc: 'RFC 5321 §3.3',
  },
  'smtp.reply.needRcpt': {
    title: '503 — RCPT TO d’abord',
    meaning: 'DATA ou BDAT est arrivé avant tout destinataire.',
    when: 'DATA ou BDAT sans transaction ouverte.',
    action: 'Envoyez d’abord MAIL FROM et RCPT TO.',
    rfc: 'RFC 5321 §3.3',
  },
  'smtp.reply.noValidRecipients': {
    title: '554 5.5.1 — aucun destinataire valable',
    meaning:
      'La transaction est ouverte, mais tous les destinataires ont été refusés : personne à qui livrer.',
    when: 'DATA ou BDAT après le refus de tous les RCPT TO.',
    action: 'Lisez les réponses aux RCPT pour voir pourquoi chacun a été refusé.',
    rfc: 'RFC 5321 §3.3',
  },
  'smtp.reply.mailAfterBdat': {
    title: '503 — MAIL pendant BDAT',
    meaning: 'Un envoi BDAT est en cours ; un nouveau MAIL FROM est interdit.',
    when: 'Après un morceau BDAT sans LAST.',
    action: 'Envoyez le dernier morceau (BDAT n LAST) ou RSET.',
    rfc: 'RFC 3030 §3',
  },
  'smtp.reply.rcptAfterBdat': {
    title: '503 — RCPT pendant BDAT',
    meaning: 'On ne peut plus ajouter de destinataire une fois les données commencées.',
    when: 'Après un morceau BDAT sans LAST.',
    action: 'Terminez par BDAT n LAST, puis ouvrez une nouvelle transaction.',
    rfc: 'RFC 3030 §3',
  },
  'smtp.reply.dataAfterBdat': {
    title: '503 — DATA pendant BDAT',
    meaning: 'On ne mélange pas DATA et BDAT dans une même transaction.',
    when: 'Après un morceau BDAT sans LAST.',
    action: 'Continuez avec BDAT et terminez par LAST.',
    rfc: 'RFC 3030 §3',
  },
  // Réponses — syntaxe
  'smtp.reply.notRecognized': {
    title: '500 5.5.2 — commande non reconnue',
    meaning: 'Le serveur ne connaît pas cette commande.',
    when: 'Tout verbe inconnu, EXPN ou HELP avec Postfix 3.7.',
    action: 'Vérifiez l’orthographe. La connexion reste ouverte.',
    rfc: 'RFC 5321 §4.2.4',
  },
  'smtp.reply.badSyntax': {
    title: '500 5.5.2 — syntaxe incorrecte',
    meaning: 'La ligne n’est pas du tout une commande, par exemple une ligne vide.',
    when: 'Quand une commande est attendue.',
    action: 'Envoyez une vraie commande.',
    rfc: 'RFC 5321 §4.2.2',
  },
  'smtp.reply.notImplemented': {
    title: '502 5.5.1 — non disponible ici',
    meaning: 'Le serveur connaît la commande mais ne la propose pas ici.',
    when: 'STARTTLS ou BDAT alors que la liste EHLO ne les proposait pas.',
    action: 'N’utilisez que ce que liste la réponse à EHLO.',
    rfc: 'RFC 5321 §4.2.4',
  },
  'smtp.reply.mailSyntax': {
    title: '501 5.5.4 — syntaxe de MAIL FROM',
    meaning: 'La commande n’a pas la forme MAIL FROM:<adresse>.',
    when: 'Après une commande MAIL mal formée.',
    action: 'Écrivez MAIL FROM:<alice@example.test>, avec les deux-points et les chevrons.',
    rfc: 'RFC 5321 §4.1.1.2',
  },
  'smtp.reply.rcptSyntax': {
    title: '501 5.5.4 — syntaxe de RCPT TO',
    meaning: 'La commande n’a pas la forme RCPT TO:<adresse>.',
    when: 'Après une commande RCPT mal formée.',
    action: 'Écrivez RCPT TO:<bob@example.test>.',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  'smtp.reply.badSenderSyntax': {
    title: '501 5.1.7 — adresse d’expéditeur invalide',
    meaning: 'L’adresse entre < et > n’est pas une adresse électronique valable.',
    when: 'Après MAIL FROM.',
    action: 'Cherchez une faute de frappe : deux @, des espaces…',
    rfc: 'RFC 5321 §4.1.2 ; RFC 3463',
  },
  'smtp.reply.badRecipientSyntax': {
    title: '501 5.1.3 — adresse de destinataire invalide',
    meaning:
      'L’adresse du destinataire n’est pas valable. Un <> vide n’est permis que pour l’expéditeur.',
    when: 'Après RCPT TO.',
    action: 'Cherchez une faute de frappe dans l’adresse.',
    rfc: 'RFC 5321 §4.1.2 ; RFC 3463',
  },
  'smtp.reply.unsupportedOption': {
    title: '555 5.5.4 — paramètre non pris en charge',
    meaning:
      'Un paramètre après l’adresse est inconnu, ou appartient à une extension non proposée.',
    when: 'Après MAIL FROM ou RCPT TO avec des paramètres.',
    action: 'N’envoyez que les paramètres des extensions listées par EHLO.',
    rfc: 'RFC 5321 §4.1.1.11',
  },
  'smtp.reply.sizeSyntax': {
    title: '501 5.5.4 — valeur SIZE incorrecte',
    meaning: 'SIZE= doit être un nombre d’octets.',
    when: 'Après MAIL FROM … SIZE=.',
    action: 'Envoyez SIZE= suivi de chiffres seulement.',
    rfc: 'RFC 1870 §3',
  },
  'smtp.reply.retSyntax': {
    title: '501 5.5.4 — valeur RET incorrecte',
    meaning:
      'RET= vaut FULL ou HDRS : renvoyer dans l’avis d’erreur le message entier ou seulement ses en-têtes.',
    when: 'Après MAIL FROM … RET=.',
    action: 'Utilisez RET=FULL ou RET=HDRS.',
    rfc: 'RFC 3461 §4.3',
  },
  'smtp.reply.envidSyntax': {
    title: '501 5.5.4 — valeur ENVID incorrecte',
    meaning:
      'ENVID= demande une valeur : un identifiant que l’expéditeur retrouvera dans les avis d’erreur.',
    when: 'Après MAIL FROM … ENVID=.',
    action: 'Donnez un ENVID non vide.',
    rfc: 'RFC 3461 §4.4',
  },
  'smtp.reply.notifySyntax': {
    title: '501 5.5.4 — valeur NOTIFY incorrecte',
    meaning: 'NOTIFY= vaut NEVER, ou une liste de SUCCESS, FAILURE et DELAY.',
    when: 'Après RCPT TO … NOTIFY=.',
    action: 'Corrigez la liste, par exemple NOTIFY=SUCCESS,FAILURE.',
    rfc: 'RFC 3461 §4.1',
  },
  'smtp.reply.orcptSyntax': {
    title: '501 5.5.4 — valeur ORCPT incorrecte',
    meaning: 'ORCPT= s’écrit type, point-virgule, adresse : rfc822;bob@example.test.',
    when: 'Après RCPT TO … ORCPT=.',
    action: 'Corrigez le paramètre.',
    rfc: 'RFC 3461 §4.2',
  },
  'smtp.reply.dsnDisabled': {
    title: '501 5.7.1 — DSN désactivé',
    meaning: 'Le serveur ne propose pas les avis d’état de livraison.',
    when: 'Après MAIL FROM avec RET= ou ENVID= quand DSN n’est pas proposé.',
    action: 'Envoyez la commande sans les paramètres DSN.',
    rfc: 'RFC 3461',
  },
  'smtp.reply.dataSyntax': {
    title: '501 5.5.4 — DATA sans argument',
    meaning: 'DATA doit être seul sur sa ligne.',
    when: 'Après DATA suivi de texte.',
    action: 'Envoyez DATA seul. La transaction est toujours ouverte.',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  'smtp.reply.rsetSyntax': {
    title: '501 5.5.4 — RSET sans argument',
    meaning: 'RSET doit être seul sur sa ligne.',
    when: 'Après RSET suivi de texte.',
    action: 'Envoyez RSET seul.',
    rfc: 'RFC 5321 §4.1.1.5',
  },
  'smtp.reply.bdatSyntax': {
    title: '501 5.5.4 — syntaxe de BDAT',
    meaning: 'BDAT demande une taille en octets, et éventuellement LAST.',
    when: 'Après un BDAT mal formé.',
    action: 'Écrivez BDAT 1234 ou BDAT 1234 LAST.',
    rfc: 'RFC 3030 §2',
  },
  'smtp.reply.vrfySyntax': {
    title: '501 5.5.4 — VRFY demande une adresse',
    meaning: 'VRFY a été envoyé sans rien à vérifier.',
    when: 'Après VRFY seul.',
    action: 'Écrivez VRFY suivi d’un nom ou d’une adresse.',
    rfc: 'RFC 5321 §3.5',
  },
  'smtp.reply.etrnSyntax': {
    title: '500 — ETRN demande un domaine',
    meaning: 'ETRN a été envoyé sans domaine.',
    when: 'Après ETRN seul.',
    action: 'Écrivez ETRN suivi du domaine.',
    rfc: 'RFC 1985',
  },
  'smtp.reply.starttlsSyntax': {
    title: '501 5.5.4 — STARTTLS sans argument',
    meaning: 'STARTTLS doit être seul sur sa ligne.',
    when: 'Après STARTTLS suivi de texte.',
    action: 'Envoyez STARTTLS seul.',
    rfc: 'RFC 3207 §4',
  },
  'smtp.reply.authSyntax': {
    title: '501 5.5.4 — syntaxe d’AUTH',
    meaning: 'AUTH demande un nom de mécanisme, et éventuellement une réponse initiale.',
    when: 'Après AUTH sans mécanisme.',
    action: 'Écrivez AUTH PLAIN ou AUTH LOGIN.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.reply.unicodeNotDeclared': {
    title: '553 5.6.7 — adresse Unicode non déclarée',
    meaning:
      'L’adresse contient des caractères non ASCII, mais le client n’a pas demandé SMTPUTF8.',
    when: 'Après MAIL FROM ou RCPT TO avec une adresse comme élodie@exemple.fr.',
    action: 'Ajoutez le paramètre SMTPUTF8 à MAIL FROM, si le serveur le propose.',
    rfc: 'RFC 6531 §3.4',
  },
  'smtp.reply.forbiddenCommand': {
    title: '221 2.7.0 — au revoir, ce n’est pas du SMTP',
    meaning: 'Le serveur a vu du HTTP ou un en-tête au lieu d’une commande, et raccroche.',
    when: 'Après GET, POST, CONNECT, une ligne « Nom: » ou une ligne qui ne commence pas par une lettre.',
    action:
      'Dirigez le programme vers le bon port, ou corrigez le script qui envoie les en-têtes trop tôt.',
    rfc: 'RFC 5321 §4.1.1',
    difference: 'Propre à Postfix (smtpd_forbid_cmds).',
  },
  // Réponses — VRFY, ETRN
  'smtp.reply.vrfy': {
    title: '252 2.0.0 — vérification impossible, livraison tentée',
    meaning: 'Le serveur ne confirme pas l’adresse, mais acceptera du courrier pour elle.',
    when: 'Après VRFY.',
    action: 'VRFY ne prouve pas qu’une adresse existe : envoyez un vrai message pour le savoir.',
    rfc: 'RFC 5321 §3.5.3',
  },
  'smtp.reply.vrfyDisabled': {
    title: '502 5.5.1 — VRFY désactivé',
    meaning:
      'L’administrateur a coupé VRFY pour que personne ne puisse sonder les adresses valables.',
    when: 'Après VRFY.',
    action: 'Rien : c’est un choix courant.',
    rfc: 'RFC 5321 §3.5, §7.3',
  },
  'smtp.reply.etrnOk': {
    title: '250 — passage de la file lancé',
    meaning: 'Le relais va tenter tout de suite de livrer le courrier qu’il garde pour ce domaine.',
    when: 'Après ETRN.',
    action: 'Attendez l’arrivée du courrier.',
    rfc: 'RFC 1985',
  },
  'smtp.reply.etrnUnavailable': {
    title: '459 — ETRN indisponible pour ce domaine',
    meaning: 'Ce serveur ne garde pas de file pour ce domaine.',
    when: 'Après ETRN.',
    action: 'Vérifiez le nom de domaine, ou demandez à l’administrateur.',
    rfc: 'RFC 1985',
  },
  // Réponses — limites
  'smtp.reply.sizeExceeded': {
    title: '552 5.3.4 — message trop gros (annoncé)',
    meaning: 'La taille annoncée avec SIZE= dépasse ce que ce serveur accepte.',
    when: 'Après MAIL FROM … SIZE=.',
    action: 'Réduisez le message (envoyez un lien plutôt qu’une pièce jointe).',
    rfc: 'RFC 1870 §6.1',
  },
  'smtp.reply.messageTooBig': {
    title: '552 5.3.4 — message trop gros',
    meaning: 'Le message envoyé dépasse la limite du serveur. Rien n’a été mis en file.',
    when: 'Après la fin des données.',
    action: 'Réduisez le message ; les pièces jointes en base64 grossissent d’environ un tiers.',
    rfc: 'RFC 5321 §4.5.3.1.7',
  },
  'smtp.reply.tooManyRecipients': {
    title: '452 4.5.3 — trop de destinataires',
    meaning:
      'Le serveur ne prend plus de destinataires dans cette transaction. Ceux déjà acceptés restent.',
    when: 'Après RCPT TO, au-delà de la limite du serveur.',
    action: 'Envoyez ce message, puis les autres destinataires dans une nouvelle transaction.',
    rfc: 'RFC 5321 §4.5.3.1.10',
  },
  'smtp.reply.tooManyHops': {
    title: '554 5.4.0 — trop de sauts',
    meaning: 'Le message a trop de lignes Received: : il tourne sans doute en boucle.',
    when: 'Après la fin des données.',
    action: 'Comptez les lignes Received: et cherchez deux serveurs qui se renvoient le message.',
    rfc: 'RFC 5321 §6.3',
  },
  'smtp.reply.bareLf': {
    title: '550 5.5.2 — LF seul reçu',
    meaning:
      'Une ligne se termine par LF seul au lieu de CR LF. C’est ainsi que commence la contrebande SMTP.',
    when: 'Après la fin des données, ou aussitôt pour une ligne de commande, quand le serveur refuse les LF seuls.',
    action: 'Faites envoyer CR LF au client à chaque fin de ligne.',
    rfc: 'RFC 5321 §2.3.8',
  },
  'smtp.reply.tooManyErrors': {
    title: '421 4.7.0 — trop d’erreurs',
    meaning: 'Le client a fait trop d’erreurs ; le serveur raccroche.',
    when: 'Après une vingtaine de commandes refusées ou fausses.',
    action: 'Relisez les réponses précédentes et corrigez le client.',
    rfc: 'RFC 5321 §3.8',
  },
  'smtp.reply.timeout': {
    title: '421 4.4.2 — délai dépassé',
    meaning:
      'Le client est resté muet trop longtemps ; le serveur raccroche. Un message inachevé est abandonné.',
    when: 'Après cinq minutes de silence, souvent à cause d’un point final oublié.',
    action: 'Vérifiez que le message se termine par une ligne contenant seulement un point.',
    rfc: 'RFC 5321 §4.5.3.2.7',
  },
  // Réponses — restrictions
  'smtp.reply.userUnknown': {
    title: '550 5.1.1 — utilisateur inconnu',
    meaning: 'Ce domaine est bien géré ici, mais aucune boîte ne porte ce nom.',
    when: 'Après RCPT TO (ou VRFY).',
    action: 'Cherchez une faute de frappe ; le serveur de l’expéditeur renverra un avis d’erreur.',
    rfc: 'RFC 5321 §3.3 ; RFC 3463',
  },
  'smtp.reply.relayDenied': {
    title: '554 5.7.1 — relais refusé',
    meaning:
      'Le destinataire n’est pas dans les domaines de ce serveur, et le client n’est ni de confiance ni connecté.',
    when: 'Après RCPT TO.',
    action: 'Envoyez par votre fournisseur, port 587 avec STARTTLS et AUTH.',
    rfc: 'RFC 5321 §3.6.2',
  },
  'smtp.reply.relayDeferred': {
    title: '454 4.7.1 — relais refusé (temporaire)',
    meaning: 'Même refus que 554, mais présenté comme temporaire (réglage par défaut de Postfix).',
    when: 'Après RCPT TO.',
    action: 'Le client réessaiera en vain : connectez-vous, ou utilisez le bon serveur.',
    rfc: 'RFC 5321 §3.6.2',
  },
  'smtp.reply.recipientAccessDenied': {
    title: '554 5.7.1 — accès refusé',
    meaning: 'Sur ce port de soumission, seuls les utilisateurs connectés peuvent envoyer.',
    when: 'Après RCPT TO, quand le client ne s’est pas connecté.',
    action: 'Activez l’authentification dans le logiciel de messagerie.',
    rfc: 'RFC 6409 §4.3',
  },
  'smtp.reply.senderNotOwned': {
    title: '553 5.7.1 — expéditeur non autorisé pour ce compte',
    meaning: 'L’utilisateur connecté n’a pas le droit d’envoyer avec cet expéditeur d’enveloppe.',
    when: 'Après RCPT TO (Postfix vérifie l’expéditeur tardivement).',
    action:
      'Envoyez depuis votre propre adresse, ou demandez à l’administrateur d’autoriser celle-ci.',
    rfc: 'RFC 6409 §4.3',
  },
  'smtp.reply.heloNotFqdn': {
    title: '504 5.5.2 — nom HELO incomplet',
    meaning: 'Le nom donné dans EHLO ou HELO n’a pas de partie domaine.',
    when: 'Après RCPT TO (Postfix vérifie le nom HELO tardivement).',
    action: 'Donnez au client un nom complet comme pc1.example.test, ou une adresse littérale.',
    rfc: 'RFC 5321 §4.1.4',
  },
  'smtp.reply.clientNoReverse': {
    title: '450 4.7.1 — pas de DNS inverse',
    meaning:
      'L’adresse IP du client n’a pas d’enregistrement PTR : le serveur ne lui fait pas confiance.',
    when: 'Après RCPT TO.',
    action: 'Demandez un enregistrement PTR au propriétaire de l’adresse IP.',
    rfc: 'RFC 1912 §2.1',
  },
  'smtp.reply.clientBlocked': {
    title: '554 5.7.1 — client sur liste noire',
    meaning: 'L’adresse IP du client figure sur une liste noire DNS.',
    when: 'Après RCPT TO, pas à la connexion.',
    action: 'Nettoyez la machine, puis demandez le retrait de l’adresse de la liste.',
    rfc: 'RFC 5782',
  },
  'smtp.reply.senderDomainNotFound': {
    title: '450 4.1.8 — domaine de l’expéditeur introuvable',
    meaning:
      'Le domaine de l’expéditeur d’enveloppe n’existe pas dans le DNS : les avis d’erreur ne pourraient pas revenir.',
    when: 'Après RCPT TO.',
    action: 'Cherchez une faute de frappe dans l’adresse d’expéditeur.',
    rfc: 'RFC 3463',
  },
  'smtp.reply.recipientDomainNotFound': {
    title: '450 4.1.2 — domaine du destinataire introuvable',
    meaning: 'Le domaine du destinataire n’existe pas dans le DNS.',
    when: 'Après RCPT TO.',
    action: 'Cherchez une faute de frappe dans l’adresse du destinataire.',
    rfc: 'RFC 3463',
  },
  'smtp.reply.senderNullMx': {
    title: '550 5.7.27 — le domaine de l’expéditeur ne reçoit pas de courrier',
    meaning:
      'Le domaine de l’expéditeur publie un MX nul : il ne reçoit jamais de courrier, les avis d’erreur sont impossibles.',
    when: 'Après RCPT TO.',
    action: 'Envoyez depuis un domaine qui peut recevoir des réponses.',
    rfc: 'RFC 7505 §4.2',
  },
  'smtp.reply.recipientNullMx': {
    title: '556 5.1.10 — le domaine du destinataire ne reçoit pas de courrier',
    meaning: 'Le domaine du destinataire publie un MX nul : il ne reçoit aucun courrier.',
    when: 'Après RCPT TO.',
    action: 'Utilisez une autre adresse pour cette personne.',
    rfc: 'RFC 7505 §4.1',
  },
  'smtp.reply.greylisted': {
    title: '450 4.7.1 — liste grise',
    meaning:
      'Le serveur refuse exprès la première tentative. Un vrai serveur de messagerie réessaiera.',
    when: 'Après RCPT TO, pour un trio expéditeur, client, destinataire inconnu.',
    action: 'Patientez : le serveur expéditeur réessaie après quelques minutes et passe.',
    rfc: 'RFC 6647',
  },
  'smtp.reply.spfFail': {
    title: '550 5.7.23 — échec SPF',
    meaning:
      'Le domaine de l’expéditeur déclare dans le DNS que ce client n’a pas le droit d’envoyer pour lui.',
    when: 'Après RCPT TO.',
    action: 'Ajoutez le serveur d’envoi à l’enregistrement SPF du domaine.',
    rfc: 'RFC 7208 §8.4 ; RFC 7372',
  },
  'smtp.reply.dmarcReject': {
    title: '550 5.7.1 — rejet DMARC',
    meaning:
      'Le domaine du From: demande de rejeter le courrier que ni SPF ni DKIM ne rattachent à lui.',
    when: 'Après la fin des données.',
    action: 'Signez avec DKIM pour le domaine du From:, ou alignez l’expéditeur d’enveloppe.',
    rfc: 'RFC 7489 §6.6',
  },
  'smtp.reply.contentRejected': {
    title: '550 5.7.1 — contenu refusé',
    meaning: 'Un filtre de contenu a refusé le message.',
    when: 'Après la fin des données.',
    action: 'Demandez à l’administrateur du destinataire quelle règle s’est appliquée.',
    rfc: 'RFC 5321 §4.2.3',
  },
  'smtp.reply.queueWriteError': {
    title: '451 4.3.0 — erreur d’écriture de la file',
    meaning: 'Le serveur n’a pas pu enregistrer le message. C’est temporaire.',
    when: 'Après la fin des données.',
    action: 'Le client garde le message et réessaie plus tard.',
    rfc: 'RFC 5321 §4.2.3',
  },
  // Réponses — STARTTLS
  'smtp.reply.readyToStartTls': {
    title: '220 2.0.0 — prêt pour TLS',
    meaning: 'La négociation TLS commence maintenant, sur la même connexion.',
    when: 'Après STARTTLS.',
    action: 'Faites la négociation, puis renvoyez EHLO : tout ce qui a été dit avant est oublié.',
    rfc: 'RFC 3207 §4.2',
  },
  'smtp.reply.tlsAlreadyActive': {
    title: '554 5.5.1 — TLS déjà actif',
    meaning: 'La connexion est déjà chiffrée.',
    when: 'Après un second STARTTLS.',
    action: 'Continuez avec EHLO et AUTH.',
    rfc: 'RFC 3207 §4',
  },
  'smtp.reply.mustStartTls': {
    title: '530 5.7.0 — STARTTLS d’abord',
    meaning: 'Sur ce port, la connexion doit être chiffrée avant toute autre chose.',
    when: 'Toute commande sauf EHLO, HELO, STARTTLS, NOOP et QUIT avant TLS.',
    action: 'Réglez le logiciel de messagerie sur STARTTLS.',
    rfc: 'RFC 3207 §4',
  },
  // Réponses — AUTH
  'smtp.reply.authChallenge': {
    title: '334 — défi AUTH',
    meaning:
      'Le serveur attend la suite de la connexion, en base64 (LOGIN demande « Username: » puis « Password: »).',
    when: 'Pendant AUTH.',
    action: 'Envoyez la réponse en base64, ou « * » pour annuler.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.reply.authSuccessful': {
    title: '235 2.7.0 — connecté',
    meaning: 'L’identifiant et le mot de passe sont corrects.',
    when: 'À la fin d’AUTH.',
    action: 'Envoyez MAIL FROM. Le serveur sait maintenant qui envoie.',
    rfc: 'RFC 4954 §6',
  },
  'smtp.reply.authFailed': {
    title: '535 5.7.8 — échec de l’authentification',
    meaning:
      'La connexion est refusée : mauvais mot de passe, mauvaise forme d’identifiant, ou mécanisme non pris en charge.',
    when: 'À la fin d’AUTH.',
    action: 'Décodez le base64 de la transcription et vérifiez identifiant et mot de passe.',
    rfc: 'RFC 4954 §6',
    difference:
      'Les vrais serveurs attendent environ 2 secondes avant cette réponse ; le simulateur non.',
  },
  'smtp.reply.authAborted': {
    title: '501 5.7.0 — authentification annulée',
    meaning: 'Le client a envoyé « * » pour arrêter la connexion.',
    when: 'Pendant AUTH.',
    action: 'Relancez AUTH si vous voulez vous connecter.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.reply.authNotEnabled': {
    title: '503 5.5.1 — authentification non activée',
    meaning: 'AUTH n’est pas proposé ici, ou pas encore (souvent seulement après STARTTLS).',
    when: 'Après AUTH.',
    action: 'Regardez la liste EHLO ; passez d’abord par STARTTLS si AUTH n’apparaît qu’après.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.reply.authInTransaction': {
    title: '503 5.5.1 — transaction en cours',
    meaning: 'AUTH est interdit une fois MAIL FROM accepté.',
    when: 'Après AUTH dans une transaction.',
    action: 'Envoyez RSET, connectez-vous, puis recommencez.',
    rfc: 'RFC 4954 §4',
  },
  'smtp.reply.alreadyAuthenticated': {
    title: '503 5.5.1 — déjà connecté',
    meaning: 'Une session ne se connecte qu’une fois.',
    when: 'Après un second AUTH.',
    action: 'Continuez avec MAIL FROM.',
    rfc: 'RFC 4954 §4',
  },
};
