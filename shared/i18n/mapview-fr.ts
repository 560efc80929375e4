// French texts of the map itself (issue 3): rings and sectors, the map's tools, presentation
// mode, and "the network I would like". Spread into fr.ts's `ui`.
export const mapViewFr = {
  mapView: {
    toolbar: 'Outils de la carte',
    zone: {
      inner: 'Indispensable',
      middle: 'Important',
      outer: 'Présent',
      outside: 'Sans lien direct',
    },
    /** The networks' names around the rings (a line break where the name is long). */
    sector: {
      primary: 'Réseau primaire',
      informal_secondary: 'Réseau secondaire\ninformel',
      formal_secondary: 'Réseau secondaire\nformel',
    },
    commands: {
      zoomIn: 'Agrandir la carte',
      zoomOut: 'Réduire la carte',
      fit: 'Voir toute la carte',
      tidy: 'Ranger les ronds dans leurs cercles',
      linkMode: 'Relier : tracer un lien d’un rond à un autre',
      linkModeOff: 'Arrêter de relier',
      domainSectors: 'Partager les secteurs par domaine',
      presentation: 'Présenter (plein écran)',
      leavePresentation: 'Quitter la présentation',
      wished: 'Le réseau que j’aimerais',
      current: 'Revenir à la carte d’aujourd’hui',
    },
    overview: 'Vue d’ensemble : les liens sont simplifiés, agrandissez pour voir leurs détails.',
    legend: {
      rings: 'Les cercles',
      zone: {
        inner: 'Indispensable : lien 5',
        middle: 'Important : lien 4 ou 3',
        outer: 'Présent : lien 2 ou 1',
        outside: 'Hors des cercles : pas de lien direct',
      },
    },
    linkHint: 'Glissez d’un rond à un autre pour les relier. Échap pour arrêter.',
    wished: {
      title: 'Le réseau que {{name}} aimerait',
      intro:
        'Une deuxième carte, partie d’une copie de celle d’aujourd’hui : qui {{name}} aimerait plus près, plus loin, en plus, ou qui ne serait plus là.',
      start: 'Commencer à partir de la carte d’aujourd’hui',
      starting: 'Copie de la carte…',
      today: 'Aujourd’hui',
      wish: 'Ce que {{name}} aimerait',
      todayLabel: 'La carte d’aujourd’hui de {{name}}, pour comparer (lecture seule)',
      wishLabel: 'Le réseau que {{name}} aimerait : carte modifiable',
      back: 'Carte d’aujourd’hui',
      marks: 'Ce qui change',
      mark: {
        closer: 'Plus près',
        further: 'Plus loin',
        new: 'En plus',
        gone: 'Plus là',
      },
      loadFailed: 'Le réseau souhaité n’a pas pu être ouvert.',
    },
  },
};
