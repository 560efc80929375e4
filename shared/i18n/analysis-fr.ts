// French texts of the analysis panel (issue 4): summary, ties, brokers, composition, paths,
// overlays, and the "why" of every figure. Spread into fr.ts's `ui`.
export const analysisFr = {
  analysis: {
    title: 'Lecture du réseau',
    switchLabel: 'Panneau à côté de la carte',
    edit: 'Modifier la carte',
    read: 'Lire le réseau',
    sectionsLabel: 'Parties de la lecture du réseau',
    sections: {
      summary: 'Résumé',
      ties: 'Liens',
      brokers: 'Passeurs',
      composition: 'Composition',
      paths: 'Chemins',
    },
    why: 'Pourquoi ?',
    whyLabel: 'pourquoi ? {{figure}}',
    progress: {
      label: 'Avancement de l’analyse',
      step: 'Étape {{step}} sur {{steps}} : {{phase}}',
      phase: {
        graphs: 'lecture de la carte',
        composition: 'composition des cercles',
        ties: 'force des liens',
        bridges: 'liens qui font pont',
        betweenness: 'qui se trouve sur les chemins',
        holes: 'contacts qui se connaissent entre eux',
        brokerage: 'rôles de passeur',
      },
    },
    cancel: 'Arrêter l’analyse',
    rerun: 'Relancer l’analyse',
    cancelled: 'Analyse arrêtée.',
    failed: 'L’analyse n’a pas pu aboutir.',
    outdatedFigures: 'Les chiffres affichés datent d’avant la dernière modification de la carte.',
    updating: 'Mise à jour après la dernière modification…',
    moreNotListed_one: '… et {{count}} autre, non affiché.',
    moreNotListed_other: '… et {{count}} autres, non affichés.',
    strengthWhy:
      'Un lien est dit fort quand son score atteint 0,5 sur 1. Le score combine, d’après Granovetter (1973), le temps passé ensemble (fréquence des contacts, ancienneté : 20 %), l’intensité émotionnelle (proximité, importance du lien : 35 %), les confidences (soutien émotionnel : 25 %) et l’entraide dans les deux sens (20 %). Seuls les éléments renseignés comptent.',
    weakBridgeWhy:
      'Un lien faible qui fait pont relie deux personnes qui n’ont aucune connaissance en commun. Granovetter (1973) a montré que ces liens, moins intimes, apportent des informations et des occasions nouvelles (un stage, un logement, un club) que le cercle proche, où tout le monde sait déjà la même chose, ne donne pas : c’est « la force des liens faibles ».',
    summary: {
      findingsLabel: 'Ce que dit la carte',
      figuresTitle: 'En chiffres',
      outOf: '{{part}} sur {{whole}}',
      actors: 'Acteurs autour de la personne',
      actorsLine: 'Les personnes et les structures de la carte, la personne exclue.',
      actorsWhy:
        'Chaque rond ou carré de la carte compte pour un acteur, sauf la personne au centre. Un acteur sans aucun lien compte aussi : il est sur la carte.',
      strongTies: 'Liens forts',
      strongTiesLine: 'Des liens où l’on se voit souvent, se confie et s’entraide.',
      weakBridges: 'Liens faibles qui font pont',
      weakBridgesLine: 'Ils relient des cercles qui sans eux ne se connaîtraient pas.',
      failures: 'Points de fragilité',
      failuresLine: 'Acteurs dont le départ couperait quelqu’un de la personne.',
    },
    ties: {
      ends: '{{a}} — {{b}}',
      weakBridgesTitle: 'La force des liens faibles',
      weakBridgesLine:
        'Ces liens faibles relient des cercles qui ne se connaissent pas : c’est par eux qu’arrivent les ressources nouvelles.',
      noWeakBridge:
        'Aucun lien faible ne fait pont : les liens faibles de la carte restent à l’intérieur d’un même cercle.',
      allTitle_one: 'Le lien, fort ou faible, et pourquoi',
      allTitle_other: 'Les {{count}} liens, forts ou faibles, et pourquoi',
      scoreWhy:
        'Score de ce lien : {{score}} sur 1 ; un lien est fort à partir de {{threshold}}. C’est donc un {{verdict}}. Le score combine le temps passé ensemble (20 %), l’intensité émotionnelle (35 %), les confidences (25 %) et l’entraide dans les deux sens (20 %), d’après Granovetter (1973) ; seuls les éléments renseignés comptent.',
      brokenNoPath: 'Lien rompu : il ne relie plus personne.',
      onlyPath:
        'Aucune connaissance en commun et aucun autre chemin entre eux : sans ce lien, ces deux parties du réseau seraient séparées.',
      localBridge:
        'Aucune connaissance en commun : sans ce lien, il faudrait {{span}} étapes pour aller de l’un à l’autre.',
      common_one: '{{count}} connaissance en commun : ce lien est pris dans un même cercle.',
      common_other: '{{count}} connaissances en commun : ce lien est pris dans un même cercle.',
      common_zero: 'Aucune connaissance en commun.',
    },
    brokers: {
      intro:
        'Les passeurs relient des personnes qui ne se connaissent pas : s’ils s’éloignent, d’autres se perdent de vue.',
      sampled:
        'Réseau très grand : la part des chemins est estimée à partir de {{count}} acteurs tirés au hasard.',
      thePerson: 'la personne accompagnée',
      betweenness: 'Sur les chemins',
      betweennessWhy:
        '{{value}} des plus courts chemins entre deux autres acteurs de la carte passent par {{name}} (intermédiarité). Plus ce chiffre est haut, plus des mises en relation dépendent de cet acteur.',
      effectiveSize: 'Contacts distincts',
      effectiveSizeWhy_one:
        '{{name}} a {{count}} contact. Taille effective (Burt) : {{value}}, le nombre de contacts qui ne se connaissent pas entre eux.',
      effectiveSizeWhy_other:
        '{{name}} a {{count}} contacts. Taille effective (Burt) : {{value}}, en équivalent, ne se connaissent pas entre eux. Plus ce chiffre approche le nombre de contacts, plus {{name}} ouvre sur des cercles différents.',
      constraint: 'Contrainte',
      constraintWhy:
        'Contrainte (Burt) de {{name}} : {{value}}. Elle va de 0 à environ 1. Près de 1 : un seul contact, ou des contacts qui se connaissent tous ; peu de marge et peu d’informations nouvelles. Basse : {{name}} relie des cercles qui ne se connaissent pas.',
      noRole: 'Ne fait passer aucun soutien entre deux acteurs non reliés.',
      roles: 'Passeur : {{roles}}.',
      roleCount_one: '{{role}} ({{count}} fois)',
      roleCount_other: '{{role}} ({{count}} fois)',
      role: 'Rôle de passeur',
      roleWhy:
        'Sur les flèches de soutien, {{name}} reçoit d’un acteur et soutient un autre acteur qui ne sont pas reliés directement. Son rôle le plus fréquent : {{role}}. Les rôles dépendent du réseau de chacun (Gould et Fernandez, 1989).',
      roleWhyNone:
        'Sur les flèches de soutien, {{name}} ne se trouve jamais entre deux acteurs qui ne sont pas reliés directement.',
    },
    roleName: {
      coordinator: 'coordinateur',
      itinerant: 'consultant',
      representative: 'représentant',
      gatekeeper: 'gardien',
      liaison: 'agent de liaison',
    },
    roleInitials: {
      coordinator: 'Co',
      itinerant: 'Cs',
      representative: 'R',
      gatekeeper: 'G',
      liaison: 'L',
    },
    composition: {
      nobody: 'aucun',
      namesMore_one: '{{names}} et {{count}} autre',
      namesMore_other: '{{names}} et {{count}} autres',
      emptySphere: 'Aucun acteur : un cercle absent est un constat en soi.',
      actors: 'Acteurs',
      actorsWhy: 'Le nombre d’acteurs de ce cercle sur la carte.',
      density: 'Densité',
      single: 'un seul acteur',
      densityLine: 'Part des membres du cercle qui se connaissent entre eux.',
      densityWhy:
        'Liens existants entre les acteurs du cercle, divisés par tous les liens possibles entre eux (la personne n’est pas comptée). Un cercle dense se soutient, mais tout le monde y sait la même chose.',
      strongShare: 'Liens forts avec la personne',
      strongShareLine: 'Parmi les liens directs entre ce cercle et la personne.',
      domains: 'Domaines',
      domainsWhy:
        'Le domaine de compétence de chaque acteur (famille, école, santé…). Un domaine absent peut dire une ressource à chercher.',
      valences: 'Qualité des liens avec la personne',
      valencesWhy:
        'Pour chaque acteur, la qualité de son lien direct avec la personne (soutenant, stressant…), ou « sans lien direct ».',
      noDirectTie: 'sans lien direct',
      densityWithout: 'Densité sans la personne',
      densityWithoutLine: 'Les acteurs se connaissent-ils entre eux, sans passer par la personne ?',
      densityWithoutWhy:
        'Liens entre acteurs divisés par tous les liens possibles, la personne retirée. Haute : un entourage soudé, où tout se sait. Basse : un entourage éclaté, où chacun ne connaît que la personne.',
      components: 'Groupes sans la personne',
      componentsLine: 'Combien de groupes se forment si l’on retire la personne.',
      componentsWhy:
        'Retirez la personne de la carte : chaque groupe d’acteurs reliés entre eux compte pour un, un acteur seul aussi. Plusieurs groupes : des cercles qui ne se connaissent pas.',
      cutVertices: 'Acteurs qui tiennent les groupes',
      cutVerticesWhy:
        'Sans la personne, retirer l’un de ces acteurs coupe son groupe en morceaux : il est le seul lien entre eux.',
      personOnly: 'Ne connaissent que la personne',
      personOnlyWhy:
        'Ces acteurs ont un lien avec la personne et avec personne d’autre : ils ne peuvent pas relayer vers un autre cercle.',
      unconnected: 'Sans aucun lien',
      unconnectedWhy: 'Ces acteurs sont sur la carte sans aucun lien actif, même avec la personne.',
      failures: 'Points de fragilité',
      failure_one: '{{name}} ({{count}} acteur coupé)',
      failure_other: '{{name}} ({{count}} acteurs coupés)',
      failuresWhy:
        'Un point de fragilité est un acteur par qui passent tous les chemins entre la personne et d’autres acteurs : s’il s’éloigne, ces acteurs perdent tout lien avec elle.',
      blau: 'Diversité des cercles',
      blauLine: '0 : tous dans le même cercle ; 0,67 : répartis également entre les trois.',
      blauWhy:
        'Indice de Blau : la chance que deux acteurs pris au hasard appartiennent à deux cercles différents (primaire, secondaire informel, secondaire formel).',
      ei: 'Liens entre cercles',
      eiLine:
        '{{external}} liens entre cercles différents, {{internal}} à l’intérieur d’un cercle.',
      eiWhy:
        'Indice E-I (Krackhardt et Stern) : de −1, tous les liens restent à l’intérieur de chaque cercle, à +1, tous vont d’un cercle à l’autre. La personne n’est pas comptée.',
    },
    paths: {
      nothing: 'Ajoutez des acteurs à la carte pour chercher des chemins.',
      intro:
        'Le petit monde : par combien d’intermédiaires {{name}} peut-elle ou peut-il atteindre une personne ou une ressource ?',
      towards: 'Chercher un chemin vers',
      anActor: 'un acteur',
      aDomain: 'un domaine (la ressource la plus proche)',
      actor: 'Acteur',
      domain: 'Domaine',
      find: 'Montrer les chemins',
      clear: 'Effacer le chemin',
      failed: 'Les chemins n’ont pas pu être calculés : la carte a changé. Recommencez.',
      unreachable:
        'Aucun chemin vers {{target}} : aucune chaîne de liens ne le relie à la personne.',
      distance_one: '{{target}} : {{count}} lien,',
      distance_other: '{{target}} : {{count}} liens,',
      intermediaries_one: '{{count}} intermédiaire.',
      intermediaries_other: '{{count}} intermédiaires.',
      intermediaries_zero: 'lien direct.',
      why: 'Le chemin le plus court compte les liens à suivre depuis la personne, quelle que soit leur force (Milgram, « le petit monde »). Chaque intermédiaire est quelqu’un à qui demander d’introduire la personne : moins il y en a, plus la ressource est accessible.',
      more: '{{count}} chemins aussi courts existent ; les premiers sont affichés.',
      onMap: 'Les chemins sont surlignés en bleu sur la carte.',
    },
    overlays: {
      title: 'Sur la carte',
      size: 'Taille selon le passage',
      sizeWhy:
        'La taille d’un acteur montre la part des plus courts chemins de la carte qui passent par lui (intermédiarité). La personne garde sa taille.',
      sizeLegend: 'Plus l’acteur est grand, plus de chemins passent par lui.',
      colour: 'Couleur selon la contrainte',
      colourWhy:
        'Contrainte de Burt : clair, l’acteur relie des contacts qui ne se connaissent pas ; foncé, ses contacts se connaissent tous ou il n’en a qu’un. La personne garde sa couleur.',
      colourLegend: 'Légende de la contrainte',
      belowValue: 'moins de {{value}}',
      fromValue: '{{value}} et plus',
      free: 'relie des cercles',
      constrained: 'enfermé dans un cercle',
      noConstraint: 'sans lien',
      weakBridges: 'Liens faibles qui font pont',
      weakBridgesWhy:
        'Surligne les liens faibles entre deux acteurs sans connaissance commune : ceux qui apportent des ressources nouvelles.',
      weakBridgesLegend: 'Halo rose : lien faible qui fait pont.',
      badges: 'Rôles de passeur',
      badgesWhy:
        'Une pastille sur chaque passeur donne son rôle le plus fréquent sur les flèches de soutien (Gould et Fernandez).',
      badgeKey: '{{initials}} : {{role}}',
      tiesLabel: 'Liens montrés',
      ties_all: 'Tous',
      ties_strong: 'Forts',
      ties_weak: 'Faibles',
      pathLegend: 'Halo bleu : le chemin choisi.',
    },
  },
};
