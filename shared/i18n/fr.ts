// French, the first language of the UI. The words follow ../DOMAIN.md.
export const fr = {
  app: { name: 'Maillage', tagline: "L'écocarte du réseau de la personne accompagnée" },
  enums: {
    sphere: {
      primary: 'Réseau primaire',
      informal_secondary: 'Réseau secondaire informel',
      formal_secondary: 'Réseau secondaire formel',
    },
    domain: {
      family: 'Famille',
      friends: 'Amis',
      neighbourhood: 'Voisinage',
      school: 'École, formation',
      work: 'Travail',
      health: 'Santé',
      mental_health: 'Santé mentale',
      leisure: 'Loisirs',
      sport: 'Sport',
      culture: 'Culture',
      child_welfare: 'Protection de l’enfance',
      justice: 'Justice',
      housing: 'Logement',
      administration: 'Administration',
      employment: 'Emploi',
      religion: 'Religion',
      other: 'Autre',
    },
    kind: { person: 'Personne', organisation: 'Organisation' },
    valence: {
      supportive: 'Soutenant',
      neutral: 'Neutre',
      ambivalent: 'Ambivalent',
      stressful: 'Stressant',
      conflictual: 'Conflictuel',
      broken: 'Rompu',
    },
    frequency: {
      daily: 'Tous les jours',
      weekly: 'Chaque semaine',
      monthly: 'Chaque mois',
      few_per_year: 'Quelques fois par an',
      rarely: 'Rarement',
    },
    support: {
      emotional: 'Émotionnel',
      practical: 'Pratique',
      information: 'Information, conseil',
    },
    critical: { not: 'Pas essentiel', somewhat: 'Assez important', very: 'Essentiel' },
    placedBy: { young_person: 'La personne accompagnée', educator: "L'éducateur" },
  },
  errors: {
    invalid_input: 'Certaines valeurs ne sont pas valides. Rien n’a été modifié.',
    not_found: 'Élément introuvable : il a peut-être été supprimé.',
    conflict:
      'Cette modification est en conflit avec les données existantes. Rien n’a été modifié.',
    unknown_operation: 'Opération inconnue.',
    payload_too_large: 'La demande est trop volumineuse.',
    unauthorized: 'Accès refusé : la clé de session manque ou n’est pas valable.',
    forbidden: 'Accès refusé.',
    db_too_new:
      'Ces données ont été créées par une version plus récente de Maillage. Mettez Maillage à jour pour les ouvrir.',
    db_unavailable: 'Les données ne sont pas accessibles pour le moment.',
    internal: 'Une erreur inattendue est survenue. Rien n’a été modifié.',
    network: 'Le service local de Maillage ne répond pas.',
  },
  fieldIssues: {
    required: 'Ce champ est obligatoire.',
    too_long: 'Ce texte est trop long.',
    too_short: 'Ce texte est trop court.',
    invalid: 'Cette valeur n’est pas valide.',
    out_of_range: 'Cette valeur est hors des limites.',
  },
};

/** The shape every language must fill. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
