import type { LawText } from '../../i18n/catalog.js';

/**
 * The law base in German, in the laws' own German terms (DSGVO: Verantwortlicher,
 * Auftragsverarbeiter, berechtigtes Interesse; nDSG). Provisions are written the German way by the
 * catalog ("Art. 6 Abs. 1 lit. a"); the facts stay in the law base.
 */
export const DE_LAW: LawText = {
  laws: {
    gdpr: {
      name: 'Datenschutz-Grundverordnung der EU (DSGVO)',
      short: 'die DSGVO',
      under: 'nach der DSGVO',
      abbreviation: 'DSGVO',
      citation: '{p} DSGVO',
      region: 'im Europäischen Wirtschaftsraum',
      regionOf: 'des Europäischen Wirtschaftsraums',
      representativeRegion: 'in der Europäischen Union',
      // Art. 6 Abs. 3 DSGVO: „Unionsrecht oder das Recht der Mitgliedstaaten, dem der Verantwortliche unterliegt“; nach „nach“ im Dativ.
      obligationLaws: ['Unionsrecht', 'dem Recht eines Mitgliedstaats der EU'],
      adequacy: {
        none: 'Die Europäische Kommission hat keinen Angemessenheitsbeschluss {citation} erlassen, der ein angemessenes Schutzniveau {countries} feststellt',
        certifiedOnly:
          'Der Angemessenheitsbeschluss der Europäischen Kommission {citation} für Empfänger {countries} gilt nur für solche, die nach dem darin anerkannten Rahmen zertifiziert sind ({framework})',
      },
      // Art. 77 Abs. 1 DSGVO: „… dass die Verarbeitung der sie betreffenden personenbezogenen Daten gegen diese Verordnung verstößt“.
      infringes: 'gegen die DSGVO verstößt',
    },
    uk_gdpr: {
      name: 'Datenschutz-Grundverordnung des Vereinigten Königreichs (UK GDPR)',
      short: 'die UK GDPR',
      under: 'nach der UK GDPR',
      abbreviation: 'UK GDPR',
      citation: '{p} UK GDPR',
      region: 'im Vereinigten Königreich',
      regionOf: 'des Vereinigten Königreichs',
      representativeRegion: 'im Vereinigten Königreich',
      obligationLaws: ['dem Recht des Vereinigten Königreichs'],
      adequacy: {
        none: 'Das Vereinigte Königreich hat keine Angemessenheitsvorschriften (adequacy regulations) {citation} erlassen, die ein angemessenes Schutzniveau {countries} feststellen',
        certifiedOnly:
          'Die Angemessenheitsvorschriften des Vereinigten Königreichs {citation} für Empfänger {countries} gelten nur für solche, die nach dem darin anerkannten Rahmen zertifiziert sind ({framework})',
      },
      infringes: 'gegen die UK GDPR verstößt',
      authority: "Information Commissioner's Office (ICO)",
    },
    swiss_fadp: {
      name: 'Schweizer Bundesgesetz über den Datenschutz (nDSG)',
      short: 'das nDSG',
      under: 'nach dem nDSG',
      underFull: 'nach dem Schweizer Bundesgesetz über den Datenschutz (nDSG)',
      abbreviation: 'nDSG',
      citation: '{p} nDSG',
      region: 'in der Schweiz',
      regionOf: 'der Schweiz',
      representativeRegion: 'in der Schweiz',
      authority: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)',
    },
    ccpa: {
      name: 'California Consumer Privacy Act (CCPA) in der Fassung des California Privacy Rights Act (CPRA)',
      short: 'der CCPA',
      under: 'nach dem CCPA',
      underFull: 'nach dem California Consumer Privacy Act (CCPA) in der Fassung des California Privacy Rights Act (CPRA)',
      abbreviation: 'CCPA',
      citation: 'Cal. Civ. Code {p}',
    },
    coppa: {
      name: 'Children’s Online Privacy Protection Act (COPPA)',
      short: 'der COPPA',
      under: 'nach dem COPPA',
      abbreviation: 'COPPA',
      citation: '{p} COPPA',
    },
  },
  deadlineSources: { 'Data Protection Ordinance': 'DSV' },
  rights: {
    access: {
      label: 'Recht auf Auskunft',
      explanation: 'eine Kopie der personenbezogenen Daten, die wir über Sie gespeichert haben, sowie Auskunft darüber verlangen, wie wir sie verwenden',
    },
    rectification: {
      label: 'Recht auf Berichtigung',
      explanation: 'verlangen, dass wir unrichtige personenbezogene Daten über Sie berichtigen und unvollständige vervollständigen',
    },
    erasure: {
      label: 'Recht auf Löschung',
      explanation:
        'die Löschung Ihrer personenbezogenen Daten verlangen, etwa wenn wir sie nicht mehr benötigen oder Sie Ihre Einwilligung widerrufen, sofern keine gesetzliche Ausnahme greift, beispielsweise weil uns das Gesetz zur Aufbewahrung verpflichtet oder wir die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen',
      promise: 'die Löschung Ihrer personenbezogenen Daten verlangen',
    },
    restriction: {
      label: 'Recht auf Einschränkung der Verarbeitung',
      explanation: 'verlangen, dass wir die Verarbeitung Ihrer personenbezogenen Daten einschränken, etwa solange wir prüfen, ob sie richtig sind',
    },
    portability: {
      label: 'Recht auf Datenübertragbarkeit',
      explanation:
        'die personenbezogenen Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder verlangen, dass wir sie – soweit technisch machbar – einem anderen Verantwortlichen übermitteln; dieses Recht besteht, soweit wir die Daten auf Grundlage Ihrer Einwilligung oder eines Vertrags automatisiert verarbeiten',
      under: {
        swiss_fadp:
          'die personenbezogenen Daten, die Sie uns bekanntgegeben haben, in einem gängigen elektronischen Format erhalten oder verlangen, dass wir sie einem anderen Verantwortlichen übertragen, sofern dies keinen unverhältnismäßigen Aufwand erfordert; dieses Recht besteht, soweit wir die Daten automatisiert und mit Ihrer Einwilligung oder in unmittelbarem Zusammenhang mit einem Vertrag mit Ihnen bearbeiten',
        ccpa: 'die konkreten personenbezogenen Informationen, die wir Ihnen auf Ihr Auskunftsverlangen hin offenlegen, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten, das Sie an ein anderes Unternehmen weitergeben können',
      },
      promise: 'die personenbezogenen Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten',
    },
    object: {
      label: 'Widerspruchsrecht',
      explanation:
        'aus Gründen, die sich aus Ihrer besonderen Situation ergeben, der Verarbeitung Ihrer personenbezogenen Daten widersprechen, soweit wir sie auf unsere berechtigten Interessen stützen (wir verarbeiten sie dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen oder benötigen sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen), und ihrer Verarbeitung für Zwecke der Direktwerbung jederzeit widersprechen',
      under: {
        swiss_fadp: 'der Verarbeitung Ihrer personenbezogenen Daten widersprechen und ihrer Verarbeitung für Zwecke der Direktwerbung jederzeit widersprechen',
      },
      promise: 'der Verarbeitung Ihrer personenbezogenen Daten widersprechen',
    },
    automated_decisions: {
      label: 'Rechte bei automatisierten Entscheidungen im Einzelfall',
      explanation:
        'zu einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung, die für Sie mit einer Rechtsfolge verbunden ist oder Sie erheblich beeinträchtigt, Ihren Standpunkt darlegen und verlangen, dass ein Mensch sie überprüft, es sei denn, die Entscheidung gibt Ihrem Begehren im Rahmen eines Vertrags mit Ihnen statt oder Sie haben ausdrücklich eingewilligt, dass sie automatisiert erfolgt',
      promise:
        'zu einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, Ihren Standpunkt darlegen und verlangen, dass ein Mensch sie überprüft',
      statements: {
        gdpr: 'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, es sei denn, die Entscheidung ist für den Abschluss oder die Erfüllung eines Vertrags mit Ihnen erforderlich, durch Rechtsvorschriften zulässig oder beruht auf Ihrer ausdrücklichen Einwilligung. Ist sie für einen solchen Vertrag erforderlich oder beruht sie auf Ihrer ausdrücklichen Einwilligung, können Sie verlangen, dass ein Mensch sie überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',
        uk_gdpr:
          'Beruht eine Entscheidung, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling –, können Sie dazu Stellung nehmen, das Eingreifen eines Menschen verlangen und die Entscheidung anfechten.',
      },
    },
    withdraw_consent: {
      label: 'Recht auf Widerruf der Einwilligung',
      explanation:
        'eine erteilte Einwilligung jederzeit widerrufen, soweit wir uns auf sie stützen; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt',
    },
    complaint: {
      label: 'Recht auf Beschwerde bei einer Aufsichtsbehörde',
      explanation:
        'sich bei einer Datenschutz-Aufsichtsbehörde beschweren, wenn Sie der Ansicht sind, dass wir Ihre personenbezogenen Daten rechtswidrig verarbeitet haben',
    },
    know: {
      label: 'Recht auf Auskunft – Right to Know',
      explanation:
        'Auskunft darüber verlangen, welche personenbezogenen Informationen wir über Sie erhoben haben, woher sie stammen, wofür wir sie verwenden und an wen wir sie weitergeben, und eine Kopie der konkreten Informationen verlangen, die wir über Sie gespeichert haben',
    },
    delete: {
      label: 'Recht auf Löschung – Right to Delete',
      explanation:
        'die Löschung der personenbezogenen Informationen verlangen, die wir bei Ihnen erhoben haben, vorbehaltlich der gesetzlich zulässigen Ausnahmen',
      promise: 'die Löschung der personenbezogenen Informationen verlangen, die wir bei Ihnen erhoben haben',
    },
    correct: {
      label: 'Recht auf Berichtigung – Right to Correct',
      explanation: 'die Berichtigung unrichtiger personenbezogener Informationen verlangen, die wir über Sie gespeichert haben',
    },
    opt_out_sale_sharing: {
      label: 'Recht auf Widerspruch gegen Verkauf und Weitergabe – Right to Opt Out of Sale or Sharing',
      explanation:
        'verlangen, dass wir Ihre personenbezogenen Informationen weder verkaufen noch für kontextübergreifende verhaltensbezogene Werbung weitergeben',
    },
    limit_sensitive: {
      label: 'Recht auf Beschränkung der Nutzung sensibler personenbezogener Informationen',
      explanation:
        'verlangen, dass wir Ihre sensiblen personenbezogenen Informationen nur so weit nutzen, wie es für die Erbringung der von Ihnen angeforderten Leistung erforderlich ist',
    },
    non_discrimination: {
      label: 'Recht auf Nichtdiskriminierung',
      explanation: 'diese Rechte ausüben, ohne deshalb benachteiligt zu werden, etwa indem Ihnen der Dienst verweigert oder ein anderer Preis berechnet wird',
      promise: 'diese Rechte ausüben, ohne deshalb benachteiligt zu werden',
    },
    opt_out_marketing: {
      label: 'Recht auf Abmeldung von Werbung',
      explanation: 'dem Erhalt von Werbenachrichten von uns jederzeit widersprechen',
    },
  },
  lawfulBases: {
    consent: 'Einwilligung',
    contract: 'Vertragserfüllung',
    legal_obligation: 'Rechtliche Verpflichtung',
    vital_interests: 'Lebenswichtige Interessen',
    public_task: 'Wahrnehmung einer Aufgabe im öffentlichen Interesse',
    legitimate_interests: 'Berechtigte Interessen',
  },
  specialCategoryConditions: {
    explicit_consent: 'Ihre ausdrückliche Einwilligung',
    employment: 'die Notwendigkeit, Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit zu erfüllen und Rechte daraus auszuüben',
    vital_interests:
      'die Notwendigkeit, Ihre lebenswichtigen Interessen oder die einer anderen Person zu schützen, wenn Sie Ihre Einwilligung nicht geben können',
    not_for_profit:
      'unsere rechtmäßigen Tätigkeiten als Organisation ohne Gewinnerzielungsabsicht, für unsere Mitglieder und Personen, die regelmäßig Kontakt mit uns haben',
    made_public: 'den Umstand, dass Sie die Daten offensichtlich öffentlich gemacht haben',
    legal_claims: 'die Notwendigkeit, Rechtsansprüche geltend zu machen, auszuüben oder zu verteidigen',
    substantial_public_interest: 'Gründe eines erheblichen öffentlichen Interesses, die gesetzlich festgelegt sind',
    health_care: 'Zwecke der Gesundheitsvorsorge oder der Arbeitsmedizin sowie der Versorgung oder Behandlung im Gesundheits- oder Sozialbereich',
    public_health: 'Gründe des öffentlichen Interesses im Bereich der öffentlichen Gesundheit',
    archiving_research: 'im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke',
  },
  ccpaCategories: {
    identifiers: 'Kennungen',
    customer_records: 'Kundendaten',
    protected_classifications: 'Merkmale von nach kalifornischem Recht oder US-Bundesrecht geschützten Gruppen',
    commercial: 'Geschäftliche Informationen',
    biometric: 'Biometrische Informationen',
    internet_activity: 'Informationen über Aktivitäten im Internet oder in anderen elektronischen Netzwerken',
    geolocation: 'Geolokalisierungsdaten',
    sensory: 'Audio-, elektronische, visuelle, thermische, olfaktorische oder ähnliche Informationen',
    professional: 'Berufliche oder beschäftigungsbezogene Informationen',
    education: 'Informationen zur Ausbildung',
    inferences: 'Schlussfolgerungen, aus denen ein Profil über Sie erstellt wird',
    sensitive: 'Sensible personenbezogene Informationen',
  },
  transferTools: {
    adequacy: {
      label: 'Angemessenheitsbeschlüsse, mit denen festgestellt wird, dass das Empfängerland ein angemessenes Datenschutzniveau gewährleistet',
      short: 'Angemessenheitsbeschluss',
    },
    dpf: {
      label: 'das EU-U.S. Data Privacy Framework, nach dem der Empfänger zertifiziert ist',
      short: 'EU-U.S. Data Privacy Framework',
      // As in English (src/law/transfers.ts): a UK transfer rests on the UK Extension, a Swiss one on the Swiss-U.S. framework.
      namesByLaws: {
        gdpr: { label: 'das EU-U.S. Data Privacy Framework, nach dem der Empfänger zertifiziert ist', short: 'EU-U.S. Data Privacy Framework' },
        'gdpr,uk_gdpr': {
          label: 'das EU-U.S. Data Privacy Framework und seine UK-Erweiterung (UK Extension), nach denen der Empfänger zertifiziert ist',
          short: 'EU-U.S. Data Privacy Framework',
        },
        uk_gdpr: {
          label: 'die UK-Erweiterung (UK Extension) des EU-U.S. Data Privacy Framework, nach der der Empfänger zertifiziert ist',
          short: 'UK-Erweiterung des EU-U.S. Data Privacy Framework',
        },
        swiss_fadp: { label: 'das Swiss-U.S. Data Privacy Framework, nach dem der Empfänger zertifiziert ist', short: 'Swiss-U.S. Data Privacy Framework' },
        'gdpr,swiss_fadp': {
          label: 'das EU-U.S. Data Privacy Framework und das Swiss-U.S. Data Privacy Framework, nach denen der Empfänger zertifiziert ist',
          short: 'EU-U.S. und Swiss-U.S. Data Privacy Framework',
        },
        'swiss_fadp,uk_gdpr': {
          label: 'die UK-Erweiterung des EU-U.S. Data Privacy Framework und das Swiss-U.S. Data Privacy Framework, nach denen der Empfänger zertifiziert ist',
          short: 'UK-Erweiterung und Swiss-U.S. Data Privacy Framework',
        },
        'gdpr,swiss_fadp,uk_gdpr': {
          label:
            'das EU-U.S. Data Privacy Framework, seine UK-Erweiterung und das Swiss-U.S. Data Privacy Framework, nach denen der Empfänger zertifiziert ist',
          short: 'EU-U.S. und Swiss-U.S. Data Privacy Framework',
        },
      },
    },
    privacy_shield: { label: 'den EU-US-Datenschutzschild (Privacy Shield), nach dem der Empfänger zertifiziert ist', short: 'EU-US-Datenschutzschild' },
    scc: { label: 'von der Europäischen Kommission erlassene Standardvertragsklauseln', short: 'Standardvertragsklauseln' },
    swiss_scc: {
      label:
        'von der Europäischen Kommission erlassene Standardvertragsklauseln mit den Anpassungen an das Schweizer Recht, die der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB) verlangt',
      short: 'Standardvertragsklauseln mit Schweizer Anpassungen',
    },
    uk_idta: {
      label:
        "das International Data Transfer Agreement des Vereinigten Königreichs oder das UK Addendum zu den Standardvertragsklauseln, herausgegeben vom Information Commissioner's Office",
      short: 'UK IDTA / Addendum',
    },
    bcr: { label: 'verbindliche interne Datenschutzvorschriften (Binding Corporate Rules)', short: 'Verbindliche interne Datenschutzvorschriften' },
    derogation_consent: {
      label:
        'Ihre ausdrückliche Einwilligung in die Übermittlung, auf die wir uns nach dem Gesetz nur stützen dürfen, nachdem Sie über deren mögliche Risiken informiert wurden',
      short: 'Keine (Ausnahme: Ihre ausdrückliche Einwilligung)',
    },
    derogation_contract: {
      label: 'die Erforderlichkeit der Übermittlung für die Erfüllung unseres Vertrags mit Ihnen',
      short: 'Keine (Ausnahme: für unseren Vertrag mit Ihnen erforderlich)',
    },
    none: { label: 'keine besonderen Garantien', short: 'Keine' },
  },
  regionShort: { gdpr: 'EWR', uk_gdpr: 'UK', swiss_fadp: 'Schweiz' },
};
