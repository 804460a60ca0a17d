import type { Messages } from './en';

/** Textes de l'interface en français (mêmes clés que en.ts ; un test le vérifie). */
export const fr: Messages = {
  app: {
    title: 'Facteur',
    tagline: "Suivez un courriel d'Alice à Bob, une commande et une réponse à la fois.",
    skipToContent: 'Aller au simulateur',
    footer: 'Facteur — un simulateur libre du courrier électronique pour la classe.',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  simulator: {
    label: 'Simulateur',
    world: 'Monde : {{world}}',
    step: 'Étape {{step}}',
    empty: "Aucun monde n'est en cours. Le trajet d'un courriel s'affichera ici.",
    panels: {
      map: 'Carte du réseau',
      transcript: 'Transcription',
      states: 'États des protocoles',
      message: 'Message',
      logs: 'Journaux des serveurs',
    },
    panelEmpty: 'Rien à afficher pour le moment.',
  },
  journey: {
    label: "Le trajet d'un courriel",
    mua: "Client de messagerie d'Alice",
    msa: 'Serveur de soumission',
    dns: 'Résolveur DNS',
    mx: 'Serveur MX de Bob',
    mailbox: 'Serveur de boîtes aux lettres',
    client: 'Client de messagerie de Bob',
  },
  errors: {
    panel: "Ce panneau n'a pas pu s'afficher : {{message}}",
    retry: 'Réessayer',
  },
};
