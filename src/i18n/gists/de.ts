import type { Gists } from '../catalog.js';

/** The summary sentences of a German change notice, one per kind: src/diff/notice/gists.ts has the English. */
export const DE_GISTS: Gists = {
  'app.added': ['Die Datenschutzerklärung gilt jetzt für eine neue App.', 'Die Datenschutzerklärung gilt jetzt für {n} neue Apps.'],
  'app.permission_added': ['Eine App fordert eine neue Berechtigung auf Ihrem Gerät an.', 'Unsere Apps fordern {n} neue Berechtigungen auf Ihrem Gerät an.'],
  'app.permission_changed': [
    'Wir haben geändert, wann eine App eine Berechtigung anfordert.',
    'Wir haben geändert, wann unsere Apps {n} Berechtigungen anfordern.',
  ],
  'app.permission_removed': ['Eine App fordert weniger Berechtigungen auf Ihrem Gerät an.', 'Unsere Apps fordern weniger Berechtigungen auf Ihrem Gerät an.'],
  'app.permission_required': [
    'Eine App benötigt jetzt eine Berechtigung, die Sie bisher verweigern konnten.',
    'Unsere Apps benötigen jetzt {n} Berechtigungen, die Sie bisher verweigern konnten.',
  ],
  'app.removed': ['Die Datenschutzerklärung gilt nicht mehr für eine App.', 'Die Datenschutzerklärung gilt nicht mehr für {n} Apps.'],
  'financial_incentive.added': [
    'Wir bieten einen neuen finanziellen Anreiz als Gegenleistung für personenbezogene Informationen an.',
    'Wir bieten {n} neue finanzielle Anreize als Gegenleistung für personenbezogene Informationen an.',
  ],
  'financial_incentive.changed': [
    'Ein finanzieller Anreiz betrifft mehr Daten oder sagt weniger über seine Bedingungen.',
    '{n} Änderungen an finanziellen Anreizen: mehr betroffene Daten oder weniger Angaben zu ihren Bedingungen.',
  ],
  'financial_incentive.narrowed': ['Ein finanzieller Anreiz betrifft weniger Daten.', '{n} finanzielle Anreize betreffen weniger Daten.'],
  'financial_incentive.removed': ['Wir bieten einen finanziellen Anreiz nicht mehr an.', 'Wir bieten {n} finanzielle Anreize nicht mehr an.'],
  'store_label.sharing_started': [
    'Einige Ihrer Daten werden jetzt an andere Unternehmen weitergegeben.',
    'Einige Ihrer Daten werden jetzt an andere Unternehmen weitergegeben.',
  ],
  'store_label.tracking_started': [
    'Einige Ihrer Daten werden jetzt verwendet, um Sie über Apps und Websites anderer Unternehmen hinweg zu verfolgen.',
    'Einige Ihrer Daten werden jetzt verwendet, um Sie über Apps und Websites anderer Unternehmen hinweg zu verfolgen.',
  ],
  'store_label.tracking_stopped': [
    'Einige Ihrer Daten werden nicht mehr verwendet, um Sie zu verfolgen.',
    'Einige Ihrer Daten werden nicht mehr verwendet, um Sie zu verfolgen.',
  ],
  'ai.automated_decisions_started': [
    'Wir treffen jetzt einige Entscheidungen über Sie ausschließlich automatisiert.',
    'Wir treffen jetzt einige Entscheidungen über Sie ausschließlich automatisiert.',
  ],
  'ai.automated_decisions_stopped': [
    'Wir treffen keine Entscheidungen über Sie mehr ausschließlich automatisiert.',
    'Wir treffen keine Entscheidungen über Sie mehr ausschließlich automatisiert.',
  ],
  'ai.feature_added': ['Eine neue KI-Funktion verwendet Ihre Daten.', '{n} neue KI-Funktionen verwenden Ihre Daten.'],
  'ai.feature_changed': ['Eine KI-Funktion verwendet Ihre Daten anders.', '{n} KI-Funktionen verwenden Ihre Daten anders.'],
  'ai.feature_removed': ['Wir haben eine KI-Funktion entfernt.', 'Wir haben {n} KI-Funktionen entfernt.'],
  'ai.training_changed': [
    'Wir haben geändert, wie Ihre Daten zum Training von KI-Modellen dienen.',
    'Wir haben geändert, wie Ihre Daten zum Training von KI-Modellen dienen.',
  ],
  'ai.training_narrowed': ['Für das KI-Training verwenden wir weniger Ihrer Daten.', 'Für das KI-Training verwenden wir weniger Ihrer Daten.'],
  'ai.training_stopped': ['Ihre Daten dienen nicht mehr zum Training von KI-Modellen.', 'Ihre Daten dienen nicht mehr zum Training von KI-Modellen.'],
  'audience.requests_changed': [
    'Wir haben geändert, wohin Anfragen zu Daten gehen, die wir für unsere Kunden verarbeiten.',
    'Wir haben geändert, wohin Anfragen zu Daten gehen, die wir für unsere Kunden verarbeiten.',
  ],
  'commitment.added': ['Wir haben Ihnen eine neue Zusage gemacht.', 'Wir haben Ihnen {n} neue Zusagen gemacht.'],
  'commitment.removed': ['Wir haben eine Zusage an Sie zurückgenommen.', 'Wir haben {n} Zusagen an Sie zurückgenommen.'],
  'commitment.reworded': ['Wir haben eine Zusage an Sie neu formuliert.', 'Wir haben {n} Zusagen an Sie neu formuliert.'],
  'commitment.strengthened': ['Eine Zusage an Sie geht jetzt weiter.', '{n} Zusagen an Sie gehen jetzt weiter.'],
  'commitment.weakened': ['Eine Zusage an Sie geht jetzt weniger weit.', '{n} Zusagen an Sie gehen jetzt weniger weit.'],
  'government_requests.changed': ['Wir haben geändert, was wir zu Anfragen von Behörden sagen.', 'Wir haben geändert, was wir zu Anfragen von Behörden sagen.'],
  'government_requests.strengthened': ['Sie sind besser vor Anfragen von Behörden geschützt.', 'Sie sind besser vor Anfragen von Behörden geschützt.'],
  'government_requests.weakened': ['Sie sind weniger vor Anfragen von Behörden geschützt.', 'Sie sind weniger vor Anfragen von Behörden geschützt.'],
  'product_scope.narrowed': ['Eine Praxis gilt jetzt für weniger unserer Produkte.', '{n} Praktiken gelten jetzt für weniger unserer Produkte.'],
  'product_scope.widened': ['Eine Praxis gilt jetzt für mehr unserer Produkte.', '{n} Praktiken gelten jetzt für mehr unserer Produkte.'],
  'breach_notification.changed': [
    'Wir haben geändert, was nach einer Datenschutzverletzung geschieht.',
    'Wir haben geändert, was nach einer Datenschutzverletzung geschieht.',
  ],
  'changes.levels_changed': ['Wir haben geändert, welche Änderungen wir vorab ankündigen.', 'Wir haben geändert, welche Änderungen wir vorab ankündigen.'],
  'changes.notice_period_changed': ['Wir kündigen wesentliche Änderungen früher an.', 'Wir kündigen wesentliche Änderungen früher an.'],
  'changes.notice_period_shortened': ['Wir kündigen wesentliche Änderungen kurzfristiger an.', 'Wir kündigen wesentliche Änderungen kurzfristiger an.'],
  'changes.notify_weakened': ['Wir sagen nicht mehr zu, Sie über Änderungen zu informieren.', 'Wir sagen nicht mehr zu, Sie über Änderungen zu informieren.'],
  'changes.scope_narrowed': ['Wir informieren Sie nur noch über wesentliche Änderungen.', 'Wir informieren Sie nur noch über wesentliche Änderungen.'],
  'changes.terms_changed': ['Wir haben geändert, wie wir Sie über Änderungen informieren.', 'Wir haben geändert, wie wir Sie über Änderungen informieren.'],
  'children.deletion_changed': [
    'Wir haben geändert, was mit den Daten eines Kindes geschieht.',
    'Wir haben geändert, was mit den Daten eines Kindes geschieht.',
  ],
  'children.directed_changed': ['Wir haben geändert, ob sich unser Dienst an Kinder richtet.', 'Wir haben geändert, ob sich unser Dienst an Kinder richtet.'],
  'children.account_closing_changed': [
    'Wir haben geändert, was mit dem Konto eines Kindes geschieht.',
    'Wir haben geändert, was mit dem Konto eines Kindes geschieht.',
  ],
  'children.knowingly_dropped': [
    'Wir erklären nicht mehr, dass wir wissentlich keine Daten von Kindern erheben.',
    'Wir erklären nicht mehr, dass wir wissentlich keine Daten von Kindern erheben.',
  ],
  'children.knowingly_stated': [
    'Wir erklären jetzt, dass wir wissentlich keine Daten von Kindern erheben.',
    'Wir erklären jetzt, dass wir wissentlich keine Daten von Kindern erheben.',
  ],
  'children.min_age_lowered': ['Jüngere Menschen können unseren Dienst jetzt nutzen.', 'Jüngere Menschen können unseren Dienst jetzt nutzen.'],
  'children.min_age_raised': ['Unser Dienst richtet sich jetzt nur noch an ältere Menschen.', 'Unser Dienst richtet sich jetzt nur noch an ältere Menschen.'],
  'contact.changed': ['Einer der Wege, uns zu erreichen, hat sich geändert.', '{n} der Wege, uns zu erreichen, haben sich geändert.'],
  'controller.changed': [
    'Das für Ihre Daten verantwortliche Unternehmen hat sich geändert.',
    'Das für Ihre Daten verantwortliche Unternehmen hat sich geändert.',
  ],
  'controller.details_changed': [
    'Die Angaben zu dem für Ihre Daten verantwortlichen Unternehmen haben sich geändert.',
    'Die Angaben zu dem für Ihre Daten verantwortlichen Unternehmen haben sich geändert.',
  ],
  'controller.other_added': [
    'Für die Daten bestimmter Personen ist jetzt ein anderes Unternehmen verantwortlich.',
    'Für die Daten bestimmter Personen sind jetzt andere Unternehmen verantwortlich ({n} Änderungen).',
  ],
  'controller.other_changed': [
    'Das für die Daten bestimmter Personen verantwortliche Unternehmen hat sich geändert.',
    'Die für die Daten bestimmter Personen verantwortlichen Unternehmen haben sich geändert ({n} Änderungen).',
  ],
  'controller.other_details_changed': [
    'Die Angaben zu einem anderen für Ihre Daten verantwortlichen Unternehmen haben sich geändert.',
    'Die Angaben zu anderen für Ihre Daten verantwortlichen Unternehmen haben sich geändert ({n} Änderungen).',
  ],
  'controller.other_removed': [
    'Ein Unternehmen ist nicht mehr für die Daten bestimmter Personen verantwortlich.',
    '{n} Unternehmen sind nicht mehr für die Daten bestimmter Personen verantwortlich.',
  ],
  'cookies.cookie_added': ['Wir führen ein neues unbedingt erforderliches Cookie auf.', 'Wir führen {n} neue unbedingt erforderliche Cookies auf.'],
  'cookies.cookie_changed': ['Ein von uns verwendetes Cookie hat sich geändert.', '{n} von uns verwendete Cookies haben sich geändert.'],
  'cookies.dnt_effect_reworded': [
    'Wir haben geändert, was wir zur Wirkung von „Do Not Track“-Signalen angeben.',
    'Wir haben geändert, was wir zur Wirkung von „Do Not Track“-Signalen angeben.',
  ],
  'cookies.dnt_honored': [
    'Wir haben geändert, wie wir auf „Do Not Track“-Signale reagieren.',
    'Wir haben geändert, wie wir auf „Do Not Track“-Signale reagieren.',
  ],
  'cookies.dnt_ignored': [
    'Wir sagen nicht mehr, dass wir „Do Not Track“-Signale berücksichtigen.',
    'Wir sagen nicht mehr, dass wir „Do Not Track“-Signale berücksichtigen.',
  ],
  'cookies.dnt_narrowed': [
    'Wir berücksichtigen „Do Not Track“-Signale jetzt nur noch teilweise.',
    'Wir berücksichtigen „Do Not Track“-Signale jetzt nur noch teilweise.',
  ],
  'cookies.dnt_widened': ['Wir berücksichtigen „Do Not Track“-Signale jetzt vollständig.', 'Wir berücksichtigen „Do Not Track“-Signale jetzt vollständig.'],
  'cookies.tracking_added': ['Wir verfolgen mehr von Ihrer Nutzung unseres Dienstes.', 'Wir verfolgen mehr von Ihrer Nutzung unseres Dienstes.'],
  'cookies.tracking_removed': ['Wir verfolgen weniger von Ihrer Nutzung unseres Dienstes.', 'Wir verfolgen weniger von Ihrer Nutzung unseres Dienstes.'],
  'data_category.ccpa_category_added': [
    'Die kalifornische Tabelle ordnet eine Art von Daten einer weiteren Kategorie personenbezogener Informationen zu.',
    'Die kalifornische Tabelle ordnet {n} Arten von Daten weiteren Kategorien personenbezogener Informationen zu.',
  ],
  'data_category.ccpa_category_removed': [
    'Die kalifornische Tabelle ordnet eine Art von Daten einer ihrer Kategorien personenbezogener Informationen nicht mehr zu.',
    'Die kalifornische Tabelle ordnet {n} Arten von Daten einigen ihrer Kategorien personenbezogener Informationen nicht mehr zu.',
  ],
  'collection.started': [
    'Wir erheben jetzt personenbezogene Daten; bisher haben wir keine erhoben.',
    'Wir erheben jetzt personenbezogene Daten; bisher haben wir keine erhoben.',
  ],
  'collection.stopped': ['Wir erheben keine personenbezogenen Daten mehr.', 'Wir erheben keine personenbezogenen Daten mehr.'],
  'data_category.added': ['Wir erheben eine neue Art von Daten.', 'Wir erheben {n} neue Arten von Daten.'],
  'data_category.changed': ['Eine Art von Daten, die wir erheben, umfasst jetzt mehr.', '{n} Arten von Daten, die wir erheben, umfassen jetzt mehr.'],
  'data_category.narrowed': ['Eine Art von Daten, die wir erheben, umfasst jetzt weniger.', '{n} Arten von Daten, die wir erheben, umfassen jetzt weniger.'],
  'data_category.removed': ['Wir erheben eine Art von Daten nicht mehr.', 'Wir erheben {n} Arten von Daten nicht mehr.'],
  'data_category.left_device': [
    'Wir erhalten jetzt eine Art von Daten, die bisher auf Ihrem Gerät blieb.',
    'Wir erhalten jetzt {n} Arten von Daten, die bisher auf Ihrem Gerät blieben.',
  ],
  'data_category.kept_on_device': [
    'Eine Art von Daten, die wir erhielten, bleibt jetzt auf Ihrem Gerät.',
    '{n} Arten von Daten, die wir erhielten, bleiben jetzt auf Ihrem Gerät.',
  ],
  'data_category.on_device_added': [
    'Die Datenschutzerklärung beschreibt jetzt eine Art von Daten, die auf Ihrem Gerät bleibt.',
    'Die Datenschutzerklärung beschreibt jetzt {n} Arten von Daten, die auf Ihrem Gerät bleiben.',
  ],
  'data_category.on_device_changed': [
    'Die Datenschutzerklärung beschreibt Daten, die auf Ihrem Gerät bleiben, anders.',
    'Die Datenschutzerklärung beschreibt Daten, die auf Ihrem Gerät bleiben, anders.',
  ],
  'data_category.on_device_removed': [
    'Die Datenschutzerklärung beschreibt eine Art von Daten, die auf Ihrem Gerät blieb, nicht mehr.',
    'Die Datenschutzerklärung beschreibt {n} Arten von Daten, die auf Ihrem Gerät blieben, nicht mehr.',
  ],
  'disclosure.added': ['Wir können Ihre Daten bei einem neuen Anlass offenlegen.', 'Wir können Ihre Daten bei {n} neuen Anlässen offenlegen.'],
  'disclosure.recipients_added': [
    'Bei einem von uns genannten Anlass können mehr Empfänger Ihre Daten erhalten.',
    'Bei {n} von uns genannten Anlässen können mehr Empfänger Ihre Daten erhalten.',
  ],
  'disclosure.recipients_removed': ['Wir nennen weniger Empfänger Ihrer Daten.', 'Wir nennen weniger Empfänger Ihrer Daten.'],
  'disclosure.removed': ['Wir nennen weniger Anlässe, Ihre Daten offenzulegen.', 'Wir nennen weniger Anlässe, Ihre Daten offenzulegen.'],
  'jurisdiction.added': [
    'Diese Datenschutzerklärung folgt einem weiteren Datenschutzgesetz.',
    'Diese Datenschutzerklärung folgt {n} weiteren Datenschutzgesetzen.',
  ],
  'jurisdiction.compliance_stated': [
    'Wir erklären jetzt, dass wir die Gesetze beachten, für die diese Datenschutzerklärung geschrieben ist.',
    'Wir erklären jetzt, dass wir die Gesetze beachten, für die diese Datenschutzerklärung geschrieben ist.',
  ],
  'jurisdiction.compliance_withdrawn': [
    'Wir erklären nicht mehr, dass wir die Gesetze beachten, für die diese Datenschutzerklärung geschrieben ist.',
    'Wir erklären nicht mehr, dass wir die Gesetze beachten, für die diese Datenschutzerklärung geschrieben ist.',
  ],
  'jurisdiction.removed': [
    'Diese Datenschutzerklärung folgt einem Datenschutzgesetz nicht mehr, dem sie bisher folgte.',
    'Diese Datenschutzerklärung folgt {n} Datenschutzgesetzen nicht mehr, denen sie bisher folgte.',
  ],
  'lawful_basis.changed': [
    'Für eine Verwendung Ihrer Daten stützen wir uns auf eine andere Rechtsgrundlage.',
    'Für {n} Verwendungen Ihrer Daten stützen wir uns auf andere Rechtsgrundlagen.',
  ],
  'other.changed': ['Ein anderer Teil der Datenschutzerklärung hat sich geändert.', '{n} andere Teile der Datenschutzerklärung haben sich geändert.'],
  'practice.reworded': [
    'Wir haben die Beschreibung einer unserer Praktiken neu formuliert.',
    'Wir haben die Beschreibung von {n} unserer Praktiken neu formuliert.',
  ],
  'purpose.added': ['Wir verwenden Ihre Daten für einen neuen Zweck.', 'Wir verwenden Ihre Daten für {n} neue Zwecke.'],
  'purpose.device_added': ['Wir verwenden Daten auf Ihrem Gerät für einen neuen Zweck.', 'Wir verwenden Daten auf Ihrem Gerät für {n} neue Zwecke.'],
  'purpose.data_added': ['Wir verwenden mehr Ihrer Daten für einen Zweck.', 'Wir verwenden mehr Ihrer Daten für {n} Zwecke.'],
  'purpose.device_data_added': ['Wir verwenden für einen Zweck mehr Daten auf Ihrem Gerät.', 'Wir verwenden für {n} Zwecke mehr Daten auf Ihrem Gerät.'],
  'purpose.data_removed': ['Wir verwenden weniger Ihrer Daten für einen Zweck.', 'Wir verwenden weniger Ihrer Daten für {n} Zwecke.'],
  'purpose.audiences_added': ['Wir verwenden die Daten weiterer Personen für einen Zweck.', 'Wir verwenden die Daten weiterer Personen für {n} Zwecke.'],
  'purpose.audiences_removed': ['Wir verwenden die Daten weniger Personen für einen Zweck.', 'Wir verwenden die Daten weniger Personen für {n} Zwecke.'],
  'purpose.direct_marketing': ['Wir verwenden Ihre Daten jetzt für Direktwerbung.', 'Wir verwenden Ihre Daten jetzt für {n} Zwecke der Direktwerbung.'],
  'purpose.direct_marketing_dropped': ['Ein Zweck ist keine Direktwerbung mehr.', '{n} Zwecke sind keine Direktwerbung mehr.'],
  'purpose.now_required': [
    'Sie müssen uns jetzt einige Daten geben, die Sie bisher zurückhalten konnten.',
    'Sie müssen uns jetzt einige Daten geben, die Sie bisher zurückhalten konnten.',
  ],
  'purpose.requirement_changed': [
    'Wir haben geändert, ob Sie uns die Daten für einen Zweck geben müssen.',
    'Wir haben geändert, ob Sie uns die Daten für {n} Zwecke geben müssen.',
  ],
  'purpose.removed': ['Wir verwenden Ihre Daten nicht mehr für einen Zweck.', 'Wir verwenden Ihre Daten nicht mehr für {n} Zwecke.'],
  'recipient_category.added': ['Eine neue Art von Empfängern erhält Ihre Daten.', '{n} neue Arten von Empfängern erhalten Ihre Daten.'],
  'recipient_category.changed': ['Eine Art von Empfängern erhält Ihre Daten anders.', '{n} Arten von Empfängern erhalten Ihre Daten anders.'],
  'recipient_category.removed': ['Eine Art von Empfängern erhält Ihre Daten nicht mehr.', '{n} Arten von Empfängern erhalten Ihre Daten nicht mehr.'],
  'retention.added': [
    'Wir sagen jetzt für mehr Ihrer Daten, wie lange wir sie speichern.',
    'Wir sagen jetzt für mehr Ihrer Daten, wie lange wir sie speichern.',
  ],
  'retention.changed': ['Wir haben geändert, wie lange wir einige Ihrer Daten speichern.', 'Wir haben geändert, wie lange wir einige Ihrer Daten speichern.'],
  'retention.deletion_faster': ['Gelöschte Daten werden früher entfernt.', 'Gelöschte Daten werden früher entfernt.'],
  'retention.deletion_slower': ['Gelöschte Daten werden möglicherweise später entfernt.', 'Gelöschte Daten werden möglicherweise später entfernt.'],
  'retention.exception_added': [
    'In einem neuen Fall können wir einige Ihrer Daten länger speichern.',
    'In {n} neuen Fällen können wir einige Ihrer Daten länger speichern.',
  ],
  'retention.exception_removed': [
    'In einem von uns genannten Fall speichern wir Ihre Daten nicht mehr länger.',
    'In {n} von uns genannten Fällen speichern wir Ihre Daten nicht mehr länger.',
  ],
  'retention.extended': ['Wir speichern einige Ihrer Daten länger.', 'Wir speichern einige Ihrer Daten länger.'],
  'retention.removed': [
    'Für einige Ihrer Daten sagen wir nicht mehr, wie lange wir sie speichern.',
    'Für einige Ihrer Daten sagen wir nicht mehr, wie lange wir sie speichern.',
  ],
  'retention.shortened': ['Wir speichern einige Ihrer Daten kürzer.', 'Wir speichern einige Ihrer Daten kürzer.'],
  'right.added': ['Sie haben mehr Rechte.', 'Sie haben mehr Rechte.'],
  'right.removed': ['Sie haben weniger Rechte.', 'Sie haben weniger Rechte.'],
  'right.agents_accepted': [
    'Eine von Ihnen bevollmächtigte Person kann jetzt Anfragen für Sie stellen.',
    'Eine von Ihnen bevollmächtigte Person kann jetzt Anfragen für Sie stellen.',
  ],
  'right.agents_refused': [
    'Wir nehmen keine Anfragen von Personen mehr an, die Sie bevollmächtigt haben.',
    'Wir nehmen keine Anfragen von Personen mehr an, die Sie bevollmächtigt haben.',
  ],
  'right.appeal_added': [
    'Mehr Menschen können jetzt Einspruch gegen unsere Entscheidungen über ihre Anfragen einlegen.',
    'Mehr Menschen können jetzt Einspruch gegen unsere Entscheidungen über ihre Anfragen einlegen.',
  ],
  'right.appeal_changed': ['Wir haben geändert, wie wir mit Einsprüchen umgehen.', 'Wir haben geändert, wie wir mit Einsprüchen umgehen.'],
  'right.appeal_removed': [
    'Weniger Menschen können Einspruch gegen unsere Entscheidungen über ihre Anfragen einlegen.',
    'Weniger Menschen können Einspruch gegen unsere Entscheidungen über ihre Anfragen einlegen.',
  ],
  'right.appeal_slowed': [
    'Wir brauchen möglicherweise länger, um über Einsprüche zu entscheiden.',
    'Wir brauchen möglicherweise länger, um über Einsprüche zu entscheiden.',
  ],
  'right.channel_added': ['Es gibt einen neuen Weg, Anfragen zu Ihren Rechten zu stellen.', 'Es gibt {n} neue Wege, Anfragen zu Ihren Rechten zu stellen.'],
  'right.channel_changed': [
    'Ein Weg, Anfragen zu Ihren Rechten zu stellen, hat sich geändert.',
    '{n} Wege, Anfragen zu Ihren Rechten zu stellen, haben sich geändert.',
  ],
  'right.channel_removed': ['Ein Weg, Anfragen zu Ihren Rechten zu stellen, entfällt.', '{n} Wege, Anfragen zu Ihren Rechten zu stellen, entfallen.'],
  'right.exemption_added': [
    'In einem neuen Fall können wir eine Anfrage zu Ihren Rechten ablehnen.',
    'In {n} neuen Fällen können wir eine Anfrage zu Ihren Rechten ablehnen.',
  ],
  'right.exemption_removed': [
    'Wir nennen weniger Fälle, in denen wir eine Anfrage ablehnen können.',
    'Wir nennen weniger Fälle, in denen wir eine Anfrage ablehnen können.',
  ],
  'right.same_for_everyone_stated': [
    'Alle haben jetzt dieselben Rechte, wo auch immer sie leben.',
    'Alle haben jetzt dieselben Rechte, wo auch immer sie leben.',
  ],
  'right.same_for_everyone_withdrawn': [
    'Wir sagen nicht mehr, dass alle dieselben Rechte haben, wo auch immer sie leben.',
    'Wir sagen nicht mehr, dass alle dieselben Rechte haben, wo auch immer sie leben.',
  ],
  'right.response_time_changed': ['Wir beantworten Anfragen zu Ihren Rechten schneller.', 'Wir beantworten Anfragen zu Ihren Rechten schneller.'],
  'right.response_time_extended': [
    'Wir brauchen möglicherweise länger, um Anfragen zu Ihren Rechten zu beantworten.',
    'Wir brauchen möglicherweise länger, um Anfragen zu Ihren Rechten zu beantworten.',
  ],
  'right.email_requests_ended': [
    'Anfragen zu Ihren Rechten sind nicht mehr per E-Mail möglich.',
    'Anfragen zu Ihren Rechten sind nicht mehr per E-Mail möglich.',
  ],
  'right.email_requests_offered': [
    'Anfragen zu Ihren Rechten sind jetzt auch per E-Mail möglich.',
    'Anfragen zu Ihren Rechten sind jetzt auch per E-Mail möglich.',
  ],
  'right.limit_set': ['Wir schränken ein Recht ein, das wir allen gewähren.', 'Wir schränken {n} Rechte ein, die wir allen gewähren.'],
  'right.limit_removed': [
    'Wir schränken ein Recht, das wir allen gewähren, nicht mehr ein.',
    'Wir schränken {n} Rechte, die wir allen gewähren, nicht mehr ein.',
  ],
  'right.verification_changed': [
    'Wie wir Ihre Identität vor der Bearbeitung einer Anfrage überprüfen, hat sich geändert.',
    'Wie wir Ihre Identität vor der Bearbeitung einer Anfrage überprüfen, hat sich in {n} Punkten geändert.',
  ],
  'sale.gpc_honored': ['Wir berücksichtigen jetzt Global-Privacy-Control-Signale.', 'Wir berücksichtigen jetzt Global-Privacy-Control-Signale.'],
  'sale.gpc_ignored': [
    'Wir sagen nicht mehr, dass wir Global-Privacy-Control-Signale berücksichtigen.',
    'Wir sagen nicht mehr, dass wir Global-Privacy-Control-Signale berücksichtigen.',
  ],
  'sale.position_changed': [
    'Wir beschreiben Verkauf und Weitergabe anders; die Praxis ist dieselbe.',
    'Wir beschreiben Verkauf und Weitergabe anders; die Praxis ist dieselbe.',
  ],
  'sale.past_year_changed': [
    'Wir haben geändert, was wir über Verkauf und Weitergabe in den vergangenen 12 Monaten sagen.',
    'Wir haben geändert, was wir über Verkauf und Weitergabe in den vergangenen 12 Monaten sagen.',
  ],
  'sale.sensitive_use_limited': [
    'Wir verwenden sensible personenbezogene Informationen für weniger Zwecke.',
    'Wir verwenden sensible personenbezogene Informationen für weniger Zwecke.',
  ],
  'sale.sensitive_use_widened': [
    'Wir können sensible personenbezogene Informationen für mehr Zwecke verwenden.',
    'Wir können sensible personenbezogene Informationen für mehr Zwecke verwenden.',
  ],
  'sale.started': ['Wir verkaufen jetzt personenbezogene Informationen.', 'Wir verkaufen jetzt personenbezogene Informationen.'],
  'sale.stopped': ['Wir verkaufen keine personenbezogenen Informationen mehr.', 'Wir verkaufen keine personenbezogenen Informationen mehr.'],
  'scope.narrowed': ['Diese Datenschutzerklärung erfasst weniger als bisher.', 'Diese Datenschutzerklärung erfasst weniger als bisher.'],
  'scope.widened': ['Diese Datenschutzerklärung erfasst mehr als bisher.', 'Diese Datenschutzerklärung erfasst mehr als bisher.'],
  'section.added': ['Wir haben der Datenschutzerklärung einen Abschnitt hinzugefügt.', 'Wir haben der Datenschutzerklärung {n} Abschnitte hinzugefügt.'],
  'section.changed': ['Wir haben einen Abschnitt der Datenschutzerklärung neu gefasst.', 'Wir haben {n} Abschnitte der Datenschutzerklärung neu gefasst.'],
  'section.removed': ['Wir haben einen Abschnitt aus der Datenschutzerklärung entfernt.', 'Wir haben {n} Abschnitte aus der Datenschutzerklärung entfernt.'],
  'security.changed': ['Wir haben geändert, was wir zur Sicherheit sagen.', 'Wir haben geändert, was wir zur Sicherheit sagen.'],
  'sharing.direct_marketing_started': [
    'Wir geben personenbezogene Informationen jetzt an andere Unternehmen für deren eigene Werbung weiter.',
    'Wir geben personenbezogene Informationen jetzt an andere Unternehmen für deren eigene Werbung weiter.',
  ],
  'sharing.direct_marketing_stopped': [
    'Wir geben keine personenbezogenen Informationen mehr an andere Unternehmen für deren eigene Werbung weiter.',
    'Wir geben keine personenbezogenen Informationen mehr an andere Unternehmen für deren eigene Werbung weiter.',
  ],
  'sharing.started': [
    'Wir geben personenbezogene Informationen jetzt für Werbung oder an Datenhändler weiter.',
    'Wir geben personenbezogene Informationen jetzt für Werbung oder an Datenhändler weiter.',
  ],
  'sharing.stopped': [
    'Wir geben keine personenbezogenen Informationen mehr für Werbung oder an Datenhändler weiter.',
    'Wir geben keine personenbezogenen Informationen mehr für Werbung oder an Datenhändler weiter.',
  ],
  'subprocessor.added': ['Ein neuer Dienstleister erhält Ihre Daten.', '{n} neue Dienstleister erhalten Ihre Daten.'],
  'subprocessor.data_added': ['Ein Dienstleister erhält mehr Ihrer Daten.', '{n} Dienstleister erhalten mehr Ihrer Daten.'],
  'subprocessor.data_removed': ['Ein Dienstleister erhält weniger Ihrer Daten.', '{n} Dienstleister erhalten weniger Ihrer Daten.'],
  'subprocessor.location_stated': [
    'Wir geben jetzt an, wo ein Dienstleister Ihre Daten verarbeitet.',
    'Wir geben jetzt an, wo {n} Dienstleister Ihre Daten verarbeiten.',
  ],
  'subprocessor.location_unstated': [
    'Wir geben nicht mehr an, wo ein Dienstleister Ihre Daten verarbeitet.',
    'Wir geben nicht mehr an, wo {n} Dienstleister Ihre Daten verarbeiten.',
  ],
  'subprocessor.location_changed': [
    'Ein Dienstleister verarbeitet Ihre Daten in anderen Ländern.',
    '{n} Dienstleister verarbeiten Ihre Daten in anderen Ländern.',
  ],
  'subprocessor.ccpa_recipient_changed': [
    'Die Einordnung eines Dienstleisters nach dem CCPA hat sich geändert.',
    'Die Einordnung von {n} Dienstleistern nach dem CCPA hat sich geändert.',
  ],
  'subprocessor.mechanism_added': [
    'Übermittlungen an einen Dienstleister stützen sich zusätzlich auf eine weitere Garantie.',
    'Übermittlungen an {n} Dienstleister stützen sich zusätzlich auf eine weitere Garantie.',
  ],
  'subprocessor.mechanism_changed': [
    'Die Garantie für eine Übermittlung Ihrer Daten hat sich geändert.',
    'Die Garantien für {n} Übermittlungen Ihrer Daten haben sich geändert.',
  ],
  'subprocessor.purpose_changed': [
    'Ein Dienstleister verwendet Ihre Daten für einen anderen Zweck.',
    '{n} Dienstleister verwenden Ihre Daten für andere Zwecke.',
  ],
  'subprocessor.removed': ['Ein Dienstleister erhält Ihre Daten nicht mehr.', '{n} Dienstleister erhalten Ihre Daten nicht mehr.'],
  'subprocessor.role_changed': [
    'Ein Dienstleister entscheidet jetzt anders darüber, wie er Ihre Daten verwendet.',
    '{n} Dienstleister entscheiden jetzt anders darüber, wie sie Ihre Daten verwenden.',
  ],
  'subprocessor.terms_changed': [
    'Ein Dienstleister verarbeitet Ihre Daten zu anderen Bedingungen.',
    '{n} Dienstleister verarbeiten Ihre Daten zu anderen Bedingungen.',
  ],
  'subprocessor.training_started': [
    'Ein Dienstleister kann KI-Modelle mit Ihren Daten trainieren.',
    '{n} Dienstleister können KI-Modelle mit Ihren Daten trainieren.',
  ],
  'subprocessor.training_stopped': [
    'Ein Dienstleister trainiert keine KI-Modelle mehr mit Ihren Daten.',
    '{n} Dienstleister trainieren keine KI-Modelle mehr mit Ihren Daten.',
  ],
  'transfer.country_added': ['Ihre Daten können in einem neuen Land verarbeitet werden.', 'Ihre Daten können in {n} neuen Ländern verarbeitet werden.'],
  'transfer.country_removed': ['Ihre Daten werden in einem Land nicht mehr verarbeitet.', 'Ihre Daten werden in {n} Ländern nicht mehr verarbeitet.'],
  'transfer.copies_changed': [
    'Wir haben geändert, ob Sie eine Kopie unserer Garantien für Übermittlungen anfordern können.',
    'Wir haben geändert, ob Sie eine Kopie unserer Garantien für Übermittlungen anfordern können.',
  ],
  'transfer.dpf_changed': [
    'Unsere Angaben zu unserer Zertifizierung nach dem Data Privacy Framework haben sich geändert.',
    'Unsere Angaben zu unserer Zertifizierung nach dem Data Privacy Framework haben sich geändert.',
  ],
  'transfer.mechanisms_changed': [
    'Die Garantien für internationale Übermittlungen haben sich geändert.',
    'Die Garantien für internationale Übermittlungen haben sich geändert.',
  ],
  'transfer.storage_changed': ['Wir speichern Ihre Daten an einem anderen Ort.', 'Wir speichern Ihre Daten an einem anderen Ort.'],
  'visibility.expanded': ['Andere können mehr über Sie sehen.', 'Andere können mehr über Sie sehen.'],
  'visibility.reduced': ['Andere können weniger über Sie sehen.', 'Andere können weniger über Sie sehen.'],
};
