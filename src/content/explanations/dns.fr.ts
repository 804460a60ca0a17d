import type { ExplanationCatalogue } from './types';

/** DNS explanations in French: record types, resolver outcomes and MX lookup conclusions. */
export const dnsFr: ExplanationCatalogue = {
  'dns.record.a': {
    title: 'A — l’adresse IPv4 d’un nom',
    meaning:
      'Un enregistrement A donne l’adresse IPv4 d’un nom d’hôte, par exemple mx1.b.example → 203.0.113.10.',
    when: 'Demandé après la recherche MX, une fois par serveur de messagerie, et pour le domaine lui-même s’il n’a pas de MX.',
    action: 'Le serveur expéditeur se connecte à cette adresse, sur le port 25.',
    rfc: 'RFC 1035 §3.4.1',
  },
  'dns.record.aaaa': {
    title: 'AAAA — l’adresse IPv6 d’un nom',
    meaning: 'Un enregistrement AAAA donne l’adresse IPv6 d’un nom d’hôte.',
    when: 'Demandé en plus de A quand le serveur expéditeur utilise aussi IPv6.',
    action: 'Le serveur expéditeur peut essayer cette adresse en plus de l’adresse IPv4.',
    rfc: 'RFC 3596 §2.1',
  },
  'dns.record.mx': {
    title: 'MX — qui reçoit le courrier d’un domaine',
    meaning:
      'Un enregistrement MX désigne un serveur de messagerie du domaine, avec une préférence. Le plus petit nombre passe en premier ; les plus grands sont des secours.',
    when: 'Première question du serveur expéditeur, sur le domaine du destinataire de l’enveloppe (RCPT TO), jamais sur l’en-tête To:.',
    action:
      'L’expéditeur trie les hôtes MX par préférence, cherche leurs adresses, puis les essaie dans l’ordre.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.record.txt': {
    title: 'TXT — un texte attaché à un nom',
    meaning:
      'Un enregistrement TXT contient du texte. La messagerie s’en sert pour publier SPF, DKIM et DMARC.',
    when: 'Lu par le serveur destinataire quand il vérifie qui a le droit d’envoyer pour un domaine.',
    action:
      'Lisez le début du texte : v=spf1, v=DKIM1 ou v=DMARC1 indique de quelle politique il s’agit.',
    rfc: 'RFC 1035 §3.3.14',
  },
  'dns.record.ptr': {
    title: 'PTR — le nom d’une adresse (DNS inverse)',
    meaning:
      'Un enregistrement PTR donne le nom d’hôte d’une adresse IP. Il est rangé sous in-addr.arpa, adresse à l’envers : 198.51.100.25 → 25.100.51.198.in-addr.arpa.',
    when: 'Demandé par le serveur destinataire dès qu’un client se connecte ; le nom apparaît dans la ligne Received:.',
    action:
      'Sans PTR, le serveur écrit « unknown » et peut refuser le client (450 4.7.1 … cannot find your reverse hostname).',
    rfc: 'RFC 1035 §3.5',
  },
  'dns.record.cname': {
    title: 'CNAME — un alias vers un autre nom',
    meaning:
      'Un CNAME indique qu’un nom est un autre nom, sous une seconde étiquette. Le résolveur le suit.',
    when: 'Rencontré pendant une résolution : la réponse contient alors le CNAME puis les enregistrements de sa cible.',
    action:
      'Un domaine peut être un alias, mais un MX doit désigner un vrai nom d’hôte, jamais un alias.',
    rfc: 'RFC 1034 §3.6.2, RFC 2181 §10.3',
  },
  'dns.txt.spf': {
    title: 'SPF — les serveurs autorisés à envoyer pour ce domaine',
    meaning:
      'Le domaine liste les adresses IP qui peuvent envoyer du courrier avec son nom dans MAIL FROM, par exemple « v=spf1 ip4:198.51.100.25 -all ».',
    when: 'Lu par le MX destinataire pendant que le client envoie MAIL FROM et RCPT TO.',
    action:
      'Si l’IP d’envoi n’est pas listée et que l’enregistrement finit par -all, le MX peut refuser le message : ajoutez le relais à l’enregistrement.',
    rfc: 'RFC 7208 §4',
  },
  'dns.txt.dkim': {
    title: 'DKIM — la clé publique qui vérifie une signature',
    meaning:
      'Le domaine signataire publie sa clé publique sous <sélecteur>._domainkey.<domaine>. L’en-tête DKIM-Signature: indique le sélecteur à utiliser.',
    when: 'Lu par le serveur destinataire pour vérifier la DKIM-Signature: d’un message.',
    action: 'Si la clé manque ou si le message a été modifié en route, le résultat est dkim=fail.',
    rfc: 'RFC 6376 §3.6',
  },
  'dns.txt.dmarc': {
    title: 'DMARC — que faire quand From: n’est pas authentifié',
    meaning:
      'Publié sous _dmarc.<domaine>, il demande de vérifier que SPF ou DKIM réussit pour le domaine affiché dans From:, et dit quoi faire sinon (p=none, quarantine ou reject).',
    when: 'Lu par le serveur destinataire après les vérifications SPF et DKIM.',
    action:
      'Avec p=reject, un message non aligné est refusé : signez avec DKIM pour le domaine du From:.',
    rfc: 'RFC 7489 §6',
  },
  'dns.outcome.noerror': {
    title: 'NOERROR — le serveur de noms a répondu',
    meaning: 'Le nom existe et des enregistrements du type demandé ont été renvoyés.',
    when: 'Après toute question DNS dont la réponse contient des enregistrements.',
    action: 'Utilisez les enregistrements de la section réponse.',
    rfc: 'RFC 1035 §4.1.1',
  },
  'dns.outcome.nodata': {
    title: 'NODATA — le nom existe, mais pas avec ce type',
    meaning:
      'La réponse est NOERROR avec une section réponse vide : le nom existe, il n’a simplement pas d’enregistrement de ce type.',
    when: 'Par exemple une question MX sur un domaine qui n’a qu’un enregistrement A.',
    action: 'Pour MX, c’est le cas où le domaine lui-même sert de MX implicite.',
    rfc: 'RFC 2308 §2.2',
  },
  'dns.outcome.nxdomain': {
    title: 'NXDOMAIN — le nom n’existe pas',
    meaning: 'Le serveur de noms affirme, avec autorité, que ce nom n’existe pas dans le DNS.',
    when: 'Souvent une faute de frappe dans le domaine du destinataire (gmial.example).',
    action:
      'C’est une réponse définitive : le message revient aussitôt. Vérifiez l’orthographe de l’adresse.',
    rfc: 'RFC 1035 §4.1.1, RFC 8020',
  },
  'dns.outcome.servfail': {
    title: 'SERVFAIL — le serveur de noms est en panne',
    meaning:
      'Le serveur de noms n’a pas pu répondre : la zone est cassée ou ses serveurs sont injoignables.',
    when: 'Après une question sur un nom dont le DNS est en panne.',
    action: 'C’est temporaire : le message reste en file d’attente et sera réessayé.',
    rfc: 'RFC 1035 §4.1.1',
  },
  'dns.outcome.timeout': {
    title: 'Délai dépassé — aucun serveur de noms n’a répondu',
    meaning: 'Le résolveur a posé la question et n’a reçu aucune réponse à temps.',
    when: 'Quand le serveur DNS est arrêté ou qu’un pare-feu bloque le port 53.',
    action:
      'C’est temporaire, comme SERVFAIL : file d’attente et nouvel essai. dig affiche « connection timed out; no servers could be reached ».',
    rfc: 'RFC 1035 §7.2',
  },
  'dns.mx.found': {
    title: 'Hôtes MX trouvés — l’ordre des essais',
    meaning:
      'Le domaine a des enregistrements MX. Ils sont triés par préférence, du plus petit au plus grand ; les hôtes de même préférence sont mélangés pour répartir la charge.',
    when: 'Après la question MX et une question d’adresse par hôte.',
    action:
      'L’expéditeur se connecte au premier hôte sur le port 25, puis essaie le suivant en cas d’échec.',
    rfc: 'RFC 5321 §5.1',
    difference:
      'Le mélange est tiré de la graine du monde : un même monde essaie toujours les hôtes dans le même ordre.',
  },
  'dns.mx.implicitMx': {
    title: 'MX implicite — pas de MX, le domaine lui-même est utilisé',
    meaning:
      'Le domaine n’a aucun enregistrement MX : son adresse A/AAAA sert de MX, avec la préférence 0.',
    when: 'Quand la question MX répond NODATA.',
    action:
      'Si cette adresse est un serveur web sans port 25 ouvert, le courrier attend puis revient : publiez un enregistrement MX.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.nxdomain': {
    title: 'Domaine introuvable — échec définitif (5.4.4)',
    meaning: 'Ni la question MX ni la question A n’ont trouvé le domaine : il n’existe pas.',
    when: 'Postfix demande MX, puis A, et rapporte l’erreur de A : « Host or domain name not found. Name service error for name=… type=A: Host not found ».',
    action: 'Le message revient aussitôt. Corrigez l’adresse du destinataire.',
    rfc: 'RFC 5321 §5.1, RFC 3463 (5.4.4)',
  },
  'dns.mx.nodata': {
    title: 'Ni MX ni adresse — échec définitif (5.4.4)',
    meaning:
      'Le domaine existe mais n’a ni MX ni enregistrement A : il n’y a nulle part où livrer.',
    when: 'Postfix rapporte « … type=A: Host found but no data record of requested type ».',
    action: 'Le message revient. Le propriétaire du domaine doit publier un enregistrement MX.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.temporary': {
    title: 'Panne DNS — échec temporaire (4.4.3)',
    meaning:
      'Le DNS n’a pas répondu (SERVFAIL ou délai dépassé) : on ne sait encore rien du domaine.',
    when: 'Postfix note « … type=MX: Host not found, try again » et diffère le message.',
    action: 'Le message reste en file d’attente et sera réessayé. Seul NXDOMAIN est définitif.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.nullMx': {
    title: 'MX nul — le domaine ne reçoit pas de courrier',
    meaning:
      'L’unique enregistrement « MX 0 . » annonce que ce domaine ne reçoit jamais de courrier.',
    when: 'Postfix s’arrête aussitôt avec « Domain … does not accept mail (nullMX) » (5.1.0), sans essayer l’enregistrement A.',
    action: 'Le message revient. Un serveur qui vérifie les adresses répond 556 5.1.10 à RCPT.',
    rfc: 'RFC 7505 §3',
  },
  'dns.mx.malformedMx': {
    title: 'MX invalide — une adresse ou un alias au lieu d’un nom d’hôte',
    meaning:
      'Un enregistrement MX doit désigner un hôte qui a ses propres adresses. Ce ne peut être ni une adresse IP, ni un alias (CNAME).',
    when: 'Détecté à la lecture de la réponse MX.',
    action:
      'Le message revient (5.4.4). Le propriétaire du domaine doit faire pointer le MX vers un vrai nom d’hôte.',
    rfc: 'RFC 5321 §5.1, RFC 2181 §10.3',
    difference:
      'Postfix suit un MX qui pointe vers un alias et se contente d’avertir pour une adresse numérique ; le simulateur refuse les deux, comme le disent les RFC, pour rendre l’erreur visible.',
  },
  'dns.mx.noAddress': {
    title: 'Aucun hôte MX n’a d’adresse',
    meaning:
      'Les enregistrements MX existent, mais aucun de leurs noms d’hôte n’a d’enregistrement A ou AAAA.',
    when: 'Postfix note « warning: no MX host for … has a valid address record ».',
    action:
      'Le message revient (5.4.4), ou sera réessayé (4.4.3) si une recherche d’adresse a échoué temporairement. Ajoutez l’enregistrement A manquant.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.loopsBack': {
    title: 'Le courrier revient vers moi-même (5.4.6)',
    meaning:
      'Le serveur expéditeur est lui-même le meilleur MX du domaine, sans pourtant considérer ce domaine comme le sien.',
    when: 'Après la recherche MX, quand l’expéditeur trouve son propre nom ou sa propre adresse parmi les hôtes.',
    action:
      'Ajoutez le domaine aux domaines locaux du serveur (mydestination ou domaines virtuels), ou corrigez l’enregistrement MX.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.mx.noPrimaryRelay': {
    title: 'Relais principal introuvable (4.4.4)',
    meaning:
      'Le serveur expéditeur est un MX de secours ; le meilleur MX existe mais n’a pas d’adresse pour l’instant.',
    when: 'Après la recherche MX, quand il ne reste que des hôtes de préférence égale ou moins bonne que celle de l’expéditeur.',
    action:
      'Le message attend en file d’attente. Corrigez l’enregistrement d’adresse du MX principal.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.domain.found': {
    title: 'Le domaine peut recevoir du courrier',
    meaning: 'Le domaine a un enregistrement MX ou une adresse : on peut lui livrer du courrier.',
    when: 'Vérifié par un serveur configuré avec reject_unknown_sender_domain ou reject_unknown_recipient_domain, à MAIL FROM ou RCPT TO.',
    action: 'Rien à faire : la vérification réussit.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.domain.notFound': {
    title: 'Domaine introuvable',
    meaning: 'Le domaine n’a ni MX ni adresse : aucune réponse ne pourrait jamais l’atteindre.',
    when: 'Postfix répond 450 4.1.8 (expéditeur) ou 450 4.1.2 (destinataire) « Domain not found » ; 550 si unknown_address_reject_code = 550.',
    action: 'Vérifiez l’orthographe de l’adresse, ou publiez les enregistrements manquants.',
    rfc: 'RFC 5321 §5.1',
  },
  'dns.domain.nullMx': {
    title: 'Domaine qui refuse tout courrier (MX nul)',
    meaning:
      'Le domaine publie « MX 0 . » : il n’envoie pas de réponses et ne reçoit pas de courrier.',
    when: 'Postfix répond 550 5.7.27 pour un expéditeur, 556 5.1.10 pour un destinataire.',
    action: 'Utilisez une autre adresse : ce domaine n’accepte jamais de courrier.',
    rfc: 'RFC 7505 §4',
  },
  'dns.domain.temporary': {
    title: 'Vérification du domaine impossible pour l’instant',
    meaning: 'Le DNS n’a pas répondu : le serveur ne peut pas savoir si le domaine existe.',
    when: 'À MAIL FROM ou RCPT TO, quand le DNS répond SERVFAIL ou ne répond pas ; Postfix répond par un 450.',
    action: 'Le serveur expéditeur garde le message et réessaiera plus tard.',
    rfc: 'RFC 5321 §4.2.1',
  },
  'dns.dnsbl.listed': {
    title: 'Client inscrit sur une liste noire DNS',
    meaning:
      'L’adresse du client, à l’envers sous la zone de la liste, a répondu 127.0.0.x : la liste la connaît comme source de spam.',
    when: 'Demandé par le serveur destinataire à la connexion du client ; Postfix refuse à RCPT avec 554 5.7.1 … blocked using ….',
    action:
      'Nettoyez la machine, puis demandez le retrait de la liste ; envoyez par le serveur de soumission de votre fournisseur.',
    rfc: 'RFC 5782 §2.1',
  },
  'dns.dnsbl.notListed': {
    title: 'Client non inscrit',
    meaning: 'La liste noire a répondu NXDOMAIN : elle n’a rien contre cette adresse.',
    when: 'Demandé par le serveur destinataire à la connexion du client.',
    action: 'Rien à faire : la session continue.',
    rfc: 'RFC 5782 §2.1',
  },
};
