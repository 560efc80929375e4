// English texts of the analysis panel (issue 4). Spread into en.ts's `ui`.
export const analysisEn = {
  analysis: {
    title: 'Reading the network',
    switchLabel: 'Panel beside the map',
    edit: 'Edit the map',
    read: 'Read the network',
    sectionsLabel: 'Parts of the network reading',
    sections: {
      summary: 'Summary',
      ties: 'Ties',
      brokers: 'Brokers',
      composition: 'Composition',
      paths: 'Paths',
    },
    why: 'Why?',
    whyLabel: 'why? {{figure}}',
    progress: {
      label: 'Analysis progress',
      step: 'Step {{step}} of {{steps}}: {{phase}}',
      phase: {
        graphs: 'reading the map',
        composition: 'composition of the circles',
        ties: 'tie strength',
        bridges: 'ties that bridge',
        betweenness: 'who lies on the paths',
        holes: 'contacts who know each other',
        brokerage: 'broker roles',
      },
    },
    cancel: 'Stop the analysis',
    rerun: 'Run the analysis again',
    cancelled: 'Analysis stopped.',
    failed: 'The analysis could not be completed.',
    outdatedFigures: 'The figures shown predate the last change to the map.',
    updating: 'Updating after the last change…',
    moreNotListed_one: '… and {{count}} more, not shown.',
    moreNotListed_other: '… and {{count}} more, not shown.',
    strengthWhy:
      'A tie is called strong when its score reaches 0.5 out of 1. After Granovetter (1973), the score combines the time spent together (frequency of contact, how long known: 20%), emotional intensity (closeness, how essential: 35%), confiding (emotional support: 25%) and help given both ways (20%). Only what was recorded counts.',
    weakBridgeWhy:
      'A weak tie that bridges joins two people who have no acquaintance in common. Granovetter (1973) showed that such ties, less intimate, bring new information and opportunities (a placement, housing, a club) that the close circle, where everyone already knows the same things, does not: "the strength of weak ties".',
    summary: {
      findingsLabel: 'What the map says',
      figuresTitle: 'In figures',
      outOf: '{{part}} of {{whole}}',
      actors: 'Actors around the person',
      actorsLine: 'The people and organisations on the map, the person excluded.',
      actorsWhy:
        'Every circle or square on the map counts as one actor, except the person at the centre. An actor without any tie counts too: they are on the map.',
      strongTies: 'Strong ties',
      strongTiesLine: 'Ties with frequent contact, confiding and mutual help.',
      weakBridges: 'Weak ties that bridge',
      weakBridgesLine: 'They join circles that would not know each other without them.',
      failures: 'Single points of failure',
      failuresLine: 'Actors whose leaving would cut someone off from the person.',
    },
    ties: {
      ends: '{{a}} — {{b}}',
      weakBridgesTitle: 'The strength of weak ties',
      weakBridgesLine:
        'These weak ties join circles that do not know each other: new resources come through them.',
      noWeakBridge: 'No weak tie bridges: the weak ties on the map stay inside one circle.',
      allTitle_one: 'The tie, strong or weak, and why',
      allTitle_other: 'The {{count}} ties, strong or weak, and why',
      scoreWhy:
        'Score of this tie: {{score}} out of 1; a tie is strong from {{threshold}}. So it is a {{verdict}}. The score combines time spent together (20%), emotional intensity (35%), confiding (25%) and help both ways (20%), after Granovetter (1973); only what was recorded counts.',
      brokenNoPath: 'Broken tie: it no longer links anyone.',
      onlyPath:
        'No acquaintance in common and no other path between them: without this tie, these two parts of the network would be apart.',
      localBridge:
        'No acquaintance in common: without this tie, it would take {{span}} steps to go from one to the other.',
      common_one: '{{count}} acquaintance in common: this tie sits inside one circle.',
      common_other: '{{count}} acquaintances in common: this tie sits inside one circle.',
      common_zero: 'No acquaintance in common.',
    },
    brokers: {
      intro:
        'Brokers link people who do not know each other: if they step away, others lose touch.',
      sampled:
        'A very large network: the share of paths is estimated from {{count}} actors drawn at random.',
      thePerson: 'the person supported',
      betweenness: 'On the paths',
      betweennessWhy:
        '{{value}} of the shortest paths between two other actors on the map go through {{name}} (betweenness). The higher it is, the more connections depend on this actor.',
      effectiveSize: 'Distinct contacts',
      effectiveSizeWhy_one:
        '{{name}} has {{count}} contact. Effective size (Burt): {{value}}, the number of contacts who do not know each other.',
      effectiveSizeWhy_other:
        '{{name}} has {{count}} contacts. Effective size (Burt): {{value}} of them, in equivalent, do not know each other. The closer it gets to the number of contacts, the more {{name}} opens onto different circles.',
      constraint: 'Constraint',
      constraintWhy:
        'Constraint (Burt) of {{name}}: {{value}}. It runs from 0 to about 1. Near 1: a single contact, or contacts who all know each other; little room and little new information. Low: {{name}} links circles that do not know each other.',
      noRole: 'Passes no support between two actors who are not tied.',
      roles: 'Broker: {{roles}}.',
      roleCount_one: '{{role}} ({{count}} time)',
      roleCount_other: '{{role}} ({{count}} times)',
      role: 'Broker role',
      roleWhy:
        'Along the support arrows, {{name}} receives from one actor and supports another who are not directly tied. Most frequent role: {{role}}. Roles depend on each one’s circle (Gould and Fernandez, 1989).',
      roleWhyNone:
        'Along the support arrows, {{name}} never stands between two actors who are not directly tied.',
    },
    roleName: {
      coordinator: 'coordinator',
      itinerant: 'itinerant broker',
      representative: 'representative',
      gatekeeper: 'gatekeeper',
      liaison: 'liaison',
    },
    roleInitials: {
      coordinator: 'Co',
      itinerant: 'It',
      representative: 'R',
      gatekeeper: 'G',
      liaison: 'L',
    },
    composition: {
      nobody: 'none',
      namesMore_one: '{{names}} and {{count}} more',
      namesMore_other: '{{names}} and {{count}} more',
      emptySphere: 'No actor: a missing circle is a finding in itself.',
      actors: 'Actors',
      actorsWhy: 'The number of actors of this circle on the map.',
      density: 'Density',
      single: 'a single actor',
      densityLine: 'Share of the circle’s members who know each other.',
      densityWhy:
        'Ties among the circle’s actors divided by all the possible ties among them (the person is not counted). A dense circle supports itself, but everyone in it knows the same things.',
      strongShare: 'Strong ties with the person',
      strongShareLine: 'Among the direct ties between this circle and the person.',
      domains: 'Domains',
      domainsWhy:
        'Each actor’s domain of competence (family, school, health…). A missing domain may point to a resource to look for.',
      valences: 'Quality of the ties with the person',
      valencesWhy:
        'For each actor, the quality of their direct tie with the person (supportive, stressful…), or “no direct tie”.',
      noDirectTie: 'no direct tie',
      densityWithout: 'Density without the person',
      densityWithoutLine: 'Do the actors know each other without going through the person?',
      densityWithoutWhy:
        'Ties between actors divided by all possible ties, the person removed. High: a close-knit circle where everything is known. Low: a scattered one where each knows only the person.',
      components: 'Groups without the person',
      componentsLine: 'How many groups form when the person is removed.',
      componentsWhy:
        'Remove the person from the map: each group of actors tied together counts as one, and so does a lone actor. Several groups: circles that do not know each other.',
      cutVertices: 'Actors holding the groups together',
      cutVerticesWhy:
        'Without the person, removing one of these actors splits their group: they are the only link between its parts.',
      personOnly: 'Know only the person',
      personOnlyWhy:
        'These actors have a tie with the person and with nobody else: they cannot pass anything on to another circle.',
      unconnected: 'Without any tie',
      unconnectedWhy:
        'These actors are on the map without any active tie, not even with the person.',
      failures: 'Single points of failure',
      failure_one: '{{name}} ({{count}} actor cut off)',
      failure_other: '{{name}} ({{count}} actors cut off)',
      failuresWhy:
        'A single point of failure is an actor every path between the person and other actors goes through: if they step away, those actors lose every link with the person.',
      blau: 'Diversity of the circles',
      blauLine: '0: all in one circle; 0.67: spread evenly over the three.',
      blauWhy:
        'Blau’s index: the chance that two actors taken at random belong to two different circles (primary, informal secondary, formal secondary).',
      ei: 'Ties across circles',
      eiLine: '{{external}} ties between different circles, {{internal}} inside a circle.',
      eiWhy:
        'E-I index (Krackhardt and Stern): from −1, every tie stays inside its circle, to +1, every tie goes from one circle to another. The person is not counted.',
    },
    paths: {
      nothing: 'Add actors to the map to look for paths.',
      intro:
        'The small world: through how many intermediaries can {{name}} reach a person or a resource?',
      towards: 'Look for a path to',
      anActor: 'an actor',
      aDomain: 'a domain (the nearest resource)',
      actor: 'Actor',
      domain: 'Domain',
      find: 'Show the paths',
      clear: 'Clear the path',
      failed: 'The paths could not be computed: the map changed. Try again.',
      unreachable: 'No path to {{target}}: no chain of ties links it to the person.',
      distance_one: '{{target}}: {{count}} tie,',
      distance_other: '{{target}}: {{count}} ties,',
      intermediaries_one: '{{count}} intermediary.',
      intermediaries_other: '{{count}} intermediaries.',
      intermediaries_zero: 'a direct tie.',
      why: 'The shortest path counts the ties to follow from the person, whatever their strength (Milgram, “the small world”). Each intermediary is someone to ask for an introduction: the fewer, the easier the resource is to reach.',
      more: '{{count}} paths as short exist; the first ones are shown.',
      onMap: 'The paths are highlighted in blue on the map.',
    },
    overlays: {
      title: 'On the map',
      size: 'Size by paths through',
      sizeWhy:
        'An actor’s size shows the share of the map’s shortest paths that go through them (betweenness). The person keeps their size.',
      sizeLegend: 'The bigger the actor, the more paths go through them.',
      colour: 'Colour by constraint',
      colourWhy:
        'Burt’s constraint: light, the actor links contacts who do not know each other; dark, their contacts all know each other or they have only one. The person keeps their colour.',
      colourLegend: 'Constraint legend',
      belowValue: 'below {{value}}',
      fromValue: '{{value}} and above',
      free: 'links circles',
      constrained: 'closed in one circle',
      noConstraint: 'no tie',
      weakBridges: 'Weak ties that bridge',
      weakBridgesWhy:
        'Highlights the weak ties between two actors with no acquaintance in common: those that bring new resources.',
      weakBridgesLegend: 'Pink halo: a weak tie that bridges.',
      badges: 'Broker roles',
      badgesWhy:
        'A badge on each broker gives their most frequent role along the support arrows (Gould and Fernandez).',
      badgeKey: '{{initials}}: {{role}}',
      tiesLabel: 'Ties shown',
      ties_all: 'All',
      ties_strong: 'Strong',
      ties_weak: 'Weak',
      pathLegend: 'Blue halo: the chosen path.',
    },
  },
};
