import type { ExplanationCatalogue } from './types';

/** Les vérifications de l’expéditeur au MX, en français, verdicts SPF, DKIM et DMARC. */
export const mailAuthFr: ExplanationCatalogue = {
  'spf.result.pass': {
    title: 'SPF pass',
    meaning:
      'Le domaine de l’expéditeur autorise l’adresse IP qui se connecte : ce serveur peut envoyer son courrier.',
    when: 'Au RCPT TO, après la lecture par le MX de l’enregistrement TXT du domaine de MAIL FROM.',
    action: 'Rien à faire. DMARC peut s’appuyer sur ce succès si le domaine correspond à From:.',
    rfc: 'RFC 7208 §2.6.3',
  },
  'spf.result.fail': {
    title: 'SPF fail (-all)',
    meaning:
      'Le domaine de l’expéditeur dit que cette adresse IP ne peut pas envoyer son courrier.',
    when: 'Au RCPT TO ; un serveur qui applique SPF refuse avec 550 5.7.23.',
    action:
      'Si le message est légitime, ajoutez le serveur d’envoi à l’enregistrement (ip4:, include:). Sinon, c’est une usurpation.',
    rfc: 'RFC 7208 §2.6.4, §8.4',
  },
  'spf.result.softfail': {
    title: 'SPF softfail (~all)',
    meaning:
      'Le domaine dit que cette adresse n’est sans doute pas autorisée, mais demande de ne pas refuser.',
    when: 'Au RCPT TO ; le message est en général accepté et marqué.',
    action: 'Passez à -all quand tous les serveurs d’envoi sont listés.',
    rfc: 'RFC 7208 §2.6.5',
  },
  'spf.result.neutral': {
    title: 'SPF neutral (?all)',
    meaning: 'Le domaine ne se prononce pas sur cette adresse.',
    when: 'Quand aucun mécanisme ne correspond et que l’enregistrement finit par « ?all » (ou par rien).',
    action: 'Traitez-le comme une absence de SPF.',
    rfc: 'RFC 7208 §2.6.2',
  },
  'spf.result.none': {
    title: 'SPF none',
    meaning: 'Le domaine ne publie aucun enregistrement SPF (ou le domaine n’existe pas).',
    when: 'Après la requête TXT sur le domaine de MAIL FROM.',
    action: 'Publiez « v=spf1 … -all » pour dire quels serveurs envoient pour le domaine.',
    rfc: 'RFC 7208 §2.6.1',
  },
  'spf.result.temperror': {
    title: 'SPF temperror',
    meaning: 'Une panne DNS a interrompu la vérification ; elle pourra réussir plus tard.',
    when: 'Quand une requête DNS a répondu SERVFAIL ou n’a pas eu de réponse.',
    action: 'Vérifiez les serveurs de noms du domaine.',
    rfc: 'RFC 7208 §2.6.6',
  },
  'spf.result.permerror': {
    title: 'SPF permerror',
    meaning:
      'L’enregistrement est illisible : deux enregistrements, une faute, plus de 10 requêtes DNS, un include sans enregistrement.',
    when: 'Pendant l’évaluation de l’enregistrement.',
    action: 'Corrigez l’enregistrement et vérifiez-le avec un validateur SPF.',
    rfc: 'RFC 7208 §2.6.7, §4.6.4',
  },
  'dkim.result.pass': {
    title: 'DKIM pass',
    meaning:
      'La signature (domaine d=, sélecteur s=) correspond à la clé publique du DNS : les en-têtes signés et le corps sont intacts.',
    when: 'À la fin des données, après la lecture par le MX de <sélecteur>._domainkey.<domaine>.',
    action: 'Rien à faire. DMARC peut s’en servir si d= correspond au domaine de From:.',
    rfc: 'RFC 6376 §6.1 ; RFC 8463',
  },
  'dkim.result.fail': {
    title: 'DKIM fail',
    meaning:
      'La signature ne se vérifie pas : le corps ou un en-tête signé a changé en route, ou la clé est fausse.',
    when: 'À la fin des données. « body hash did not verify » veut dire que le corps a changé.',
    action:
      'Trouvez le relais qui modifie les messages (pied de page, étiquette dans le sujet) ou corrigez la clé publiée.',
    rfc: 'RFC 6376 §6.1.3',
  },
  'dkim.result.none': {
    title: 'DKIM none',
    meaning: 'Le message ne porte aucune DKIM-Signature.',
    when: 'À la fin des données.',
    action: 'Faites signer le courrier sortant par le serveur de soumission.',
    rfc: 'RFC 8601 §2.7.1',
  },
  'dkim.result.neutral': {
    title: 'DKIM neutral',
    meaning: 'La signature utilise un algorithme que ce vérificateur ne contrôle pas.',
    when: 'À la fin des données.',
    action: 'Signez avec un algorithme connu des destinataires (ed25519-sha256 ou rsa-sha256).',
    rfc: 'RFC 8601 §2.7.1',
  },
  'dkim.result.temperror': {
    title: 'DKIM temperror',
    meaning: 'La clé publique n’a pas pu être lue à cause d’une panne DNS.',
    when: 'À la fin des données.',
    action: 'Vérifiez les serveurs de noms du domaine signataire.',
    rfc: 'RFC 6376 §6.1.2',
  },
  'dkim.result.permerror': {
    title: 'DKIM permerror',
    meaning:
      'La signature ou la clé est inutilisable : erreur de syntaxe, pas de clé au sélecteur, clé d’un autre type.',
    when: 'À la fin des données.',
    action:
      'Publiez la clé sur <sélecteur>._domainkey.<domaine> et vérifiez les balises de la signature.',
    rfc: 'RFC 6376 §6.1.2',
  },
  'dmarc.result.pass': {
    title: 'DMARC pass',
    meaning:
      'SPF ou DKIM a réussi pour un domaine aligné avec le domaine de From: que voit le lecteur.',
    when: 'À la fin des données, après la lecture par le MX de _dmarc.<domaine de From:>.',
    action: 'Rien à faire.',
    rfc: 'RFC 7489 §4.2',
  },
  'dmarc.result.fail.none': {
    title: 'DMARC fail, p=none',
    meaning:
      'Ni SPF ni DKIM n’a réussi aligné avec From:, mais le propriétaire demande seulement des rapports.',
    when: 'À la fin des données ; le message est remis.',
    action: 'Lisez les rapports, corrigez SPF et DKIM, puis passez à quarantine ou reject.',
    rfc: 'RFC 7489 §6.3',
  },
  'dmarc.result.fail.quarantine': {
    title: 'DMARC fail, p=quarantine',
    meaning:
      'Ni SPF ni DKIM n’a réussi aligné avec From: ; le propriétaire demande de traiter le message comme suspect.',
    when: 'À la fin des données ; le message est accepté et part en général dans les indésirables.',
    action: 'Faites réussir SPF ou DKIM pour le domaine de From:.',
    rfc: 'RFC 7489 §6.3',
  },
  'dmarc.result.fail.reject': {
    title: 'DMARC fail, p=reject',
    meaning:
      'Ni SPF ni DKIM n’a réussi aligné avec From: ; le propriétaire demande de refuser le message.',
    when: 'À la fin des données : 550 5.7.1 rejected by DMARC policy.',
    action:
      'Signez avec DKIM au nom du domaine de From:, ou envoyez depuis un serveur listé dans son SPF.',
    rfc: 'RFC 7489 §6.3, §6.6',
  },
  'dmarc.result.none': {
    title: 'DMARC none',
    meaning: 'Le domaine de From: ne publie aucune politique DMARC.',
    when: 'Après les requêtes _dmarc (le domaine, puis son domaine d’organisation).',
    action: 'Publiez « v=DMARC1; p=none » pour commencer à recevoir des rapports.',
    rfc: 'RFC 7489 §6.6.3',
  },
  'dmarc.result.temperror': {
    title: 'DMARC temperror',
    meaning: 'La politique n’a pas pu être lue à cause d’une panne DNS.',
    when: 'À la fin des données.',
    action: 'Vérifiez les serveurs de noms du domaine.',
    rfc: 'RFC 7489 §6.6.3',
  },
};
