import type { LawText } from '../../i18n/catalog.js';

/**
 * The law base in French, in the laws' own French terms (RGPD : responsable du traitement,
 * sous-traitant, intérêt légitime ; nLPD). Provisions are written the French way by the catalog
 * ("art. 6.1.a", as the CNIL cites them); the facts stay in the law base.
 */
export const FR_LAW: LawText = {
  laws: {
    gdpr: {
      name: 'le règlement général sur la protection des données de l’UE (RGPD)',
      short: 'le RGPD',
      under: 'au titre du RGPD',
      abbreviation: 'RGPD',
      citation: '{p} RGPD',
      region: 'dans l’Espace économique européen',
      regionOf: 'de l’Espace économique européen',
      representativeRegion: 'dans l’Union européenne',
      // Art. 6.3 RGPD : « le droit de l’Union ; ou le droit de l’État membre auquel le responsable du traitement est soumis ».
      obligationLaws: ['le droit de l’Union', 'le droit d’un État membre de l’UE'],
      adequacy: {
        none: 'La Commission européenne n’a adopté aucune décision d’adéquation {citation} constatant un niveau de protection adéquat {countries}',
        certifiedOnly:
          'La décision d’adéquation de la Commission européenne {citation} pour les destinataires {countries} ne couvre que ceux qui sont certifiés au titre du cadre qu’elle reconnaît ({framework})',
      },
      // Art. 77.1 RGPD : « … si elle considère que le traitement … constitue une violation du présent règlement ».
      infringes: 'constitue une violation du RGPD',
    },
    uk_gdpr: {
      name: 'le règlement général sur la protection des données du Royaume-Uni (UK GDPR)',
      short: 'le UK GDPR',
      under: 'au titre du UK GDPR',
      abbreviation: 'UK GDPR',
      citation: '{p} UK GDPR',
      region: 'au Royaume-Uni',
      regionOf: 'du Royaume-Uni',
      representativeRegion: 'au Royaume-Uni',
      obligationLaws: ['le droit du Royaume-Uni'],
      adequacy: {
        none: 'Le Royaume-Uni n’a adopté aucun règlement d’adéquation (adequacy regulations) {citation} constatant un niveau de protection adéquat {countries}',
        certifiedOnly:
          'Les règlements d’adéquation du Royaume-Uni {citation} pour les destinataires {countries} ne couvrent que ceux qui sont certifiés au titre du cadre qu’ils reconnaissent ({framework})',
      },
      infringes: 'constitue une violation du UK GDPR',
      authority: 'Information Commissioner’s Office (ICO)',
    },
    swiss_fadp: {
      name: 'la loi fédérale suisse sur la protection des données (nLPD)',
      short: 'la nLPD',
      under: 'au titre de la nLPD',
      underFull: 'au titre de la loi fédérale suisse sur la protection des données (nLPD)',
      abbreviation: 'nLPD',
      citation: '{p} nLPD',
      region: 'en Suisse',
      regionOf: 'de la Suisse',
      representativeRegion: 'en Suisse',
      authority: 'Préposé fédéral à la protection des données et à la transparence (PFPDT)',
    },
    ccpa: {
      name: 'le California Consumer Privacy Act (CCPA), tel que modifié par le California Privacy Rights Act (CPRA)',
      short: 'le CCPA',
      under: 'au titre du CCPA',
      underFull: 'au titre du California Consumer Privacy Act (CCPA), tel que modifié par le California Privacy Rights Act (CPRA)',
      abbreviation: 'CCPA',
      citation: 'Cal. Civ. Code {p}',
    },
    coppa: {
      name: 'le Children’s Online Privacy Protection Act (COPPA)',
      short: 'le COPPA',
      under: 'au titre du COPPA',
      abbreviation: 'COPPA',
      citation: '{p} COPPA',
    },
  },
  deadlineSources: { 'Data Protection Ordinance': 'OPDo' },
  rights: {
    access: {
      label: 'Droit d’accès',
      explanation: 'obtenir une copie des données personnelles que nous détenons à votre sujet et des informations sur la manière dont nous les utilisons',
    },
    rectification: {
      label: 'Droit de rectification',
      explanation: 'nous demander de rectifier les données personnelles inexactes vous concernant et de compléter celles qui sont incomplètes',
    },
    erasure: {
      label: 'Droit à l’effacement',
      explanation:
        'nous demander d’effacer vos données personnelles, par exemple lorsque nous n’en avons plus besoin ou que vous retirez votre consentement, sauf si une exception prévue par la loi s’applique, notamment lorsque la loi nous oblige à les conserver ou que nous en avons besoin pour la constatation, l’exercice ou la défense de droits en justice',
      promise: 'nous demander d’effacer vos données personnelles',
    },
    restriction: {
      label: 'Droit à la limitation du traitement',
      explanation: 'nous demander de limiter l’utilisation de vos données personnelles, par exemple pendant que nous vérifions leur exactitude',
    },
    portability: {
      label: 'Droit à la portabilité des données',
      explanation:
        'recevoir les données personnelles que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou nous demander de les transmettre à un autre responsable du traitement lorsque cela est techniquement possible ; ce droit s’applique lorsque nous traitons les données de manière automatisée sur la base de votre consentement ou d’un contrat',
      under: {
        swiss_fadp:
          'recevoir les données personnelles que vous nous avez communiquées dans un format électronique couramment utilisé, ou nous demander de les transmettre à un autre responsable du traitement si cela n’exige pas d’efforts disproportionnés ; ce droit s’applique lorsque nous traitons les données de manière automatisée, avec votre consentement ou en relation directe avec un contrat conclu avec vous',
        ccpa: 'recevoir les éléments précis d’informations personnelles que nous vous communiquons lorsque vous demandez à savoir ce que nous détenons, dans un format structuré, couramment utilisé et lisible par machine, que vous pouvez transmettre à une autre entreprise',
      },
      promise: 'recevoir les données personnelles que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine',
    },
    object: {
      label: 'Droit d’opposition',
      explanation:
        'vous opposer, pour des raisons tenant à votre situation particulière, à l’utilisation de vos données personnelles fondée sur nos intérêts légitimes (nous cessons alors de les traiter, à moins de motifs légitimes et impérieux ou de leur nécessité pour la constatation, l’exercice ou la défense de droits en justice), et vous opposer à tout moment à leur utilisation à des fins de prospection',
      under: {
        swiss_fadp: 'vous opposer à l’utilisation de vos données personnelles, et vous opposer à tout moment à leur utilisation à des fins de prospection',
      },
      promise: 'vous opposer à l’utilisation de vos données personnelles',
    },
    automated_decisions: {
      label: 'Droits relatifs à la prise de décision automatisée',
      explanation:
        'faire valoir votre point de vue sur une décision fondée exclusivement sur un traitement automatisé qui a des effets juridiques pour vous ou vous affecte de manière significative, et demander qu’une personne la réexamine, sauf si la décision fait droit à votre demande dans le cadre d’un contrat conclu avec vous ou si vous avez expressément consenti à ce qu’elle soit automatisée',
      promise:
        'faire valoir votre point de vue sur une décision fondée exclusivement sur un traitement automatisé qui produit des effets juridiques vous concernant ou vous affecte de manière significative de façon similaire, et demander qu’une personne la réexamine',
      statements: {
        gdpr: 'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire, sauf si cette décision est nécessaire à la conclusion ou à l’exécution d’un contrat avec vous, autorisée par la loi ou fondée sur votre consentement explicite. Lorsqu’elle est nécessaire à un tel contrat ou fondée sur votre consentement explicite, vous pouvez demander qu’une personne la réexamine, exprimer votre point de vue et contester la décision.',
        uk_gdpr:
          'Lorsqu’une décision produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire est fondée exclusivement sur un traitement automatisé, y compris le profilage, vous pouvez présenter vos observations, obtenir l’intervention d’une personne et contester la décision.',
      },
    },
    withdraw_consent: {
      label: 'Droit de retirer votre consentement',
      explanation:
        'retirer à tout moment votre consentement lorsque nous nous fondons sur celui-ci, sans que cela remette en cause la licéité du traitement effectué avant ce retrait',
    },
    complaint: {
      label: 'Droit d’introduire une réclamation',
      explanation:
        'introduire une réclamation auprès d’une autorité de contrôle de la protection des données si vous estimez que nous avons traité vos données personnelles de manière illicite',
    },
    know: {
      label: 'Droit de savoir – right to know',
      explanation:
        'nous demander quelles informations personnelles nous avons collectées à votre sujet, d’où elles proviennent, pourquoi nous les utilisons et à qui nous les communiquons, et obtenir une copie des informations personnelles précises que nous détenons à votre sujet',
    },
    delete: {
      label: 'Droit de suppression – right to delete',
      explanation:
        'nous demander de supprimer les informations personnelles que nous avons collectées auprès de vous, sous réserve des exceptions prévues par la loi',
      promise: 'nous demander de supprimer les informations personnelles que nous avons collectées auprès de vous',
    },
    correct: {
      label: 'Droit de rectification – right to correct',
      explanation: 'nous demander de corriger les informations personnelles inexactes que nous détenons à votre sujet',
    },
    opt_out_sale_sharing: {
      label: 'Droit de refuser la vente ou le partage – right to opt out of sale or sharing',
      explanation:
        'nous demander de ne pas vendre vos informations personnelles et de ne pas les partager à des fins de publicité comportementale intercontextuelle',
    },
    limit_sensitive: {
      label: 'Droit de limiter l’utilisation des informations personnelles sensibles',
      explanation:
        'nous demander de n’utiliser vos informations personnelles sensibles que dans la mesure nécessaire pour fournir le service que vous avez demandé',
    },
    non_discrimination: {
      label: 'Droit à la non-discrimination',
      explanation: 'exercer ces droits sans être traité différemment, par exemple en vous voyant refuser le service ou facturer un prix différent',
      promise: 'exercer ces droits sans être traité différemment pour cette raison',
    },
    opt_out_marketing: {
      label: 'Droit de refuser la prospection',
      explanation: 'cesser à tout moment de recevoir nos messages de prospection',
    },
  },
  lawfulBases: {
    consent: 'Consentement',
    contract: 'Exécution d’un contrat',
    legal_obligation: 'Obligation légale',
    vital_interests: 'Intérêts vitaux',
    public_task: 'Mission d’intérêt public',
    legitimate_interests: 'Intérêts légitimes',
  },
  specialCategoryConditions: {
    explicit_consent: 'votre consentement explicite',
    employment: 'la nécessité d’exécuter les obligations et d’exercer les droits découlant du droit du travail et du droit de la sécurité sociale',
    vital_interests: 'la nécessité de protéger vos intérêts vitaux ou ceux d’une autre personne lorsque vous ne pouvez pas donner votre consentement',
    not_for_profit:
      'nos activités légitimes en tant qu’organisme à but non lucratif, à l’égard de nos membres et des personnes entretenant avec nous des contacts réguliers',
    made_public: 'le fait que vous avez manifestement rendu les données publiques',
    legal_claims: 'la nécessité de constater, d’exercer ou de défendre un droit en justice',
    substantial_public_interest: 'des motifs d’intérêt public important prévus par la loi',
    health_care: 'des fins de médecine préventive ou de médecine du travail et de prise en charge sanitaire ou sociale',
    public_health: 'des motifs d’intérêt public dans le domaine de la santé publique',
    archiving_research: 'des fins archivistiques dans l’intérêt public, des fins de recherche scientifique ou historique ou des fins statistiques',
  },
  ccpaCategories: {
    identifiers: 'Identifiants',
    customer_records: 'Dossiers clients',
    protected_classifications: 'Caractéristiques des catégories protégées par le droit californien ou fédéral',
    commercial: 'Informations commerciales',
    biometric: 'Informations biométriques',
    internet_activity: 'Informations sur l’activité sur Internet ou sur d’autres réseaux électroniques',
    geolocation: 'Données de géolocalisation',
    sensory: 'Informations sonores, électroniques, visuelles, thermiques, olfactives ou similaires',
    professional: 'Informations professionnelles ou relatives à l’emploi',
    education: 'Informations relatives à l’éducation',
    inferences: 'Déductions tirées pour établir un profil vous concernant',
    sensitive: 'Informations personnelles sensibles',
  },
  transferTools: {
    adequacy: {
      label: 'des décisions d’adéquation, qui reconnaissent que le pays de destination assure un niveau de protection adéquat des données personnelles',
      short: 'Décision d’adéquation',
    },
    dpf: {
      label: 'le cadre de protection des données UE–États-Unis (Data Privacy Framework), au titre duquel le destinataire est certifié',
      short: 'Data Privacy Framework UE–États-Unis',
      // As in English (src/law/transfers.ts): a UK transfer rests on the UK Extension, a Swiss one on the Swiss-U.S. framework.
      namesByLaws: {
        gdpr: {
          label: 'le cadre de protection des données UE–États-Unis (Data Privacy Framework), au titre duquel le destinataire est certifié',
          short: 'Data Privacy Framework UE–États-Unis',
        },
        'gdpr,uk_gdpr': {
          label:
            'le cadre de protection des données UE–États-Unis (Data Privacy Framework) et son extension au Royaume-Uni (UK Extension), au titre desquels le destinataire est certifié',
          short: 'Data Privacy Framework UE–États-Unis',
        },
        uk_gdpr: {
          label:
            'l’extension au Royaume-Uni (UK Extension) du cadre de protection des données UE–États-Unis, au titre de laquelle le destinataire est certifié',
          short: 'Extension britannique du Data Privacy Framework UE–États-Unis',
        },
        swiss_fadp: {
          label: 'le cadre de protection des données Suisse–États-Unis (Swiss-U.S. Data Privacy Framework), au titre duquel le destinataire est certifié',
          short: 'Data Privacy Framework Suisse–États-Unis',
        },
        'gdpr,swiss_fadp': {
          label:
            'les cadres de protection des données UE–États-Unis et Suisse–États-Unis (Data Privacy Framework), au titre desquels le destinataire est certifié',
          short: 'Data Privacy Frameworks UE–États-Unis et Suisse–États-Unis',
        },
        'swiss_fadp,uk_gdpr': {
          label:
            'l’extension au Royaume-Uni du cadre de protection des données UE–États-Unis et le cadre Suisse–États-Unis (Data Privacy Framework), au titre desquels le destinataire est certifié',
          short: 'Extension britannique et Data Privacy Framework Suisse–États-Unis',
        },
        'gdpr,swiss_fadp,uk_gdpr': {
          label:
            'le cadre de protection des données UE–États-Unis (Data Privacy Framework), son extension au Royaume-Uni et le cadre Suisse–États-Unis, au titre desquels le destinataire est certifié',
          short: 'Data Privacy Frameworks UE–États-Unis et Suisse–États-Unis',
        },
      },
    },
    privacy_shield: {
      label: 'le bouclier de protection des données UE–États-Unis (Privacy Shield), au titre duquel le destinataire est certifié',
      short: 'Privacy Shield UE–États-Unis',
    },
    scc: { label: 'des clauses contractuelles types adoptées par la Commission européenne', short: 'Clauses contractuelles types' },
    swiss_scc: {
      label:
        'des clauses contractuelles types adoptées par la Commission européenne, avec les adaptations au droit suisse qu’exige le Préposé fédéral à la protection des données et à la transparence (PFPDT)',
      short: 'Clauses contractuelles types avec adaptations suisses',
    },
    uk_idta: {
      label:
        'l’accord de transfert international de données du Royaume-Uni (IDTA) ou l’avenant britannique aux clauses contractuelles types, publiés par l’Information Commissioner’s Office',
      short: 'IDTA / avenant britannique',
    },
    bcr: { label: 'des règles d’entreprise contraignantes (BCR)', short: 'Règles d’entreprise contraignantes' },
    derogation_consent: {
      label:
        'votre consentement explicite au transfert, sur lequel la loi ne nous permet de nous fonder qu’après que vous avez été informé de ses risques éventuels',
      short: 'Aucune (exception : votre consentement explicite)',
    },
    derogation_contract: {
      label: 'la nécessité du transfert pour l’exécution de notre contrat avec vous',
      short: 'Aucune (exception : nécessaire à notre contrat avec vous)',
    },
    none: { label: 'aucune garantie particulière', short: 'Aucune' },
  },
  regionShort: { gdpr: 'EEE', uk_gdpr: 'R.-U.', swiss_fadp: 'Suisse' },
};
