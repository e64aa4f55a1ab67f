/* Generated from clauses/de by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */
// @ts-nocheck: compiled clauses are plain JavaScript (src/render/clause-compiler.ts).

import { HELPERS as H } from './helpers/index.js';
import { clause, each, escapeText, get, isFalsy, NULL_CONTEXT, partial, pushContext, shownFor, sourced, strict, withContext } from './clause-runtime.js';
import type { Clause, Partial } from './clause-runtime.js';

function c_about_main_3(c, d, p) { return "„" + escapeText(strict(d.root, "company", "6:38"), d.root, "company") + "“, "; }
function c_about_main_4(c, d, p) { return " – " + escapeText(H.phrase(c.description), c, "description"); }
function c_about_main_2(c, d, p) { return escapeText(strict(c, "name", "6:2"), c, "name") + " (" + shownFor((isFalsy(d.root.tradingName) ? "" : c_about_main_3(c ?? NULL_CONTEXT, d, p)), d.root, "tradingName") + "„wir“, „uns“ oder „unser“) betreibt " + escapeText(strict(d.root, "service", "6:101"), d.root, "service") + shownFor((isFalsy(c.description) ? "" : c_about_main_4(c ?? NULL_CONTEXT, d, p)), c, "description") + ".\n"; }
function c_about_main_7(c, d, p) { return "Diese Datenschutzerklärung wird von " + escapeText(strict(c, "name", "16:38"), c, "name") + " („wir“, „uns“ oder „unser“) veröffentlicht.\n"; }
function c_about_main_8(c, d, p) { return escapeText(strict(c, "name", "14:2"), c, "name") + " („wir“, „uns“ oder „unser“): " + escapeText(H.phrase(c.description), c, "description") + ".\n"; }
function c_about_main_6(c, d, p) { return shownFor((isFalsy(c.description) ? c_about_main_7(c ?? NULL_CONTEXT, d, p) : c_about_main_8(c ?? NULL_CONTEXT, d, p)), c, "description"); }
function c_about_main_10(c, d, p) { return escapeText(strict(d.root, "company", "11:2"), d.root, "company") + ": " + escapeText(H.phrase(c.description), c, "description") + ".\n"; }
function c_about_main_9(c, d, p) { return escapeText(strict(d.root, "company", "8:2"), d.root, "company") + " wird von " + escapeText(H.phrase(c.name), c, "name") + " betrieben.\nIn dieser Datenschutzerklärung bezeichnen „" + escapeText(strict(d.root, "company", "9:45"), d.root, "company") + "“, „wir“, „uns“ und „unser“ " + escapeText(H.phrase(c.name), c, "name") + ".\n" + shownFor((isFalsy(c.description) ? "" : c_about_main_10(c ?? NULL_CONTEXT, d, p)), c, "description"); }
function c_about_main_5(c, d, p) { return shownFor((isFalsy(d.root.tradingName) ? c_about_main_6(c ?? NULL_CONTEXT, d, p) : c_about_main_9(c ?? NULL_CONTEXT, d, p)), d.root, "tradingName"); }
function c_about_main_13(c, d, p) { return "Unser Sitz ist " + escapeText(H.countryList(c.country), c, "country") + ".\n"; }
function c_about_main_12(c, d, p) { return shownFor((isFalsy(c.country) ? "" : c_about_main_13(c ?? NULL_CONTEXT, d, p)), c, "country"); }
function c_about_main_14(c, d, p) { return "Unsere Anschrift lautet: " + escapeText(H.addressLine(c.address), c, "address") + ".\n"; }
function c_about_main_16(c, d, p) { return "Unsere Registernummer lautet " + escapeText(strict(c, "registration_number", "29:31"), c, "registration_number") + ".\n"; }
function c_about_main_15(c, d, p) { return shownFor((isFalsy(c.registration_number) ? "" : c_about_main_16(c ?? NULL_CONTEXT, d, p)), c, "registration_number"); }
function c_about_main_18(c, d, p) { return "; Registernummer: " + escapeText(strict(c, "registration_number", "27:82"), c, "registration_number"); }
function c_about_main_17(c, d, p) { return "Registergericht: " + escapeText(strict(c, "register_court", "27:19"), c, "register_court") + shownFor((isFalsy(c.registration_number) ? "" : c_about_main_18(c ?? NULL_CONTEXT, d, p)), c, "registration_number") + ".\n"; }
function c_about_main_11(c, d, p) { return shownFor((isFalsy(c.address) ? c_about_main_12(c ?? NULL_CONTEXT, d, p) : c_about_main_14(c ?? NULL_CONTEXT, d, p)), c, "address") + shownFor((isFalsy(c.register_court) ? c_about_main_15(c ?? NULL_CONTEXT, d, p) : c_about_main_17(c ?? NULL_CONTEXT, d, p)), c, "register_court"); }
function c_about_main_21(c, d, p) { return " (Registernummer " + escapeText(strict(c, "registration_number", "19:217"), c, "registration_number") + ")"; }
function c_about_main_20(c, d, p) { return shownFor((isFalsy(c.registration_number) ? "" : c_about_main_21(c ?? NULL_CONTEXT, d, p)), c, "registration_number"); }
function c_about_main_23(c, d, p) { return ", Registernummer " + escapeText(strict(c, "registration_number", "19:138"), c, "registration_number"); }
function c_about_main_22(c, d, p) { return " (Registergericht: " + escapeText(strict(c, "register_court", "19:76"), c, "register_court") + shownFor((isFalsy(c.registration_number) ? "" : c_about_main_23(c ?? NULL_CONTEXT, d, p)), c, "registration_number") + ")"; }
function c_about_main_24(c, d, p) { return "; Anschrift: " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_19(c, d, p) { return "Rechtsform: " + escapeText(H.phrase(c.legal_form), c, "legal_form") + shownFor((isFalsy(c.register_court) ? c_about_main_20(c ?? NULL_CONTEXT, d, p) : c_about_main_22(c ?? NULL_CONTEXT, d, p)), c, "register_court") + shownFor((isFalsy(c.address) ? "" : c_about_main_24(c ?? NULL_CONTEXT, d, p)), c, "address") + ".\n"; }
function c_about_main_25(c, d, p) { return "Geschäftsführung: " + escapeText(H.joinAnd(c.managing_directors), c, "managing_directors") + ".\n"; }
function c_about_main_26(c, d, p) { return "Unsere Umsatzsteuer-Identifikationsnummer lautet " + escapeText(strict(c, "vat_id", "36:51"), c, "vat_id") + ".\n"; }
function c_about_main_27(c, d, p) { return "Wir sind für die in dieser Datenschutzerklärung beschriebenen personenbezogenen Informationen verantwortlich.\n"; }
function c_about_main_28(c, d, p) { return "Als Verantwortlicher für die in dieser Datenschutzerklärung beschriebenen personenbezogenen Daten entscheiden wir über die Zwecke und Mittel ihrer Verarbeitung.\n"; }
function c_about_main_29(c, d, p) { return "Diese Datenschutzerklärung gilt für " + escapeText(H.joinAnd(c.scope), c, "scope") + ".\n"; }
function c_about_main_30(c, d, p) { return "Sie gilt nicht für " + escapeText(H.joinOr(c.out_of_scope), c, "out_of_scope") + ".\n"; }
function c_about_main_31(c, d, p) { return "Bei der Verarbeitung personenbezogener Daten beachten wir folgende Gesetze: " + escapeText(H.joinAnd(d.root.lawNames), d.root, "lawNames") + ".\n"; }
function c_about_main_33(c, d, p) { return " (" + escapeText(strict(c, "name", "56:63"), c, "name") + ")"; }
function c_about_main_35(c, d, p) { return " oder telefonisch unter " + escapeText(strict(c, "phone", "56:202"), c, "phone"); }
function c_about_main_36(c, d, p) { return ", telefonisch unter " + escapeText(strict(c, "phone", "56:161"), c, "phone"); }
function c_about_main_34(c, d, p) { return shownFor((isFalsy(c.address) ? c_about_main_35(c ?? NULL_CONTEXT, d, p) : c_about_main_36(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_about_main_37(c, d, p) { return " oder per Post unter " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_38(c, d, p) { return " Sie erreichen ihn auch über " + sourced(get(H, "link")(c.url) ?? "", c, "url") + "."; }
function c_about_main_32(c, d, p) { return "Wir haben einen Datenschutzbeauftragten benannt" + shownFor((isFalsy(c.name) ? "" : c_about_main_33(c ?? NULL_CONTEXT, d, p)), c, "name") + ", den Sie unter " + sourced(H.mailto(c.email) ?? "", c, "email") + shownFor((isFalsy(c.phone) ? "" : c_about_main_34(c ?? NULL_CONTEXT, d, p)), c, "phone") + shownFor((isFalsy(c.address) ? "" : c_about_main_37(c ?? NULL_CONTEXT, d, p)), c, "address") + " erreichen." + shownFor((isFalsy(c.url) ? "" : c_about_main_38(c ?? NULL_CONTEXT, d, p)), c, "url") + "\n"; }
function c_about_main_41(c, d, p) { return ", " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_40(c, d, p) { return shownFor((isFalsy(c.address) ? "" : c_about_main_41(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_about_main_43(c, d, p) { return " oder per Post unter " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_42(c, d, p) { return "; Sie erreichen ihn unter " + sourced(H.mailto(c.email) ?? "", c, "email") + shownFor((isFalsy(c.address) ? "" : c_about_main_43(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_about_main_39(c, d, p) { return "Unser Vertreter " + escapeText(strict(c, "region", "60:18"), c, "region") + " gemäß " + escapeText(strict(c, "citation", "60:35"), c, "citation") + " ist " + escapeText(strict(c, "name", "60:52"), c, "name") + shownFor((isFalsy(c.email) ? c_about_main_40(c ?? NULL_CONTEXT, d, p) : c_about_main_42(c ?? NULL_CONTEXT, d, p)), c, "email") + ".\n"; }
function c_about_main_1(c, d, p) { return shownFor((isFalsy(d.root.serviceIsCompany) ? c_about_main_2(c ?? NULL_CONTEXT, d, p) : c_about_main_5(c ?? NULL_CONTEXT, d, p)), d.root, "serviceIsCompany") + shownFor((isFalsy(c.legal_form) ? c_about_main_11(c ?? NULL_CONTEXT, d, p) : c_about_main_19(c ?? NULL_CONTEXT, d, p)), c, "legal_form") + shownFor((isFalsy(c.managing_directors) ? "" : c_about_main_25(c ?? NULL_CONTEXT, d, p)), c, "managing_directors") + shownFor((isFalsy(c.vat_id) ? "" : c_about_main_26(c ?? NULL_CONTEXT, d, p)), c, "vat_id") + shownFor((isFalsy(d.root.gdprLike) ? c_about_main_27(c ?? NULL_CONTEXT, d, p) : c_about_main_28(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike") + "\n" + shownFor((isFalsy(c.scope) ? "" : c_about_main_29(c ?? NULL_CONTEXT, d, p)), c, "scope") + shownFor((isFalsy(c.out_of_scope) ? "" : c_about_main_30(c ?? NULL_CONTEXT, d, p)), c, "out_of_scope") + "\n" + shownFor((isFalsy(d.root.lawNames) ? "" : c_about_main_31(c ?? NULL_CONTEXT, d, p)), d.root, "lawNames") + "\n" + withContext(c.dpo, (v) => c_about_main_32(v, d, p), () => "") + "\n" + each(d.root.representatives, d, (v, f) => c_about_main_39(v, f, p), () => ""); }
function c_about_main_0(c, d, p) { return "## Wer wir sind\n\n" + withContext(c.policy.controller, (v) => c_about_main_1(v, d, p), () => ""); }
function c_about_main(c, d, p) { return c_about_main_0(c, d, p); }
function c_ai_main_48(c, d, p) { return " Verwendete Daten: " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_ai_main_49(c, d, p) { return " Anbieter des Modells: " + escapeText(H.phrase(c.provider), c, "provider") + "."; }
function c_ai_main_50(c, d, p) { return " " + escapeText(H.sentence(c.limitations), c, "limitations"); }
function c_ai_main_47(c, d, p) { return "- **" + escapeText(strict(c, "name", "9:6"), c, "name") + "**: " + escapeText(H.sentence(c.description), c, "description") + shownFor((isFalsy(c.categoryNames) ? "" : c_ai_main_48(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + shownFor((isFalsy(c.provider) ? "" : c_ai_main_49(c ?? NULL_CONTEXT, d, p)), c, "provider") + shownFor((isFalsy(c.limitations) ? "" : c_ai_main_50(c ?? NULL_CONTEXT, d, p)), c, "limitations") + "\n"; }
function c_ai_main_46(c, d, p) { return "Wir setzen KI und automatisierte Verarbeitung wie folgt ein:\n\n" + each(d.root.ai.features, d, (v, f) => c_ai_main_47(v, f, p), () => "") + "\n"; }
function c_partials_training_data_main_57(c, d, p) { return "personenbezogenen Daten"; }
function c_partials_training_data_main_58(c, d, p) { return escapeText(H.joinAnd(d.root.ai.trainingData), d.root.ai, "trainingData"); }
function c_partials_training_data_main_56(c, d, p) { return shownFor((isFalsy(d.root.ai.trainingData) ? c_partials_training_data_main_57(c ?? NULL_CONTEXT, d, p) : c_partials_training_data_main_58(c ?? NULL_CONTEXT, d, p)), d.root.ai, "trainingData"); }
function c_partials_training_data_main(c, d, p) { return c_partials_training_data_main_56(c, d, p); }
function c_ai_main_55(c, d, p) { return "Wir verwenden Ihre " + partial("partials/training-data", p, c, d) + " zum Training von KI-Modellen.\n"; }
function c_ai_main_54(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "yes")) ? "" : c_ai_main_55(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_59(c, d, p) { return "Wir verwenden Ihre " + partial("partials/training-data", p, c, d) + " zum Training von KI-Modellen erst, nachdem wir sie anonymisiert haben, sodass sie nicht mehr mit Ihnen in Verbindung gebracht werden können.\n"; }
function c_ai_main_53(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "anonymized")) ? c_ai_main_54(c ?? NULL_CONTEXT, d, p) : c_ai_main_59(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_60(c, d, p) { return "Wir können Ihre " + partial("partials/training-data", p, c, d) + " zum Training von KI-Modellen verwenden, sofern Sie dem nicht widersprechen (Opt-out).\n"; }
function c_ai_main_52(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "opt_out")) ? c_ai_main_53(c ?? NULL_CONTEXT, d, p) : c_ai_main_60(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_61(c, d, p) { return "Wir verwenden Ihre " + partial("partials/training-data", p, c, d) + " nur dann zum Training von KI-Modellen, wenn Sie dem ausdrücklich zustimmen (Opt-in).\n"; }
function c_ai_main_51(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "opt_in")) ? c_ai_main_52(c ?? NULL_CONTEXT, d, p) : c_ai_main_61(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_62(c, d, p) { return "Wir verwenden Ihre " + partial("partials/training-data", p, c, d) + " nicht zum Training von KI-Modellen.\n"; }
function c_ai_main_63(c, d, p) { return escapeText(H.sentence(c.training_detail), c, "training_detail") + "\n"; }
function c_ai_main_64(c, d, p) { return escapeText(H.joinAnd(d.root.ai.nonTrainingProviders), d.root.ai, "nonTrainingProviders") + " " + escapeText(H.plural(d.root.ai.nonTrainingProviders, "verwendet", "verwenden")) + " Ihre Daten nicht zum Training " + escapeText(H.plural(d.root.ai.nonTrainingProviders, "seiner", "ihrer")) + " eigenen Modelle.\n"; }
function c_ai_main_65(c, d, p) { return escapeText(H.joinAnd(d.root.ai.trainingProviders), d.root.ai, "trainingProviders") + " " + escapeText(H.plural(d.root.ai.trainingProviders, "kann", "können")) + " Ihre Daten zum Training " + escapeText(H.plural(d.root.ai.trainingProviders, "seiner", "ihrer")) + " eigenen Modelle verwenden.\n"; }
function c_ai_main_68(c, d, p) { return " (" + escapeText(strict(d.root, "automatedDecisionsCitation", "44:245"), d.root, "automatedDecisionsCitation") + ")"; }
function c_ai_main_67(c, d, p) { return "Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen" + shownFor((isFalsy(d.root.automatedDecisionsCitation) ? "" : c_ai_main_68(c ?? NULL_CONTEXT, d, p)), d.root, "automatedDecisionsCitation") + ".\n"; }
function c_ai_main_66(c, d, p) { return shownFor((isFalsy(H.eq(c.automated_decisions, false)) ? "" : c_ai_main_67(c ?? NULL_CONTEXT, d, p)), c, "automated_decisions"); }
function c_ai_main_70(c, d, p) { return " (" + escapeText(strict(d.root, "automatedDecisionsCitation", "35:211"), d.root, "automatedDecisionsCitation") + ")"; }
function c_ai_main_71(c, d, p) { return escapeText(H.sentence(c.decision_logic), c, "decision_logic") + "\n"; }
function c_ai_main_72(c, d, p) { return escapeText(H.sentence(c.decision_consequences), c, "decision_consequences") + "\n"; }
function c_ai_main_69(c, d, p) { return "Einige Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen, treffen wir ausschließlich automatisiert" + shownFor((isFalsy(d.root.automatedDecisionsCitation) ? "" : c_ai_main_70(c ?? NULL_CONTEXT, d, p)), d.root, "automatedDecisionsCitation") + ".\n" + shownFor((isFalsy(c.decision_logic) ? "" : c_ai_main_71(c ?? NULL_CONTEXT, d, p)), c, "decision_logic") + shownFor((isFalsy(c.decision_consequences) ? "" : c_ai_main_72(c ?? NULL_CONTEXT, d, p)), c, "decision_consequences") + "Sie können verlangen, dass ein Mensch eine solche Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.\n"; }
function c_ai_main_73(c, d, p) { return escapeText(H.sentence(c.advice), c, "advice") + "\n"; }
function c_ai_main_45(c, d, p) { return "## KI und automatisierte Verarbeitung\n\n" + shownFor((isFalsy(d.root.ai.features) ? "" : c_ai_main_46(c ?? NULL_CONTEXT, d, p)), d.root.ai, "features") + shownFor((isFalsy(H.eq(c.training, "never")) ? c_ai_main_51(c ?? NULL_CONTEXT, d, p) : c_ai_main_62(c ?? NULL_CONTEXT, d, p)), c, "training") + shownFor((isFalsy(c.training_detail) ? "" : c_ai_main_63(c ?? NULL_CONTEXT, d, p)), c, "training_detail") + shownFor((isFalsy(d.root.ai.nonTrainingProviders) ? "" : c_ai_main_64(c ?? NULL_CONTEXT, d, p)), d.root.ai, "nonTrainingProviders") + shownFor((isFalsy(d.root.ai.trainingProviders) ? "" : c_ai_main_65(c ?? NULL_CONTEXT, d, p)), d.root.ai, "trainingProviders") + "\n" + shownFor((isFalsy(c.automated_decisions) ? c_ai_main_66(c ?? NULL_CONTEXT, d, p) : c_ai_main_69(c ?? NULL_CONTEXT, d, p)), c, "automated_decisions") + "\n" + shownFor((isFalsy(c.advice) ? "" : c_ai_main_73(c ?? NULL_CONTEXT, d, p)), c, "advice"); }
function c_ai_main_44(c, d, p) { return withContext(c.policy.ai, (v) => c_ai_main_45(v, d, p), () => ""); }
function c_ai_main(c, d, p) { return c_ai_main_44(c, d, p); }
function c_breaches_main_78(c, d, p) { return " und "; }
function c_breaches_main_77(c, d, p) { return "Sie" + shownFor((isFalsy(c.notify_authority) ? "" : c_breaches_main_78(c ?? NULL_CONTEXT, d, p)), c, "notify_authority"); }
function c_breaches_main_81(c, d, p) { return "die zuständigen Behörden"; }
function c_breaches_main_82(c, d, p) { return "die zuständige Aufsichtsbehörde"; }
function c_breaches_main_80(c, d, p) { return shownFor((isFalsy(d.root.gdprLike) ? c_breaches_main_81(c ?? NULL_CONTEXT, d, p) : c_breaches_main_82(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike"); }
function c_breaches_main_83(c, d, p) { return "die zuständige Aufsichtsbehörde (" + escapeText(H.joinAnd(H.institutions(d.root.breachAuthorities)), d.root, "breachAuthorities") + ")"; }
function c_breaches_main_79(c, d, p) { return shownFor((isFalsy(d.root.breachAuthorities) ? c_breaches_main_80(c ?? NULL_CONTEXT, d, p) : c_breaches_main_83(c ?? NULL_CONTEXT, d, p)), d.root, "breachAuthorities"); }
function c_breaches_main_85(c, d, p) { return ", soweit möglich"; }
function c_breaches_main_84(c, d, p) { return " innerhalb von " + escapeText(H.durationWords(c.within), c, "within") + shownFor((isFalsy(c.where_feasible) ? "" : c_breaches_main_85(c ?? NULL_CONTEXT, d, p)), c, "where_feasible"); }
function c_breaches_main_86(c, d, p) { return escapeText(H.sentenceStart(c.laws), c, "laws") + " " + escapeText(H.plural(c.count, "verpflichtet", "verpflichten")) + " uns, eine Verletzung unverzüglich und möglichst binnen " + escapeText(strict(c, "authorityWithin", "8:127"), c, "authorityWithin") + ", nachdem sie uns bekannt wurde, der Aufsichtsbehörde zu melden, es sei denn, sie führt voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen (" + escapeText(strict(c, "authorityCitation", "8:324"), c, "authorityCitation") + "), und Sie unverzüglich zu benachrichtigen, wenn sie voraussichtlich ein hohes Risiko für Ihre Rechte und Freiheiten zur Folge hat (" + escapeText(strict(c, "individualsCitation", "8:477"), c, "individualsCitation") + ").\n"; }
function c_breaches_main_76(c, d, p) { return "## Datenschutzverletzungen\n\nWenn uns eine Verletzung der Sicherheit bekannt wird, die Ihre personenbezogenen Daten betrifft, benachrichtigen wir " + shownFor((isFalsy(c.notify_users) ? "" : c_breaches_main_77(c ?? NULL_CONTEXT, d, p)), c, "notify_users") + shownFor((isFalsy(c.notify_authority) ? "" : c_breaches_main_79(c ?? NULL_CONTEXT, d, p)), c, "notify_authority") + shownFor((isFalsy(c.within) ? "" : c_breaches_main_84(c ?? NULL_CONTEXT, d, p)), c, "within") + ".\n" + withContext(d.root.breachLaw, (v) => c_breaches_main_86(v, d, p), () => ""); }
function c_breaches_main_75(c, d, p) { return shownFor((isFalsy(H.or(c.notify_users, c.notify_authority)) ? "" : c_breaches_main_76(c ?? NULL_CONTEXT, d, p)), c, "notify_users", c, "notify_authority"); }
function c_breaches_main_74(c, d, p) { return withContext(c.policy.breach_notification, (v) => c_breaches_main_75(v, d, p), () => ""); }
function c_breaches_main(c, d, p) { return c_breaches_main_74(c, d, p); }
function c_changes_main_90(c, d, p) { return "Über wesentliche Änderungen informieren wir Sie mindestens " + escapeText(H.durationWords(c.notice_period, "accusative"), c, "notice_period") + " vor ihrem Inkrafttreten.\n"; }
function c_changes_main_89(c, d, p) { return shownFor((isFalsy(c.notice_period) ? "" : c_changes_main_90(c ?? NULL_CONTEXT, d, p)), c, "notice_period"); }
function c_changes_main_92(c, d, p) { return escapeText(H.joinAnd(H.changeChannels(c.channels, d.root.service)), c, "channels"); }
function c_changes_main_93(c, d, p) { return escapeText(H.joinOr(H.changeChannels(c.channels, d.root.service)), c, "channels"); }
function c_changes_main_94(c, d, p) { return ", und zwar mindestens " + escapeText(H.durationWords(c.notice_period, "accusative"), c, "notice_period") + " vor ihrem Inkrafttreten"; }
function c_changes_main_91(c, d, p) { return "Über wesentliche Änderungen informieren wir Sie " + shownFor((isFalsy(c.any_channel) ? c_changes_main_92(c ?? NULL_CONTEXT, d, p) : c_changes_main_93(c ?? NULL_CONTEXT, d, p)), c, "any_channel") + shownFor((isFalsy(c.notice_period) ? "" : c_changes_main_94(c ?? NULL_CONTEXT, d, p)), c, "notice_period") + ".\n"; }
function c_changes_main_95(c, d, p) { return "Wenn Sie " + escapeText(strict(d.root, "service", "12:11"), d.root, "service") + " nach dem Inkrafttreten einer Änderung weiter nutzen, akzeptieren Sie die aktualisierte Datenschutzerklärung.\n"; }
function c_changes_main_96(c, d, p) { return "\nDie aktuelle Fassung dieser Datenschutzerklärung ist stets unter " + sourced(get(H, "link")(d.root.presentation.url) ?? "", d.root.presentation, "url") + " abrufbar.\n"; }
function c_changes_main_97(c, d, p) { return "\nUpdates dieser Datenschutzerklärung können Sie unter " + sourced(get(H, "link")(c.subscribe_url) ?? "", c, "subscribe_url") + " abonnieren.\n"; }
function c_changes_main_88(c, d, p) { return "## Änderungen dieser Datenschutzerklärung\n\nWir können diese Datenschutzerklärung von Zeit zu Zeit aktualisieren.\n" + shownFor((isFalsy(c.channels) ? c_changes_main_89(c ?? NULL_CONTEXT, d, p) : c_changes_main_91(c ?? NULL_CONTEXT, d, p)), c, "channels") + shownFor((isFalsy(c.continued_use_is_acceptance) ? "" : c_changes_main_95(c ?? NULL_CONTEXT, d, p)), c, "continued_use_is_acceptance") + shownFor((isFalsy(d.root.presentation.url) ? "" : c_changes_main_96(c ?? NULL_CONTEXT, d, p)), d.root.presentation, "url") + shownFor((isFalsy(c.subscribe_url) ? "" : c_changes_main_97(c ?? NULL_CONTEXT, d, p)), c, "subscribe_url"); }
function c_changes_main_87(c, d, p) { return withContext(c.policy.changes, (v) => c_changes_main_88(v, d, p), () => ""); }
function c_changes_main(c, d, p) { return c_changes_main_87(c, d, p); }
function c_children_main_102(c, d, p) { return ", und wir erheben wissentlich keine personenbezogenen Daten von Personen unter " + escapeText(strict(c, "min_age", "11:193"), c, "min_age") + " Jahren"; }
function c_children_main_101(c, d, p) { return escapeText(H.sentenceStart(d.root.service), d.root, "service") + " richtet sich nicht an Kinder unter " + escapeText(strict(c, "min_age", "11:69"), c, "min_age") + " Jahren" + shownFor((isFalsy(c.delete_on_discovery) ? "" : c_children_main_102(c ?? NULL_CONTEXT, d, p)), c, "delete_on_discovery") + ".\n"; }
function c_children_main_100(c, d, p) { return shownFor((isFalsy(c.min_age) ? "" : c_children_main_101(c ?? NULL_CONTEXT, d, p)), c, "min_age"); }
function c_children_main_104(c, d, p) { return " ab " + escapeText(strict(c, "min_age", "6:75"), c, "min_age") + " Jahren"; }
function c_children_main_105(c, d, p) { return "Der " + escapeText(strict(d.root.lawText.coppa, "name", "8:6"), d.root.lawText.coppa, "name") + " verpflichtet uns, die nachprüfbare Einwilligung eines Elternteils oder Erziehungsberechtigten einzuholen, bevor wir personenbezogene Informationen von einem Kind unter 13 Jahren erheben, außer in den Fällen, die er zulässt.\n"; }
function c_children_main_103(c, d, p) { return escapeText(H.sentenceStart(d.root.service), d.root, "service") + " richtet sich an Kinder" + shownFor((isFalsy(c.min_age) ? "" : c_children_main_104(c ?? NULL_CONTEXT, d, p)), c, "min_age") + ".\n" + shownFor((isFalsy(d.root.laws.coppa) ? "" : c_children_main_105(c ?? NULL_CONTEXT, d, p)), d.root.laws, "coppa"); }
function c_children_main_107(c, d, p) { return " unter " + escapeText(strict(c, "min_age", "13:219"), c, "min_age") + " Jahren"; }
function c_children_main_106(c, d, p) { return "Wenn Sie annehmen, dass ein Kind" + shownFor((isFalsy(c.min_age) ? "" : c_children_main_107(c ?? NULL_CONTEXT, d, p)), c, "min_age") + " uns personenbezogene Daten übermittelt hat"; }
function c_children_main_108(c, d, p) { return "Wenn Sie ein Elternteil oder Erziehungsberechtigter sind und annehmen, dass Ihr Kind uns personenbezogene Daten übermittelt hat"; }
function c_children_main_109(c, d, p) { return sourced(H.mailto(d.root.privacyEmail) ?? "", d.root, "privacyEmail"); }
function c_children_main_110(c, d, p) { return sourced(H.mailto(c.contact) ?? "", c, "contact"); }
function c_children_main_111(c, d, p) { return "Erfahren wir, dass wir personenbezogene Daten eines Kindes unter " + escapeText(strict(c, "min_age", "15:67"), c, "min_age") + " Jahren erhoben haben, löschen wir sie.\n"; }
function c_children_main_99(c, d, p) { return "## Datenschutz bei Kindern\n\n" + shownFor((isFalsy(c.directed_to_children) ? c_children_main_100(c ?? NULL_CONTEXT, d, p) : c_children_main_103(c ?? NULL_CONTEXT, d, p)), c, "directed_to_children") + shownFor((isFalsy(c.directed_to_children) ? c_children_main_106(c ?? NULL_CONTEXT, d, p) : c_children_main_108(c ?? NULL_CONTEXT, d, p)), c, "directed_to_children") + ", wenden Sie sich bitte an " + shownFor((isFalsy(c.contact) ? c_children_main_109(c ?? NULL_CONTEXT, d, p) : c_children_main_110(c ?? NULL_CONTEXT, d, p)), c, "contact") + ".\n" + shownFor((isFalsy(H.and(c.delete_on_discovery, c.min_age)) ? "" : c_children_main_111(c ?? NULL_CONTEXT, d, p)), c, "delete_on_discovery", c, "min_age"); }
function c_children_main_98(c, d, p) { return withContext(c.policy.children, (v) => c_children_main_99(v, d, p), () => ""); }
function c_children_main(c, d, p) { return c_children_main_98(c, d, p); }
function c_partials_data_category_main_117(c, d, p) { return " (" + escapeText(H.phrase(c.condition), c, "condition") + ")"; }
function c_partials_data_category_main_119(c, d, p) { return " " + escapeText(H.capitalize(H.joinAnd(c.examples)), c, "examples") + "."; }
function c_partials_data_category_main_120(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_partials_data_category_main_123(c, d, p) { return "Quelle:"; }
function c_partials_data_category_main_124(c, d, p) { return "Erhalten von:"; }
function c_partials_data_category_main_122(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "third_party")) ? c_partials_data_category_main_123(c ?? NULL_CONTEXT, d, p) : c_partials_data_category_main_124(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_partials_data_category_main_125(c, d, p) { return "Erhoben über:"; }
function c_partials_data_category_main_121(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.source, "automatic")) ? c_partials_data_category_main_122(c ?? NULL_CONTEXT, d, p) : c_partials_data_category_main_125(c ?? NULL_CONTEXT, d, p)), c, "source") + " " + escapeText(H.phrase(c.source_detail), c, "source_detail") + "."; }
function c_partials_data_category_main_126(c, d, p) { return " Die Angabe dieser Daten ist freiwillig."; }
function c_partials_data_category_main_127(c, d, p) { return " Wir behandeln sie als besonders schützenswerte personenbezogene Daten."; }
function c_partials_data_category_main_128(c, d, p) { return " " + escapeText(H.sentence(c.note), c, "note"); }
function c_partials_data_category_main_129(c, d, p) { return " Nur in " + escapeText(H.joinAnd(c.productNames), c, "productNames") + " erhoben."; }
function c_partials_data_category_main_118(c, d, p) { return ":" + shownFor((isFalsy(c.examples) ? "" : c_partials_data_category_main_119(c ?? NULL_CONTEXT, d, p)), c, "examples") + shownFor((isFalsy(c.description) ? "" : c_partials_data_category_main_120(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.source_detail) ? "" : c_partials_data_category_main_121(c ?? NULL_CONTEXT, d, p)), c, "source_detail") + shownFor((isFalsy(c.optional) ? "" : c_partials_data_category_main_126(c ?? NULL_CONTEXT, d, p)), c, "optional") + shownFor((isFalsy(c.sensitive) ? "" : c_partials_data_category_main_127(c ?? NULL_CONTEXT, d, p)), c, "sensitive") + shownFor((isFalsy(c.note) ? "" : c_partials_data_category_main_128(c ?? NULL_CONTEXT, d, p)), c, "note") + shownFor((isFalsy(c.productNames) ? "" : c_partials_data_category_main_129(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_data_category_main_116(c, d, p) { return "**" + escapeText(strict(c, "name", "2:4"), c, "name") + "**" + shownFor((isFalsy(c.condition) ? "" : c_partials_data_category_main_117(c ?? NULL_CONTEXT, d, p)), c, "condition") + shownFor((isFalsy(c.hasDetails) ? "" : c_partials_data_category_main_118(c ?? NULL_CONTEXT, d, p)), c, "hasDetails"); }
function c_partials_data_category_main(c, d, p) { return c_partials_data_category_main_116(c, d, p); }
function c_collection_main_115(c, d, p) { return "- " + partial("partials/data-category", p, c, d) + "\n"; }
function c_collection_main_114(c, d, p) { return each(c.categories, d, (v, f) => c_collection_main_115(v, f, p), () => ""); }
function c_collection_main_113(c, d, p) { return "Wir erheben folgende personenbezogene Daten:\n\n" + each(c.collection, d, (v, f) => c_collection_main_114(v, f, p), () => ""); }
function c_collection_main_135(c, d, p) { return "### Sonstige Daten\n"; }
function c_collection_main_136(c, d, p) { return "### Daten, die wir selbst erzeugen\n"; }
function c_collection_main_134(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "generated")) ? c_collection_main_135(c ?? NULL_CONTEXT, d, p) : c_collection_main_136(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_collection_main_137(c, d, p) { return "### Daten, die wir von Dritten erhalten\n"; }
function c_collection_main_133(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "third_party")) ? c_collection_main_134(c ?? NULL_CONTEXT, d, p) : c_collection_main_137(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_collection_main_138(c, d, p) { return "### Daten, die wir automatisch erheben\n"; }
function c_collection_main_132(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "automatic")) ? c_collection_main_133(c ?? NULL_CONTEXT, d, p) : c_collection_main_138(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_collection_main_139(c, d, p) { return "### Daten, die Sie uns geben\n"; }
function c_collection_main_140(c, d, p) { return "- " + partial("partials/data-category", p, c, d) + "\n"; }
function c_collection_main_131(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "provided")) ? c_collection_main_132(c ?? NULL_CONTEXT, d, p) : c_collection_main_139(c ?? NULL_CONTEXT, d, p)), c, "source") + "\n" + each(c.categories, d, (v, f) => c_collection_main_140(v, f, p), () => "") + "\n"; }
function c_collection_main_130(c, d, p) { return each(c.collection, d, (v, f) => c_collection_main_131(v, f, p), () => ""); }
function c_collection_main_147(c, d, p) { return ", "; }
function c_collection_main_148(c, d, p) { return " und "; }
function c_collection_main_146(c, d, p) { return (isFalsy(d.last) ? c_collection_main_147(c ?? NULL_CONTEXT, d, p) : c_collection_main_148(c ?? NULL_CONTEXT, d, p)); }
function c_collection_main_149(c, d, p) { return "Android"; }
function c_collection_main_150(c, d, p) { return "iOS"; }
function c_collection_main_145(c, d, p) { return (isFalsy(d.first) ? c_collection_main_146(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c, "ios")) ? c_collection_main_149(c ?? NULL_CONTEXT, d, p) : c_collection_main_150(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_collection_main_144(c, d, p) { return " (nur " + each(c.platforms, d, (v, f) => c_collection_main_145(v, f, p), () => "") + ")"; }
function c_collection_main_151(c, d, p) { return " Wann wir danach fragen: " + escapeText(H.phrase(c.when), c, "when") + "."; }
function c_collection_main_153(c, d, p) { return " Ohne diese Berechtigung funktioniert die App nicht."; }
function c_collection_main_152(c, d, p) { return shownFor((isFalsy(H.eq(c.optional, false)) ? "" : c_collection_main_153(c ?? NULL_CONTEXT, d, p)), c, "optional"); }
function c_collection_main_154(c, d, p) { return " Sie können die Berechtigung verweigern und die App trotzdem nutzen."; }
function c_collection_main_143(c, d, p) { return "- **" + escapeText(strict(c, "name", "38:6"), c, "name") + "**" + shownFor((isFalsy(c.platforms) ? "" : c_collection_main_144(c ?? NULL_CONTEXT, d, p)), c, "platforms") + ": " + escapeText(H.sentence(c.purpose), c, "purpose") + shownFor((isFalsy(c.when) ? "" : c_collection_main_151(c ?? NULL_CONTEXT, d, p)), c, "when") + shownFor((isFalsy(H.eq(c.optional, true)) ? c_collection_main_152(c ?? NULL_CONTEXT, d, p) : c_collection_main_154(c ?? NULL_CONTEXT, d, p)), c, "optional") + "\n"; }
function c_collection_main_142(c, d, p) { return "\n### Berechtigungen, die " + escapeText(strict(c, "name", "35:26"), c, "name") + " anfordert\n\n" + each(c.permissions, d, (v, f) => c_collection_main_143(v, f, p), () => ""); }
function c_collection_main_141(c, d, p) { return shownFor((isFalsy(c.permissions) ? "" : c_collection_main_142(c ?? NULL_CONTEXT, d, p)), c, "permissions"); }
function c_collection_main_112(c, d, p) { return "## Welche personenbezogenen Daten wir erheben\n\n" + shownFor((isFalsy(c.collectionBySource) ? c_collection_main_113(c ?? NULL_CONTEXT, d, p) : c_collection_main_130(c ?? NULL_CONTEXT, d, p)), c, "collectionBySource") + each(c.policy.apps, d, (v, f) => c_collection_main_141(v, f, p), () => ""); }
function c_collection_main(c, d, p) { return c_collection_main_112(c, d, p); }
function c_partials_commitment_main_168(c, d, p) { return "Bis zum " + escapeText(H.formatDate(c.as_of, d.root.dateStyle), c, "as_of") + " haben wir keinen National Security Letter, keine Anordnung nach dem Foreign Intelligence Surveillance Act und keine andere geheime behördliche Anfrage nach Nutzerdaten erhalten, über die wir nicht berichten dürften"; }
function c_partials_commitment_main_167(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "warrant_canary")) ? "" : c_partials_commitment_main_168(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_169(c, d, p) { return "Wir verwenden Ihre personenbezogenen Daten nicht zum Training von KI-Modellen"; }
function c_partials_commitment_main_166(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_ai_training")) ? c_partials_commitment_main_167(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_169(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_170(c, d, p) { return "Wir nutzen keine Werbung und keine Werbe-Tracker von Drittanbietern"; }
function c_partials_commitment_main_165(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_third_party_advertising")) ? c_partials_commitment_main_166(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_170(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_171(c, d, p) { return "Wir nutzen keine Analysedienste von Drittanbietern"; }
function c_partials_commitment_main_164(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_third_party_analytics")) ? c_partials_commitment_main_165(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_171(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_172(c, d, p) { return "Unsere Mitarbeitenden greifen nicht auf die Inhalte Ihres Kontos zu"; }
function c_partials_commitment_main_163(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_staff_access")) ? c_partials_commitment_main_164(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_172(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_173(c, d, p) { return "Wir erheben keine biometrischen Daten wie Fingerabdrücke oder Gesichtsscans"; }
function c_partials_commitment_main_162(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_biometrics")) ? c_partials_commitment_main_163(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_173(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_175(c, d, p) { return "keine sensiblen personenbezogenen Informationen"; }
function c_partials_commitment_main_176(c, d, p) { return "keine besonderen Kategorien personenbezogener Daten (etwa Daten über Ihre Gesundheit oder Daten, aus denen Ihre rassische oder ethnische Herkunft, Ihre politischen Meinungen oder Ihre religiösen Überzeugungen hervorgehen)"; }
function c_partials_commitment_main_174(c, d, p) { return "Wir erheben " + shownFor((isFalsy(d.root.gdprLike) ? c_partials_commitment_main_175(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_176(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike"); }
function c_partials_commitment_main_161(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_special_categories")) ? c_partials_commitment_main_162(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_174(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_177(c, d, p) { return "Wir geben Ihre personenbezogenen Daten niemals für kontextübergreifende verhaltensbezogene Werbung weiter"; }
function c_partials_commitment_main_160(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_advertising_sharing")) ? c_partials_commitment_main_161(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_177(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_178(c, d, p) { return "Wir verkaufen Ihre personenbezogenen Daten niemals"; }
function c_partials_commitment_main_179(c, d, p) { return ", außer " + escapeText(H.phrase(c.except), c, "except"); }
function c_partials_commitment_main_159(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_sale")) ? c_partials_commitment_main_160(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_178(c ?? NULL_CONTEXT, d, p)), c, "kind") + shownFor((isFalsy(c.except) ? "" : c_partials_commitment_main_179(c ?? NULL_CONTEXT, d, p)), c, "except") + "."; }
function c_partials_commitment_main_181(c, d, p) { return " Die einzigen Ausnahmen: " + escapeText(H.phrase(c.except), c, "except") + "."; }
function c_partials_commitment_main_180(c, d, p) { return escapeText(H.sentence(c.statement), c, "statement") + shownFor((isFalsy(c.except) ? "" : c_partials_commitment_main_181(c ?? NULL_CONTEXT, d, p)), c, "except"); }
function c_partials_commitment_main_182(c, d, p) { return " Diese Zusage gilt für " + escapeText(H.joinAnd(c.productNames), c, "productNames") + "."; }
function c_partials_commitment_main_158(c, d, p) { return shownFor((isFalsy(c.statement) ? c_partials_commitment_main_159(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_180(c ?? NULL_CONTEXT, d, p)), c, "statement") + shownFor((isFalsy(c.productNames) ? "" : c_partials_commitment_main_182(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_commitment_main(c, d, p) { return c_partials_commitment_main_158(c, d, p); }
function c_commitments_main_157(c, d, p) { return "- " + partial("partials/commitment", p, c, d) + "\n"; }
function c_commitments_main_156(c, d, p) { return "## Unsere Zusagen\n\n" + each(c.commitments, d, (v, f) => c_commitments_main_157(v, f, p), () => ""); }
function c_commitments_main_155(c, d, p) { return shownFor((isFalsy(c.commitments) ? "" : c_commitments_main_156(c ?? NULL_CONTEXT, d, p)), c, "commitments"); }
function c_commitments_main(c, d, p) { return c_commitments_main_155(c, d, p); }
function c_contact_main_184(c, d, p) { return "uns"; }
function c_contact_main_185(c, d, p) { return escapeText(strict(c.contact, "team", "4:139"), c.contact, "team"); }
function c_contact_main_187(c, d, p) { return "- Kontaktformular: " + sourced(get(H, "link")(c.url) ?? "", c, "url") + "\n"; }
function c_contact_main_188(c, d, p) { return "- Telefon: " + escapeText(strict(c, "phone", "12:13"), c, "phone") + "\n"; }
function c_contact_main_186(c, d, p) { return shownFor((isFalsy(c.url) ? "" : c_contact_main_187(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.phone) ? "" : c_contact_main_188(c ?? NULL_CONTEXT, d, p)), c, "phone"); }
function c_contact_main_191(c, d, p) { return "- Telefon: " + escapeText(strict(c, "phone", "18:13"), c, "phone") + "\n"; }
function c_contact_main_193(c, d, p) { return "- Telefon für allgemeine Anfragen: " + escapeText(strict(c, "phone", "20:37"), c, "phone") + "\n"; }
function c_contact_main_192(c, d, p) { return shownFor((isFalsy(H.eq(c.phone, d.root.contact.phone)) ? c_contact_main_193(c ?? NULL_CONTEXT, d, p) : ""), c, "phone", d.root.contact, "phone"); }
function c_contact_main_190(c, d, p) { return shownFor((isFalsy(d.root.contact.phone) ? c_contact_main_191(c ?? NULL_CONTEXT, d, p) : c_contact_main_192(c ?? NULL_CONTEXT, d, p)), d.root.contact, "phone"); }
function c_contact_main_194(c, d, p) { return "- Fax: " + escapeText(strict(c, "fax", "24:9"), c, "fax") + "\n"; }
function c_contact_main_195(c, d, p) { return "- Post: " + escapeText(strict(c, "name", "27:10"), c, "name") + ", " + escapeText(H.addressLine(c.address), c, "address") + "\n"; }
function c_contact_main_196(c, d, p) { return "- Website: " + sourced(get(H, "link")(c.website) ?? "", c, "website") + "\n"; }
function c_contact_main_197(c, d, p) { return "- Allgemeine Anfragen: " + sourced(H.mailto(c.email) ?? "", c, "email") + "\n"; }
function c_contact_main_199(c, d, p) { return ", " + escapeText(strict(c, "phone", "36:62"), c, "phone"); }
function c_contact_main_200(c, d, p) { return ", " + sourced(get(H, "link")(c.url) ?? "", c, "url"); }
function c_contact_main_198(c, d, p) { return "- Datenschutzbeauftragter: " + sourced(H.mailto(c.email) ?? "", c, "email") + shownFor((isFalsy(c.phone) ? "" : c_contact_main_199(c ?? NULL_CONTEXT, d, p)), c, "phone") + shownFor((isFalsy(c.url) ? "" : c_contact_main_200(c ?? NULL_CONTEXT, d, p)), c, "url") + "\n"; }
function c_contact_main_189(c, d, p) { return shownFor((isFalsy(c.phone) ? "" : c_contact_main_190(c ?? NULL_CONTEXT, d, p)), c, "phone") + shownFor((isFalsy(c.fax) ? "" : c_contact_main_194(c ?? NULL_CONTEXT, d, p)), c, "fax") + shownFor((isFalsy(c.address) ? "" : c_contact_main_195(c ?? NULL_CONTEXT, d, p)), c, "address") + shownFor((isFalsy(c.website) ? "" : c_contact_main_196(c ?? NULL_CONTEXT, d, p)), c, "website") + shownFor((isFalsy(H.eq(c.email, d.root.privacyEmail)) ? c_contact_main_197(c ?? NULL_CONTEXT, d, p) : ""), c, "email", d.root, "privacyEmail") + withContext(c.dpo, (v) => c_contact_main_198(v, d, p), () => ""); }
function c_contact_main_183(c, d, p) { return "## Kontakt\n\nBei Fragen zu dieser Datenschutzerklärung oder zum Umgang mit Ihren personenbezogenen Daten wenden Sie sich bitte an " + shownFor((isFalsy(c.contact.team) ? c_contact_main_184(c ?? NULL_CONTEXT, d, p) : c_contact_main_185(c ?? NULL_CONTEXT, d, p)), c.contact, "team") + ":\n\n- E-Mail: " + sourced(H.mailto(c.privacyEmail) ?? "", c, "privacyEmail") + "\n" + withContext(c.policy.contact, (v) => c_contact_main_186(v, d, p), () => "") + withContext(c.policy.controller, (v) => c_contact_main_189(v, d, p), () => ""); }
function c_contact_main(c, d, p) { return c_contact_main_183(c, d, p); }
function c_cookies_main_203(c, d, p) { return "Nur " + escapeText(H.joinAnd(d.root.cookieProducts), d.root, "cookieProducts") + " " + escapeText(H.plural(d.root.cookieProducts, "verwendet", "verwenden")) + " Cookies und ähnliche Technologien; unsere anderen Produkte nicht.\nDie folgenden Angaben gelten für " + escapeText(H.plural(d.root.cookieProducts, "dieses Produkt", "diese Produkte")) + ".\n\n"; }
function c_cookies_main_204(c, d, p) { return "Wir verwenden keine Cookies.\n"; }
function c_cookies_main_211(c, d, p) { return "- **Social-Media-Cookies**, die Funktionen sozialer Medien ermöglichen und es sozialen Netzwerken erlauben, Ihre Besuche zu erkennen\n"; }
function c_cookies_main_212(c, d, p) { return "- **Werbe-Cookies**, mit denen Ihnen Werbung angezeigt und deren Wirksamkeit gemessen wird\n"; }
function c_cookies_main_210(c, d, p) { return shownFor((isFalsy(H.eq(c, "advertising")) ? c_cookies_main_211(c ?? NULL_CONTEXT, d, p) : c_cookies_main_212(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_213(c, d, p) { return "- **Analyse-Cookies**, die uns helfen zu verstehen, wie " + escapeText(strict(d.root, "service", "22:58"), d.root, "service") + " genutzt wird\n"; }
function c_cookies_main_209(c, d, p) { return shownFor((isFalsy(H.eq(c, "analytics")) ? c_cookies_main_210(c ?? NULL_CONTEXT, d, p) : c_cookies_main_213(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_214(c, d, p) { return "- **Präferenz-Cookies**, die Ihre Einstellungen und Auswahlen speichern\n"; }
function c_cookies_main_208(c, d, p) { return shownFor((isFalsy(H.eq(c, "preferences")) ? c_cookies_main_209(c ?? NULL_CONTEXT, d, p) : c_cookies_main_214(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_215(c, d, p) { return "- **Unbedingt erforderliche Cookies**, die " + escapeText(strict(d.root, "service", "18:45"), d.root, "service") + " benötigt, um zu funktionieren\n"; }
function c_cookies_main_207(c, d, p) { return shownFor((isFalsy(H.eq(c, "strictly_necessary")) ? c_cookies_main_208(c ?? NULL_CONTEXT, d, p) : c_cookies_main_215(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_206(c, d, p) { return "Wir verwenden die folgenden Arten von Cookies und ähnlichen Technologien:\n\n" + each(c.used, d, (v, f) => c_cookies_main_207(v, f, p), () => "") + "\n"; }
function c_cookies_main_216(c, d, p) { return "Wir verwenden ausschließlich unbedingt erforderliche Cookies, die " + escapeText(strict(d.root, "service", "12:68"), d.root, "service") + " benötigt, um zu funktionieren.\n"; }
function c_cookies_main_205(c, d, p) { return shownFor((isFalsy(H.and(H.eq(c.used.length, 1), H.eq(c.used["0"], "strictly_necessary"))) ? c_cookies_main_206(c ?? NULL_CONTEXT, d, p) : c_cookies_main_216(c ?? NULL_CONTEXT, d, p)), c.used, "length", c.used, "0"); }
function c_cookies_main_217(c, d, p) { return "Zwecke: " + escapeText(H.joinAnd(c.purposes), c, "purposes") + ".\n"; }
function c_cookies_main_218(c, d, p) { return "Außerdem verwenden wir " + escapeText(H.plural(c.tools, "dieses Tracking-Tool", "diese Tracking-Tools")) + ": " + escapeText(H.joinAnd(c.tools), c, "tools") + ".\n"; }
function c_cookies_main_220(c, d, p) { return "Drittanbieter setzen über unsere Website eigene Cookies oder führen Tracking-Skripte aus.\n"; }
function c_cookies_main_219(c, d, p) { return shownFor((isFalsy(c.third_party_tracking) ? "" : c_cookies_main_220(c ?? NULL_CONTEXT, d, p)), c, "third_party_tracking"); }
function c_cookies_main_221(c, d, p) { return "Wir verwenden keine Werbe- oder Tracking-Cookies von Drittanbietern.\n"; }
function c_cookies_main_223(c, d, p) { return " Anbieter |"; }
function c_cookies_main_224(c, d, p) { return " Art |"; }
function c_cookies_main_225(c, d, p) { return " Speicherdauer |"; }
function c_cookies_main_226(c, d, p) { return " Eigenes Cookie oder Drittanbieter-Cookie |"; }
function c_cookies_main_227(c, d, p) { return " Widerspruch |"; }
function c_cookies_main_228(c, d, p) { return " --- |"; }
function c_cookies_main_229(c, d, p) { return " --- |"; }
function c_cookies_main_230(c, d, p) { return " --- |"; }
function c_cookies_main_231(c, d, p) { return " --- |"; }
function c_cookies_main_232(c, d, p) { return " --- |"; }
function c_cookies_main_235(c, d, p) { return escapeText(strict(c, "provider", "50:68"), c, "provider"); }
function c_cookies_main_234(c, d, p) { return " " + shownFor((isFalsy(c.provider) ? "" : c_cookies_main_235(c ?? NULL_CONTEXT, d, p)), c, "provider") + " |"; }
function c_cookies_main_241(c, d, p) { return "Soziale Medien"; }
function c_cookies_main_240(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "social_media")) ? "" : c_cookies_main_241(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_242(c, d, p) { return "Werbung"; }
function c_cookies_main_239(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "advertising")) ? c_cookies_main_240(c ?? NULL_CONTEXT, d, p) : c_cookies_main_242(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_243(c, d, p) { return "Analyse"; }
function c_cookies_main_238(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "analytics")) ? c_cookies_main_239(c ?? NULL_CONTEXT, d, p) : c_cookies_main_243(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_244(c, d, p) { return "Präferenzen"; }
function c_cookies_main_237(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "preferences")) ? c_cookies_main_238(c ?? NULL_CONTEXT, d, p) : c_cookies_main_244(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_245(c, d, p) { return "Unbedingt erforderlich"; }
function c_cookies_main_236(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.kind, "strictly_necessary")) ? c_cookies_main_237(c ?? NULL_CONTEXT, d, p) : c_cookies_main_245(c ?? NULL_CONTEXT, d, p)), c, "kind") + " |"; }
function c_cookies_main_248(c, d, p) { return escapeText(H.durationWords(c.duration, "accusative"), c, "duration"); }
function c_cookies_main_247(c, d, p) { return shownFor((isFalsy(c.duration) ? "" : c_cookies_main_248(c ?? NULL_CONTEXT, d, p)), c, "duration"); }
function c_cookies_main_249(c, d, p) { return "Bis Sie Ihren Browser schließen"; }
function c_cookies_main_246(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.duration, "session")) ? c_cookies_main_247(c ?? NULL_CONTEXT, d, p) : c_cookies_main_249(c ?? NULL_CONTEXT, d, p)), c, "duration") + " |"; }
function c_cookies_main_252(c, d, p) { return "Drittanbieter-Cookie"; }
function c_cookies_main_251(c, d, p) { return shownFor((isFalsy(H.eq(c.party, "third")) ? "" : c_cookies_main_252(c ?? NULL_CONTEXT, d, p)), c, "party"); }
function c_cookies_main_253(c, d, p) { return "Eigenes Cookie"; }
function c_cookies_main_250(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.party, "first")) ? c_cookies_main_251(c ?? NULL_CONTEXT, d, p) : c_cookies_main_253(c ?? NULL_CONTEXT, d, p)), c, "party") + " |"; }
function c_cookies_main_255(c, d, p) { return sourced(get(H, "link")(c.opt_out) ?? "", c, "opt_out"); }
function c_cookies_main_254(c, d, p) { return " " + shownFor((isFalsy(c.opt_out) ? "" : c_cookies_main_255(c ?? NULL_CONTEXT, d, p)), c, "opt_out") + " |"; }
function c_cookies_main_233(c, d, p) { return "| " + escapeText(strict(c, "name", "50:4"), c, "name") + " |" + shownFor((isFalsy(d.root.cookieTable.anyProvider) ? "" : c_cookies_main_234(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyProvider") + shownFor((isFalsy(d.root.cookieTable.anyKind) ? "" : c_cookies_main_236(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyKind") + " " + escapeText(strict(c, "purpose", "50:385"), c, "purpose") + " |" + shownFor((isFalsy(d.root.cookieTable.anyDuration) ? "" : c_cookies_main_246(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyDuration") + shownFor((isFalsy(d.root.cookieTable.anyParty) ? "" : c_cookies_main_250(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyParty") + shownFor((isFalsy(d.root.cookieTable.anyOptOut) ? "" : c_cookies_main_254(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyOptOut") + "\n"; }
function c_cookies_main_222(c, d, p) { return "| Cookie |" + shownFor((isFalsy(d.root.cookieTable.anyProvider) ? "" : c_cookies_main_223(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyProvider") + shownFor((isFalsy(d.root.cookieTable.anyKind) ? "" : c_cookies_main_224(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyKind") + " Zweck |" + shownFor((isFalsy(d.root.cookieTable.anyDuration) ? "" : c_cookies_main_225(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyDuration") + shownFor((isFalsy(d.root.cookieTable.anyParty) ? "" : c_cookies_main_226(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyParty") + shownFor((isFalsy(d.root.cookieTable.anyOptOut) ? "" : c_cookies_main_227(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyOptOut") + "\n| --- |" + shownFor((isFalsy(d.root.cookieTable.anyProvider) ? "" : c_cookies_main_228(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyProvider") + shownFor((isFalsy(d.root.cookieTable.anyKind) ? "" : c_cookies_main_229(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyKind") + " --- |" + shownFor((isFalsy(d.root.cookieTable.anyDuration) ? "" : c_cookies_main_230(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyDuration") + shownFor((isFalsy(d.root.cookieTable.anyParty) ? "" : c_cookies_main_231(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyParty") + shownFor((isFalsy(d.root.cookieTable.anyOptOut) ? "" : c_cookies_main_232(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyOptOut") + "\n" + each(c.list, d, (v, f) => c_cookies_main_233(v, f, p), () => "") + "\n"; }
function c_cookies_main_256(c, d, p) { return escapeText(H.sentence(c.local_storage), c, "local_storage") + "\n"; }
function c_cookies_main_258(c, d, p) { return "Auf „Do Not Track“-Signale, die Ihr Browser sendet, reagieren wir nicht.\n"; }
function c_cookies_main_257(c, d, p) { return shownFor((isFalsy(H.eq(c.honors_dnt, false)) ? "" : c_cookies_main_258(c ?? NULL_CONTEXT, d, p)), c, "honors_dnt"); }
function c_cookies_main_259(c, d, p) { return "Wir berücksichtigen „Do Not Track“-Signale, die Ihr Browser sendet.\n"; }
function c_cookies_main_261(c, d, p) { return "So verwalten Sie Cookies: " + escapeText(H.phrase(c.control), c, "control") + ".\n"; }
function c_cookies_main_262(c, d, p) { return escapeText(H.sentence(c.control), c, "control") + "\n"; }
function c_cookies_main_260(c, d, p) { return shownFor((isFalsy(H.isSentence(c.control)) ? c_cookies_main_261(c ?? NULL_CONTEXT, d, p) : c_cookies_main_262(c ?? NULL_CONTEXT, d, p)), c, "control"); }
function c_cookies_main_263(c, d, p) { return "Einzelheiten zu jedem von uns verwendeten Cookie finden Sie in unserer Cookie-Richtlinie unter " + sourced(get(H, "link")(c.policy_url) ?? "", c, "policy_url") + ".\n"; }
function c_cookies_main_202(c, d, p) { return "## Cookies und ähnliche Technologien\n\n" + shownFor((isFalsy(d.root.cookieProducts) ? "" : c_cookies_main_203(c ?? NULL_CONTEXT, d, p)), d.root, "cookieProducts") + shownFor((isFalsy(c.used) ? c_cookies_main_204(c ?? NULL_CONTEXT, d, p) : c_cookies_main_205(c ?? NULL_CONTEXT, d, p)), c, "used") + shownFor((isFalsy(c.purposes) ? "" : c_cookies_main_217(c ?? NULL_CONTEXT, d, p)), c, "purposes") + shownFor((isFalsy(c.tools) ? "" : c_cookies_main_218(c ?? NULL_CONTEXT, d, p)), c, "tools") + shownFor((isFalsy(H.eq(c.third_party_tracking, false)) ? c_cookies_main_219(c ?? NULL_CONTEXT, d, p) : c_cookies_main_221(c ?? NULL_CONTEXT, d, p)), c, "third_party_tracking") + "\n" + shownFor((isFalsy(c.list) ? "" : c_cookies_main_222(c ?? NULL_CONTEXT, d, p)), c, "list") + shownFor((isFalsy(c.local_storage) ? "" : c_cookies_main_256(c ?? NULL_CONTEXT, d, p)), c, "local_storage") + shownFor((isFalsy(c.honors_dnt) ? c_cookies_main_257(c ?? NULL_CONTEXT, d, p) : c_cookies_main_259(c ?? NULL_CONTEXT, d, p)), c, "honors_dnt") + "\n" + shownFor((isFalsy(c.control) ? "" : c_cookies_main_260(c ?? NULL_CONTEXT, d, p)), c, "control") + shownFor((isFalsy(c.policy_url) ? "" : c_cookies_main_263(c ?? NULL_CONTEXT, d, p)), c, "policy_url"); }
function c_cookies_main_201(c, d, p) { return withContext(c.policy.cookies, (v) => c_cookies_main_202(v, d, p), () => ""); }
function c_cookies_main(c, d, p) { return c_cookies_main_201(c, d, p); }
function c_government_requests_main_267(c, d, p) { return ", oder in einem Notfall, wie unten beschrieben"; }
function c_government_requests_main_266(c, d, p) { return "Wir legen personenbezogene Daten gegenüber einer Behörde oder einer Strafverfolgungsbehörde nur offen, wenn wir aufgrund eines gültigen rechtlichen Verfahrens, etwa einer Herausgabeanordnung (subpoena), eines Gerichtsbeschlusses oder eines Durchsuchungsbeschlusses, dazu verpflichtet sind" + shownFor((isFalsy(c.emergency_disclosure) ? "" : c_government_requests_main_267(c ?? NULL_CONTEXT, d, p)), c, "emergency_disclosure") + ".\n"; }
function c_government_requests_main_268(c, d, p) { return escapeText(H.sentence(c.legal_process_detail), c, "legal_process_detail") + "\n"; }
function c_government_requests_main_269(c, d, p) { return "Anfragen, die wir für rechtswidrig oder zu weitreichend halten, fechten wir an.\n"; }
function c_government_requests_main_270(c, d, p) { return "Anfragen von Behörden anderer Staaten beantworten wir nur, wenn sie uns im Wege eines Rechtshilfeabkommens oder einer anderen Form der internationalen Zusammenarbeit erreichen.\n"; }
function c_government_requests_main_272(c, d, p) { return "Wir informieren Sie nicht, wenn eine Behörde Ihre personenbezogenen Daten anfordert.\n"; }
function c_government_requests_main_271(c, d, p) { return shownFor((isFalsy(H.eq(c.notify_users, false)) ? "" : c_government_requests_main_272(c ?? NULL_CONTEXT, d, p)), c, "notify_users"); }
function c_government_requests_main_277(c, d, p) { return ", "; }
function c_government_requests_main_278(c, d, p) { return " oder "; }
function c_government_requests_main_276(c, d, p) { return (isFalsy(d.last) ? c_government_requests_main_277(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_278(c ?? NULL_CONTEXT, d, p)); }
function c_government_requests_main_280(c, d, p) { return "Ihre Benachrichtigung wäre kontraproduktiv, etwa weil Ihr Konto kompromittiert wurde"; }
function c_government_requests_main_281(c, d, p) { return "es liegt ein Notfall vor, in dem Lebensgefahr oder die Gefahr einer schweren Körperverletzung besteht"; }
function c_government_requests_main_279(c, d, p) { return shownFor((isFalsy(H.eq(c, "emergency")) ? c_government_requests_main_280(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_281(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_government_requests_main_282(c, d, p) { return "ein Gesetz oder eine gerichtliche Anordnung verbietet es"; }
function c_government_requests_main_275(c, d, p) { return (isFalsy(d.first) ? c_government_requests_main_276(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c, "prohibited")) ? c_government_requests_main_279(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_282(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_government_requests_main_274(c, d, p) { return ", es sei denn, " + each(c.notice_exceptions, d, (v, f) => c_government_requests_main_275(v, f, p), () => ""); }
function c_government_requests_main_273(c, d, p) { return "Wir informieren Sie über eine Anfrage nach Ihren personenbezogenen Daten, bevor wir diese offenlegen" + shownFor((isFalsy(c.notice_exceptions) ? "" : c_government_requests_main_274(c ?? NULL_CONTEXT, d, p)), c, "notice_exceptions") + ".\n"; }
function c_government_requests_main_283(c, d, p) { return "Wir können personenbezogene Daten ohne rechtliches Verfahren offenlegen, wenn wir in gutem Glauben annehmen, dass ein Notfall, in dem Lebensgefahr oder die Gefahr einer schweren Körperverletzung besteht, dies erfordert.\n"; }
function c_government_requests_main_284(c, d, p) { return "Ersucht uns eine Behörde, Daten zu sichern, während sie ein rechtliches Verfahren einleitet, bewahren wir bis zu " + escapeText(H.durationWords(c.preservation, "accusative"), c, "preservation") + " lang eine Kopie auf.\n"; }
function c_government_requests_main_285(c, d, p) { return "Über die Anfragen, die wir erhalten, veröffentlichen wir einen Transparenzbericht: " + sourced(get(H, "link")(c.transparency_report) ?? "", c, "transparency_report") + ".\n"; }
function c_government_requests_main_286(c, d, p) { return "Unsere Richtlinien für Strafverfolgungsbehörden finden Sie unter " + sourced(get(H, "link")(c.guidelines_url) ?? "", c, "guidelines_url") + ".\n"; }
function c_government_requests_main_287(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_government_requests_main_265(c, d, p) { return "## Anfragen von Behörden und Strafverfolgungsbehörden\n\n" + shownFor((isFalsy(c.legal_process) ? "" : c_government_requests_main_266(c ?? NULL_CONTEXT, d, p)), c, "legal_process") + shownFor((isFalsy(c.legal_process_detail) ? "" : c_government_requests_main_268(c ?? NULL_CONTEXT, d, p)), c, "legal_process_detail") + shownFor((isFalsy(c.challenge) ? "" : c_government_requests_main_269(c ?? NULL_CONTEXT, d, p)), c, "challenge") + shownFor((isFalsy(c.foreign_via_treaty) ? "" : c_government_requests_main_270(c ?? NULL_CONTEXT, d, p)), c, "foreign_via_treaty") + "\n" + shownFor((isFalsy(c.notify_users) ? c_government_requests_main_271(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_273(c ?? NULL_CONTEXT, d, p)), c, "notify_users") + shownFor((isFalsy(c.emergency_disclosure) ? "" : c_government_requests_main_283(c ?? NULL_CONTEXT, d, p)), c, "emergency_disclosure") + "\n" + shownFor((isFalsy(c.preservation) ? "" : c_government_requests_main_284(c ?? NULL_CONTEXT, d, p)), c, "preservation") + shownFor((isFalsy(c.transparency_report) ? "" : c_government_requests_main_285(c ?? NULL_CONTEXT, d, p)), c, "transparency_report") + shownFor((isFalsy(c.guidelines_url) ? "" : c_government_requests_main_286(c ?? NULL_CONTEXT, d, p)), c, "guidelines_url") + shownFor((isFalsy(c.note) ? "" : c_government_requests_main_287(c ?? NULL_CONTEXT, d, p)), c, "note"); }
function c_government_requests_main_264(c, d, p) { return withContext(c.policy.government_requests, (v) => c_government_requests_main_265(v, d, p), () => ""); }
function c_government_requests_main(c, d, p) { return c_government_requests_main_264(c, d, p); }
function c_intro_main_289(c, d, p) { return "Gültig ab " + escapeText(H.formatDate(c.policy.effective_date, c.dateStyle), c.policy, "effective_date") + "\n"; }
function c_intro_main_290(c, d, p) { return "Gültig ab " + escapeText(H.formatDate(c.policy.effective_date, c.dateStyle), c.policy, "effective_date") + " · Zuletzt aktualisiert am " + escapeText(H.formatDate(c.policy.last_updated, c.dateStyle), c.policy, "last_updated") + "\n"; }
function c_intro_main_292(c, d, p) { return escapeText(strict(c, "service", "13:177"), c, "service"); }
function c_intro_main_293(c, d, p) { return "unsere Dienste"; }
function c_intro_main_294(c, d, p) { return ", und welche Rechte Sie in Bezug auf diese Daten haben"; }
function c_intro_main_291(c, d, p) { return "Diese Datenschutzerklärung erläutert, wie " + escapeText(strict(c, "company", "13:44"), c, "company") + " personenbezogene Daten erhebt, verwendet, weitergibt und schützt, wenn Sie " + shownFor((isFalsy(c.serviceIsCompany) ? c_intro_main_292(c ?? NULL_CONTEXT, d, p) : c_intro_main_293(c ?? NULL_CONTEXT, d, p)), c, "serviceIsCompany") + " nutzen" + shownFor((isFalsy(c.rights.present) ? "" : c_intro_main_294(c ?? NULL_CONTEXT, d, p)), c.rights, "present") + ".\n"; }
function c_intro_main_295(c, d, p) { return escapeText(H.sentence(c.presentation.summary), c.presentation, "summary") + "\n"; }
function c_intro_main_296(c, d, p) { return "\nFrühere Fassungen dieser Datenschutzerklärung: " + sourced(get(H, "link")(c.presentation.earlier_versions) ?? "", c.presentation, "earlier_versions") + "\n"; }
function c_intro_main_288(c, d, p) { return "# " + escapeText(strict(c, "title", "2:4"), c, "title") + "\n\n" + shownFor((isFalsy(c.policy.last_updated) ? c_intro_main_289(c ?? NULL_CONTEXT, d, p) : c_intro_main_290(c ?? NULL_CONTEXT, d, p)), c.policy, "last_updated") + "\n" + shownFor((isFalsy(c.presentation.summary) ? c_intro_main_291(c ?? NULL_CONTEXT, d, p) : c_intro_main_295(c ?? NULL_CONTEXT, d, p)), c.presentation, "summary") + shownFor((isFalsy(c.presentation.earlier_versions) ? "" : c_intro_main_296(c ?? NULL_CONTEXT, d, p)), c.presentation, "earlier_versions"); }
function c_intro_main(c, d, p) { return c_intro_main_288(c, d, p); }
function c_key_points_main_299(c, d, p, ds) { return escapeText(H.phrase(H.joinAnd(c.categories)), c, "categories"); }
function c_key_points_main_302(c, d, p, ds) { return ", "; }
function c_key_points_main_301(c, d, p, ds) { return escapeText(c, d, null) + (isFalsy(d.last) ? c_key_points_main_302(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : ""); }
function c_key_points_main_300(c, d, p, ds) { return each(c.categories, d, (v, f) => c_key_points_main_301(v, f, p, pushContext(v, ds)), () => "") + " und " + escapeText(strict(c, "moreCategories", "5:150"), c, "moreCategories") + " " + escapeText(H.plural(c.moreCategories, "weitere Art", "weitere Arten")) + " personenbezogener Daten"; }
function c_key_points_main_304(c, d, p, ds) { return ", darunter „" + escapeText(H.phrase(c.firstPurpose), c, "firstPurpose") + "“"; }
function c_key_points_main_305(c, d, p, ds) { return ": „" + escapeText(H.phrase(c.firstPurpose), c, "firstPurpose") + "“"; }
function c_key_points_main_303(c, d, p, ds) { return "- [Wofür wir sie verwenden](" + escapeText(strict(c.anchors, "use", "7:30"), c.anchors, "use") + "): für " + escapeText(strict(c, "purposes", "7:52"), c, "purposes") + " " + escapeText(H.plural(c.purposes, "Zweck", "Zwecke")) + shownFor((isFalsy(H.eq(c.purposes, 1)) ? c_key_points_main_304(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_305(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "purposes") + ".\n"; }
function c_key_points_main_308(c, d, p, ds) { return "Wir geben sie für kontextübergreifende verhaltensbezogene Werbung weiter"; }
function c_key_points_main_310(c, d, p, ds) { return ", geben sie aber für kontextübergreifende verhaltensbezogene Werbung weiter"; }
function c_key_points_main_309(c, d, p, ds) { return "Wir verkaufen sie nicht" + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_310(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds"); }
function c_key_points_main_307(c, d, p, ds) { return "- [Wer sie erhält](" + escapeText(strict(c.anchors, "sharing", "12:21"), c.anchors, "sharing") + "): " + shownFor((isFalsy(c.noSale) ? c_key_points_main_308(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_309(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "noSale") + ".\n"; }
function c_key_points_main_306(c, d, p, ds) { return shownFor((isFalsy(H.or(c.noSale, c.sharesForAds)) ? "" : c_key_points_main_307(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "noSale", c, "sharesForAds"); }
function c_key_points_main_312(c, d, p, ds) { return escapeText(H.phrase(H.joinAnd(c.recipients)), c, "recipients"); }
function c_key_points_main_314(c, d, p, ds) { return escapeText(c, d, null) + "; "; }
function c_key_points_main_313(c, d, p, ds) { return each(c.recipients, d, (v, f) => c_key_points_main_314(v, f, p, pushContext(v, ds)), () => "") + "und " + escapeText(strict(c, "moreRecipients", "10:108"), c, "moreRecipients") + " " + escapeText(H.plural(c.moreRecipients, "weiteres Unternehmen", "weitere Unternehmen")); }
function c_key_points_main_315(c, d, p, ds) { return " Wir verkaufen sie nicht."; }
function c_key_points_main_316(c, d, p, ds) { return " Wir geben sie für kontextübergreifende verhaltensbezogene Werbung weiter."; }
function c_key_points_main_311(c, d, p, ds) { return "- [Wer sie erhält](" + escapeText(strict(c.anchors, "sharing", "10:21"), c.anchors, "sharing") + "): " + shownFor((isFalsy(c.moreRecipients) ? c_key_points_main_312(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_313(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "moreRecipients") + "." + shownFor((isFalsy(c.noSale) ? "" : c_key_points_main_315(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "noSale") + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_316(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds") + "\n"; }
function c_key_points_main_318(c, d, p, ds) { return " " + escapeText(H.phrase(c.start), c, "start"); }
function c_key_points_main_319(c, d, p, ds) { return "; " + escapeText(strict(c, "more", "15:160"), c, "more") + " " + escapeText(H.plural(c.more, "weitere Frist ist", "weitere Fristen sind")) + " unten aufgeführt"; }
function c_key_points_main_317(c, d, p, ds) { return "- [Wie lange wir sie speichern](" + escapeText(strict(ds[1].anchors, "retention", "15:34"), ds[1].anchors, "retention") + "): " + escapeText(strict(c, "data", "15:61"), c, "data") + ": " + escapeText(H.retentionPeriod(c.period, c.up_to, c.until), c, "period", c, "up_to", c, "until") + shownFor((isFalsy(c.start) ? "" : c_key_points_main_318(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "start") + shownFor((isFalsy(c.more) ? "" : c_key_points_main_319(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "more") + ".\n"; }
function c_key_points_main_321(c, d, p, ds) { return ", je nachdem, wo Sie leben,"; }
function c_key_points_main_322(c, d, p, ds) { return " sowie " + escapeText(strict(c, "moreRights", "18:148"), c, "moreRights") + " weitere"; }
function c_key_points_main_320(c, d, p, ds) { return "- [Ihre Rechte](" + escapeText(strict(c.anchors, "rights", "18:18"), c.anchors, "rights") + "): unter anderem" + shownFor((isFalsy(c.rightsVary) ? "" : c_key_points_main_321(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "rightsVary") + " " + escapeText(H.joinAnd(c.rights), c, "rights") + shownFor((isFalsy(c.moreRights) ? "" : c_key_points_main_322(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "moreRights") + ".\n"; }
function c_key_points_main_298(c, d, p, ds) { return "## Das Wichtigste in Kürze\n\n- [Welche Daten wir erheben](" + escapeText(strict(c.anchors, "collection", "5:31"), c.anchors, "collection") + "): " + shownFor((isFalsy(c.moreCategories) ? c_key_points_main_299(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_300(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "moreCategories") + ".\n" + shownFor((isFalsy(c.purposes) ? "" : c_key_points_main_303(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "purposes") + shownFor((isFalsy(c.recipients) ? c_key_points_main_306(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_311(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "recipients") + withContext(c.retention, (v) => c_key_points_main_317(v, d, p, pushContext(v, ds)), () => "") + shownFor((isFalsy(c.rights) ? "" : c_key_points_main_320(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "rights") + "- [So erreichen Sie uns](" + escapeText(strict(c.anchors, "contact", "20:27"), c.anchors, "contact") + "): " + sourced(H.mailto(d.root.privacyEmail) ?? "", d.root, "privacyEmail") + ".\n"; }
function c_key_points_main_297(c, d, p, ds) { return withContext(c.keyPoints, (v) => c_key_points_main_298(v, d, p, pushContext(v, ds)), () => ""); }
function c_key_points_main(c, d, p) { return c_key_points_main_297(c, d, p, [c]); }
function c_legal_bases_main_325(c, d, p, ds) { return "Wir verarbeiten personenbezogene Daten nur, wenn dafür eine Rechtsgrundlage besteht.\n"; }
function c_legal_bases_main_326(c, d, p, ds) { return "Gemäß " + escapeText(strict(c, "citation", "6:8"), c, "citation") + " dürfen wir personenbezogene Daten nur verarbeiten, wenn dafür eine Rechtsgrundlage besteht.\n"; }
function c_legal_bases_main_332(c, d, p, ds) { return "Wir verarbeiten Ihre personenbezogenen Daten, soweit dies zur Wahrung unserer berechtigten Interessen erforderlich ist und Ihre Interessen oder Grundrechte und Grundfreiheiten nicht überwiegen:\n"; }
function c_legal_bases_main_333(c, d, p, ds) { return "Wir verarbeiten Ihre personenbezogenen Daten, soweit dies für die Wahrnehmung einer Aufgabe im öffentlichen Interesse erforderlich ist:\n"; }
function c_legal_bases_main_331(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "public_task")) ? c_legal_bases_main_332(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_333(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_334(c, d, p, ds) { return "Wir verarbeiten Ihre personenbezogenen Daten, soweit dies erforderlich ist, um Ihr Leben oder das einer anderen Person zu schützen:\n"; }
function c_legal_bases_main_330(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "vital_interests")) ? c_legal_bases_main_331(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_334(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_335(c, d, p, ds) { return "Wir verarbeiten Ihre personenbezogenen Daten, soweit wir gesetzlich dazu verpflichtet sind:\n"; }
function c_legal_bases_main_329(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "legal_obligation")) ? c_legal_bases_main_330(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_335(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_336(c, d, p, ds) { return "Wir verarbeiten Ihre personenbezogenen Daten, soweit dies für die Erfüllung unseres Vertrags mit Ihnen oder zur Durchführung vorvertraglicher Maßnahmen erforderlich ist, die auf Ihre Anfrage erfolgen:\n"; }
function c_legal_bases_main_328(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "contract")) ? c_legal_bases_main_329(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_336(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_337(c, d, p, ds) { return "Auf Ihre Einwilligung stützen wir uns für:\n"; }
function c_legal_bases_main_339(c, d, p, ds) { return "- " + escapeText(H.capitalize(H.phrase(c.name)), c, "name") + "\n"; }
function c_legal_bases_main_343(c, d, p, ds) { return " Sie erteilen Ihre Einwilligung " + escapeText(H.phrase(c.how_given), c, "how_given") + "."; }
function c_legal_bases_main_344(c, d, p, ds) { return " Widerruf: " + escapeText(H.phrase(c.withdraw), c, "withdraw") + "."; }
function c_legal_bases_main_342(c, d, p, ds) { return shownFor((isFalsy(c.how_given) ? "" : c_legal_bases_main_343(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "how_given") + shownFor((isFalsy(c.withdraw) ? "" : c_legal_bases_main_344(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "withdraw"); }
function c_legal_bases_main_341(c, d, p, ds) { return withContext(c.consent, (v) => c_legal_bases_main_342(v, d, p, pushContext(v, ds)), () => ""); }
function c_legal_bases_main_345(c, d, p, ds) { return " Rechtsgrundlage der Pflicht: " + escapeText(H.phrase(c.legal_obligation), c, "legal_obligation") + "."; }
function c_legal_bases_main_346(c, d, p, ds) { return " Unser berechtigtes Interesse: " + escapeText(H.phrase(c.legitimate_interest), c, "legitimate_interest") + "."; }
function c_legal_bases_main_347(c, d, p, ds) { return " Wir stützen uns außerdem auf " + escapeText(H.phrase(c.national_basis), c, "national_basis") + "."; }
function c_legal_bases_main_349(c, d, p, ds) { return "besondere Kategorien personenbezogener Daten"; }
function c_legal_bases_main_350(c, d, p, ds) { return escapeText(H.joinAnd(ds[1].sensitiveNames), ds[1], "sensitiveNames") + " (" + escapeText(H.plural(ds[1].sensitiveNames, "eine besondere Kategorie", "besondere Kategorien")) + " personenbezogener Daten)"; }
function c_legal_bases_main_351(c, d, p, ds) { return " (" + escapeText(strict(c, "citation", "31:868"), c, "citation") + ")"; }
function c_legal_bases_main_348(c, d, p, ds) { return " Für " + shownFor((isFalsy(ds[1].sensitiveNames) ? c_legal_bases_main_349(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_350(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "sensitiveNames") + " stützen wir uns auf " + escapeText(strict(c, "label", "31:841"), c, "label") + shownFor((isFalsy(c.citation) ? "" : c_legal_bases_main_351(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "citation") + "."; }
function c_legal_bases_main_340(c, d, p, ds) { return "- **" + escapeText(H.phrase(c.name), c, "name") + ".**" + shownFor((isFalsy(H.eq(ds[1].basis, "consent")) ? "" : c_legal_bases_main_341(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "basis") + shownFor((isFalsy(H.and(c.legal_obligation, H.eq(ds[1].basis, "legal_obligation"))) ? "" : c_legal_bases_main_345(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "legal_obligation", ds[1], "basis") + shownFor((isFalsy(H.and(c.legitimate_interest, H.eq(ds[1].basis, "legitimate_interests"))) ? "" : c_legal_bases_main_346(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "legitimate_interest", ds[1], "basis") + shownFor((isFalsy(c.national_basis) ? "" : c_legal_bases_main_347(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "national_basis") + withContext(c.specialCondition, (v) => c_legal_bases_main_348(v, d, p, pushContext(v, ds)), () => "") + "\n"; }
function c_legal_bases_main_338(c, d, p, ds) { return shownFor((isFalsy(ds[1].detailed) ? c_legal_bases_main_339(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_340(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "detailed"); }
function c_legal_bases_main_353(c, d, p, ds) { return "Sie haben das Recht, jeder auf unsere berechtigten Interessen gestützten Verarbeitung Ihrer personenbezogenen Daten zu widersprechen.\n"; }
function c_legal_bases_main_352(c, d, p, ds) { return shownFor((isFalsy(H.and(H.eq(c.basis, "legitimate_interests"), d.root.canObject)) ? "" : c_legal_bases_main_353(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis", d.root, "canObject"); }
function c_legal_bases_main_354(c, d, p, ds) { return "Sie können Ihre Einwilligung jederzeit widerrufen.\nDer Widerruf berührt nicht die Rechtmäßigkeit der Verarbeitung, die aufgrund der Einwilligung bis zum Widerruf erfolgt ist.\n"; }
function c_legal_bases_main_327(c, d, p, ds) { return "### " + escapeText(H.basisLabel(c.basis, d.root.citation), c, "basis") + "\n\n" + shownFor((isFalsy(H.eq(c.basis, "consent")) ? c_legal_bases_main_328(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_337(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis") + "\n" + each(c.purposes, d, (v, f) => c_legal_bases_main_338(v, f, p, pushContext(v, ds)), () => "") + "\n" + shownFor((isFalsy(H.eq(c.basis, "consent")) ? c_legal_bases_main_352(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_354(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis") + "\n"; }
function c_legal_bases_main_324(c, d, p, ds) { return "## Rechtsgrundlagen der Verarbeitung\n\n" + shownFor((isFalsy(c.citation) ? c_legal_bases_main_325(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_326(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "citation") + "Im Folgenden nennen wir die Rechtsgrundlagen, auf die wir uns stützen, und die Zwecke, für die wir uns jeweils auf sie stützen.\n\n" + each(c.bases, d, (v, f) => c_legal_bases_main_327(v, f, p, pushContext(v, ds)), () => ""); }
function c_legal_bases_main_323(c, d, p, ds) { return shownFor((isFalsy(c.bases) ? "" : c_legal_bases_main_324(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "bases"); }
function c_legal_bases_main(c, d, p) { return c_legal_bases_main_323(c, d, p, [c]); }
function c_partials_audience_main_364(c, d, p) { return "Sonstige Personen"; }
function c_partials_audience_main_365(c, d, p) { return "Geschäftspartner und ihre Beschäftigten"; }
function c_partials_audience_main_363(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "partners")) ? c_partials_audience_main_364(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_365(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_366(c, d, p) { return "Teilnehmende an unseren Veranstaltungen"; }
function c_partials_audience_main_362(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "event_attendees")) ? c_partials_audience_main_363(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_366(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_367(c, d, p) { return "Bewerber"; }
function c_partials_audience_main_361(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "applicants")) ? c_partials_audience_main_362(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_367(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_368(c, d, p) { return "Endnutzer der Dienste unserer Kunden"; }
function c_partials_audience_main_360(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "end_users")) ? c_partials_audience_main_361(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_368(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_369(c, d, p) { return "Berechtigte Nutzer unserer Kunden"; }
function c_partials_audience_main_359(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "authorised_users")) ? c_partials_audience_main_360(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_369(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_370(c, d, p) { return "Kunden"; }
function c_partials_audience_main_358(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "customers")) ? c_partials_audience_main_359(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_370(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_371(c, d, p) { return "Interessenten"; }
function c_partials_audience_main_357(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "prospects")) ? c_partials_audience_main_358(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_371(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_372(c, d, p) { return "Besucher unserer Website"; }
function c_partials_audience_main_356(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "visitors")) ? c_partials_audience_main_357(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_372(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_audience_main_373(c, d, p) { return escapeText(strict(c, "name", "2:16"), c, "name"); }
function c_partials_audience_main_374(c, d, p) { return ": " + escapeText(H.phrase(c.description), c, "description"); }
function c_partials_audience_main_375(c, d, p) { return " (" + escapeText(H.joinAnd(c.productNames), c, "productNames") + ")"; }
function c_partials_audience_main_355(c, d, p) { return "**" + shownFor((isFalsy(c.name) ? c_partials_audience_main_356(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_373(c ?? NULL_CONTEXT, d, p)), c, "name") + "**" + shownFor((isFalsy(c.description) ? "" : c_partials_audience_main_374(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.productNames) ? "" : c_partials_audience_main_375(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_audience_main(c, d, p) { return c_partials_audience_main_355(c, d, p); }
function c_partials_disclosure_main_382(c, d, p) { return "**Unternehmen unserer Gruppe.** Wir können personenbezogene Daten an andere Unternehmen unserer Gruppe weitergeben."; }
function c_partials_disclosure_main_383(c, d, p) { return "**Berufliche Berater.** Wir können personenbezogene Daten an unsere beruflichen Berater weitergeben, soweit sie diese für ihre Beratung benötigen."; }
function c_partials_disclosure_main_381(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "professional_advisers")) ? c_partials_disclosure_main_382(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_383(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_385(c, d, p) { return "; siehe „Was andere Nutzer sehen können“ unten"; }
function c_partials_disclosure_main_384(c, d, p) { return "**Andere Nutzer.** Einige Informationen über Sie sind für Personen sichtbar, mit denen Sie in " + escapeText(strict(d.root, "service", "11:96"), d.root, "service") + " interagieren" + shownFor((isFalsy(d.root.policy.visibility) ? "" : c_partials_disclosure_main_385(c ?? NULL_CONTEXT, d, p)), d.root.policy, "visibility") + "."; }
function c_partials_disclosure_main_380(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "other_users")) ? c_partials_disclosure_main_381(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_384(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_386(c, d, p) { return "**Mit Ihrer Einwilligung.** Wir geben personenbezogene Daten für andere Zwecke weiter, wenn Sie uns darum bitten oder zustimmen."; }
function c_partials_disclosure_main_379(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "with_consent")) ? c_partials_disclosure_main_380(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_386(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_387(c, d, p) { return "**Unternehmenstransaktionen.** Im Fall einer Fusion, einer Übernahme oder eines Verkaufs unseres Unternehmens oder von Teilen davon können personenbezogene Daten im Rahmen dieser Transaktion übertragen werden."; }
function c_partials_disclosure_main_378(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "business_transfer")) ? c_partials_disclosure_main_379(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_387(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_388(c, d, p) { return "**Schutz von Rechten und Sicherheit.** Wir können personenbezogene Daten offenlegen, soweit dies zum Schutz der Rechte, des Eigentums oder der Sicherheit von " + escapeText(strict(d.root, "company", "5:160"), d.root, "company") + ", unseren Nutzern oder anderen erforderlich ist."; }
function c_partials_disclosure_main_377(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "protect_rights")) ? c_partials_disclosure_main_378(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_388(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_389(c, d, p) { return "**Gesetzliche Anforderungen.** Wir legen personenbezogene Daten gegenüber Behörden offen, wenn wir gesetzlich dazu verpflichtet sind."; }
function c_partials_disclosure_main_390(c, d, p) { return " Die Empfänger sind: " + escapeText(H.joinAnd(c.recipients), c, "recipients") + "."; }
function c_partials_disclosure_main_391(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_partials_disclosure_main_376(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "legal_requirement")) ? c_partials_disclosure_main_377(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_389(c ?? NULL_CONTEXT, d, p)), c, "kind") + shownFor((isFalsy(c.recipients) ? "" : c_partials_disclosure_main_390(c ?? NULL_CONTEXT, d, p)), c, "recipients") + shownFor((isFalsy(c.description) ? "" : c_partials_disclosure_main_391(c ?? NULL_CONTEXT, d, p)), c, "description"); }
function c_partials_disclosure_main(c, d, p) { return c_partials_disclosure_main_376(c, d, p); }
function c_partials_retention_details_main_395(c, d, p) { return "Danach nur noch in aggregierter Form gespeichert."; }
function c_partials_retention_details_main_394(c, d, p) { return shownFor((isFalsy(H.eq(c.then, "aggregated")) ? "" : c_partials_retention_details_main_395(c ?? NULL_CONTEXT, d, p)), c, "then"); }
function c_partials_retention_details_main_396(c, d, p) { return "Danach anonymisiert."; }
function c_partials_retention_details_main_393(c, d, p) { return shownFor((isFalsy(H.eq(c.then, "anonymized")) ? c_partials_retention_details_main_394(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_396(c ?? NULL_CONTEXT, d, p)), c, "then"); }
function c_partials_retention_details_main_397(c, d, p) { return "Danach gelöscht."; }
function c_partials_retention_details_main_398(c, d, p) { return " "; }
function c_partials_retention_details_main_399(c, d, p) { return "Sicherungskopien bleiben nach der Löschung noch bis zu " + escapeText(H.durationWords(c.backups, "accusative"), c, "backups") + " erhalten."; }
function c_partials_retention_details_main_400(c, d, p) { return " "; }
function c_partials_retention_details_main_404(c, d, p) { return ", "; }
function c_partials_retention_details_main_405(c, d, p) { return " und "; }
function c_partials_retention_details_main_403(c, d, p) { return (isFalsy(d.last) ? c_partials_retention_details_main_404(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_405(c ?? NULL_CONTEXT, d, p)); }
function c_partials_retention_details_main_407(c, d, p) { return "werden Sicherungskopien innerhalb von " + escapeText(H.durationWords(c.within), c, "within") + " gelöscht"; }
function c_partials_retention_details_main_409(c, d, p) { return "sie"; }
function c_partials_retention_details_main_410(c, d, p) { return "die Daten"; }
function c_partials_retention_details_main_408(c, d, p) { return "werden " + (isFalsy(d.first) ? c_partials_retention_details_main_409(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_410(c ?? NULL_CONTEXT, d, p)) + " innerhalb von " + escapeText(H.durationWords(c.within), c, "within") + " aus unseren aktiven Systemen entfernt"; }
function c_partials_retention_details_main_406(c, d, p) { return shownFor((isFalsy(H.eq(c.stage, "active_systems")) ? c_partials_retention_details_main_407(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_408(c ?? NULL_CONTEXT, d, p)), c, "stage"); }
function c_partials_retention_details_main_411(c, d, p) { return "verbleiben die Daten bis zu " + escapeText(H.durationWords(c.within, "accusative"), c, "within") + " im Papierkorb"; }
function c_partials_retention_details_main_402(c, d, p) { return (isFalsy(d.first) ? c_partials_retention_details_main_403(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c.stage, "trash")) ? c_partials_retention_details_main_406(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_411(c ?? NULL_CONTEXT, d, p)), c, "stage"); }
function c_partials_retention_details_main_401(c, d, p) { return "Nach der Löschung " + each(c.deletion_stages, d, (v, f) => c_partials_retention_details_main_402(v, f, p), () => "") + "."; }
function c_partials_retention_details_main_392(c, d, p) { return shownFor((isFalsy(H.eq(c.then, "deleted")) ? c_partials_retention_details_main_393(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_397(c ?? NULL_CONTEXT, d, p)), c, "then") + shownFor((isFalsy(H.and(c.then, c.backups)) ? "" : c_partials_retention_details_main_398(c ?? NULL_CONTEXT, d, p)), c, "then", c, "backups") + shownFor((isFalsy(c.backups) ? "" : c_partials_retention_details_main_399(c ?? NULL_CONTEXT, d, p)), c, "backups") + shownFor((isFalsy(H.and(H.or(c.then, c.backups), c.deletion_stages)) ? "" : c_partials_retention_details_main_400(c ?? NULL_CONTEXT, d, p)), c, "then", c, "backups", c, "deletion_stages") + shownFor((isFalsy(c.deletion_stages) ? "" : c_partials_retention_details_main_401(c ?? NULL_CONTEXT, d, p)), c, "deletion_stages"); }
function c_partials_retention_details_main(c, d, p) { return c_partials_retention_details_main_392(c, d, p); }
function c_partials_retention_period_main_413(c, d, p) { return escapeText(H.capitalize(H.retentionPeriod(c.period, c.up_to, c.until)), c, "period", c, "up_to", c, "until"); }
function c_partials_retention_period_main_416(c, d, p) { return "; "; }
function c_partials_retention_period_main_415(c, d, p) { return escapeText(strict(c, "plan", "2:60"), c, "plan") + ": " + escapeText(H.retentionPeriod(c.period), c, "period") + (isFalsy(d.last) ? c_partials_retention_period_main_416(c ?? NULL_CONTEXT, d, p) : ""); }
function c_partials_retention_period_main_417(c, d, p) { return "; andernfalls " + escapeText(H.retentionPeriod(c.period, c.up_to, c.until), c, "period", c, "up_to", c, "until"); }
function c_partials_retention_period_main_414(c, d, p) { return "Abhängig von Ihrem Tarif: " + each(c.by_plan, d, (v, f) => c_partials_retention_period_main_415(v, f, p), () => "") + shownFor((isFalsy(c.otherwise) ? "" : c_partials_retention_period_main_417(c ?? NULL_CONTEXT, d, p)), c, "otherwise"); }
function c_partials_retention_period_main_418(c, d, p) { return " " + escapeText(H.phrase(c.start), c, "start"); }
function c_partials_retention_period_main_419(c, d, p) { return ", " + escapeText(H.phrase(c.reason), c, "reason"); }
function c_partials_retention_period_main_422(c, d, p) { return "länger"; }
function c_partials_retention_period_main_423(c, d, p) { return escapeText(H.retentionPeriod(c.period), c, "period"); }
function c_partials_retention_period_main_421(c, d, p) { return shownFor((isFalsy(c.period) ? c_partials_retention_period_main_422(c ?? NULL_CONTEXT, d, p) : c_partials_retention_period_main_423(c ?? NULL_CONTEXT, d, p)), c, "period"); }
function c_partials_retention_period_main_424(c, d, p) { return "bis " + escapeText(H.phrase(c.until), c, "until"); }
function c_partials_retention_period_main_420(c, d, p) { return ", oder " + shownFor((isFalsy(c.until) ? c_partials_retention_period_main_421(c ?? NULL_CONTEXT, d, p) : c_partials_retention_period_main_424(c ?? NULL_CONTEXT, d, p)), c, "until") + ", wenn " + escapeText(H.phrase(c.when), c, "when"); }
function c_partials_retention_period_main_412(c, d, p) { return shownFor((isFalsy(c.by_plan) ? c_partials_retention_period_main_413(c ?? NULL_CONTEXT, d, p) : c_partials_retention_period_main_414(c ?? NULL_CONTEXT, d, p)), c, "by_plan") + shownFor((isFalsy(c.start) ? "" : c_partials_retention_period_main_418(c ?? NULL_CONTEXT, d, p)), c, "start") + shownFor((isFalsy(c.reason) ? "" : c_partials_retention_period_main_419(c ?? NULL_CONTEXT, d, p)), c, "reason") + each(c.exceptions, d, (v, f) => c_partials_retention_period_main_420(v, f, p), () => ""); }
function c_partials_retention_period_main(c, d, p) { return c_partials_retention_period_main_412(c, d, p); }
function c_partials_retention_products_main_427(c, d, p) { return " (andere Produkte)"; }
function c_partials_retention_products_main_426(c, d, p) { return shownFor((isFalsy(c.otherProducts) ? "" : c_partials_retention_products_main_427(c ?? NULL_CONTEXT, d, p)), c, "otherProducts"); }
function c_partials_retention_products_main_428(c, d, p) { return " (" + escapeText(H.joinAnd(c.productNames), c, "productNames") + ")"; }
function c_partials_retention_products_main_425(c, d, p) { return shownFor((isFalsy(c.productNames) ? c_partials_retention_products_main_426(c ?? NULL_CONTEXT, d, p) : c_partials_retention_products_main_428(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_retention_products_main(c, d, p) { return c_partials_retention_products_main_425(c, d, p); }
function c_partials_right_item_main_430(c, d, p) { return " (" + escapeText(strict(c, "reference", "2:32"), c, "reference") + ")"; }
function c_partials_right_item_main_435(c, d, p) { return " Wir verkaufen sie nicht."; }
function c_partials_right_item_main_434(c, d, p) { return shownFor((isFalsy(c.shares_for_advertising) ? c_partials_right_item_main_435(c ?? NULL_CONTEXT, d, p) : ""), c, "shares_for_advertising"); }
function c_partials_right_item_main_436(c, d, p) { return " Wir verkaufen sie nicht und geben sie auch nicht für kontextübergreifende verhaltensbezogene Werbung weiter."; }
function c_partials_right_item_main_433(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_for_advertising, false)) ? c_partials_right_item_main_434(c ?? NULL_CONTEXT, d, p) : c_partials_right_item_main_436(c ?? NULL_CONTEXT, d, p)), c, "shares_for_advertising"); }
function c_partials_right_item_main_432(c, d, p) { return shownFor((isFalsy(H.eq(c.sells, false)) ? "" : c_partials_right_item_main_433(c ?? NULL_CONTEXT, d, p)), c, "sells"); }
function c_partials_right_item_main_431(c, d, p) { return withContext(d.root.policy.sale_and_sharing, (v) => c_partials_right_item_main_432(v, d, p), () => ""); }
function c_partials_right_item_main_437(c, d, p) { return " " + escapeText(H.sentence(c.instruction), c, "instruction"); }
function c_partials_right_item_main_429(c, d, p) { return "**" + escapeText(strict(c, "label", "2:4"), c, "label") + shownFor((isFalsy(c.reference) ? "" : c_partials_right_item_main_430(c ?? NULL_CONTEXT, d, p)), c, "reference") + ".** Sie können " + escapeText(strict(c, "explanation", "2:68"), c, "explanation") + "." + shownFor((isFalsy(H.eq(c.right, "opt_out_sale_sharing")) ? "" : c_partials_right_item_main_431(c ?? NULL_CONTEXT, d, p)), c, "right") + shownFor((isFalsy(c.instruction) ? "" : c_partials_right_item_main_437(c ?? NULL_CONTEXT, d, p)), c, "instruction"); }
function c_partials_right_item_main(c, d, p) { return c_partials_right_item_main_429(c, d, p); }
function c_partials_subprocessor_data_main_439(c, d, p) { return escapeText(H.joinAnd(c.categoryNames), c, "categoryNames"); }
function c_partials_subprocessor_data_main_440(c, d, p) { return "Alle von uns erhobenen Daten"; }
function c_partials_subprocessor_data_main_438(c, d, p) { return shownFor((isFalsy(c.allData) ? c_partials_subprocessor_data_main_439(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_data_main_440(c ?? NULL_CONTEXT, d, p)), c, "allData"); }
function c_partials_subprocessor_data_main(c, d, p) { return c_partials_subprocessor_data_main_438(c, d, p); }
function c_partials_subprocessor_list_main_443(c, d, p) { return " Kategorie |"; }
function c_partials_subprocessor_list_main_444(c, d, p) { return " Übermittelte Daten |"; }
function c_partials_subprocessor_list_main_445(c, d, p) { return " Garantie |"; }
function c_partials_subprocessor_list_main_446(c, d, p) { return " --- |"; }
function c_partials_subprocessor_list_main_447(c, d, p) { return " --- |"; }
function c_partials_subprocessor_list_main_448(c, d, p) { return " --- |"; }
function c_partials_subprocessor_name_main_451(c, d, p) { return escapeText(strict(c, "name", "2:40"), c, "name"); }
function c_partials_subprocessor_name_main_452(c, d, p) { return sourced(get(H, "link")(c.url, c.name) ?? "", c, "url", c, "name"); }
function c_partials_subprocessor_name_main_453(c, d, p) { return " (eigenständig Verantwortlicher)"; }
function c_partials_subprocessor_name_main_450(c, d, p) { return shownFor((isFalsy(c.url) ? c_partials_subprocessor_name_main_451(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_name_main_452(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(H.eq(c.role, "controller")) ? "" : c_partials_subprocessor_name_main_453(c ?? NULL_CONTEXT, d, p)), c, "role"); }
function c_partials_subprocessor_name_main(c, d, p) { return c_partials_subprocessor_name_main_450(c, d, p); }
function c_partials_subprocessor_list_main_455(c, d, p) { return escapeText(strict(c, "category", "10:79"), c, "category"); }
function c_partials_subprocessor_list_main_454(c, d, p) { return " " + shownFor((isFalsy(c.category) ? "" : c_partials_subprocessor_list_main_455(c ?? NULL_CONTEXT, d, p)), c, "category") + " |"; }
function c_partials_subprocessor_purpose_main_457(c, d, p) { return ", " + escapeText(H.phrase(c.condition), c, "condition"); }
function c_partials_subprocessor_purpose_main_456(c, d, p) { return escapeText(H.capitalize(H.phrase(c.purpose)), c, "purpose") + shownFor((isFalsy(c.condition) ? "" : c_partials_subprocessor_purpose_main_457(c ?? NULL_CONTEXT, d, p)), c, "condition"); }
function c_partials_subprocessor_purpose_main(c, d, p) { return c_partials_subprocessor_purpose_main_456(c, d, p); }
function c_partials_subprocessor_list_main_458(c, d, p) { return " " + partial("partials/subprocessor-data", p, c, d) + " |"; }
function c_partials_subprocessor_list_main_459(c, d, p) { return " (" + escapeText(strict(c, "region", "10:241"), c, "region") + ")"; }
function c_partials_subprocessor_safeguard_main_464(c, d, p) { return "Nicht angegeben"; }
function c_partials_subprocessor_safeguard_main_465(c, d, p) { return "Angemessenheitsbeschluss"; }
function c_partials_subprocessor_safeguard_main_463(c, d, p) { return shownFor((isFalsy(H.eq(c.transfer, "adequate")) ? c_partials_subprocessor_safeguard_main_464(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_safeguard_main_465(c ?? NULL_CONTEXT, d, p)), c, "transfer"); }
function c_partials_subprocessor_safeguard_main_466(c, d, p) { return "Nicht erforderlich (" + escapeText(strict(d.root.transfers, "regionShort", "2:135"), d.root.transfers, "regionShort") + ")"; }
function c_partials_subprocessor_safeguard_main_462(c, d, p) { return shownFor((isFalsy(H.eq(c.transfer, "inside")) ? c_partials_subprocessor_safeguard_main_463(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_safeguard_main_466(c ?? NULL_CONTEXT, d, p)), c, "transfer"); }
function c_partials_subprocessor_safeguard_main_467(c, d, p) { return escapeText(H.joinAnd(H.mechanismShorts(c.safeguards, d.root.transfers.laws)), c, "safeguards"); }
function c_partials_subprocessor_safeguard_main_461(c, d, p) { return shownFor((isFalsy(c.safeguards) ? c_partials_subprocessor_safeguard_main_462(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_safeguard_main_467(c ?? NULL_CONTEXT, d, p)), c, "safeguards"); }
function c_partials_subprocessor_safeguard_main(c, d, p) { return c_partials_subprocessor_safeguard_main_461(c, d, p); }
function c_partials_subprocessor_list_main_460(c, d, p) { return " " + partial("partials/subprocessor-safeguard", p, c, d) + " |"; }
function c_partials_subprocessor_list_main_449(c, d, p) { return "| " + partial("partials/subprocessor-name", p, c, d) + " |" + shownFor((isFalsy(d.root.sharing.anyCategory) ? "" : c_partials_subprocessor_list_main_454(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyCategory") + " " + partial("partials/subprocessor-purpose", p, c, d) + " |" + shownFor((isFalsy(d.root.sharing.anyData) ? "" : c_partials_subprocessor_list_main_458(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyData") + " " + escapeText(H.countryNames(c.locations), c, "locations") + shownFor((isFalsy(c.region) ? "" : c_partials_subprocessor_list_main_459(c ?? NULL_CONTEXT, d, p)), c, "region") + " |" + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_460(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + "\n"; }
function c_partials_subprocessor_note_main_470(c, d, p) { return escapeText(H.sentence(c.note), c, "note"); }
function c_partials_subprocessor_note_main_471(c, d, p) { return " "; }
function c_partials_subprocessor_note_main_473(c, d, p) { return "Verwendet Ihre Daten nicht zum Training eigener KI-Modelle."; }
function c_partials_subprocessor_note_main_474(c, d, p) { return "Kann Ihre Daten zum Training eigener KI-Modelle verwenden."; }
function c_partials_subprocessor_note_main_472(c, d, p) { return shownFor((isFalsy(c.trains_on_data) ? c_partials_subprocessor_note_main_473(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_note_main_474(c ?? NULL_CONTEXT, d, p)), c, "trains_on_data"); }
function c_partials_subprocessor_note_main_469(c, d, p) { return shownFor((isFalsy(c.note) ? "" : c_partials_subprocessor_note_main_470(c ?? NULL_CONTEXT, d, p)), c, "note") + shownFor((isFalsy(H.and(c.note, c.trainingShown)) ? "" : c_partials_subprocessor_note_main_471(c ?? NULL_CONTEXT, d, p)), c, "note", c, "trainingShown") + shownFor((isFalsy(c.trainingShown) ? "" : c_partials_subprocessor_note_main_472(c ?? NULL_CONTEXT, d, p)), c, "trainingShown"); }
function c_partials_subprocessor_note_main(c, d, p) { return c_partials_subprocessor_note_main_469(c, d, p); }
function c_partials_subprocessor_list_main_468(c, d, p) { return "- **" + escapeText(strict(c, "name", "14:6"), c, "name") + "**: " + partial("partials/subprocessor-note", p, c, d) + "\n"; }
function c_partials_subprocessor_list_main_442(c, d, p) { return "| Dienstleister |" + shownFor((isFalsy(d.root.sharing.anyCategory) ? "" : c_partials_subprocessor_list_main_443(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyCategory") + " Tätigkeit |" + shownFor((isFalsy(d.root.sharing.anyData) ? "" : c_partials_subprocessor_list_main_444(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyData") + " Standort |" + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_445(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + "\n| --- |" + shownFor((isFalsy(d.root.sharing.anyCategory) ? "" : c_partials_subprocessor_list_main_446(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyCategory") + " --- |" + shownFor((isFalsy(d.root.sharing.anyData) ? "" : c_partials_subprocessor_list_main_447(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyData") + " --- |" + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_448(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + "\n" + each(c.processors, d, (v, f) => c_partials_subprocessor_list_main_449(v, f, p), () => "") + "\n" + each(c.noted, d, (v, f) => c_partials_subprocessor_list_main_468(v, f, p), () => ""); }
function c_partials_subprocessor_list_main_477(c, d, p) { return " Übermittelte Daten: " + partial("partials/subprocessor-data", p, c, d) + "."; }
function c_partials_subprocessor_list_main_478(c, d, p) { return " (" + escapeText(strict(c, "region", "4:182"), c, "region") + ")"; }
function c_partials_subprocessor_list_main_479(c, d, p) { return " Garantie: " + partial("partials/subprocessor-safeguard", p, c, d) + "."; }
function c_partials_subprocessor_list_main_480(c, d, p) { return " " + partial("partials/subprocessor-note", p, c, d); }
function c_partials_subprocessor_list_main_476(c, d, p) { return "- " + partial("partials/subprocessor-name", p, c, d) + ": " + partial("partials/subprocessor-purpose", p, c, d) + "." + shownFor((isFalsy(c.categoryNames) ? "" : c_partials_subprocessor_list_main_477(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + " Standort: " + escapeText(H.countryNames(c.locations), c, "locations") + shownFor((isFalsy(c.region) ? "" : c_partials_subprocessor_list_main_478(c ?? NULL_CONTEXT, d, p)), c, "region") + "." + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_479(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + shownFor((isFalsy(H.or(c.note, c.trainingShown)) ? "" : c_partials_subprocessor_list_main_480(c ?? NULL_CONTEXT, d, p)), c, "note", c, "trainingShown") + "\n"; }
function c_partials_subprocessor_list_main_475(c, d, p) { return each(c.processors, d, (v, f) => c_partials_subprocessor_list_main_476(v, f, p), () => ""); }
function c_partials_subprocessor_list_main_441(c, d, p) { return shownFor((isFalsy(H.eq(c.processors.length, 1)) ? c_partials_subprocessor_list_main_442(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_475(c ?? NULL_CONTEXT, d, p)), c.processors, "length"); }
function c_partials_subprocessor_list_main(c, d, p) { return c_partials_subprocessor_list_main_441(c, d, p); }
function c_retention_main_485(c, d, p) { return " " + partial("partials/retention-details", p, c, d); }
function c_retention_main_484(c, d, p) { return "- **" + escapeText(strict(c, "data", "20:6"), c, "data") + "**" + partial("partials/retention-products", p, c, d) + ": " + partial("partials/retention-period", p, c, d) + "." + shownFor((isFalsy(c.hasDetails) ? "" : c_retention_main_485(c ?? NULL_CONTEXT, d, p)), c, "hasDetails") + "\n"; }
function c_retention_main_483(c, d, p) { return each(c.retention.rows, d, (v, f) => c_retention_main_484(v, f, p), () => ""); }
function c_retention_main_487(c, d, p) { return "| Daten | Speicherdauer |\n| --- | --- |\n"; }
function c_retention_main_488(c, d, p) { return "| Daten | Speicherdauer | Danach |\n| --- | --- | --- |\n"; }
function c_retention_main_490(c, d, p) { return " " + partial("partials/retention-details", p, c, d) + " |"; }
function c_retention_main_489(c, d, p) { return "| " + escapeText(strict(c, "data", "16:4"), c, "data") + partial("partials/retention-products", p, c, d) + " | " + partial("partials/retention-period", p, c, d) + " |" + shownFor((isFalsy(d.root.retention.hasDetails) ? "" : c_retention_main_490(c ?? NULL_CONTEXT, d, p)), d.root.retention, "hasDetails") + "\n"; }
function c_retention_main_486(c, d, p) { return "Wir speichern jede Art personenbezogener Daten für die unten genannte Dauer.\n\n" + shownFor((isFalsy(c.retention.hasDetails) ? c_retention_main_487(c ?? NULL_CONTEXT, d, p) : c_retention_main_488(c ?? NULL_CONTEXT, d, p)), c.retention, "hasDetails") + each(c.retention.rows, d, (v, f) => c_retention_main_489(v, f, p), () => ""); }
function c_retention_main_482(c, d, p) { return "## Wie lange wir Ihre personenbezogenen Daten speichern\n\n" + shownFor((isFalsy(c.retention.table) ? c_retention_main_483(c ?? NULL_CONTEXT, d, p) : c_retention_main_486(c ?? NULL_CONTEXT, d, p)), c.retention, "table"); }
function c_retention_main_481(c, d, p) { return shownFor((isFalsy(c.retention.rows) ? "" : c_retention_main_482(c ?? NULL_CONTEXT, d, p)), c.retention, "rows"); }
function c_retention_main(c, d, p) { return c_retention_main_481(c, d, p); }
function c_rights_main_494(c, d, p) { return "### Rechte für alle\n\n"; }
function c_rights_main_495(c, d, p) { return "Unabhängig davon, wo Sie leben, haben Sie die folgenden Rechte:\n"; }
function c_rights_main_496(c, d, p) { return "Wir gewähren allen dieselben Rechte, unabhängig davon, wo sie leben und welches Recht für sie gilt:\n"; }
function c_rights_main_497(c, d, p) { return "- " + partial("partials/right-item", p, c, d) + "\n"; }
function c_rights_main_493(c, d, p) { return shownFor((isFalsy(c.rights.groups) ? "" : c_rights_main_494(c ?? NULL_CONTEXT, d, p)), c.rights, "groups") + shownFor((isFalsy(c.policy.rights.same_for_everyone) ? c_rights_main_495(c ?? NULL_CONTEXT, d, p) : c_rights_main_496(c ?? NULL_CONTEXT, d, p)), c.policy.rights, "same_for_everyone") + "\n" + each(c.rights.everyone, d, (v, f) => c_rights_main_497(v, f, p), () => "") + "\n"; }
function c_rights_main_500(c, d, p) { return "### Wenn Sie in Kalifornien ansässig sind\n"; }
function c_rights_main_501(c, d, p) { return "### Wenn Sie sich " + escapeText(H.joinOr(c.regions), c, "regions") + " aufhalten\n"; }
function c_rights_main_499(c, d, p) { return shownFor((isFalsy(c.regions) ? c_rights_main_500(c ?? NULL_CONTEXT, d, p) : c_rights_main_501(c ?? NULL_CONTEXT, d, p)), c, "regions"); }
function c_rights_main_502(c, d, p) { return "### Rechte " + escapeText(strict(c, "lawUnder", "23:13"), c, "lawUnder") + "\n"; }
function c_rights_main_503(c, d, p) { return "Wir haben unseren Sitz " + escapeText(strict(c, "home", "31:25"), c, "home") + "; daher schützt " + escapeText(strict(c, "homeLaw", "31:49"), c, "homeLaw") + " die personenbezogenen Daten, die wir über Sie gespeichert haben, unabhängig davon, wo Sie leben.\n"; }
function c_rights_main_505(c, d, p) { return escapeText(H.capitalize(c.lawUnder), c, "lawUnder") + " stehen Ihnen von den oben aufgeführten Rechten diese zu: " + escapeText(H.joinAnd(c.alsoAbove), c, "alsoAbove") + ".\n"; }
function c_rights_main_504(c, d, p) { return shownFor((isFalsy(c.alsoAbove) ? "" : c_rights_main_505(c ?? NULL_CONTEXT, d, p)), c, "alsoAbove"); }
function c_rights_main_507(c, d, p) { return "außerdem "; }
function c_rights_main_508(c, d, p) { return "- " + partial("partials/right-item", p, c, d) + "\n"; }
function c_rights_main_506(c, d, p) { return escapeText(H.capitalize(c.lawUnder), c, "lawUnder") + " haben Sie " + shownFor((isFalsy(d.root.rights.everyone) ? "" : c_rights_main_507(c ?? NULL_CONTEXT, d, p)), d.root.rights, "everyone") + "die folgenden Rechte:\n\n" + each(c.rights, d, (v, f) => c_rights_main_508(v, f, p), () => ""); }
function c_rights_main_510(c, d, p) { return "Sie können"; }
function c_rights_main_511(c, d, p) { return escapeText(H.capitalize(c.region), c, "region") + " können Sie"; }
function c_rights_main_512(c, d, p) { return "bei der Aufsichtsbehörde des Landes beschweren, in dem Sie leben oder arbeiten oder in dem Ihrer Ansicht nach der Verstoß gegen das Datenschutzrecht begangen wurde"; }
function c_rights_main_514(c, d, p) { return " (" + sourced(get(H, "link")(c.url) ?? "", c, "url") + ")"; }
function c_rights_main_515(c, d, p) { return "; Sie können sich auch bei der Aufsichtsbehörde des Landes beschweren, in dem Sie leben oder arbeiten oder in dem Ihrer Ansicht nach der Verstoß gegen das Datenschutzrecht begangen wurde"; }
function c_rights_main_513(c, d, p) { return "mit einer Beschwerde an folgende Aufsichtsbehörde wenden: " + escapeText(H.institution(c.name), c, "name") + shownFor((isFalsy(c.url) ? "" : c_rights_main_514(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.local) ? "" : c_rights_main_515(c ?? NULL_CONTEXT, d, p)), c, "local"); }
function c_rights_main_509(c, d, p) { return shownFor((isFalsy(c.region) ? c_rights_main_510(c ?? NULL_CONTEXT, d, p) : c_rights_main_511(c ?? NULL_CONTEXT, d, p)), c, "region") + " sich " + shownFor((isFalsy(c.name) ? c_rights_main_512(c ?? NULL_CONTEXT, d, p) : c_rights_main_513(c ?? NULL_CONTEXT, d, p)), c, "name") + ".\n"; }
function c_rights_main_516(c, d, p) { return "Anfragen " + escapeText(strict(c, "lawUnder", "47:11"), c, "lawUnder") + " beantworten wir innerhalb von " + escapeText(H.durationWords(c.responseTime), c, "responseTime") + ".\n"; }
function c_rights_main_517(c, d, p) { return "Sie können diese Anfragen auch hier stellen: " + escapeText(H.phrase(c.inApp), c, "inApp") + ".\n"; }
function c_rights_main_518(c, d, p) { return "Wenn Sie uns zu diesen Rechten eine E-Mail senden, verwenden Sie bitte den Betreff „" + escapeText(strict(c, "subjectLine", "53:86"), c, "subjectLine") + "“.\n"; }
function c_rights_main_519(c, d, p) { return "Eine von Ihnen bevollmächtigte Person kann eine Anfrage für Sie stellen; wir werden von ihr einen Nachweis Ihrer Bevollmächtigung verlangen.\n"; }
function c_rights_main_498(c, d, p) { return shownFor((isFalsy(c.home) ? c_rights_main_499(c ?? NULL_CONTEXT, d, p) : c_rights_main_502(c ?? NULL_CONTEXT, d, p)), c, "home") + "\n" + shownFor((isFalsy(c.home) ? "" : c_rights_main_503(c ?? NULL_CONTEXT, d, p)), c, "home") + shownFor((isFalsy(c.rights) ? c_rights_main_504(c ?? NULL_CONTEXT, d, p) : c_rights_main_506(c ?? NULL_CONTEXT, d, p)), c, "rights") + "\n" + each(c.complaints, d, (v, f) => c_rights_main_509(v, f, p), () => "") + shownFor((isFalsy(c.responseTime) ? "" : c_rights_main_516(c ?? NULL_CONTEXT, d, p)), c, "responseTime") + shownFor((isFalsy(c.inApp) ? "" : c_rights_main_517(c ?? NULL_CONTEXT, d, p)), c, "inApp") + shownFor((isFalsy(c.subjectLine) ? "" : c_rights_main_518(c ?? NULL_CONTEXT, d, p)), c, "subjectLine") + shownFor((isFalsy(H.and(H.eq(c.laws["0"], "ccpa"), H.not(d.root.policy.rights.authorized_agents))) ? "" : c_rights_main_519(c ?? NULL_CONTEXT, d, p)), c.laws, "0", d.root.policy.rights, "authorized_agents") + "\n"; }
function c_rights_main_521(c, d, p) { return " mit dem Betreff „" + escapeText(strict(c, "subject_line", "62:151"), c, "subject_line") + "“"; }
function c_rights_main_523(c, d, p) { return " oder "; }
function c_rights_main_524(c, d, p) { return ", "; }
function c_rights_main_522(c, d, p) { return shownFor((isFalsy(c.in_app) ? c_rights_main_523(c ?? NULL_CONTEXT, d, p) : c_rights_main_524(c ?? NULL_CONTEXT, d, p)), c, "in_app") + "nutzen Sie unser Anfrageformular unter " + sourced(get(H, "link")(c.url) ?? "", c, "url"); }
function c_rights_main_526(c, d, p) { return " oder"; }
function c_rights_main_527(c, d, p) { return " oder"; }
function c_rights_main_525(c, d, p) { return shownFor((isFalsy(c.url) ? c_rights_main_526(c ?? NULL_CONTEXT, d, p) : c_rights_main_527(c ?? NULL_CONTEXT, d, p)), c, "url") + " gehen Sie zu " + escapeText(H.phrase(c.in_app), c, "in_app"); }
function c_rights_main_520(c, d, p) { return shownFor((isFalsy(c.subject_line) ? "" : c_rights_main_521(c ?? NULL_CONTEXT, d, p)), c, "subject_line") + shownFor((isFalsy(c.url) ? "" : c_rights_main_522(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.in_app) ? "" : c_rights_main_525(c ?? NULL_CONTEXT, d, p)), c, "in_app"); }
function c_rights_main_530(c, d, p) { return "Sie können uns auch per Post an folgende Anschrift schreiben: " + escapeText(H.addressLine(c.address), c, "address") + ".\n"; }
function c_rights_main_529(c, d, p) { return shownFor((isFalsy(c.address) ? "" : c_rights_main_530(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_rights_main_532(c, d, p) { return " oder uns per Post an folgende Anschrift schreiben: " + escapeText(H.addressLine(c.address), c, "address"); }
function c_rights_main_531(c, d, p) { return "Sie können uns auch unter " + escapeText(strict(c, "phone", "65:28"), c, "phone") + " anrufen" + shownFor((isFalsy(c.address) ? "" : c_rights_main_532(c ?? NULL_CONTEXT, d, p)), c, "address") + ".\n"; }
function c_rights_main_534(c, d, p) { return "Wir nehmen Anfragen nur von Ihnen selbst entgegen, nicht von Personen, die für Sie handeln.\n"; }
function c_rights_main_536(c, d, p) { return " " + escapeText(H.sentence(c.proof), c, "proof"); }
function c_rights_main_535(c, d, p) { return "Eine von Ihnen bevollmächtigte Person kann eine Anfrage für Sie stellen." + shownFor((isFalsy(c.proof) ? "" : c_rights_main_536(c ?? NULL_CONTEXT, d, p)), c, "proof") + "\n"; }
function c_rights_main_533(c, d, p) { return shownFor((isFalsy(c.accepted) ? c_rights_main_534(c ?? NULL_CONTEXT, d, p) : c_rights_main_535(c ?? NULL_CONTEXT, d, p)), c, "accepted"); }
function c_rights_main_537(c, d, p) { return escapeText(H.sentence(c.verification), c, "verification") + "\n"; }
function c_rights_main_538(c, d, p) { return "Wir antworten innerhalb von " + escapeText(H.durationWords(c.response_time), c, "response_time") + ".\n"; }
function c_rights_main_539(c, d, p) { return "Ist eine Anfrage komplex oder erhalten wir viele Anfragen, können wir bis zu " + escapeText(H.durationWords(c.extension, "accusative"), c, "extension") + " länger brauchen.\n"; }
function c_rights_main_540(c, d, p) { return "Wir können eine Anfrage ganz oder teilweise ablehnen, " + escapeText(H.joinOr(c.exemptions), c, "exemptions") + ".\n"; }
function c_rights_main_542(c, d, p) { return "Wenn wir"; }
function c_rights_main_543(c, d, p) { return "Wenn Sie in " + escapeText(H.joinOr(c.regions), c, "regions") + " leben und wir"; }
function c_rights_main_544(c, d, p) { return " Über Einsprüche entscheiden wir innerhalb von " + escapeText(H.durationWords(c.response_time), c, "response_time") + "."; }
function c_rights_main_546(c, d, p) { return " (" + sourced(get(H, "link")(c.url) ?? "", c, "url") + ")"; }
function c_rights_main_545(c, d, p) { return " Weisen wir Ihren Einspruch zurück, können Sie sich mit einer Beschwerde an folgende Stelle wenden: " + escapeText(H.institution(c.name), c, "name") + shownFor((isFalsy(c.url) ? "" : c_rights_main_546(c ?? NULL_CONTEXT, d, p)), c, "url") + "."; }
function c_rights_main_541(c, d, p) { return "\n" + shownFor((isFalsy(c.regions) ? c_rights_main_542(c ?? NULL_CONTEXT, d, p) : c_rights_main_543(c ?? NULL_CONTEXT, d, p)), c, "regions") + " es ablehnen, Ihrer Anfrage nachzukommen, können Sie " + escapeText(H.phrase(c.how), c, "how") + " Einspruch gegen unsere Entscheidung einlegen." + shownFor((isFalsy(c.response_time) ? "" : c_rights_main_544(c ?? NULL_CONTEXT, d, p)), c, "response_time") + withContext(c.authority, (v) => c_rights_main_545(v, d, p), () => "") + "\n"; }
function c_rights_main_528(c, d, p) { return shownFor((isFalsy(c.phone) ? c_rights_main_529(c ?? NULL_CONTEXT, d, p) : c_rights_main_531(c ?? NULL_CONTEXT, d, p)), c, "phone") + withContext(c.authorized_agents, (v) => c_rights_main_533(v, d, p), () => "") + shownFor((isFalsy(c.verification) ? "" : c_rights_main_537(c ?? NULL_CONTEXT, d, p)), c, "verification") + shownFor((isFalsy(c.response_time) ? "" : c_rights_main_538(c ?? NULL_CONTEXT, d, p)), c, "response_time") + shownFor((isFalsy(c.extension) ? "" : c_rights_main_539(c ?? NULL_CONTEXT, d, p)), c, "extension") + shownFor((isFalsy(c.exemptions) ? "" : c_rights_main_540(c ?? NULL_CONTEXT, d, p)), c, "exemptions") + withContext(c.appeal, (v) => c_rights_main_541(v, d, p), () => ""); }
function c_rights_main_548(c, d, p) { return "- **" + escapeText(strict(c, "label", "96:6"), c, "label") + "**: " + escapeText(H.sentence(c.instruction), c, "instruction") + "\n"; }
function c_rights_main_547(c, d, p) { return each(c.rights.otherInstructions, d, (v, f) => c_rights_main_548(v, f, p), () => ""); }
function c_rights_main_492(c, d, p) { return "## Ihre Rechte\n\n" + shownFor((isFalsy(c.rights.everyone) ? "" : c_rights_main_493(c ?? NULL_CONTEXT, d, p)), c.rights, "everyone") + each(c.rights.groups, d, (v, f) => c_rights_main_498(v, f, p), () => "") + "### So üben Sie Ihre Rechte aus\n\nUm eines dieser Rechte auszuüben, senden Sie uns eine E-Mail an " + sourced(H.mailto(c.rightsEmail) ?? "", c, "rightsEmail") + withContext(c.policy.rights, (v) => c_rights_main_520(v, d, p), () => "") + ".\n" + withContext(c.policy.rights, (v) => c_rights_main_528(v, d, p), () => "") + "\n" + shownFor((isFalsy(c.rights.otherInstructions) ? "" : c_rights_main_547(c ?? NULL_CONTEXT, d, p)), c.rights, "otherInstructions"); }
function c_rights_main_491(c, d, p) { return shownFor((isFalsy(c.rights.present) ? "" : c_rights_main_492(c ?? NULL_CONTEXT, d, p)), c.rights, "present"); }
function c_rights_main(c, d, p) { return c_rights_main_491(c, d, p); }
function c_scope_main_553(c, d, p) { return escapeText(strict(c, "name", "9:42"), c, "name"); }
function c_scope_main_554(c, d, p) { return sourced(get(H, "link")(c.url, c.name) ?? "", c, "url", c, "name"); }
function c_scope_main_555(c, d, p) { return ": " + escapeText(H.phrase(c.description), c, "description"); }
function c_scope_main_552(c, d, p) { return "- " + shownFor((isFalsy(c.url) ? c_scope_main_553(c ?? NULL_CONTEXT, d, p) : c_scope_main_554(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.description) ? "" : c_scope_main_555(c ?? NULL_CONTEXT, d, p)), c, "description") + "\n"; }
function c_scope_main_551(c, d, p) { return "Diese Datenschutzerklärung gilt für " + escapeText(H.plural(c.scope.products, "dieses Produkt", "diese Produkte")) + ":\n\n" + each(c.scope.products, d, (v, f) => c_scope_main_552(v, f, p), () => "") + "\n"; }
function c_scope_main_558(c, d, p) { return "- " + partial("partials/audience", p, c, d) + "\n"; }
function c_scope_main_557(c, d, p) { return "Sie gilt für die personenbezogenen Daten folgender Personen:\n\n" + each(d.root.scope.audiences, d, (v, f) => c_scope_main_558(v, f, p), () => "") + "\n"; }
function c_scope_main_559(c, d, p) { return "Nicht erfasst sind die personenbezogenen Daten folgender Personen: " + escapeText(H.joinAnd(c.not_covered), c, "not_covered") + ".\n"; }
function c_scope_main_561(c, d, p) { return "Dienstleister („service provider“)"; }
function c_scope_main_563(c, d, p) { return " und Dienstleister („service provider“)"; }
function c_scope_main_562(c, d, p) { return "Auftragsverarbeiter" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_scope_main_563(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa"); }
function c_scope_main_564(c, d, p) { return "; für sie gilt unser Auftragsverarbeitungsvertrag mit dem Kunden: " + sourced(get(H, "link")(c.dpa_url) ?? "", c, "dpa_url"); }
function c_scope_main_565(c, d, p) { return "Wenn Ihre personenbezogenen Daten dazugehören, richten Sie Anfragen dazu bitte an den betreffenden Kunden; wir unterstützen unsere Kunden bei der Beantwortung.\n"; }
function c_scope_main_560(c, d, p) { return "### Daten, die wir für unsere Kunden verarbeiten\n\nWir verarbeiten " + escapeText(H.phrase(c.data), c, "data") + " im Auftrag unserer Kunden, als deren " + shownFor((isFalsy(d.root.gdprLike) ? c_scope_main_561(c ?? NULL_CONTEXT, d, p) : c_scope_main_562(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike") + ": Der Kunde entscheidet, wie diese Daten verwendet werden.\nDiese Datenschutzerklärung gilt nicht für diese Daten" + shownFor((isFalsy(c.dpa_url) ? "" : c_scope_main_564(c ?? NULL_CONTEXT, d, p)), c, "dpa_url") + ".\n" + shownFor((isFalsy(c.contact_customer) ? "" : c_scope_main_565(c ?? NULL_CONTEXT, d, p)), c, "contact_customer"); }
function c_scope_main_556(c, d, p) { return shownFor((isFalsy(d.root.scope.audiences) ? "" : c_scope_main_557(c ?? NULL_CONTEXT, d, p)), d.root.scope, "audiences") + shownFor((isFalsy(c.not_covered) ? "" : c_scope_main_559(c ?? NULL_CONTEXT, d, p)), c, "not_covered") + "\n" + withContext(c.as_processor, (v) => c_scope_main_560(v, d, p), () => ""); }
function c_scope_main_550(c, d, p) { return "## Geltungsbereich dieser Datenschutzerklärung\n\n" + shownFor((isFalsy(c.scope.products) ? "" : c_scope_main_551(c ?? NULL_CONTEXT, d, p)), c.scope, "products") + withContext(c.policy.audiences, (v) => c_scope_main_556(v, d, p), () => ""); }
function c_scope_main_549(c, d, p) { return shownFor((isFalsy(c.scope.present) ? "" : c_scope_main_550(c ?? NULL_CONTEXT, d, p)), c.scope, "present"); }
function c_scope_main(c, d, p) { return c_scope_main_549(c, d, p); }
function c_security_main_568(c, d, p, ds) { return "- " + escapeText(H.listItem(c, ds[1].measures), d, null) + "\n"; }
function c_security_main_569(c, d, p, ds) { return "Keine Methode der Übertragung oder Speicherung von Daten ist vollkommen sicher; eine absolute Sicherheit können wir daher nicht gewährleisten.\n"; }
function c_security_main_570(c, d, p, ds) { return "Mit der Nutzung von " + escapeText(strict(d.root, "service", "15:22"), d.root, "service") + " nehmen Sie die Risiken in Kauf, die mit der Übermittlung von Informationen über das Internet verbunden sind.\n"; }
function c_security_main_571(c, d, p, ds) { return escapeText(H.sentence(c.advice), c, "advice") + "\n"; }
function c_security_main_567(c, d, p, ds) { return "## Wie wir Ihre personenbezogenen Daten schützen\n\nWir schützen personenbezogene Daten durch technische und organisatorische Maßnahmen, darunter:\n\n" + each(c.measures, d, (v, f) => c_security_main_568(v, f, p, pushContext(v, ds)), () => "") + "\n" + shownFor((isFalsy(c.disclaimer) ? "" : c_security_main_569(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "disclaimer") + shownFor((isFalsy(c.use_is_acceptance) ? "" : c_security_main_570(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "use_is_acceptance") + shownFor((isFalsy(c.advice) ? "" : c_security_main_571(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "advice"); }
function c_security_main_566(c, d, p, ds) { return withContext(c.policy.security, (v) => c_security_main_567(v, d, p, pushContext(v, ds)), () => ""); }
function c_security_main(c, d, p) { return c_security_main_566(c, d, p, [c]); }
function c_sharing_main_575(c, d, p) { return "Sie verarbeiten personenbezogene Daten in unserem Auftrag.\n"; }
function c_sharing_main_576(c, d, p) { return "Sie verarbeiten personenbezogene Daten in unserem Auftrag, mit Ausnahme der als eigenständig Verantwortliche gekennzeichneten, die selbst entscheiden, wie sie die Daten verwenden.\n"; }
function c_sharing_main_578(c, d, p) { return partial("partials/subprocessor-list", p, c, d); }
function c_sharing_main_577(c, d, p) { return withContext(c.sharing, (v) => c_sharing_main_578(v, d, p), () => ""); }
function c_sharing_main_581(c, d, p) { return "Alle Produkte"; }
function c_sharing_main_582(c, d, p) { return escapeText(H.joinAnd(c.productNames), c, "productNames"); }
function c_sharing_main_580(c, d, p) { return "#### " + shownFor((isFalsy(c.productNames) ? c_sharing_main_581(c ?? NULL_CONTEXT, d, p) : c_sharing_main_582(c ?? NULL_CONTEXT, d, p)), c, "productNames") + "\n\n" + partial("partials/subprocessor-list", p, c, d) + "\n"; }
function c_sharing_main_579(c, d, p) { return each(c.sharing.groups, d, (v, f) => c_sharing_main_580(v, f, p), () => ""); }
function c_sharing_main_586(c, d, p) { return ", wie es " + escapeText(strict(c.sharing, "dpaCitation", "36:122"), c.sharing, "dpaCitation") + " vorschreibt"; }
function c_sharing_main_585(c, d, p) { return "Mit " + escapeText(H.joinAnd(c.sharing.dpa), c.sharing, "dpa") + " haben wir einen Auftragsverarbeitungsvertrag geschlossen" + shownFor((isFalsy(c.sharing.dpaCitation) ? "" : c_sharing_main_586(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaCitation") + ".\n"; }
function c_sharing_main_584(c, d, p) { return shownFor((isFalsy(c.sharing.dpa) ? "" : c_sharing_main_585(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpa"); }
function c_sharing_main_588(c, d, p) { return ", wie es " + escapeText(strict(c.sharing, "dpaCitation", "34:150"), c.sharing, "dpaCitation") + " vorschreibt"; }
function c_sharing_main_587(c, d, p) { return "Jeder dieser Dienstleister ist als Auftragsverarbeiter durch einen Auftragsverarbeitungsvertrag mit uns gebunden" + shownFor((isFalsy(c.sharing.dpaCitation) ? "" : c_sharing_main_588(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaCitation") + ".\n"; }
function c_sharing_main_590(c, d, p) { return "Für die Daten, die " + escapeText(H.joinAnd(c.sharing.ownTerms), c.sharing, "ownTerms") + " für uns " + escapeText(H.plural(c.sharing.ownTerms, "verarbeitet", "verarbeiten")) + ", gelten außerdem " + escapeText(H.plural(c.sharing.ownTerms, "dessen", "deren")) + " eigene Datenschutzbestimmungen.\n"; }
function c_sharing_main_589(c, d, p) { return shownFor((isFalsy(c.sharing.ownTerms) ? "" : c_sharing_main_590(c ?? NULL_CONTEXT, d, p)), c.sharing, "ownTerms"); }
function c_sharing_main_591(c, d, p) { return "Für die Daten, die die Dienstleister für uns verarbeiten, gelten außerdem ihre eigenen Datenschutzbestimmungen.\n"; }
function c_sharing_main_583(c, d, p) { return shownFor((isFalsy(c.sharing.dpaAll) ? c_sharing_main_584(c ?? NULL_CONTEXT, d, p) : c_sharing_main_587(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaAll") + shownFor((isFalsy(c.sharing.ownTermsAll) ? c_sharing_main_589(c ?? NULL_CONTEXT, d, p) : c_sharing_main_591(c ?? NULL_CONTEXT, d, p)), c.sharing, "ownTermsAll"); }
function c_sharing_main_593(c, d, p) { return ", wie es " + escapeText(strict(c.sharing, "dpaCitation", "31:150"), c.sharing, "dpaCitation") + " vorschreibt"; }
function c_sharing_main_592(c, d, p) { return "Jeder dieser Dienstleister ist als Auftragsverarbeiter durch einen Auftragsverarbeitungsvertrag mit uns gebunden" + shownFor((isFalsy(c.sharing.dpaCitation) ? "" : c_sharing_main_593(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaCitation") + "; für die Daten, die er für uns verarbeitet, gelten außerdem seine eigenen Datenschutzbestimmungen.\n"; }
function c_sharing_main_574(c, d, p) { return "### Dienstleister\n\nWir setzen die folgenden Dienstleister ein, um " + escapeText(strict(c, "service", "10:49"), c, "service") + " zu betreiben.\n" + shownFor((isFalsy(c.sharing.anyController) ? c_sharing_main_575(c ?? NULL_CONTEXT, d, p) : c_sharing_main_576(c ?? NULL_CONTEXT, d, p)), c.sharing, "anyController") + "\n" + shownFor((isFalsy(c.sharing.groups) ? c_sharing_main_577(c ?? NULL_CONTEXT, d, p) : c_sharing_main_579(c ?? NULL_CONTEXT, d, p)), c.sharing, "groups") + "\n" + shownFor((isFalsy(H.and(c.sharing.dpaAll, c.sharing.ownTermsAll)) ? c_sharing_main_583(c ?? NULL_CONTEXT, d, p) : c_sharing_main_592(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaAll", c.sharing, "ownTermsAll") + "\n"; }
function c_sharing_main_595(c, d, p) { return "Dienstleister"; }
function c_sharing_main_596(c, d, p) { return "Weitere Dienstleister"; }
function c_sharing_main_598(c, d, p) { return " Standort: " + escapeText(H.countryNames(c.location), c, "location") + "."; }
function c_sharing_main_599(c, d, p) { return " Übermittelte Daten: " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_sharing_main_597(c, d, p) { return "- **" + escapeText(strict(c, "name", "52:6"), c, "name") + "**: " + escapeText(H.sentence(c.purpose), c, "purpose") + shownFor((isFalsy(c.location) ? "" : c_sharing_main_598(c ?? NULL_CONTEXT, d, p)), c, "location") + shownFor((isFalsy(c.categoryNames) ? "" : c_sharing_main_599(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + "\n"; }
function c_sharing_main_594(c, d, p) { return "### " + shownFor((isFalsy(c.sharing.processors) ? c_sharing_main_595(c ?? NULL_CONTEXT, d, p) : c_sharing_main_596(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors") + "\n\nWir setzen außerdem Dienstleister der folgenden Art ein:\n\n" + each(c.sharing.recipientCategories, d, (v, f) => c_sharing_main_597(v, f, p), () => "") + "\n"; }
function c_sharing_main_601(c, d, p) { return "- " + partial("partials/disclosure", p, c, d) + "\n"; }
function c_sharing_main_600(c, d, p) { return "### Sonstige Offenlegungen\n\n" + each(c.policy.disclosures, d, (v, f) => c_sharing_main_601(v, f, p), () => "") + "\n"; }
function c_sharing_main_604(c, d, p) { return " – auch nicht im Sinne der Definition von „Verkauf“ („sale“) im CCPA"; }
function c_sharing_main_603(c, d, p) { return "Wir verkaufen Ihre personenbezogenen Daten nicht" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_604(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_606(c, d, p) { return " im Sinne der Definition von „Verkauf“ („sale“) im CCPA"; }
function c_sharing_main_605(c, d, p) { return "Wir verkaufen personenbezogene Daten" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_606(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_609(c, d, p) { return " („sharing“ im Sinne des CCPA)"; }
function c_sharing_main_608(c, d, p) { return "Wir geben sie nicht für kontextübergreifende verhaltensbezogene Werbung weiter" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_609(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_607(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_for_advertising, false)) ? "" : c_sharing_main_608(c ?? NULL_CONTEXT, d, p)), c, "shares_for_advertising"); }
function c_sharing_main_611(c, d, p) { return " („sharing“ im Sinne des CCPA)"; }
function c_sharing_main_610(c, d, p) { return "Wir geben personenbezogene Daten für kontextübergreifende verhaltensbezogene Werbung an Werbepartner weiter" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_611(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_613(c, d, p) { return "Wir stellen sie keinen Datenhändlern zur Verfügung.\n"; }
function c_sharing_main_612(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_with_data_brokers, false)) ? "" : c_sharing_main_613(c ?? NULL_CONTEXT, d, p)), c, "shares_with_data_brokers"); }
function c_sharing_main_614(c, d, p) { return "Wir stellen personenbezogene Daten Datenhändlern zur Verfügung.\n"; }
function c_sharing_main_617(c, d, p) { return "In den vergangenen 12 Monaten haben wir keine personenbezogenen Daten verkauft.\n"; }
function c_sharing_main_618(c, d, p) { return "In den vergangenen 12 Monaten haben wir folgende Ihrer personenbezogenen Daten verkauft: " + escapeText(H.joinAnd(c.sold), c, "sold") + ".\n"; }
function c_sharing_main_616(c, d, p) { return shownFor((isFalsy(c.sold) ? c_sharing_main_617(c ?? NULL_CONTEXT, d, p) : c_sharing_main_618(c ?? NULL_CONTEXT, d, p)), c, "sold"); }
function c_sharing_main_620(c, d, p) { return "In den vergangenen 12 Monaten haben wir keine personenbezogenen Daten für kontextübergreifende verhaltensbezogene Werbung weitergegeben.\n"; }
function c_sharing_main_621(c, d, p) { return "In den vergangenen 12 Monaten haben wir folgende Ihrer personenbezogenen Daten für kontextübergreifende verhaltensbezogene Werbung weitergegeben: " + escapeText(H.joinAnd(c.shared), c, "shared") + ".\n"; }
function c_sharing_main_619(c, d, p) { return shownFor((isFalsy(c.shared) ? c_sharing_main_620(c ?? NULL_CONTEXT, d, p) : c_sharing_main_621(c ?? NULL_CONTEXT, d, p)), c, "shared"); }
function c_sharing_main_623(c, d, p) { return "Weitergegeben haben wir sie an"; }
function c_sharing_main_625(c, d, p) { return "Verkauft haben wir sie an"; }
function c_sharing_main_626(c, d, p) { return "Empfänger waren"; }
function c_sharing_main_624(c, d, p) { return shownFor((isFalsy(c.shared) ? c_sharing_main_625(c ?? NULL_CONTEXT, d, p) : c_sharing_main_626(c ?? NULL_CONTEXT, d, p)), c, "shared"); }
function c_sharing_main_622(c, d, p) { return shownFor((isFalsy(c.sold) ? c_sharing_main_623(c ?? NULL_CONTEXT, d, p) : c_sharing_main_624(c ?? NULL_CONTEXT, d, p)), c, "sold") + " folgende Kategorien von Dritten: " + escapeText(H.joinAnd(c.recipients), c, "recipients") + ".\n"; }
function c_sharing_main_615(c, d, p) { return shownFor((isFalsy(c.soldDeclared) ? "" : c_sharing_main_616(c ?? NULL_CONTEXT, d, p)), c, "soldDeclared") + shownFor((isFalsy(c.sharedDeclared) ? "" : c_sharing_main_619(c ?? NULL_CONTEXT, d, p)), c, "sharedDeclared") + shownFor((isFalsy(H.and(c.recipients, H.or(c.sold, c.shared))) ? "" : c_sharing_main_622(c ?? NULL_CONTEXT, d, p)), c, "recipients", c, "sold", c, "shared"); }
function c_sharing_main_628(c, d, p) { return "Sie können dem jederzeit widersprechen; siehe „Ihre Rechte“ unten.\n"; }
function c_sharing_main_627(c, d, p) { return shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_628(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa"); }
function c_sharing_main_630(c, d, p) { return "Auf Global-Privacy-Control-Signale (GPC) reagieren wir nicht.\n"; }
function c_sharing_main_629(c, d, p) { return shownFor((isFalsy(H.eq(c.honors_gpc, false)) ? "" : c_sharing_main_630(c ?? NULL_CONTEXT, d, p)), c, "honors_gpc"); }
function c_sharing_main_631(c, d, p) { return "Wenn Ihr Browser ein Global-Privacy-Control-Signal (GPC) sendet, behandeln wir es als Ihren Widerspruch gegen den Verkauf und die Weitergabe Ihrer personenbezogenen Daten.\n"; }
function c_sharing_main_632(c, d, p) { return "Sensible personenbezogene Daten verwenden wir nur für die in " + escapeText(strict(d.root.californiaCitations, "sensitiveLimitedUse", "112:63"), d.root.californiaCitations, "sensitiveLimitedUse") + " aufgeführten Zwecke, für die " + escapeText(strict(d.root.lawText.ccpa, "short", "112:142"), d.root.lawText.ccpa, "short") + " kein Recht auf Einschränkung ihrer Verwendung vorsieht.\n"; }
function c_sharing_main_635(c, d, p) { return " (" + escapeText(strict(d.root.californiaCitations, "shineTheLight", "117:120"), d.root.californiaCitations, "shineTheLight") + ")"; }
function c_sharing_main_634(c, d, p) { return "Wir legen personenbezogene Daten nicht gegenüber Dritten für deren eigene Direktwerbung offen" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_635(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_633(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_for_direct_marketing, false)) ? "" : c_sharing_main_634(c ?? NULL_CONTEXT, d, p)), c, "shares_for_direct_marketing"); }
function c_sharing_main_637(c, d, p) { return " Wenn Sie in Kalifornien ansässig sind, können Sie einmal im Jahr von uns Auskunft darüber verlangen, welche Kategorien personenbezogener Informationen wir ihnen im vorangegangenen Kalenderjahr zu diesem Zweck offengelegt haben, sowie ihre Namen und Anschriften (" + escapeText(strict(d.root.californiaCitations, "shineTheLight", "115:376"), d.root.californiaCitations, "shineTheLight") + ")."; }
function c_sharing_main_636(c, d, p) { return "Wir legen personenbezogene Daten gegenüber Dritten für deren eigene Direktwerbung offen." + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_637(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + "\n"; }
function c_sharing_main_638(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_sharing_main_602(c, d, p) { return "### Verkauf und Weitergabe\n\n" + shownFor((isFalsy(c.sells) ? c_sharing_main_603(c ?? NULL_CONTEXT, d, p) : c_sharing_main_605(c ?? NULL_CONTEXT, d, p)), c, "sells") + shownFor((isFalsy(c.shares_for_advertising) ? c_sharing_main_607(c ?? NULL_CONTEXT, d, p) : c_sharing_main_610(c ?? NULL_CONTEXT, d, p)), c, "shares_for_advertising") + shownFor((isFalsy(c.shares_with_data_brokers) ? c_sharing_main_612(c ?? NULL_CONTEXT, d, p) : c_sharing_main_614(c ?? NULL_CONTEXT, d, p)), c, "shares_with_data_brokers") + withContext(d.root.pastYear, (v) => c_sharing_main_615(v, d, p), () => "") + shownFor((isFalsy(H.or(c.sells, c.shares_for_advertising)) ? "" : c_sharing_main_627(c ?? NULL_CONTEXT, d, p)), c, "sells", c, "shares_for_advertising") + shownFor((isFalsy(c.honors_gpc) ? c_sharing_main_629(c ?? NULL_CONTEXT, d, p) : c_sharing_main_631(c ?? NULL_CONTEXT, d, p)), c, "honors_gpc") + shownFor((isFalsy(H.and(c.sensitive_limited_use, d.root.laws.ccpa)) ? "" : c_sharing_main_632(c ?? NULL_CONTEXT, d, p)), c, "sensitive_limited_use", d.root.laws, "ccpa") + shownFor((isFalsy(c.shares_for_direct_marketing) ? c_sharing_main_633(c ?? NULL_CONTEXT, d, p) : c_sharing_main_636(c ?? NULL_CONTEXT, d, p)), c, "shares_for_direct_marketing") + shownFor((isFalsy(c.note) ? "" : c_sharing_main_638(c ?? NULL_CONTEXT, d, p)), c, "note"); }
function c_sharing_main_573(c, d, p) { return "## Wie wir Ihre personenbezogenen Daten weitergeben\n\nWir geben personenbezogene Daten nur wie im Folgenden beschrieben weiter.\n\n" + shownFor((isFalsy(c.sharing.processors) ? "" : c_sharing_main_574(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors") + shownFor((isFalsy(c.sharing.recipientCategories) ? "" : c_sharing_main_594(c ?? NULL_CONTEXT, d, p)), c.sharing, "recipientCategories") + shownFor((isFalsy(c.policy.disclosures) ? "" : c_sharing_main_600(c ?? NULL_CONTEXT, d, p)), c.policy, "disclosures") + withContext(c.policy.sale_and_sharing, (v) => c_sharing_main_602(v, d, p), () => ""); }
function c_sharing_main_572(c, d, p) { return shownFor((isFalsy(H.or(c.sharing.processors, c.sharing.recipientCategories, c.policy.disclosures, c.policy.sale_and_sharing)) ? "" : c_sharing_main_573(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors", c.sharing, "recipientCategories", c.policy, "disclosures", c.policy, "sale_and_sharing"); }
function c_sharing_main(c, d, p) { return c_sharing_main_572(c, d, p); }
function c_transfers_main_643(c, d, p) { return "Speicherort personenbezogener Daten: " + escapeText(H.phrase(c.storage_detail), c, "storage_detail") + ".\n"; }
function c_transfers_main_642(c, d, p) { return shownFor((isFalsy(c.storage_detail) ? "" : c_transfers_main_643(c ?? NULL_CONTEXT, d, p)), c, "storage_detail"); }
function c_transfers_main_645(c, d, p) { return " (" + escapeText(strict(c, "storage_detail", "7:86"), c, "storage_detail") + ")"; }
function c_transfers_main_644(c, d, p) { return "Wir speichern personenbezogene Daten " + escapeText(H.countryList(c.storage), c, "storage") + shownFor((isFalsy(c.storage_detail) ? "" : c_transfers_main_645(c ?? NULL_CONTEXT, d, p)), c, "storage_detail") + ".\n"; }
function c_transfers_main_646(c, d, p) { return "Wir bewahren keine Kopien davon außerhalb des Europäischen Wirtschaftsraums und des Vereinigten Königreichs auf.\n"; }
function c_transfers_main_648(c, d, p) { return "Wenn Sie " + escapeText(strict(d.root, "service", "16:11"), d.root, "service") + " aus einem anderen Land nutzen, werden Ihre personenbezogenen Daten " + escapeText(H.countryList(c.storage), c, "storage") + " verarbeitet, wo andere Datenschutzgesetze gelten können als dort, wo Sie leben.\n"; }
function c_transfers_main_647(c, d, p) { return shownFor((isFalsy(c.storage) ? "" : c_transfers_main_648(c ?? NULL_CONTEXT, d, p)), c, "storage"); }
function c_transfers_main_641(c, d, p) { return shownFor((isFalsy(c.storage) ? c_transfers_main_642(c ?? NULL_CONTEXT, d, p) : c_transfers_main_644(c ?? NULL_CONTEXT, d, p)), c, "storage") + shownFor((isFalsy(c.eea_only) ? "" : c_transfers_main_646(c ?? NULL_CONTEXT, d, p)), c, "eea_only") + shownFor((isFalsy(d.root.gdprLike) ? c_transfers_main_647(c ?? NULL_CONTEXT, d, p) : ""), d.root, "gdprLike"); }
function c_transfers_main_650(c, d, p) { return escapeText(H.joinAnd(H.names(c.transfers.outside)), c.transfers, "outside") + " " + escapeText(H.plural(c.transfers.outside, "verarbeitet", "verarbeiten")) + " personenbezogene Daten " + escapeText(H.countryList(c.transfers.outsideCountries), c.transfers, "outsideCountries") + " und damit nicht " + escapeText(strict(c.transfers, "regionOr", "25:179"), c.transfers, "regionOr") + ".\n"; }
function c_transfers_main_651(c, d, p) { return "Alle oben genannten Dienstleister verarbeiten personenbezogene Daten " + escapeText(H.countryList(c.transfers.outsideCountries), c.transfers, "outsideCountries") + " und damit nicht " + escapeText(strict(c.transfers, "regionOr", "23:130"), c.transfers, "regionOr") + ".\n"; }
function c_transfers_main_652(c, d, p) { return "Die Garantie, auf die wir uns jeweils stützen, ist oben unter „Dienstleister“ angegeben.\n"; }
function c_transfers_main_649(c, d, p) { return shownFor((isFalsy(c.transfers.allOutside) ? c_transfers_main_650(c ?? NULL_CONTEXT, d, p) : c_transfers_main_651(c ?? NULL_CONTEXT, d, p)), c.transfers, "allOutside") + shownFor((isFalsy(c.transfers.eachSafeguarded) ? "" : c_transfers_main_652(c ?? NULL_CONTEXT, d, p)), c.transfers, "eachSafeguarded") + "\n"; }
function c_transfers_main_656(c, d, p) { return "in ein anderes Land übermitteln"; }
function c_transfers_main_657(c, d, p) { return "an Empfänger übermitteln, die nicht " + escapeText(strict(c, "region", "34:201"), c, "region") + " ansässig sind"; }
function c_transfers_main_655(c, d, p) { return "Wenn wir personenbezogene Daten " + shownFor((isFalsy(c.region) ? c_transfers_main_656(c ?? NULL_CONTEXT, d, p) : c_transfers_main_657(c ?? NULL_CONTEXT, d, p)), c, "region") + ", stützen wir uns auf"; }
function c_transfers_main_658(c, d, p) { return "Für Übermittlungen an Empfänger, die nicht " + escapeText(strict(c, "region", "34:57"), c, "region") + " ansässig sind, stützen wir uns außerdem auf"; }
function c_transfers_main_654(c, d, p) { return shownFor((isFalsy(c.also) ? c_transfers_main_655(c ?? NULL_CONTEXT, d, p) : c_transfers_main_658(c ?? NULL_CONTEXT, d, p)), c, "also") + " " + escapeText(H.joinAnd(H.mechanismLabels(c.mechanisms, c.citation)), c, "mechanisms") + ".\n"; }
function c_transfers_main_660(c, d, p) { return "Ihre ausdrückliche Einwilligung holen wir ein: " + escapeText(H.phrase(c.explicit_consent), c, "explicit_consent") + ".\n"; }
function c_transfers_main_661(c, d, p) { return "Eine Kopie der Garantien können Sie unter " + sourced(H.mailto(d.root.privacyEmail) ?? "", d.root, "privacyEmail") + " bei uns anfordern.\n"; }
function c_transfers_main_659(c, d, p) { return shownFor((isFalsy(c.explicit_consent) ? "" : c_transfers_main_660(c ?? NULL_CONTEXT, d, p)), c, "explicit_consent") + shownFor((isFalsy(c.copies_on_request) ? "" : c_transfers_main_661(c ?? NULL_CONTEXT, d, p)), c, "copies_on_request"); }
function c_transfers_main_662(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_transfers_main_663(c, d, p) { return escapeText(H.sentence(c.user_initiated), c, "user_initiated") + "\n"; }
function c_transfers_main_664(c, d, p) { return escapeText(H.sentence(c.government_access), c, "government_access") + "\n"; }
function c_transfers_main_653(c, d, p) { return each(d.root.transfers.grounds, d, (v, f) => c_transfers_main_654(v, f, p), () => "") + shownFor((isFalsy(c.mechanisms) ? "" : c_transfers_main_659(c ?? NULL_CONTEXT, d, p)), c, "mechanisms") + shownFor((isFalsy(c.note) ? "" : c_transfers_main_662(c ?? NULL_CONTEXT, d, p)), c, "note") + "\n" + shownFor((isFalsy(c.user_initiated) ? "" : c_transfers_main_663(c ?? NULL_CONTEXT, d, p)), c, "user_initiated") + "\n" + shownFor((isFalsy(c.government_access) ? "" : c_transfers_main_664(c ?? NULL_CONTEXT, d, p)), c, "government_access"); }
function c_transfers_main_640(c, d, p) { return "## Wo wir Ihre personenbezogenen Daten speichern und wohin wir sie übermitteln\n\n" + withContext(c.policy.transfers, (v) => c_transfers_main_641(v, d, p), () => "") + "\n" + shownFor((isFalsy(c.transfers.outside) ? "" : c_transfers_main_649(c ?? NULL_CONTEXT, d, p)), c.transfers, "outside") + withContext(c.policy.transfers, (v) => c_transfers_main_653(v, d, p), () => ""); }
function c_transfers_main_639(c, d, p) { return shownFor((isFalsy(c.transfers.present) ? "" : c_transfers_main_640(c ?? NULL_CONTEXT, d, p)), c.transfers, "present"); }
function c_transfers_main(c, d, p) { return c_transfers_main_639(c, d, p); }
function c_use_main_667(c, d, p) { return "### " + escapeText(strict(c, "heading", "8:6"), c, "heading") + "\n\n"; }
function c_use_main_669(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_use_main_670(c, d, p) { return " Verwendete Daten: " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_use_main_674(c, d, p) { return " Ob Sie uns diese Daten bereitstellen, entscheiden Sie selbst."; }
function c_use_main_673(c, d, p) { return shownFor((isFalsy(H.eq(c.requirement, "voluntary")) ? "" : c_use_main_674(c ?? NULL_CONTEXT, d, p)), c, "requirement"); }
function c_use_main_675(c, d, p) { return " Wir benötigen diese Daten, um einen Vertrag mit Ihnen zu schließen."; }
function c_use_main_672(c, d, p) { return shownFor((isFalsy(H.eq(c.requirement, "contract_precondition")) ? c_use_main_673(c ?? NULL_CONTEXT, d, p) : c_use_main_675(c ?? NULL_CONTEXT, d, p)), c, "requirement"); }
function c_use_main_676(c, d, p) { return " Nach unserem Vertrag mit Ihnen sind Sie verpflichtet, uns diese Daten bereitzustellen."; }
function c_use_main_671(c, d, p) { return shownFor((isFalsy(H.eq(c.requirement, "contractual")) ? c_use_main_672(c ?? NULL_CONTEXT, d, p) : c_use_main_676(c ?? NULL_CONTEXT, d, p)), c, "requirement"); }
function c_use_main_677(c, d, p) { return " Sie sind gesetzlich verpflichtet, uns diese Daten bereitzustellen."; }
function c_use_main_678(c, d, p) { return " " + escapeText(H.sentence(c.if_not_provided), c, "if_not_provided"); }
function c_use_main_679(c, d, p) { return " Nur in " + escapeText(H.joinAnd(c.productNames), c, "productNames") + "."; }
function c_use_main_668(c, d, p) { return "- **" + escapeText(H.phrase(c.name), c, "name") + ".**" + shownFor((isFalsy(c.description) ? "" : c_use_main_669(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.categoryNames) ? "" : c_use_main_670(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + shownFor((isFalsy(H.eq(c.requirement, "statutory")) ? c_use_main_671(c ?? NULL_CONTEXT, d, p) : c_use_main_677(c ?? NULL_CONTEXT, d, p)), c, "requirement") + shownFor((isFalsy(c.if_not_provided) ? "" : c_use_main_678(c ?? NULL_CONTEXT, d, p)), c, "if_not_provided") + shownFor((isFalsy(c.productNames) ? "" : c_use_main_679(c ?? NULL_CONTEXT, d, p)), c, "productNames") + "\n"; }
function c_use_main_666(c, d, p) { return shownFor((isFalsy(c.heading) ? "" : c_use_main_667(c ?? NULL_CONTEXT, d, p)), c, "heading") + each(c.purposes, d, (v, f) => c_use_main_668(v, f, p), () => "") + "\n"; }
function c_use_main_665(c, d, p) { return "## Wie wir Ihre personenbezogenen Daten verwenden\n\nWir verwenden personenbezogene Daten für die folgenden Zwecke.\n\n" + each(c.purposeGroups, d, (v, f) => c_use_main_666(v, f, p), () => ""); }
function c_use_main(c, d, p) { return c_use_main_665(c, d, p); }
function c_visibility_main_682(c, d, p, ds) { return "- " + escapeText(H.listItem(c, ds[1].visible), d, null) + "\n"; }
function c_visibility_main_684(c, d, p, ds) { return "- " + escapeText(H.listItem(c, ds[1].not_visible), d, null) + "\n"; }
function c_visibility_main_683(c, d, p, ds) { return "Nicht sichtbar:\n\n" + each(c.not_visible, d, (v, f) => c_visibility_main_684(v, f, p, pushContext(v, ds)), () => "") + "\n"; }
function c_visibility_main_685(c, d, p, ds) { return escapeText(H.sentence(c.copies), c, "copies") + "\n"; }
function c_visibility_main_681(c, d, p, ds) { return "## Was andere Nutzer sehen können\n\nSichtbar für " + escapeText(strict(c, "audience", "5:15"), c, "audience") + ":\n\n" + each(c.visible, d, (v, f) => c_visibility_main_682(v, f, p, pushContext(v, ds)), () => "") + "\n" + shownFor((isFalsy(c.not_visible) ? "" : c_visibility_main_683(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "not_visible") + shownFor((isFalsy(c.copies) ? "" : c_visibility_main_685(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "copies"); }
function c_visibility_main_680(c, d, p, ds) { return withContext(c.policy.visibility, (v) => c_visibility_main_681(v, d, p, pushContext(v, ds)), () => ""); }
function c_visibility_main(c, d, p) { return c_visibility_main_680(c, d, p, [c]); }

/** The built-in clauses by name (`about`, `intro`). */
export const CLAUSE_CODE: Readonly<Record<string, Clause>> = {
  "about": clause("about", c_about_main),
  "ai": clause("ai", c_ai_main),
  "breaches": clause("breaches", c_breaches_main),
  "changes": clause("changes", c_changes_main),
  "children": clause("children", c_children_main),
  "collection": clause("collection", c_collection_main),
  "commitments": clause("commitments", c_commitments_main),
  "contact": clause("contact", c_contact_main),
  "cookies": clause("cookies", c_cookies_main),
  "government-requests": clause("government-requests", c_government_requests_main),
  "intro": clause("intro", c_intro_main),
  "key-points": clause("key-points", c_key_points_main),
  "legal-bases": clause("legal-bases", c_legal_bases_main),
  "retention": clause("retention", c_retention_main),
  "rights": clause("rights", c_rights_main),
  "scope": clause("scope", c_scope_main),
  "security": clause("security", c_security_main),
  "sharing": clause("sharing", c_sharing_main),
  "transfers": clause("transfers", c_transfers_main),
  "use": clause("use", c_use_main),
  "visibility": clause("visibility", c_visibility_main),
};

/** The built-in partials by name (`partials/right-item`). */
export const PARTIAL_CODE: Readonly<Record<string, Partial>> = {
  "partials/audience": c_partials_audience_main,
  "partials/commitment": c_partials_commitment_main,
  "partials/data-category": c_partials_data_category_main,
  "partials/disclosure": c_partials_disclosure_main,
  "partials/retention-details": c_partials_retention_details_main,
  "partials/retention-period": c_partials_retention_period_main,
  "partials/retention-products": c_partials_retention_products_main,
  "partials/right-item": c_partials_right_item_main,
  "partials/subprocessor-data": c_partials_subprocessor_data_main,
  "partials/subprocessor-list": c_partials_subprocessor_list_main,
  "partials/subprocessor-name": c_partials_subprocessor_name_main,
  "partials/subprocessor-note": c_partials_subprocessor_note_main,
  "partials/subprocessor-purpose": c_partials_subprocessor_purpose_main,
  "partials/subprocessor-safeguard": c_partials_subprocessor_safeguard_main,
  "partials/training-data": c_partials_training_data_main,
};


/** The de clauses that translate an older version of the English one (scripts/gen-clauses.mjs). */
export const STALE: readonly string[] = ["ai","legal-bases","retention","rights","sharing"];
