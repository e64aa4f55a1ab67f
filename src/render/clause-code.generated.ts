/* Generated from clauses/en by `npm run gen` (scripts/gen-clauses.mjs). Do not edit. */
// @ts-nocheck: compiled clauses are plain JavaScript (src/render/clause-compiler.ts).

import { HELPERS as H } from './helpers/index.js';
import { clause, each, escapeText, get, isFalsy, NULL_CONTEXT, partial, pushContext, shownFor, sourced, strict, withContext } from './clause-runtime.js';
import type { Clause, Partial } from './clause-runtime.js';

function c_about_main_3(c, d, p) { return "“" + escapeText(strict(d.root, "company", "5:38"), d.root, "company") + "”, "; }
function c_about_main_4(c, d, p) { return ", " + escapeText(H.phrase(c.description), c, "description"); }
function c_about_main_2(c, d, p) { return escapeText(strict(c, "name", "5:2"), c, "name") + " (" + shownFor((isFalsy(d.root.tradingName) ? "" : c_about_main_3(c ?? NULL_CONTEXT, d, p)), d.root, "tradingName") + "“we”, “us” or “our”) operates " + escapeText(strict(d.root, "service", "5:95"), d.root, "service") + shownFor((isFalsy(c.description) ? "" : c_about_main_4(c ?? NULL_CONTEXT, d, p)), c, "description") + ".\n"; }
function c_about_main_7(c, d, p) { return "This policy is published by " + escapeText(strict(c, "name", "15:30"), c, "name") + " (“we”, “us” or “our”).\n"; }
function c_about_main_8(c, d, p) { return escapeText(strict(c, "name", "13:2"), c, "name") + " (“we”, “us” or “our”) is " + escapeText(H.phrase(c.description), c, "description") + ".\n"; }
function c_about_main_6(c, d, p) { return shownFor((isFalsy(c.description) ? c_about_main_7(c ?? NULL_CONTEXT, d, p) : c_about_main_8(c ?? NULL_CONTEXT, d, p)), c, "description"); }
function c_about_main_10(c, d, p) { return escapeText(H.phrase(c.name), c, "name"); }
function c_about_main_11(c, d, p) { return escapeText(strict(c, "name", "8:90"), c, "name") + ", unless this section names another company for you"; }
function c_about_main_12(c, d, p) { return escapeText(strict(d.root, "company", "10:2"), d.root, "company") + " is " + escapeText(H.phrase(c.description), c, "description") + ".\n"; }
function c_about_main_9(c, d, p) { return escapeText(strict(d.root, "company", "7:2"), d.root, "company") + " is operated by " + escapeText(H.phrase(c.name), c, "name") + ".\nIn this policy, “" + escapeText(strict(d.root, "company", "8:19"), d.root, "company") + "”, “we”, “us” and “our” mean " + shownFor((isFalsy(d.root.othersNamed) ? c_about_main_10(c ?? NULL_CONTEXT, d, p) : c_about_main_11(c ?? NULL_CONTEXT, d, p)), d.root, "othersNamed") + ".\n" + shownFor((isFalsy(c.description) ? "" : c_about_main_12(c ?? NULL_CONTEXT, d, p)), c, "description"); }
function c_about_main_5(c, d, p) { return shownFor((isFalsy(d.root.tradingName) ? c_about_main_6(c ?? NULL_CONTEXT, d, p) : c_about_main_9(c ?? NULL_CONTEXT, d, p)), d.root, "tradingName"); }
function c_about_main_15(c, d, p) { return "We are based in " + escapeText(H.countryList(c.country), c, "country") + ".\n"; }
function c_about_main_14(c, d, p) { return shownFor((isFalsy(c.country) ? "" : c_about_main_15(c ?? NULL_CONTEXT, d, p)), c, "country"); }
function c_about_main_16(c, d, p) { return "Our address is " + escapeText(H.addressLine(c.address), c, "address") + ".\n"; }
function c_about_main_18(c, d, p) { return "Our registration number is " + escapeText(strict(c, "registration_number", "28:29"), c, "registration_number") + ".\n"; }
function c_about_main_17(c, d, p) { return shownFor((isFalsy(c.registration_number) ? "" : c_about_main_18(c ?? NULL_CONTEXT, d, p)), c, "registration_number"); }
function c_about_main_20(c, d, p) { return " under number " + escapeText(strict(c, "registration_number", "26:84"), c, "registration_number"); }
function c_about_main_19(c, d, p) { return "We are registered with " + escapeText(strict(c, "register_court", "26:25"), c, "register_court") + shownFor((isFalsy(c.registration_number) ? "" : c_about_main_20(c ?? NULL_CONTEXT, d, p)), c, "registration_number") + ".\n"; }
function c_about_main_13(c, d, p) { return shownFor((isFalsy(c.address) ? c_about_main_14(c ?? NULL_CONTEXT, d, p) : c_about_main_16(c ?? NULL_CONTEXT, d, p)), c, "address") + shownFor((isFalsy(c.register_court) ? c_about_main_17(c ?? NULL_CONTEXT, d, p) : c_about_main_19(c ?? NULL_CONTEXT, d, p)), c, "register_court"); }
function c_about_main_23(c, d, p) { return " (registration number " + escapeText(strict(c, "registration_number", "18:213"), c, "registration_number") + ")"; }
function c_about_main_22(c, d, p) { return shownFor((isFalsy(c.registration_number) ? "" : c_about_main_23(c ?? NULL_CONTEXT, d, p)), c, "registration_number"); }
function c_about_main_25(c, d, p) { return " under number " + escapeText(strict(c, "registration_number", "18:129"), c, "registration_number"); }
function c_about_main_24(c, d, p) { return " (registered with " + escapeText(strict(c, "register_court", "18:70"), c, "register_court") + shownFor((isFalsy(c.registration_number) ? "" : c_about_main_25(c ?? NULL_CONTEXT, d, p)), c, "registration_number") + ")"; }
function c_about_main_26(c, d, p) { return ", with our address at " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_21(c, d, p) { return "We are " + escapeText(H.phrase(c.legal_form), c, "legal_form") + shownFor((isFalsy(c.register_court) ? c_about_main_22(c ?? NULL_CONTEXT, d, p) : c_about_main_24(c ?? NULL_CONTEXT, d, p)), c, "register_court") + shownFor((isFalsy(c.address) ? "" : c_about_main_26(c ?? NULL_CONTEXT, d, p)), c, "address") + ".\n"; }
function c_about_main_27(c, d, p) { return escapeText(H.managementLead(c.managing_directors, c.management_role), c, "management_role") + " " + escapeText(H.joinAnd(c.managing_directors), c, "managing_directors") + ".\n"; }
function c_about_main_28(c, d, p) { return "Our VAT identification number is " + escapeText(strict(c, "vat_id", "35:35"), c, "vat_id") + ".\n"; }
function c_about_main_29(c, d, p) { return "More information about our company is in our legal notice at " + sourced(get(H, "link")(c.legal_notice) ?? "", c, "legal_notice") + ".\n"; }
function c_about_main_32(c, d, p) { return "We are responsible for the personal information described in this policy.\n"; }
function c_about_main_33(c, d, p) { return "As the controller of the personal data described in this policy, we decide why and how it is used.\n"; }
function c_about_main_31(c, d, p) { return shownFor((isFalsy(d.root.gdprLike) ? c_about_main_32(c ?? NULL_CONTEXT, d, p) : c_about_main_33(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike"); }
function c_about_main_35(c, d, p) { return "Unless this section names another company as responsible for your " + escapeText(strict(d.root, "pd", "45:68"), d.root, "pd") + ", we are responsible for it.\n"; }
function c_about_main_36(c, d, p) { return "Unless this section names another company as the controller of your " + escapeText(strict(d.root, "pd", "43:70"), d.root, "pd") + ", we are its controller and decide why and how it is used.\n"; }
function c_about_main_34(c, d, p) { return shownFor((isFalsy(d.root.gdprLike) ? c_about_main_35(c ?? NULL_CONTEXT, d, p) : c_about_main_36(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike"); }
function c_about_main_30(c, d, p) { return shownFor((isFalsy(d.root.othersNamed) ? c_about_main_31(c ?? NULL_CONTEXT, d, p) : c_about_main_34(c ?? NULL_CONTEXT, d, p)), d.root, "othersNamed"); }
function c_about_main_37(c, d, p) { return ""; }
function c_about_main_38(c, d, p) { return "This policy covers " + escapeText(H.joinAnd(c.scope), c, "scope") + ".\n"; }
function c_about_main_40(c, d, p) { return "This policy"; }
function c_about_main_41(c, d, p) { return "It"; }
function c_about_main_39(c, d, p) { return shownFor((isFalsy(c.scope) ? c_about_main_40(c ?? NULL_CONTEXT, d, p) : c_about_main_41(c ?? NULL_CONTEXT, d, p)), c, "scope") + " does not apply to " + escapeText(H.joinOr(c.out_of_scope), c, "out_of_scope") + ".\n"; }
function c_about_main_43(c, d, p) { return " in how we handle " + escapeText(strict(d.root, "pd", "61:89"), d.root, "pd"); }
function c_about_main_42(c, d, p) { return "We follow " + escapeText(H.joinAnd(d.root.lawNames), d.root, "lawNames") + shownFor((isFalsy(d.root.collectsNothing) ? c_about_main_43(c ?? NULL_CONTEXT, d, p) : ""), d.root, "collectsNothing") + ".\n"; }
function c_about_main_45(c, d, p) { return ", " + escapeText(strict(c, "name", "65:69"), c, "name") + ","; }
function c_about_main_47(c, d, p) { return " or "; }
function c_about_main_48(c, d, p) { return ", "; }
function c_about_main_46(c, d, p) { return shownFor((isFalsy(H.or(c.fax, c.address)) ? c_about_main_47(c ?? NULL_CONTEXT, d, p) : c_about_main_48(c ?? NULL_CONTEXT, d, p)), c, "fax", c, "address") + "by phone at " + escapeText(strict(c, "phone", "65:198"), c, "phone"); }
function c_about_main_50(c, d, p) { return " or "; }
function c_about_main_51(c, d, p) { return ", "; }
function c_about_main_49(c, d, p) { return shownFor((isFalsy(c.address) ? c_about_main_50(c ?? NULL_CONTEXT, d, p) : c_about_main_51(c ?? NULL_CONTEXT, d, p)), c, "address") + "by fax at " + escapeText(strict(c, "fax", "65:271"), c, "fax"); }
function c_about_main_52(c, d, p) { return " or by post at " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_53(c, d, p) { return " You can also reach them through " + sourced(get(H, "link")(c.url) ?? "", c, "url") + "."; }
function c_about_main_44(c, d, p) { return "We have appointed a Data Protection Officer" + shownFor((isFalsy(d.root.dpoNamed) ? "" : c_about_main_45(c ?? NULL_CONTEXT, d, p)), d.root, "dpoNamed") + " whom you can contact at " + sourced(H.mailto(c.email) ?? "", c, "email") + shownFor((isFalsy(c.phone) ? "" : c_about_main_46(c ?? NULL_CONTEXT, d, p)), c, "phone") + shownFor((isFalsy(c.fax) ? "" : c_about_main_49(c ?? NULL_CONTEXT, d, p)), c, "fax") + shownFor((isFalsy(c.address) ? "" : c_about_main_52(c ?? NULL_CONTEXT, d, p)), c, "address") + "." + shownFor((isFalsy(c.url) ? "" : c_about_main_53(c ?? NULL_CONTEXT, d, p)), c, "url") + "\n"; }
function c_about_main_55(c, d, p) { return "We have appointed a representative in " + escapeText(strict(c, "region", "69:123"), c, "region") + " under " + escapeText(strict(c, "citation", "69:140"), c, "citation"); }
function c_about_main_56(c, d, p) { return "Our representative in " + escapeText(strict(c, "region", "69:36"), c, "region") + " under " + escapeText(strict(c, "citation", "69:53"), c, "citation") + " is " + escapeText(strict(c, "name", "69:69"), c, "name"); }
function c_about_main_58(c, d, p) { return ", " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_57(c, d, p) { return shownFor((isFalsy(c.address) ? "" : c_about_main_58(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_about_main_60(c, d, p) { return " or by post at " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_59(c, d, p) { return ", whom you can contact at " + sourced(H.mailto(c.email) ?? "", c, "email") + shownFor((isFalsy(c.address) ? "" : c_about_main_60(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_about_main_54(c, d, p) { return shownFor((isFalsy(c.name) ? c_about_main_55(c ?? NULL_CONTEXT, d, p) : c_about_main_56(c ?? NULL_CONTEXT, d, p)), c, "name") + shownFor((isFalsy(c.email) ? c_about_main_57(c ?? NULL_CONTEXT, d, p) : c_about_main_59(c ?? NULL_CONTEXT, d, p)), c, "email") + ".\n"; }
function c_about_main_62(c, d, p) { return "Other companies responsible for your " + escapeText(strict(d.root, "pd", "73:90"), d.root, "pd"); }
function c_about_main_63(c, d, p) { return "Other controllers"; }
function c_about_main_65(c, d, p) { return "people"; }
function c_about_main_66(c, d, p) { return escapeText(H.joinAnd(c.audienceNames), c, "audienceNames"); }
function c_about_main_67(c, d, p) { return " who use " + escapeText(H.joinOr(c.productNames), c, "productNames"); }
function c_about_main_69(c, d, p) { return " who"; }
function c_about_main_70(c, d, p) { return " and"; }
function c_about_main_68(c, d, p) { return shownFor((isFalsy(c.productNames) ? c_about_main_69(c ?? NULL_CONTEXT, d, p) : c_about_main_70(c ?? NULL_CONTEXT, d, p)), c, "productNames") + " live in " + escapeText(H.joinOr(c.regionNames), c, "regionNames"); }
function c_about_main_72(c, d, p) { return " who"; }
function c_about_main_73(c, d, p) { return " and"; }
function c_about_main_71(c, d, p) { return shownFor((isFalsy(H.or(c.productNames, c.regionNames)) ? c_about_main_72(c ?? NULL_CONTEXT, d, p) : c_about_main_73(c ?? NULL_CONTEXT, d, p)), c, "productNames", c, "regionNames") + " do not live in " + escapeText(H.joinOr(c.exceptRegionNames), c, "exceptRegionNames"); }
function c_about_main_74(c, d, p) { return "the company responsible"; }
function c_about_main_75(c, d, p) { return "the controller"; }
function c_about_main_76(c, d, p) { return escapeText(H.phrase(c.description), c, "description"); }
function c_about_main_78(c, d, p) { return escapeText(H.phrase(c.name), c, "name"); }
function c_about_main_79(c, d, p) { return escapeText(strict(c, "name", "76:508"), c, "name"); }
function c_about_main_80(c, d, p) { return ", " + escapeText(H.phrase(c.description), c, "description"); }
function c_about_main_77(c, d, p) { return shownFor((isFalsy(H.or(c.description, c.address, c.country, c.email)) ? c_about_main_78(c ?? NULL_CONTEXT, d, p) : c_about_main_79(c ?? NULL_CONTEXT, d, p)), c, "description", c, "address", c, "country", c, "email") + shownFor((isFalsy(c.description) ? "" : c_about_main_80(c ?? NULL_CONTEXT, d, p)), c, "description"); }
function c_about_main_82(c, d, p) { return ", based in " + escapeText(H.countryList(c.country), c, "country"); }
function c_about_main_81(c, d, p) { return shownFor((isFalsy(c.country) ? "" : c_about_main_82(c ?? NULL_CONTEXT, d, p)), c, "country"); }
function c_about_main_83(c, d, p) { return ", " + escapeText(H.addressLine(c.address), c, "address"); }
function c_about_main_84(c, d, p) { return " (" + sourced(H.mailto(c.email) ?? "", c, "email") + ")"; }
function c_about_main_86(c, d, p) { return "responsible"; }
function c_about_main_87(c, d, p) { return "a controller"; }
function c_about_main_85(c, d, p) { return " " + escapeText(strict(d.root, "legalName", "76:798"), d.root, "legalName") + " is also " + shownFor((isFalsy(d.root.gdprLike) ? c_about_main_86(c ?? NULL_CONTEXT, d, p) : c_about_main_87(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike") + " for some of the processing of their " + escapeText(strict(d.root, "pd", "76:923"), d.root, "pd") + "."; }
function c_about_main_64(c, d, p) { return "- For " + shownFor((isFalsy(c.audienceNames) ? c_about_main_65(c ?? NULL_CONTEXT, d, p) : c_about_main_66(c ?? NULL_CONTEXT, d, p)), c, "audienceNames") + shownFor((isFalsy(c.productNames) ? "" : c_about_main_67(c ?? NULL_CONTEXT, d, p)), c, "productNames") + shownFor((isFalsy(c.regionNames) ? "" : c_about_main_68(c ?? NULL_CONTEXT, d, p)), c, "regionNames") + shownFor((isFalsy(c.exceptRegionNames) ? "" : c_about_main_71(c ?? NULL_CONTEXT, d, p)), c, "exceptRegionNames") + ", " + shownFor((isFalsy(d.root.gdprLike) ? c_about_main_74(c ?? NULL_CONTEXT, d, p) : c_about_main_75(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike") + " is " + shownFor((isFalsy(c.name) ? c_about_main_76(c ?? NULL_CONTEXT, d, p) : c_about_main_77(c ?? NULL_CONTEXT, d, p)), c, "name") + shownFor((isFalsy(c.address) ? c_about_main_81(c ?? NULL_CONTEXT, d, p) : c_about_main_83(c ?? NULL_CONTEXT, d, p)), c, "address") + shownFor((isFalsy(c.email) ? "" : c_about_main_84(c ?? NULL_CONTEXT, d, p)), c, "email") + "." + shownFor((isFalsy(c.alongside_main) ? "" : c_about_main_85(c ?? NULL_CONTEXT, d, p)), c, "alongside_main") + "\n"; }
function c_about_main_61(c, d, p) { return "### " + shownFor((isFalsy(d.root.gdprLike) ? c_about_main_62(c ?? NULL_CONTEXT, d, p) : c_about_main_63(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike") + "\n\n" + each(d.root.otherControllers, d, (v, f) => c_about_main_64(v, f, p), () => "") + "\nWhere this section names another company for you, “we”, “us” and “our” in the rest of this policy mean that company.\n"; }
function c_about_main_1(c, d, p) { return shownFor((isFalsy(d.root.serviceIsCompany) ? c_about_main_2(c ?? NULL_CONTEXT, d, p) : c_about_main_5(c ?? NULL_CONTEXT, d, p)), d.root, "serviceIsCompany") + shownFor((isFalsy(c.legal_form) ? c_about_main_13(c ?? NULL_CONTEXT, d, p) : c_about_main_21(c ?? NULL_CONTEXT, d, p)), c, "legal_form") + shownFor((isFalsy(c.managing_directors) ? "" : c_about_main_27(c ?? NULL_CONTEXT, d, p)), c, "managing_directors") + shownFor((isFalsy(c.vat_id) ? "" : c_about_main_28(c ?? NULL_CONTEXT, d, p)), c, "vat_id") + shownFor((isFalsy(c.legal_notice) ? "" : c_about_main_29(c ?? NULL_CONTEXT, d, p)), c, "legal_notice") + shownFor((isFalsy(d.root.collectsNothing) ? c_about_main_30(c ?? NULL_CONTEXT, d, p) : c_about_main_37(c ?? NULL_CONTEXT, d, p)), d.root, "collectsNothing") + "\n" + shownFor((isFalsy(c.scope) ? "" : c_about_main_38(c ?? NULL_CONTEXT, d, p)), c, "scope") + shownFor((isFalsy(c.out_of_scope) ? "" : c_about_main_39(c ?? NULL_CONTEXT, d, p)), c, "out_of_scope") + "\n" + shownFor((isFalsy(d.root.lawNames) ? "" : c_about_main_42(c ?? NULL_CONTEXT, d, p)), d.root, "lawNames") + "\n" + withContext(c.dpo, (v) => c_about_main_44(v, d, p), () => "") + "\n" + each(d.root.representatives, d, (v, f) => c_about_main_54(v, f, p), () => "") + "\n" + shownFor((isFalsy(d.root.othersNamed) ? "" : c_about_main_61(c ?? NULL_CONTEXT, d, p)), d.root, "othersNamed"); }
function c_about_main_0(c, d, p) { return "## Who we are\n\n" + withContext(c.policy.controller, (v) => c_about_main_1(v, d, p), () => ""); }
function c_about_main(c, d, p) { return c_about_main_0(c, d, p); }
function c_ai_main_92(c, d, p) { return " Data used: " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_ai_main_93(c, d, p) { return " The model is provided by " + escapeText(H.phrase(c.provider), c, "provider") + "."; }
function c_ai_main_94(c, d, p) { return " " + escapeText(H.sentence(c.limitations), c, "limitations"); }
function c_ai_main_91(c, d, p) { return "- **" + escapeText(strict(c, "name", "8:6"), c, "name") + "**: " + escapeText(H.sentence(c.description), c, "description") + shownFor((isFalsy(c.categoryNames) ? "" : c_ai_main_92(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + shownFor((isFalsy(c.provider) ? "" : c_ai_main_93(c ?? NULL_CONTEXT, d, p)), c, "provider") + shownFor((isFalsy(c.limitations) ? "" : c_ai_main_94(c ?? NULL_CONTEXT, d, p)), c, "limitations") + "\n"; }
function c_ai_main_90(c, d, p) { return "We use AI and automated processing in the following ways:\n\n" + each(d.root.ai.features, d, (v, f) => c_ai_main_91(v, f, p), () => "") + "\n"; }
function c_partials_training_data_main_101(c, d, p) { return escapeText(strict(d.root, "pd", "1:72"), d.root, "pd"); }
function c_partials_training_data_main_102(c, d, p) { return escapeText(H.joinAnd(d.root.ai.trainingData), d.root.ai, "trainingData"); }
function c_partials_training_data_main_100(c, d, p) { return shownFor((isFalsy(d.root.ai.trainingData) ? c_partials_training_data_main_101(c ?? NULL_CONTEXT, d, p) : c_partials_training_data_main_102(c ?? NULL_CONTEXT, d, p)), d.root.ai, "trainingData"); }
function c_partials_training_data_main(c, d, p) { return c_partials_training_data_main_100(c, d, p); }
function c_ai_main_99(c, d, p) { return "We use your " + partial("partials/training-data", p, c, d) + " to train AI models.\n"; }
function c_ai_main_98(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "yes")) ? "" : c_ai_main_99(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_103(c, d, p) { return "We use your " + partial("partials/training-data", p, c, d) + " to train AI models only after anonymizing it, so that it can no longer be linked to you.\n"; }
function c_ai_main_97(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "anonymized")) ? c_ai_main_98(c ?? NULL_CONTEXT, d, p) : c_ai_main_103(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_104(c, d, p) { return "We may use your " + partial("partials/training-data", p, c, d) + " to train AI models unless you opt out.\n"; }
function c_ai_main_96(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "opt_out")) ? c_ai_main_97(c ?? NULL_CONTEXT, d, p) : c_ai_main_104(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_105(c, d, p) { return "We use your " + partial("partials/training-data", p, c, d) + " to train AI models only if you opt in.\n"; }
function c_ai_main_95(c, d, p) { return shownFor((isFalsy(H.eq(c.training, "opt_in")) ? c_ai_main_96(c ?? NULL_CONTEXT, d, p) : c_ai_main_105(c ?? NULL_CONTEXT, d, p)), c, "training"); }
function c_ai_main_106(c, d, p) { return "We do not use your " + partial("partials/training-data", p, c, d) + " to train AI models.\n"; }
function c_ai_main_107(c, d, p) { return escapeText(H.sentence(c.training_detail), c, "training_detail") + "\n"; }
function c_ai_main_108(c, d, p) { return escapeText(H.joinAnd(d.root.ai.nonTrainingProviders), d.root.ai, "nonTrainingProviders") + " " + escapeText(H.plural(d.root.ai.nonTrainingProviders, "does", "do")) + " not use your data to train " + escapeText(H.plural(d.root.ai.nonTrainingProviders, "its", "their")) + " own models.\n"; }
function c_ai_main_109(c, d, p) { return escapeText(H.joinAnd(d.root.ai.trainingProviders), d.root.ai, "trainingProviders") + " may use your data to train " + escapeText(H.plural(d.root.ai.trainingProviders, "its", "their")) + " own models.\n"; }
function c_ai_main_112(c, d, p) { return " (" + escapeText(strict(d.root, "automatedDecisionsCitation", "47:161"), d.root, "automatedDecisionsCitation") + ")"; }
function c_ai_main_111(c, d, p) { return "We do not make decisions that have legal or similarly significant effects on you based solely on automated processing" + shownFor((isFalsy(d.root.automatedDecisionsCitation) ? "" : c_ai_main_112(c ?? NULL_CONTEXT, d, p)), d.root, "automatedDecisionsCitation") + ".\n"; }
function c_ai_main_110(c, d, p) { return shownFor((isFalsy(H.eq(c.automated_decisions, false)) ? "" : c_ai_main_111(c ?? NULL_CONTEXT, d, p)), c, "automated_decisions"); }
function c_ai_main_114(c, d, p) { return " (" + escapeText(strict(d.root, "automatedDecisionsCitation", "34:149"), d.root, "automatedDecisionsCitation") + ")"; }
function c_ai_main_115(c, d, p) { return escapeText(H.sentence(c.decision_logic), c, "decision_logic") + "\n"; }
function c_ai_main_116(c, d, p) { return escapeText(H.sentence(c.decision_consequences), c, "decision_consequences") + "\n"; }
function c_ai_main_118(c, d, p) { return "You can ask for a person to review such a decision and give your point of view.\n"; }
function c_ai_main_117(c, d, p) { return shownFor((isFalsy(d.root.laws.swiss_fadp) ? "" : c_ai_main_118(c ?? NULL_CONTEXT, d, p)), d.root.laws, "swiss_fadp"); }
function c_ai_main_119(c, d, p) { return "You can ask for a person to review such a decision, give your point of view and contest the decision.\n"; }
function c_ai_main_113(c, d, p) { return "Some decisions that have legal or similarly significant effects on you are made solely by automated means" + shownFor((isFalsy(d.root.automatedDecisionsCitation) ? "" : c_ai_main_114(c ?? NULL_CONTEXT, d, p)), d.root, "automatedDecisionsCitation") + ".\n" + shownFor((isFalsy(c.decision_logic) ? "" : c_ai_main_115(c ?? NULL_CONTEXT, d, p)), c, "decision_logic") + shownFor((isFalsy(c.decision_consequences) ? "" : c_ai_main_116(c ?? NULL_CONTEXT, d, p)), c, "decision_consequences") + shownFor((isFalsy(H.or(d.root.laws.gdpr, d.root.laws.uk_gdpr)) ? c_ai_main_117(c ?? NULL_CONTEXT, d, p) : c_ai_main_119(c ?? NULL_CONTEXT, d, p)), d.root.laws, "gdpr", d.root.laws, "uk_gdpr"); }
function c_ai_main_120(c, d, p) { return escapeText(H.sentence(c.advice), c, "advice") + "\n"; }
function c_ai_main_89(c, d, p) { return "## AI and automated processing\n\n" + shownFor((isFalsy(d.root.ai.features) ? "" : c_ai_main_90(c ?? NULL_CONTEXT, d, p)), d.root.ai, "features") + shownFor((isFalsy(H.eq(c.training, "never")) ? c_ai_main_95(c ?? NULL_CONTEXT, d, p) : c_ai_main_106(c ?? NULL_CONTEXT, d, p)), c, "training") + shownFor((isFalsy(c.training_detail) ? "" : c_ai_main_107(c ?? NULL_CONTEXT, d, p)), c, "training_detail") + shownFor((isFalsy(d.root.ai.nonTrainingProviders) ? "" : c_ai_main_108(c ?? NULL_CONTEXT, d, p)), d.root.ai, "nonTrainingProviders") + shownFor((isFalsy(d.root.ai.trainingProviders) ? "" : c_ai_main_109(c ?? NULL_CONTEXT, d, p)), d.root.ai, "trainingProviders") + "\n" + shownFor((isFalsy(c.automated_decisions) ? c_ai_main_110(c ?? NULL_CONTEXT, d, p) : c_ai_main_113(c ?? NULL_CONTEXT, d, p)), c, "automated_decisions") + "\n" + shownFor((isFalsy(c.advice) ? "" : c_ai_main_120(c ?? NULL_CONTEXT, d, p)), c, "advice"); }
function c_ai_main_88(c, d, p) { return withContext(c.policy.ai, (v) => c_ai_main_89(v, d, p), () => ""); }
function c_ai_main(c, d, p) { return c_ai_main_88(c, d, p); }
function c_breaches_main_125(c, d, p) { return " and "; }
function c_breaches_main_124(c, d, p) { return "you" + shownFor((isFalsy(c.notify_authority) ? "" : c_breaches_main_125(c ?? NULL_CONTEXT, d, p)), c, "notify_authority"); }
function c_breaches_main_128(c, d, p) { return "the relevant authorities"; }
function c_breaches_main_129(c, d, p) { return "the competent supervisory authority"; }
function c_breaches_main_127(c, d, p) { return shownFor((isFalsy(d.root.gdprLike) ? c_breaches_main_128(c ?? NULL_CONTEXT, d, p) : c_breaches_main_129(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike"); }
function c_breaches_main_130(c, d, p) { return escapeText(H.joinAnd(H.institutions(d.root.breachAuthorities)), d.root, "breachAuthorities"); }
function c_breaches_main_126(c, d, p) { return shownFor((isFalsy(d.root.breachAuthorities) ? c_breaches_main_127(c ?? NULL_CONTEXT, d, p) : c_breaches_main_130(c ?? NULL_CONTEXT, d, p)), d.root, "breachAuthorities"); }
function c_breaches_main_132(c, d, p) { return " where feasible"; }
function c_breaches_main_131(c, d, p) { return " within " + escapeText(H.durationWords(c.within), c, "within") + shownFor((isFalsy(c.where_feasible) ? "" : c_breaches_main_132(c ?? NULL_CONTEXT, d, p)), c, "where_feasible"); }
function c_breaches_main_133(c, d, p) { return escapeText(H.sentenceStart(c.laws), c, "laws") + " " + escapeText(H.plural(c.count, "requires", "require")) + " us to notify the supervisory authority without undue delay and, where feasible, within " + escapeText(strict(c, "authorityWithin", "7:150"), c, "authorityWithin") + " of becoming aware of a breach, unless it is unlikely to result in a risk to people's rights and freedoms (" + escapeText(strict(c, "authorityCitation", "7:276"), c, "authorityCitation") + "), and to tell you without undue delay when a breach is likely to result in a high risk to your rights and freedoms (" + escapeText(strict(c, "individualsCitation", "7:414"), c, "individualsCitation") + ").\n"; }
function c_breaches_main_123(c, d, p) { return "## Data breaches\n\nIf we become aware of a breach of security that affects your " + escapeText(strict(d.root, "pd", "5:63"), d.root, "pd") + ", we will notify " + shownFor((isFalsy(c.notify_users) ? "" : c_breaches_main_124(c ?? NULL_CONTEXT, d, p)), c, "notify_users") + shownFor((isFalsy(c.notify_authority) ? "" : c_breaches_main_126(c ?? NULL_CONTEXT, d, p)), c, "notify_authority") + shownFor((isFalsy(c.within) ? "" : c_breaches_main_131(c ?? NULL_CONTEXT, d, p)), c, "within") + ".\n" + withContext(d.root.breachLaw, (v) => c_breaches_main_133(v, d, p), () => ""); }
function c_breaches_main_122(c, d, p) { return shownFor((isFalsy(H.or(c.notify_users, c.notify_authority)) ? "" : c_breaches_main_123(c ?? NULL_CONTEXT, d, p)), c, "notify_users", c, "notify_authority"); }
function c_breaches_main_121(c, d, p) { return withContext(c.policy.breach_notification, (v) => c_breaches_main_122(v, d, p), () => ""); }
function c_breaches_main(c, d, p) { return c_breaches_main_121(c, d, p); }
function c_changes_main_138(c, d, p) { return "If we make a material change"; }
function c_changes_main_139(c, d, p) { return "If we change this policy"; }
function c_changes_main_140(c, d, p) { return "will"; }
function c_changes_main_141(c, d, p) { return "may"; }
function c_changes_main_137(c, d, p) { return shownFor((isFalsy(H.eq(c.scope, "all")) ? c_changes_main_138(c ?? NULL_CONTEXT, d, p) : c_changes_main_139(c ?? NULL_CONTEXT, d, p)), c, "scope") + ", we " + shownFor((isFalsy(H.eq(c.notify, "may")) ? c_changes_main_140(c ?? NULL_CONTEXT, d, p) : c_changes_main_141(c ?? NULL_CONTEXT, d, p)), c, "notify") + " tell you at least " + escapeText(H.durationWords(c.notice_period), c, "notice_period") + " before it takes effect.\n"; }
function c_changes_main_136(c, d, p) { return shownFor((isFalsy(c.notice_period) ? "" : c_changes_main_137(c ?? NULL_CONTEXT, d, p)), c, "notice_period"); }
function c_changes_main_143(c, d, p) { return "If we make a material change"; }
function c_changes_main_144(c, d, p) { return "If we change this policy"; }
function c_changes_main_145(c, d, p) { return "will"; }
function c_changes_main_146(c, d, p) { return "may"; }
function c_changes_main_147(c, d, p) { return escapeText(H.joinAnd(H.changeChannels(c.channels, d.root.namedService)), c, "channels"); }
function c_changes_main_148(c, d, p) { return escapeText(H.joinOr(H.changeChannels(c.channels, d.root.namedService)), c, "channels"); }
function c_changes_main_149(c, d, p) { return " at least " + escapeText(H.durationWords(c.notice_period), c, "notice_period") + " before it takes effect"; }
function c_changes_main_142(c, d, p) { return shownFor((isFalsy(H.eq(c.scope, "all")) ? c_changes_main_143(c ?? NULL_CONTEXT, d, p) : c_changes_main_144(c ?? NULL_CONTEXT, d, p)), c, "scope") + ", we " + shownFor((isFalsy(H.eq(c.notify, "may")) ? c_changes_main_145(c ?? NULL_CONTEXT, d, p) : c_changes_main_146(c ?? NULL_CONTEXT, d, p)), c, "notify") + " tell you " + shownFor((isFalsy(c.any_channel) ? c_changes_main_147(c ?? NULL_CONTEXT, d, p) : c_changes_main_148(c ?? NULL_CONTEXT, d, p)), c, "any_channel") + shownFor((isFalsy(c.notice_period) ? "" : c_changes_main_149(c ?? NULL_CONTEXT, d, p)), c, "notice_period") + ".\n"; }
function c_changes_main_150(c, d, p) { return "If you keep using " + escapeText(strict(d.root, "service", "11:20"), d.root, "service") + " after a change takes effect, you accept the updated policy.\n"; }
function c_changes_main_151(c, d, p) { return "\nThe current version of this policy is always available at " + sourced(get(H, "link")(d.root.presentation.url) ?? "", d.root.presentation, "url") + ".\n"; }
function c_changes_main_152(c, d, p) { return "\nYou can subscribe to updates of this policy at " + sourced(get(H, "link")(c.subscribe_url) ?? "", c, "subscribe_url") + ".\n"; }
function c_changes_main_135(c, d, p) { return "## Changes to this policy\n\nWe may update this policy from time to time.\n" + shownFor((isFalsy(c.channels) ? c_changes_main_136(c ?? NULL_CONTEXT, d, p) : c_changes_main_142(c ?? NULL_CONTEXT, d, p)), c, "channels") + shownFor((isFalsy(c.continued_use_is_acceptance) ? "" : c_changes_main_150(c ?? NULL_CONTEXT, d, p)), c, "continued_use_is_acceptance") + shownFor((isFalsy(d.root.presentation.url) ? "" : c_changes_main_151(c ?? NULL_CONTEXT, d, p)), d.root.presentation, "url") + shownFor((isFalsy(c.subscribe_url) ? "" : c_changes_main_152(c ?? NULL_CONTEXT, d, p)), c, "subscribe_url"); }
function c_changes_main_134(c, d, p) { return withContext(c.policy.changes, (v) => c_changes_main_135(v, d, p), () => ""); }
function c_changes_main(c, d, p) { return c_changes_main_134(c, d, p); }
function c_children_main_157(c, d, p) { return "are"; }
function c_children_main_158(c, d, p) { return "is"; }
function c_children_main_159(c, d, p) { return ", and we do not knowingly collect " + escapeText(strict(d.root, "pd", "10:194"), d.root, "pd") + " from anyone under " + escapeText(strict(c, "min_age", "10:225"), c, "min_age"); }
function c_children_main_156(c, d, p) { return escapeText(H.sentenceStart(d.root.service), d.root, "service") + " " + shownFor((isFalsy(d.root.namedService) ? c_children_main_157(c ?? NULL_CONTEXT, d, p) : c_children_main_158(c ?? NULL_CONTEXT, d, p)), d.root, "namedService") + " not directed to children under " + escapeText(strict(c, "min_age", "10:112"), c, "min_age") + shownFor((isFalsy(H.eq(c.knowingly_collects, false)) ? "" : c_children_main_159(c ?? NULL_CONTEXT, d, p)), c, "knowingly_collects") + ".\n"; }
function c_children_main_155(c, d, p) { return shownFor((isFalsy(c.min_age) ? "" : c_children_main_156(c ?? NULL_CONTEXT, d, p)), c, "min_age"); }
function c_children_main_161(c, d, p) { return "are"; }
function c_children_main_162(c, d, p) { return "is"; }
function c_children_main_163(c, d, p) { return " aged " + escapeText(strict(c, "min_age", "5:123"), c, "min_age") + " and over"; }
function c_children_main_164(c, d, p) { return escapeText(H.sentenceStart(d.root.lawText.coppa.name), d.root.lawText.coppa, "name") + " requires us to get the verifiable consent of a parent or guardian before we collect personal information from a child under 13, except in the cases it allows.\n"; }
function c_children_main_160(c, d, p) { return escapeText(H.sentenceStart(d.root.service), d.root, "service") + " " + shownFor((isFalsy(d.root.namedService) ? c_children_main_161(c ?? NULL_CONTEXT, d, p) : c_children_main_162(c ?? NULL_CONTEXT, d, p)), d.root, "namedService") + " designed for children" + shownFor((isFalsy(c.min_age) ? "" : c_children_main_163(c ?? NULL_CONTEXT, d, p)), c, "min_age") + ".\n" + shownFor((isFalsy(d.root.laws.coppa) ? "" : c_children_main_164(c ?? NULL_CONTEXT, d, p)), d.root.laws, "coppa"); }
function c_children_main_167(c, d, p) { return " under " + escapeText(strict(c, "min_age", "13:172"), c, "min_age"); }
function c_children_main_166(c, d, p) { return "If you believe that a child" + shownFor((isFalsy(c.min_age) ? "" : c_children_main_167(c ?? NULL_CONTEXT, d, p)), c, "min_age") + " has given us " + escapeText(strict(d.root, "pd", "13:204"), d.root, "pd"); }
function c_children_main_168(c, d, p) { return "If you are a parent or guardian and believe that your child has given us " + escapeText(strict(d.root, "pd", "13:103"), d.root, "pd"); }
function c_children_main_165(c, d, p) { return shownFor((isFalsy(c.directed_to_children) ? c_children_main_166(c ?? NULL_CONTEXT, d, p) : c_children_main_168(c ?? NULL_CONTEXT, d, p)), c, "directed_to_children") + ", please contact us at " + sourced(H.mailto(c.contact) ?? "", c, "contact") + ".\n"; }
function c_children_main_169(c, d, p) { return "If we learn that we have collected " + escapeText(strict(d.root, "pd", "16:37"), d.root, "pd") + " from a child under " + escapeText(strict(c, "min_age", "16:69"), c, "min_age") + ", we will delete it.\n"; }
function c_children_main_170(c, d, p) { return "If we learn or have reason to suspect that a user is under " + escapeText(strict(c, "min_age", "19:61"), c, "min_age") + ", we will close their account.\n"; }
function c_children_main_154(c, d, p) { return "## Children's privacy\n\n" + shownFor((isFalsy(c.directed_to_children) ? c_children_main_155(c ?? NULL_CONTEXT, d, p) : c_children_main_160(c ?? NULL_CONTEXT, d, p)), c, "directed_to_children") + shownFor((isFalsy(c.contact) ? "" : c_children_main_165(c ?? NULL_CONTEXT, d, p)), c, "contact") + shownFor((isFalsy(H.and(c.delete_on_discovery, c.min_age)) ? "" : c_children_main_169(c ?? NULL_CONTEXT, d, p)), c, "delete_on_discovery", c, "min_age") + shownFor((isFalsy(H.and(c.close_account_on_discovery, c.min_age)) ? "" : c_children_main_170(c ?? NULL_CONTEXT, d, p)), c, "close_account_on_discovery", c, "min_age"); }
function c_children_main_153(c, d, p) { return withContext(c.policy.children, (v) => c_children_main_154(v, d, p), () => ""); }
function c_children_main(c, d, p) { return c_children_main_153(c, d, p); }
function c_collection_main_174(c, d, p) { return "We do not collect any " + escapeText(strict(c, "pd", "33:24"), c, "pd") + ".\n"; }
function c_partials_data_category_main_179(c, d, p) { return " (" + escapeText(H.phrase(c.condition), c, "condition") + ")"; }
function c_partials_data_category_main_182(c, d, p) { return "For example, " + escapeText(H.joinAnd(c.examples), c, "examples"); }
function c_partials_data_category_main_183(c, d, p) { return escapeText(H.capitalize(H.joinAnd(c.examples)), c, "examples"); }
function c_partials_data_category_main_181(c, d, p) { return " " + shownFor((isFalsy(c.examples_complete) ? c_partials_data_category_main_182(c ?? NULL_CONTEXT, d, p) : c_partials_data_category_main_183(c ?? NULL_CONTEXT, d, p)), c, "examples_complete") + "."; }
function c_partials_data_category_main_184(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_partials_data_category_main_187(c, d, p) { return "Source:"; }
function c_partials_data_category_main_188(c, d, p) { return "Received from"; }
function c_partials_data_category_main_186(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "third_party")) ? c_partials_data_category_main_187(c ?? NULL_CONTEXT, d, p) : c_partials_data_category_main_188(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_partials_data_category_main_189(c, d, p) { return "Collected through"; }
function c_partials_data_category_main_185(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.source, "automatic")) ? c_partials_data_category_main_186(c ?? NULL_CONTEXT, d, p) : c_partials_data_category_main_189(c ?? NULL_CONTEXT, d, p)), c, "source") + " " + escapeText(H.phrase(c.source_detail), c, "source_detail") + "."; }
function c_partials_data_category_main_190(c, d, p) { return " Giving us this information is optional."; }
function c_partials_data_category_main_191(c, d, p) { return " We treat it as sensitive " + escapeText(strict(d.root, "pd", "1:543"), d.root, "pd") + "."; }
function c_partials_data_category_main_192(c, d, p) { return " " + escapeText(H.sentence(c.note), c, "note"); }
function c_partials_data_category_main_193(c, d, p) { return " Collected only in " + escapeText(H.joinAnd(c.productNames), c, "productNames") + "."; }
function c_partials_data_category_main_180(c, d, p) { return ":" + shownFor((isFalsy(c.examples) ? "" : c_partials_data_category_main_181(c ?? NULL_CONTEXT, d, p)), c, "examples") + shownFor((isFalsy(c.description) ? "" : c_partials_data_category_main_184(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.source_detail) ? "" : c_partials_data_category_main_185(c ?? NULL_CONTEXT, d, p)), c, "source_detail") + shownFor((isFalsy(c.optional) ? "" : c_partials_data_category_main_190(c ?? NULL_CONTEXT, d, p)), c, "optional") + shownFor((isFalsy(c.sensitive) ? "" : c_partials_data_category_main_191(c ?? NULL_CONTEXT, d, p)), c, "sensitive") + shownFor((isFalsy(c.note) ? "" : c_partials_data_category_main_192(c ?? NULL_CONTEXT, d, p)), c, "note") + shownFor((isFalsy(c.productNames) ? "" : c_partials_data_category_main_193(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_data_category_main_178(c, d, p) { return "**" + escapeText(strict(c, "name", "1:4"), c, "name") + "**" + shownFor((isFalsy(c.condition) ? "" : c_partials_data_category_main_179(c ?? NULL_CONTEXT, d, p)), c, "condition") + shownFor((isFalsy(c.hasDetails) ? "" : c_partials_data_category_main_180(c ?? NULL_CONTEXT, d, p)), c, "hasDetails"); }
function c_partials_data_category_main(c, d, p) { return c_partials_data_category_main_178(c, d, p); }
function c_collection_main_177(c, d, p) { return "- " + partial("partials/data-category", p, c, d) + "\n"; }
function c_collection_main_176(c, d, p) { return each(c.categories, d, (v, f) => c_collection_main_177(v, f, p), () => ""); }
function c_collection_main_175(c, d, p) { return "We collect the following " + escapeText(strict(c, "pd", "25:27"), c, "pd") + ":\n\n" + each(c.collection, d, (v, f) => c_collection_main_176(v, f, p), () => ""); }
function c_collection_main_173(c, d, p) { return shownFor((isFalsy(c.collection) ? c_collection_main_174(c ?? NULL_CONTEXT, d, p) : c_collection_main_175(c ?? NULL_CONTEXT, d, p)), c, "collection"); }
function c_collection_main_199(c, d, p) { return "### Other information\n"; }
function c_collection_main_200(c, d, p) { return "### Information we generate\n"; }
function c_collection_main_198(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "generated")) ? c_collection_main_199(c ?? NULL_CONTEXT, d, p) : c_collection_main_200(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_collection_main_201(c, d, p) { return "### Information we receive from others\n"; }
function c_collection_main_197(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "third_party")) ? c_collection_main_198(c ?? NULL_CONTEXT, d, p) : c_collection_main_201(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_collection_main_202(c, d, p) { return "### Information we collect automatically\n"; }
function c_collection_main_196(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "automatic")) ? c_collection_main_197(c ?? NULL_CONTEXT, d, p) : c_collection_main_202(c ?? NULL_CONTEXT, d, p)), c, "source"); }
function c_collection_main_203(c, d, p) { return "### Information you give us\n"; }
function c_collection_main_204(c, d, p) { return "- " + partial("partials/data-category", p, c, d) + "\n"; }
function c_collection_main_195(c, d, p) { return shownFor((isFalsy(H.eq(c.source, "provided")) ? c_collection_main_196(c ?? NULL_CONTEXT, d, p) : c_collection_main_203(c ?? NULL_CONTEXT, d, p)), c, "source") + "\n" + each(c.categories, d, (v, f) => c_collection_main_204(v, f, p), () => "") + "\n"; }
function c_collection_main_194(c, d, p) { return each(c.collection, d, (v, f) => c_collection_main_195(v, f, p), () => ""); }
function c_collection_main_172(c, d, p) { return shownFor((isFalsy(c.collectionBySource) ? c_collection_main_173(c ?? NULL_CONTEXT, d, p) : c_collection_main_194(c ?? NULL_CONTEXT, d, p)), c, "collectionBySource"); }
function c_collection_main_205(c, d, p) { return "We do not collect any " + escapeText(strict(c, "pd", "4:24"), c, "pd") + ".\n"; }
function c_partials_device_category_main_209(c, d, p) { return " (" + escapeText(H.phrase(c.condition), c, "condition") + ")"; }
function c_partials_device_category_main_212(c, d, p) { return "For example, " + escapeText(H.joinAnd(c.examples), c, "examples"); }
function c_partials_device_category_main_213(c, d, p) { return escapeText(H.capitalize(H.joinAnd(c.examples)), c, "examples"); }
function c_partials_device_category_main_211(c, d, p) { return " " + shownFor((isFalsy(c.examples_complete) ? c_partials_device_category_main_212(c ?? NULL_CONTEXT, d, p) : c_partials_device_category_main_213(c ?? NULL_CONTEXT, d, p)), c, "examples_complete") + "."; }
function c_partials_device_category_main_214(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_partials_device_category_main_215(c, d, p) { return " " + escapeText(H.sentence(c.note), c, "note"); }
function c_partials_device_category_main_216(c, d, p) { return " Used only in " + escapeText(H.joinAnd(c.productNames), c, "productNames") + "."; }
function c_partials_device_category_main_210(c, d, p) { return ":" + shownFor((isFalsy(c.examples) ? "" : c_partials_device_category_main_211(c ?? NULL_CONTEXT, d, p)), c, "examples") + shownFor((isFalsy(c.description) ? "" : c_partials_device_category_main_214(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.note) ? "" : c_partials_device_category_main_215(c ?? NULL_CONTEXT, d, p)), c, "note") + shownFor((isFalsy(c.productNames) ? "" : c_partials_device_category_main_216(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_device_category_main_208(c, d, p) { return "**" + escapeText(strict(c, "name", "1:4"), c, "name") + "**" + shownFor((isFalsy(c.condition) ? "" : c_partials_device_category_main_209(c ?? NULL_CONTEXT, d, p)), c, "condition") + shownFor((isFalsy(c.hasDetails) ? "" : c_partials_device_category_main_210(c ?? NULL_CONTEXT, d, p)), c, "hasDetails"); }
function c_partials_device_category_main(c, d, p) { return c_partials_device_category_main_208(c, d, p); }
function c_collection_main_207(c, d, p) { return "- " + partial("partials/device-category", p, c, d) + "\n"; }
function c_collection_main_206(c, d, p) { return "\n### Data that stays on your device\n\nSome features use this data on your device only; we do not receive it.\n\n" + each(c.onDevice, d, (v, f) => c_collection_main_207(v, f, p), () => ""); }
function c_collection_main_223(c, d, p) { return ", "; }
function c_collection_main_224(c, d, p) { return " and "; }
function c_collection_main_222(c, d, p) { return (isFalsy(d.last) ? c_collection_main_223(c ?? NULL_CONTEXT, d, p) : c_collection_main_224(c ?? NULL_CONTEXT, d, p)); }
function c_collection_main_225(c, d, p) { return "Android"; }
function c_collection_main_226(c, d, p) { return "iOS"; }
function c_collection_main_221(c, d, p) { return (isFalsy(d.first) ? c_collection_main_222(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c, "ios")) ? c_collection_main_225(c ?? NULL_CONTEXT, d, p) : c_collection_main_226(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_collection_main_220(c, d, p) { return " (" + each(c.platforms, d, (v, f) => c_collection_main_221(v, f, p), () => "") + " only)"; }
function c_collection_main_227(c, d, p) { return " We ask " + escapeText(H.phrase(c.when), c, "when") + "."; }
function c_collection_main_229(c, d, p) { return " The app cannot work without it."; }
function c_collection_main_228(c, d, p) { return shownFor((isFalsy(H.eq(c.optional, false)) ? "" : c_collection_main_229(c ?? NULL_CONTEXT, d, p)), c, "optional"); }
function c_collection_main_230(c, d, p) { return " You can refuse it and still use the app."; }
function c_collection_main_219(c, d, p) { return "- **" + escapeText(strict(c, "name", "51:6"), c, "name") + "**" + shownFor((isFalsy(c.platforms) ? "" : c_collection_main_220(c ?? NULL_CONTEXT, d, p)), c, "platforms") + ": " + escapeText(H.sentence(c.purpose), c, "purpose") + shownFor((isFalsy(c.when) ? "" : c_collection_main_227(c ?? NULL_CONTEXT, d, p)), c, "when") + shownFor((isFalsy(H.eq(c.optional, true)) ? c_collection_main_228(c ?? NULL_CONTEXT, d, p) : c_collection_main_230(c ?? NULL_CONTEXT, d, p)), c, "optional") + "\n"; }
function c_collection_main_218(c, d, p) { return "\n### Permissions " + escapeText(strict(c, "name", "48:18"), c, "name") + " asks for\n\n" + each(c.permissions, d, (v, f) => c_collection_main_219(v, f, p), () => ""); }
function c_collection_main_217(c, d, p) { return shownFor((isFalsy(c.permissions) ? "" : c_collection_main_218(c ?? NULL_CONTEXT, d, p)), c, "permissions"); }
function c_partials_california_categories_main_234(c, d, p, ds) { return " Sold or shared in the past 12 months |"; }
function c_partials_california_categories_main_235(c, d, p, ds) { return " How long we keep it |"; }
function c_partials_california_categories_main_236(c, d, p, ds) { return " --- |"; }
function c_partials_california_categories_main_237(c, d, p, ds) { return " --- |"; }
function c_partials_california_categories_main_240(c, d, p, ds) { return " "; }
function c_partials_california_categories_main_243(c, d, p, ds) { return "Derived by us from other data."; }
function c_partials_california_categories_main_245(c, d, p, ds) { return ": " + escapeText(H.joinAnd(c.details), c, "details"); }
function c_partials_california_categories_main_244(c, d, p, ds) { return "From third parties" + shownFor((isFalsy(c.details) ? "" : c_partials_california_categories_main_245(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "details") + "."; }
function c_partials_california_categories_main_242(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.kind, "third_party")) ? c_partials_california_categories_main_243(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_california_categories_main_244(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "kind"); }
function c_partials_california_categories_main_247(c, d, p, ds) { return " through " + escapeText(H.joinAnd(c.details), c, "details"); }
function c_partials_california_categories_main_246(c, d, p, ds) { return "Collected automatically" + shownFor((isFalsy(c.details) ? "" : c_partials_california_categories_main_247(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "details") + "."; }
function c_partials_california_categories_main_241(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.kind, "automatic")) ? c_partials_california_categories_main_242(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_california_categories_main_246(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "kind"); }
function c_partials_california_categories_main_248(c, d, p, ds) { return "From you."; }
function c_partials_california_categories_main_239(c, d, p, ds) { return (isFalsy(d.first) ? c_partials_california_categories_main_240(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : "") + shownFor((isFalsy(H.eq(c.kind, "provided")) ? c_partials_california_categories_main_241(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_california_categories_main_248(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "kind"); }
function c_partials_california_categories_main_250(c, d, p, ds) { return " Not stated for " + escapeText(H.joinAnd(c.sourcesUnstated), c, "sourcesUnstated") + "."; }
function c_partials_california_categories_main_249(c, d, p, ds) { return shownFor((isFalsy(c.sources) ? "" : c_partials_california_categories_main_250(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sources"); }
function c_partials_california_categories_main_251(c, d, p, ds) { return escapeText(H.joinAnd(c.purposes), c, "purposes"); }
function c_partials_california_categories_main_252(c, d, p, ds) { return "Service providers: " + escapeText(H.joinAnd(c.serviceProviders), c, "serviceProviders") + "."; }
function c_partials_california_categories_main_254(c, d, p, ds) { return " "; }
function c_partials_california_categories_main_253(c, d, p, ds) { return shownFor((isFalsy(c.serviceProviders) ? "" : c_partials_california_categories_main_254(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "serviceProviders") + "Contractors: " + escapeText(H.joinAnd(c.contractors), c, "contractors") + "."; }
function c_partials_california_categories_main_256(c, d, p, ds) { return " "; }
function c_partials_california_categories_main_255(c, d, p, ds) { return shownFor((isFalsy(H.or(c.serviceProviders, c.contractors)) ? "" : c_partials_california_categories_main_256(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "serviceProviders", c, "contractors") + "Third parties: " + escapeText(H.joinAnd(c.thirdParties), c, "thirdParties") + "."; }
function c_partials_california_categories_main_259(c, d, p, ds) { return " "; }
function c_partials_california_categories_main_262(c, d, p, ds) { return "Not shared."; }
function c_partials_california_categories_main_263(c, d, p, ds) { return "Shared."; }
function c_partials_california_categories_main_261(c, d, p, ds) { return shownFor((isFalsy(H.eq(c, "shared")) ? c_partials_california_categories_main_262(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_california_categories_main_263(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d, null); }
function c_partials_california_categories_main_264(c, d, p, ds) { return "Not sold."; }
function c_partials_california_categories_main_260(c, d, p, ds) { return shownFor((isFalsy(H.eq(c, "not_sold")) ? c_partials_california_categories_main_261(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_california_categories_main_264(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d, null); }
function c_partials_california_categories_main_265(c, d, p, ds) { return "Sold."; }
function c_partials_california_categories_main_258(c, d, p, ds) { return (isFalsy(d.first) ? c_partials_california_categories_main_259(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : "") + shownFor((isFalsy(H.eq(c, "sold")) ? c_partials_california_categories_main_260(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_california_categories_main_265(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d, null); }
function c_partials_california_categories_main_257(c, d, p, ds) { return " " + each(c.pastYear, d, (v, f) => c_partials_california_categories_main_258(v, f, p, pushContext(v, ds)), () => "") + " |"; }
function c_partials_california_categories_main_268(c, d, p, ds) { return " "; }
function c_partials_retention_period_main_270(c, d, p) { return escapeText(H.capitalize(H.retentionPeriod(c.period, c.up_to, c.until)), c, "period", c, "up_to", c, "until"); }
function c_partials_retention_period_main_273(c, d, p) { return "; "; }
function c_partials_retention_period_main_272(c, d, p) { return escapeText(strict(c, "plan", "1:56"), c, "plan") + ", " + escapeText(H.retentionPeriod(c.period), c, "period") + (isFalsy(d.last) ? c_partials_retention_period_main_273(c ?? NULL_CONTEXT, d, p) : ""); }
function c_partials_retention_period_main_274(c, d, p) { return "; otherwise " + escapeText(H.retentionPeriod(c.period, c.up_to, c.until), c, "period", c, "up_to", c, "until"); }
function c_partials_retention_period_main_271(c, d, p) { return "Depends on your plan: " + each(c.by_plan, d, (v, f) => c_partials_retention_period_main_272(v, f, p), () => "") + shownFor((isFalsy(c.otherwise) ? "" : c_partials_retention_period_main_274(c ?? NULL_CONTEXT, d, p)), c, "otherwise"); }
function c_partials_retention_period_main_275(c, d, p) { return " " + escapeText(H.phrase(c.start), c, "start"); }
function c_partials_retention_period_main_276(c, d, p) { return ", " + escapeText(H.phrase(c.reason), c, "reason"); }
function c_partials_retention_period_main_279(c, d, p) { return "longer"; }
function c_partials_retention_period_main_280(c, d, p) { return escapeText(H.retentionPeriod(c.period), c, "period"); }
function c_partials_retention_period_main_278(c, d, p) { return shownFor((isFalsy(c.period) ? c_partials_retention_period_main_279(c ?? NULL_CONTEXT, d, p) : c_partials_retention_period_main_280(c ?? NULL_CONTEXT, d, p)), c, "period"); }
function c_partials_retention_period_main_282(c, d, p) { return " (" + escapeText(H.retentionPeriod(c.period, true), c, "period") + ")"; }
function c_partials_retention_period_main_281(c, d, p) { return "until " + escapeText(H.phrase(c.until), c, "until") + shownFor((isFalsy(c.period) ? "" : c_partials_retention_period_main_282(c ?? NULL_CONTEXT, d, p)), c, "period"); }
function c_partials_retention_period_main_277(c, d, p) { return ", or " + shownFor((isFalsy(c.until) ? c_partials_retention_period_main_278(c ?? NULL_CONTEXT, d, p) : c_partials_retention_period_main_281(c ?? NULL_CONTEXT, d, p)), c, "until") + " if " + escapeText(H.phrase(c.when), c, "when"); }
function c_partials_retention_period_main_269(c, d, p) { return shownFor((isFalsy(c.by_plan) ? c_partials_retention_period_main_270(c ?? NULL_CONTEXT, d, p) : c_partials_retention_period_main_271(c ?? NULL_CONTEXT, d, p)), c, "by_plan") + shownFor((isFalsy(c.start) ? "" : c_partials_retention_period_main_275(c ?? NULL_CONTEXT, d, p)), c, "start") + shownFor((isFalsy(c.reason) ? "" : c_partials_retention_period_main_276(c ?? NULL_CONTEXT, d, p)), c, "reason") + each(c.exceptions, d, (v, f) => c_partials_retention_period_main_277(v, f, p), () => ""); }
function c_partials_retention_period_main(c, d, p) { return c_partials_retention_period_main_269(c, d, p); }
function c_partials_california_categories_main_267(c, d, p, ds) { return (isFalsy(d.first) ? c_partials_california_categories_main_268(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : "") + escapeText(strict(c, "data", "9:1127"), c, "data") + ": " + partial("partials/retention-period", p, c, d) + "."; }
function c_partials_california_categories_main_266(c, d, p, ds) { return " " + each(c.retention, d, (v, f) => c_partials_california_categories_main_267(v, f, p, pushContext(v, ds)), () => "") + " |"; }
function c_partials_california_categories_main_238(c, d, p, ds) { return "| " + escapeText(strict(c, "label", "9:4"), c, "label") + " (" + escapeText(strict(c, "provision", "9:15"), c, "provision") + ") | " + escapeText(H.joinAnd(c.data), c, "data") + " | " + each(c.sources, d, (v, f) => c_partials_california_categories_main_239(v, f, p, pushContext(v, ds)), () => "") + shownFor((isFalsy(c.sourcesUnstated) ? "" : c_partials_california_categories_main_249(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sourcesUnstated") + " | " + shownFor((isFalsy(c.purposes) ? "" : c_partials_california_categories_main_251(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "purposes") + " | " + shownFor((isFalsy(c.serviceProviders) ? "" : c_partials_california_categories_main_252(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "serviceProviders") + shownFor((isFalsy(c.contractors) ? "" : c_partials_california_categories_main_253(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "contractors") + shownFor((isFalsy(c.thirdParties) ? "" : c_partials_california_categories_main_255(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "thirdParties") + " |" + shownFor((isFalsy(ds[1].showPastYear) ? "" : c_partials_california_categories_main_257(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "showPastYear") + shownFor((isFalsy(ds[1].showRetention) ? "" : c_partials_california_categories_main_266(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "showRetention") + "\n"; }
function c_partials_california_categories_main_283(c, d, p, ds) { return "\nThe table does not place " + escapeText(H.joinAnd(c.unplaced), c, "unplaced") + ": this policy does not say which " + escapeText(strict(d.root, "pd", "13:80"), d.root, "pd") + " " + escapeText(H.plural(c.unplaced, "it uses or receives", "they use or receive")) + ".\n"; }
function c_partials_california_categories_main_233(c, d, p, ds) { return "### Categories of personal information under California law\n\nIf you are a California resident, the table below sorts the " + escapeText(strict(d.root, "pd", "4:62"), d.root, "pd") + " we collect into the categories of personal information listed in " + escapeText(strict(c, "citation", "4:140"), c, "citation") + ".\n\n| Category | What we collect | Sources | Purposes | Disclosed to |" + shownFor((isFalsy(c.showPastYear) ? "" : c_partials_california_categories_main_234(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "showPastYear") + shownFor((isFalsy(c.showRetention) ? "" : c_partials_california_categories_main_235(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "showRetention") + "\n| --- | --- | --- | --- | --- |" + shownFor((isFalsy(c.showPastYear) ? "" : c_partials_california_categories_main_236(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "showPastYear") + shownFor((isFalsy(c.showRetention) ? "" : c_partials_california_categories_main_237(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "showRetention") + "\n" + each(c.rows, d, (v, f) => c_partials_california_categories_main_238(v, f, p, pushContext(v, ds)), () => "") + shownFor((isFalsy(c.unplaced) ? "" : c_partials_california_categories_main_283(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "unplaced"); }
function c_partials_california_categories_main_232(c, d, p, ds) { return withContext(c.california, (v) => c_partials_california_categories_main_233(v, d, p, pushContext(v, ds)), () => ""); }
function c_partials_california_categories_main(c, d, p) { return c_partials_california_categories_main_232(c, d, p, [c]); }
function c_collection_main_231(c, d, p) { return "\n" + partial("partials/california-categories", p, c, d); }
function c_collection_main_171(c, d, p) { return "## What " + escapeText(strict(c, "pd", "1:10"), c, "pd") + " we collect\n\n" + shownFor((isFalsy(c.collectsNothing) ? c_collection_main_172(c ?? NULL_CONTEXT, d, p) : c_collection_main_205(c ?? NULL_CONTEXT, d, p)), c, "collectsNothing") + shownFor((isFalsy(c.deviceData) ? "" : c_collection_main_206(c ?? NULL_CONTEXT, d, p)), c, "deviceData") + each(c.policy.apps, d, (v, f) => c_collection_main_217(v, f, p), () => "") + shownFor((isFalsy(c.california) ? "" : c_collection_main_231(c ?? NULL_CONTEXT, d, p)), c, "california"); }
function c_collection_main(c, d, p) { return c_collection_main_171(c, d, p); }
function c_partials_commitment_main_297(c, d, p) { return "As of " + escapeText(H.formatDate(c.as_of, d.root.dateStyle), c, "as_of") + ", we have never received a national security letter, an order under the Foreign Intelligence Surveillance Act, or any other secret government request for user data that we are forbidden to disclose"; }
function c_partials_commitment_main_296(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "warrant_canary")) ? "" : c_partials_commitment_main_297(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_298(c, d, p) { return "We do not use your " + escapeText(strict(d.root, "pd", "1:1020"), d.root, "pd") + " to train AI models"; }
function c_partials_commitment_main_295(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_ai_training")) ? c_partials_commitment_main_296(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_298(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_299(c, d, p) { return "We do not use third-party advertising or advertising trackers"; }
function c_partials_commitment_main_294(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_third_party_advertising")) ? c_partials_commitment_main_295(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_299(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_300(c, d, p) { return "We do not use third-party analytics services"; }
function c_partials_commitment_main_293(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_third_party_analytics")) ? c_partials_commitment_main_294(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_300(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_301(c, d, p) { return "Our staff do not access the content of your account"; }
function c_partials_commitment_main_292(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_staff_access")) ? c_partials_commitment_main_293(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_301(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_302(c, d, p) { return "We do not collect biometric data, such as fingerprints or face scans"; }
function c_partials_commitment_main_291(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_biometrics")) ? c_partials_commitment_main_292(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_302(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_304(c, d, p) { return "sensitive personal information"; }
function c_partials_commitment_main_305(c, d, p) { return "special categories of personal data (such as data about your health, or data revealing your racial or ethnic origin, political opinions or religious beliefs)"; }
function c_partials_commitment_main_303(c, d, p) { return "We do not collect " + shownFor((isFalsy(d.root.gdprLike) ? c_partials_commitment_main_304(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_305(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike"); }
function c_partials_commitment_main_290(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_special_categories")) ? c_partials_commitment_main_291(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_303(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_306(c, d, p) { return "We never share your " + escapeText(strict(d.root, "pd", "1:225"), d.root, "pd") + " for cross-context behavioral advertising"; }
function c_partials_commitment_main_289(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_advertising_sharing")) ? c_partials_commitment_main_290(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_306(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_commitment_main_307(c, d, p) { return "We never sell your " + escapeText(strict(d.root, "pd", "1:147"), d.root, "pd"); }
function c_partials_commitment_main_308(c, d, p) { return ", except " + escapeText(H.phrase(c.except), c, "except"); }
function c_partials_commitment_main_288(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "no_sale")) ? c_partials_commitment_main_289(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_307(c ?? NULL_CONTEXT, d, p)), c, "kind") + shownFor((isFalsy(c.except) ? "" : c_partials_commitment_main_308(c ?? NULL_CONTEXT, d, p)), c, "except") + "."; }
function c_partials_commitment_main_310(c, d, p) { return " Exceptions: " + escapeText(H.phrase(c.except), c, "except") + "."; }
function c_partials_commitment_main_309(c, d, p) { return escapeText(H.sentence(c.statement), c, "statement") + shownFor((isFalsy(c.except) ? "" : c_partials_commitment_main_310(c ?? NULL_CONTEXT, d, p)), c, "except"); }
function c_partials_commitment_main_311(c, d, p) { return " This commitment covers " + escapeText(H.joinAnd(c.productNames), c, "productNames") + "."; }
function c_partials_commitment_main_287(c, d, p) { return shownFor((isFalsy(c.statement) ? c_partials_commitment_main_288(c ?? NULL_CONTEXT, d, p) : c_partials_commitment_main_309(c ?? NULL_CONTEXT, d, p)), c, "statement") + shownFor((isFalsy(c.productNames) ? "" : c_partials_commitment_main_311(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_commitment_main(c, d, p) { return c_partials_commitment_main_287(c, d, p); }
function c_commitments_main_286(c, d, p) { return "- " + partial("partials/commitment", p, c, d) + "\n"; }
function c_commitments_main_285(c, d, p) { return "## Our commitments\n\n" + each(c.commitments, d, (v, f) => c_commitments_main_286(v, f, p), () => ""); }
function c_commitments_main_284(c, d, p) { return shownFor((isFalsy(c.commitments) ? "" : c_commitments_main_285(c ?? NULL_CONTEXT, d, p)), c, "commitments"); }
function c_commitments_main(c, d, p) { return c_commitments_main_284(c, d, p); }
function c_contact_main_313(c, d, p) { return " or how we handle your " + escapeText(strict(c, "pd", "3:91"), c, "pd"); }
function c_contact_main_314(c, d, p) { return "us"; }
function c_contact_main_315(c, d, p) { return escapeText(strict(c.contact, "team", "3:138"), c.contact, "team"); }
function c_contact_main_317(c, d, p) { return "- Contact form: " + sourced(get(H, "link")(c.url) ?? "", c, "url") + "\n"; }
function c_contact_main_318(c, d, p) { return "- Public forum: " + sourced(get(H, "link")(c.forum) ?? "", c, "forum") + ". Posts there are public, so do not include " + escapeText(strict(d.root, "pd", "11:78"), d.root, "pd") + " in them or make requests about your " + escapeText(strict(d.root, "pd", "11:127"), d.root, "pd") + " there.\n"; }
function c_contact_main_319(c, d, p) { return "- Phone: " + escapeText(strict(c, "phone", "14:11"), c, "phone") + "\n"; }
function c_contact_main_316(c, d, p) { return shownFor((isFalsy(c.url) ? "" : c_contact_main_317(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.forum) ? "" : c_contact_main_318(c ?? NULL_CONTEXT, d, p)), c, "forum") + shownFor((isFalsy(c.phone) ? "" : c_contact_main_319(c ?? NULL_CONTEXT, d, p)), c, "phone"); }
function c_contact_main_322(c, d, p) { return "- Phone: " + escapeText(strict(c, "phone", "20:11"), c, "phone") + "\n"; }
function c_contact_main_324(c, d, p) { return "- Phone for general enquiries: " + escapeText(strict(c, "phone", "22:33"), c, "phone") + "\n"; }
function c_contact_main_323(c, d, p) { return shownFor((isFalsy(H.eq(c.phone, d.root.contact.phone)) ? c_contact_main_324(c ?? NULL_CONTEXT, d, p) : ""), c, "phone", d.root.contact, "phone"); }
function c_contact_main_321(c, d, p) { return shownFor((isFalsy(d.root.contact.phone) ? c_contact_main_322(c ?? NULL_CONTEXT, d, p) : c_contact_main_323(c ?? NULL_CONTEXT, d, p)), d.root.contact, "phone"); }
function c_contact_main_325(c, d, p) { return "- Fax: " + escapeText(strict(c, "fax", "26:9"), c, "fax") + "\n"; }
function c_contact_main_326(c, d, p) { return "- Post: " + escapeText(strict(c, "name", "29:10"), c, "name") + ", " + escapeText(H.addressLine(c.address), c, "address") + "\n"; }
function c_contact_main_327(c, d, p) { return "- Website: " + sourced(get(H, "link")(c.website) ?? "", c, "website") + "\n"; }
function c_contact_main_328(c, d, p) { return "- General enquiries: " + sourced(H.mailto(c.email) ?? "", c, "email") + "\n"; }
function c_contact_main_330(c, d, p) { return ", " + escapeText(strict(c, "phone", "38:62"), c, "phone"); }
function c_contact_main_331(c, d, p) { return ", fax " + escapeText(strict(c, "fax", "38:95"), c, "fax"); }
function c_contact_main_332(c, d, p) { return ", " + sourced(get(H, "link")(c.url) ?? "", c, "url"); }
function c_contact_main_329(c, d, p) { return "- Data Protection Officer: " + sourced(H.mailto(c.email) ?? "", c, "email") + shownFor((isFalsy(c.phone) ? "" : c_contact_main_330(c ?? NULL_CONTEXT, d, p)), c, "phone") + shownFor((isFalsy(c.fax) ? "" : c_contact_main_331(c ?? NULL_CONTEXT, d, p)), c, "fax") + shownFor((isFalsy(c.url) ? "" : c_contact_main_332(c ?? NULL_CONTEXT, d, p)), c, "url") + "\n"; }
function c_contact_main_320(c, d, p) { return shownFor((isFalsy(c.phone) ? "" : c_contact_main_321(c ?? NULL_CONTEXT, d, p)), c, "phone") + shownFor((isFalsy(c.fax) ? "" : c_contact_main_325(c ?? NULL_CONTEXT, d, p)), c, "fax") + shownFor((isFalsy(c.address) ? "" : c_contact_main_326(c ?? NULL_CONTEXT, d, p)), c, "address") + shownFor((isFalsy(c.website) ? "" : c_contact_main_327(c ?? NULL_CONTEXT, d, p)), c, "website") + shownFor((isFalsy(H.eq(c.email, d.root.privacyEmail)) ? c_contact_main_328(c ?? NULL_CONTEXT, d, p) : ""), c, "email", d.root, "privacyEmail") + withContext(c.dpo, (v) => c_contact_main_329(v, d, p), () => ""); }
function c_contact_main_312(c, d, p) { return "## Contact us\n\nIf you have questions about this policy" + shownFor((isFalsy(c.collectsNothing) ? c_contact_main_313(c ?? NULL_CONTEXT, d, p) : ""), c, "collectsNothing") + ", contact " + shownFor((isFalsy(c.contact.team) ? c_contact_main_314(c ?? NULL_CONTEXT, d, p) : c_contact_main_315(c ?? NULL_CONTEXT, d, p)), c.contact, "team") + ":\n\n- Email: " + sourced(H.mailto(c.privacyEmail) ?? "", c, "privacyEmail") + "\n" + withContext(c.policy.contact, (v) => c_contact_main_316(v, d, p), () => "") + withContext(c.policy.controller, (v) => c_contact_main_320(v, d, p), () => ""); }
function c_contact_main(c, d, p) { return c_contact_main_312(c, d, p); }
function c_cookies_main_335(c, d, p) { return "Only " + escapeText(H.joinAnd(d.root.cookieProducts), d.root, "cookieProducts") + " " + escapeText(H.plural(d.root.cookieProducts, "uses", "use")) + " cookies and similar technologies; our other products do not.\nWhat follows applies to " + escapeText(H.plural(d.root.cookieProducts, "it", "them")) + ".\n\n"; }
function c_cookies_main_336(c, d, p) { return "We do not use cookies.\n"; }
function c_cookies_main_343(c, d, p) { return "- **Social media cookies**, which let social networks recognize your visits\n"; }
function c_cookies_main_344(c, d, p) { return "- **Advertising cookies**, which are used to show you ads and measure how well they work\n"; }
function c_cookies_main_342(c, d, p) { return shownFor((isFalsy(H.eq(c, "advertising")) ? c_cookies_main_343(c ?? NULL_CONTEXT, d, p) : c_cookies_main_344(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_346(c, d, p) { return "are"; }
function c_cookies_main_347(c, d, p) { return "is"; }
function c_cookies_main_345(c, d, p) { return "- **Analytics cookies**, which help us understand how " + escapeText(strict(d.root, "service", "21:56"), d.root, "service") + " " + shownFor((isFalsy(d.root.namedService) ? c_cookies_main_346(c ?? NULL_CONTEXT, d, p) : c_cookies_main_347(c ?? NULL_CONTEXT, d, p)), d.root, "namedService") + " used\n"; }
function c_cookies_main_341(c, d, p) { return shownFor((isFalsy(H.eq(c, "analytics")) ? c_cookies_main_342(c ?? NULL_CONTEXT, d, p) : c_cookies_main_345(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_348(c, d, p) { return "- **Preference cookies**, which remember your settings and choices\n"; }
function c_cookies_main_340(c, d, p) { return shownFor((isFalsy(H.eq(c, "preferences")) ? c_cookies_main_341(c ?? NULL_CONTEXT, d, p) : c_cookies_main_348(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_349(c, d, p) { return "- **Strictly necessary cookies**, which we need to provide a feature you have explicitly asked for\n"; }
function c_cookies_main_339(c, d, p) { return shownFor((isFalsy(H.eq(c, "strictly_necessary")) ? c_cookies_main_340(c ?? NULL_CONTEXT, d, p) : c_cookies_main_349(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_cookies_main_338(c, d, p) { return "We use the following kinds of cookies and similar technologies:\n\n" + each(c.used, d, (v, f) => c_cookies_main_339(v, f, p), () => "") + "\n"; }
function c_cookies_main_350(c, d, p) { return "We use only strictly necessary cookies: those we need to provide a feature you have explicitly asked for.\n"; }
function c_cookies_main_337(c, d, p) { return shownFor((isFalsy(H.and(H.eq(c.used.length, 1), H.eq(c.used["0"], "strictly_necessary"))) ? c_cookies_main_338(c ?? NULL_CONTEXT, d, p) : c_cookies_main_350(c ?? NULL_CONTEXT, d, p)), c.used, "length", c.used, "0"); }
function c_cookies_main_351(c, d, p) { return "We use them to " + escapeText(H.phrase(H.joinAnd(c.purposes)), c, "purposes") + ".\n"; }
function c_cookies_main_352(c, d, p) { return "We also use " + escapeText(H.plural(c.tools, "this tracking tool", "these tracking tools")) + ": " + escapeText(H.joinAnd(c.tools), c, "tools") + ".\n"; }
function c_cookies_main_354(c, d, p) { return "Third parties set their own cookies or run tracking scripts through our website.\n"; }
function c_cookies_main_353(c, d, p) { return shownFor((isFalsy(c.third_party_tracking) ? "" : c_cookies_main_354(c ?? NULL_CONTEXT, d, p)), c, "third_party_tracking"); }
function c_cookies_main_355(c, d, p) { return "We do not use third-party advertising or tracking cookies.\n"; }
function c_cookies_main_357(c, d, p) { return " Provider |"; }
function c_cookies_main_358(c, d, p) { return " Kind |"; }
function c_cookies_main_359(c, d, p) { return " Duration |"; }
function c_cookies_main_360(c, d, p) { return " First or third party |"; }
function c_cookies_main_361(c, d, p) { return " Opt out |"; }
function c_cookies_main_362(c, d, p) { return " --- |"; }
function c_cookies_main_363(c, d, p) { return " --- |"; }
function c_cookies_main_364(c, d, p) { return " --- |"; }
function c_cookies_main_365(c, d, p) { return " --- |"; }
function c_cookies_main_366(c, d, p) { return " --- |"; }
function c_cookies_main_369(c, d, p) { return escapeText(strict(c, "provider", "49:68"), c, "provider"); }
function c_cookies_main_368(c, d, p) { return " " + shownFor((isFalsy(c.provider) ? "" : c_cookies_main_369(c ?? NULL_CONTEXT, d, p)), c, "provider") + " |"; }
function c_cookies_main_375(c, d, p) { return "Social media"; }
function c_cookies_main_374(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "social_media")) ? "" : c_cookies_main_375(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_376(c, d, p) { return "Advertising"; }
function c_cookies_main_373(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "advertising")) ? c_cookies_main_374(c ?? NULL_CONTEXT, d, p) : c_cookies_main_376(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_377(c, d, p) { return "Analytics"; }
function c_cookies_main_372(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "analytics")) ? c_cookies_main_373(c ?? NULL_CONTEXT, d, p) : c_cookies_main_377(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_378(c, d, p) { return "Preferences"; }
function c_cookies_main_371(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "preferences")) ? c_cookies_main_372(c ?? NULL_CONTEXT, d, p) : c_cookies_main_378(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_cookies_main_379(c, d, p) { return "Strictly necessary"; }
function c_cookies_main_370(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.kind, "strictly_necessary")) ? c_cookies_main_371(c ?? NULL_CONTEXT, d, p) : c_cookies_main_379(c ?? NULL_CONTEXT, d, p)), c, "kind") + " |"; }
function c_cookies_main_382(c, d, p) { return escapeText(H.durationWords(c.duration), c, "duration"); }
function c_cookies_main_381(c, d, p) { return shownFor((isFalsy(c.duration) ? "" : c_cookies_main_382(c ?? NULL_CONTEXT, d, p)), c, "duration"); }
function c_cookies_main_383(c, d, p) { return "Until you close your browser"; }
function c_cookies_main_380(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.duration, "session")) ? c_cookies_main_381(c ?? NULL_CONTEXT, d, p) : c_cookies_main_383(c ?? NULL_CONTEXT, d, p)), c, "duration") + " |"; }
function c_cookies_main_386(c, d, p) { return "Third party"; }
function c_cookies_main_385(c, d, p) { return shownFor((isFalsy(H.eq(c.party, "third")) ? "" : c_cookies_main_386(c ?? NULL_CONTEXT, d, p)), c, "party"); }
function c_cookies_main_387(c, d, p) { return "First party"; }
function c_cookies_main_384(c, d, p) { return " " + shownFor((isFalsy(H.eq(c.party, "first")) ? c_cookies_main_385(c ?? NULL_CONTEXT, d, p) : c_cookies_main_387(c ?? NULL_CONTEXT, d, p)), c, "party") + " |"; }
function c_cookies_main_389(c, d, p) { return sourced(get(H, "link")(c.opt_out) ?? "", c, "opt_out"); }
function c_cookies_main_388(c, d, p) { return " " + shownFor((isFalsy(c.opt_out) ? "" : c_cookies_main_389(c ?? NULL_CONTEXT, d, p)), c, "opt_out") + " |"; }
function c_cookies_main_367(c, d, p) { return "| " + escapeText(strict(c, "name", "49:4"), c, "name") + " |" + shownFor((isFalsy(d.root.cookieTable.anyProvider) ? "" : c_cookies_main_368(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyProvider") + shownFor((isFalsy(d.root.cookieTable.anyKind) ? "" : c_cookies_main_370(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyKind") + " " + escapeText(strict(c, "purpose", "49:385"), c, "purpose") + " |" + shownFor((isFalsy(d.root.cookieTable.anyDuration) ? "" : c_cookies_main_380(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyDuration") + shownFor((isFalsy(d.root.cookieTable.anyParty) ? "" : c_cookies_main_384(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyParty") + shownFor((isFalsy(d.root.cookieTable.anyOptOut) ? "" : c_cookies_main_388(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyOptOut") + "\n"; }
function c_cookies_main_356(c, d, p) { return "| Cookie |" + shownFor((isFalsy(d.root.cookieTable.anyProvider) ? "" : c_cookies_main_357(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyProvider") + shownFor((isFalsy(d.root.cookieTable.anyKind) ? "" : c_cookies_main_358(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyKind") + " Purpose |" + shownFor((isFalsy(d.root.cookieTable.anyDuration) ? "" : c_cookies_main_359(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyDuration") + shownFor((isFalsy(d.root.cookieTable.anyParty) ? "" : c_cookies_main_360(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyParty") + shownFor((isFalsy(d.root.cookieTable.anyOptOut) ? "" : c_cookies_main_361(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyOptOut") + "\n| --- |" + shownFor((isFalsy(d.root.cookieTable.anyProvider) ? "" : c_cookies_main_362(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyProvider") + shownFor((isFalsy(d.root.cookieTable.anyKind) ? "" : c_cookies_main_363(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyKind") + " --- |" + shownFor((isFalsy(d.root.cookieTable.anyDuration) ? "" : c_cookies_main_364(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyDuration") + shownFor((isFalsy(d.root.cookieTable.anyParty) ? "" : c_cookies_main_365(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyParty") + shownFor((isFalsy(d.root.cookieTable.anyOptOut) ? "" : c_cookies_main_366(c ?? NULL_CONTEXT, d, p)), d.root.cookieTable, "anyOptOut") + "\n" + each(c.list, d, (v, f) => c_cookies_main_367(v, f, p), () => "") + "\n"; }
function c_cookies_main_390(c, d, p) { return escapeText(H.sentence(c.local_storage), c, "local_storage") + "\n"; }
function c_cookies_main_392(c, d, p) { return "We do not respond to Do Not Track signals sent by your browser.\n"; }
function c_cookies_main_391(c, d, p) { return shownFor((isFalsy(H.eq(c.honors_dnt, false)) ? "" : c_cookies_main_392(c ?? NULL_CONTEXT, d, p)), c, "honors_dnt"); }
function c_cookies_main_394(c, d, p) { return "We honor Do Not Track signals sent by your browser.\n"; }
function c_cookies_main_395(c, d, p) { return "When your browser sends a Do Not Track signal, we " + escapeText(H.phrase(c.dnt_effect), c, "dnt_effect") + ".\n"; }
function c_cookies_main_393(c, d, p) { return shownFor((isFalsy(c.dnt_effect) ? c_cookies_main_394(c ?? NULL_CONTEXT, d, p) : c_cookies_main_395(c ?? NULL_CONTEXT, d, p)), c, "dnt_effect"); }
function c_cookies_main_397(c, d, p) { return "You can manage cookies " + escapeText(H.phrase(c.control), c, "control") + ".\n"; }
function c_cookies_main_398(c, d, p) { return escapeText(H.sentence(c.control), c, "control") + "\n"; }
function c_cookies_main_396(c, d, p) { return shownFor((isFalsy(H.isSentence(c.control)) ? c_cookies_main_397(c ?? NULL_CONTEXT, d, p) : c_cookies_main_398(c ?? NULL_CONTEXT, d, p)), c, "control"); }
function c_cookies_main_399(c, d, p) { return "For details of each cookie we use, see our cookie policy at " + sourced(get(H, "link")(c.policy_url) ?? "", c, "policy_url") + ".\n"; }
function c_cookies_main_334(c, d, p) { return "## Cookies and similar technologies\n\n" + shownFor((isFalsy(d.root.cookieProducts) ? "" : c_cookies_main_335(c ?? NULL_CONTEXT, d, p)), d.root, "cookieProducts") + shownFor((isFalsy(c.used) ? c_cookies_main_336(c ?? NULL_CONTEXT, d, p) : c_cookies_main_337(c ?? NULL_CONTEXT, d, p)), c, "used") + shownFor((isFalsy(c.purposes) ? "" : c_cookies_main_351(c ?? NULL_CONTEXT, d, p)), c, "purposes") + shownFor((isFalsy(c.tools) ? "" : c_cookies_main_352(c ?? NULL_CONTEXT, d, p)), c, "tools") + shownFor((isFalsy(H.eq(c.third_party_tracking, false)) ? c_cookies_main_353(c ?? NULL_CONTEXT, d, p) : c_cookies_main_355(c ?? NULL_CONTEXT, d, p)), c, "third_party_tracking") + "\n" + shownFor((isFalsy(c.list) ? "" : c_cookies_main_356(c ?? NULL_CONTEXT, d, p)), c, "list") + shownFor((isFalsy(c.local_storage) ? "" : c_cookies_main_390(c ?? NULL_CONTEXT, d, p)), c, "local_storage") + shownFor((isFalsy(c.honors_dnt) ? c_cookies_main_391(c ?? NULL_CONTEXT, d, p) : c_cookies_main_393(c ?? NULL_CONTEXT, d, p)), c, "honors_dnt") + "\n" + shownFor((isFalsy(c.control) ? "" : c_cookies_main_396(c ?? NULL_CONTEXT, d, p)), c, "control") + shownFor((isFalsy(c.policy_url) ? "" : c_cookies_main_399(c ?? NULL_CONTEXT, d, p)), c, "policy_url"); }
function c_cookies_main_333(c, d, p) { return withContext(c.policy.cookies, (v) => c_cookies_main_334(v, d, p), () => ""); }
function c_cookies_main(c, d, p) { return c_cookies_main_333(c, d, p); }
function c_government_requests_main_403(c, d, p) { return ", or in an emergency as described below"; }
function c_government_requests_main_402(c, d, p) { return "We disclose " + escapeText(strict(d.root, "pd", "5:14"), d.root, "pd") + " to a government authority or to law enforcement only when valid legal process, such as a subpoena, a court order or a search warrant, requires us to" + shownFor((isFalsy(c.emergency_disclosure) ? "" : c_government_requests_main_403(c ?? NULL_CONTEXT, d, p)), c, "emergency_disclosure") + ".\n"; }
function c_government_requests_main_404(c, d, p) { return escapeText(H.sentence(c.legal_process_detail), c, "legal_process_detail") + "\n"; }
function c_government_requests_main_405(c, d, p) { return "We challenge requests that we consider unlawful or overbroad.\n"; }
function c_government_requests_main_406(c, d, p) { return "We answer requests from authorities of other countries only when they come through a mutual legal assistance treaty or another form of international cooperation.\n"; }
function c_government_requests_main_408(c, d, p) { return "We do not tell you when an authority asks for your " + escapeText(strict(d.root, "pd", "20:53"), d.root, "pd") + ".\n"; }
function c_government_requests_main_407(c, d, p) { return shownFor((isFalsy(H.eq(c.notify_users, false)) ? "" : c_government_requests_main_408(c ?? NULL_CONTEXT, d, p)), c, "notify_users"); }
function c_government_requests_main_413(c, d, p) { return ", "; }
function c_government_requests_main_414(c, d, p) { return " or "; }
function c_government_requests_main_412(c, d, p) { return (isFalsy(d.last) ? c_government_requests_main_413(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_414(c ?? NULL_CONTEXT, d, p)); }
function c_government_requests_main_416(c, d, p) { return "telling you would be counterproductive, such as when your account has been compromised"; }
function c_government_requests_main_417(c, d, p) { return "there is an emergency involving danger of death or serious physical injury"; }
function c_government_requests_main_415(c, d, p) { return shownFor((isFalsy(H.eq(c, "emergency")) ? c_government_requests_main_416(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_417(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_government_requests_main_418(c, d, p) { return "the law or a court order forbids it"; }
function c_government_requests_main_411(c, d, p) { return (isFalsy(d.first) ? c_government_requests_main_412(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c, "prohibited")) ? c_government_requests_main_415(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_418(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_government_requests_main_410(c, d, p) { return ", unless " + each(c.notice_exceptions, d, (v, f) => c_government_requests_main_411(v, f, p), () => ""); }
function c_government_requests_main_409(c, d, p) { return "We tell you about a request for your " + escapeText(strict(d.root, "pd", "18:39"), d.root, "pd") + " before we disclose it" + shownFor((isFalsy(c.notice_exceptions) ? "" : c_government_requests_main_410(c ?? NULL_CONTEXT, d, p)), c, "notice_exceptions") + ".\n"; }
function c_government_requests_main_419(c, d, p) { return "We may disclose " + escapeText(strict(d.root, "pd", "23:18"), d.root, "pd") + " without legal process when we believe in good faith that an emergency involving danger of death or serious physical injury requires it.\n"; }
function c_government_requests_main_420(c, d, p) { return "When an authority asks us to preserve data while it obtains legal process, we keep a copy for up to " + escapeText(H.durationWords(c.preservation), c, "preservation") + ".\n"; }
function c_government_requests_main_421(c, d, p) { return "We publish a transparency report on the requests we receive: " + sourced(get(H, "link")(c.transparency_report) ?? "", c, "transparency_report") + ".\n"; }
function c_government_requests_main_422(c, d, p) { return "Our guidelines for law enforcement are at " + sourced(get(H, "link")(c.guidelines_url) ?? "", c, "guidelines_url") + ".\n"; }
function c_government_requests_main_423(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_government_requests_main_401(c, d, p) { return "## Requests from governments and law enforcement\n\n" + shownFor((isFalsy(c.legal_process) ? "" : c_government_requests_main_402(c ?? NULL_CONTEXT, d, p)), c, "legal_process") + shownFor((isFalsy(c.legal_process_detail) ? "" : c_government_requests_main_404(c ?? NULL_CONTEXT, d, p)), c, "legal_process_detail") + shownFor((isFalsy(c.challenge) ? "" : c_government_requests_main_405(c ?? NULL_CONTEXT, d, p)), c, "challenge") + shownFor((isFalsy(c.foreign_via_treaty) ? "" : c_government_requests_main_406(c ?? NULL_CONTEXT, d, p)), c, "foreign_via_treaty") + "\n" + shownFor((isFalsy(c.notify_users) ? c_government_requests_main_407(c ?? NULL_CONTEXT, d, p) : c_government_requests_main_409(c ?? NULL_CONTEXT, d, p)), c, "notify_users") + shownFor((isFalsy(c.emergency_disclosure) ? "" : c_government_requests_main_419(c ?? NULL_CONTEXT, d, p)), c, "emergency_disclosure") + "\n" + shownFor((isFalsy(c.preservation) ? "" : c_government_requests_main_420(c ?? NULL_CONTEXT, d, p)), c, "preservation") + shownFor((isFalsy(c.transparency_report) ? "" : c_government_requests_main_421(c ?? NULL_CONTEXT, d, p)), c, "transparency_report") + shownFor((isFalsy(c.guidelines_url) ? "" : c_government_requests_main_422(c ?? NULL_CONTEXT, d, p)), c, "guidelines_url") + shownFor((isFalsy(c.note) ? "" : c_government_requests_main_423(c ?? NULL_CONTEXT, d, p)), c, "note"); }
function c_government_requests_main_400(c, d, p) { return withContext(c.policy.government_requests, (v) => c_government_requests_main_401(v, d, p), () => ""); }
function c_government_requests_main(c, d, p) { return c_government_requests_main_400(c, d, p); }
function c_intro_main_425(c, d, p) { return "Effective " + escapeText(H.formatDate(c.policy.effective_date, c.dateStyle), c.policy, "effective_date") + "\n"; }
function c_intro_main_426(c, d, p) { return "Effective " + escapeText(H.formatDate(c.policy.effective_date, c.dateStyle), c.policy, "effective_date") + " · Last updated " + escapeText(H.formatDate(c.policy.last_updated, c.dateStyle), c.policy, "last_updated") + "\n"; }
function c_intro_main_430(c, d, p) { return " and "; }
function c_intro_main_431(c, d, p) { return ", "; }
function c_intro_main_429(c, d, p) { return shownFor((isFalsy(H.or(c.sharesData, c.policy.security)) ? c_intro_main_430(c ?? NULL_CONTEXT, d, p) : c_intro_main_431(c ?? NULL_CONTEXT, d, p)), c, "sharesData", c.policy, "security") + "uses"; }
function c_intro_main_433(c, d, p) { return " and "; }
function c_intro_main_434(c, d, p) { return ", "; }
function c_intro_main_432(c, d, p) { return shownFor((isFalsy(c.policy.security) ? c_intro_main_433(c ?? NULL_CONTEXT, d, p) : c_intro_main_434(c ?? NULL_CONTEXT, d, p)), c.policy, "security") + "shares"; }
function c_intro_main_435(c, d, p) { return " and protects"; }
function c_intro_main_436(c, d, p) { return escapeText(strict(c, "service", "14:319"), c, "service"); }
function c_intro_main_437(c, d, p) { return "our services"; }
function c_intro_main_438(c, d, p) { return ", and the rights you have over it"; }
function c_intro_main_428(c, d, p) { return "This policy explains how " + escapeText(strict(c, "company", "14:27"), c, "company") + " collects" + shownFor((isFalsy(c.usesData) ? "" : c_intro_main_429(c ?? NULL_CONTEXT, d, p)), c, "usesData") + shownFor((isFalsy(c.sharesData) ? "" : c_intro_main_432(c ?? NULL_CONTEXT, d, p)), c, "sharesData") + shownFor((isFalsy(c.policy.security) ? "" : c_intro_main_435(c ?? NULL_CONTEXT, d, p)), c.policy, "security") + " " + escapeText(strict(c, "pd", "14:255"), c, "pd") + " when you use " + shownFor((isFalsy(c.serviceIsCompany) ? c_intro_main_436(c ?? NULL_CONTEXT, d, p) : c_intro_main_437(c ?? NULL_CONTEXT, d, p)), c, "serviceIsCompany") + shownFor((isFalsy(c.rights.present) ? "" : c_intro_main_438(c ?? NULL_CONTEXT, d, p)), c.rights, "present") + ".\n"; }
function c_intro_main_440(c, d, p) { return escapeText(strict(c, "service", "12:121"), c, "service"); }
function c_intro_main_441(c, d, p) { return "our services"; }
function c_intro_main_442(c, d, p) { return ", and sets out the rights you have"; }
function c_intro_main_439(c, d, p) { return "This policy explains that " + escapeText(strict(c, "company", "12:28"), c, "company") + " does not collect " + escapeText(strict(c, "pd", "12:57"), c, "pd") + " when you use " + shownFor((isFalsy(c.serviceIsCompany) ? c_intro_main_440(c ?? NULL_CONTEXT, d, p) : c_intro_main_441(c ?? NULL_CONTEXT, d, p)), c, "serviceIsCompany") + shownFor((isFalsy(c.rights.present) ? "" : c_intro_main_442(c ?? NULL_CONTEXT, d, p)), c.rights, "present") + ".\n"; }
function c_intro_main_427(c, d, p) { return shownFor((isFalsy(c.collectsNothing) ? c_intro_main_428(c ?? NULL_CONTEXT, d, p) : c_intro_main_439(c ?? NULL_CONTEXT, d, p)), c, "collectsNothing"); }
function c_intro_main_443(c, d, p) { return escapeText(H.sentence(c.presentation.summary), c.presentation, "summary") + "\n"; }
function c_intro_main_444(c, d, p) { return "\nEarlier versions of this policy: " + sourced(get(H, "link")(c.presentation.earlier_versions) ?? "", c.presentation, "earlier_versions") + "\n"; }
function c_intro_main_424(c, d, p) { return "# " + escapeText(strict(c, "title", "1:4"), c, "title") + "\n\n" + shownFor((isFalsy(c.policy.last_updated) ? c_intro_main_425(c ?? NULL_CONTEXT, d, p) : c_intro_main_426(c ?? NULL_CONTEXT, d, p)), c.policy, "last_updated") + "\n" + shownFor((isFalsy(c.presentation.summary) ? c_intro_main_427(c ?? NULL_CONTEXT, d, p) : c_intro_main_443(c ?? NULL_CONTEXT, d, p)), c.presentation, "summary") + shownFor((isFalsy(c.presentation.earlier_versions) ? "" : c_intro_main_444(c ?? NULL_CONTEXT, d, p)), c.presentation, "earlier_versions"); }
function c_intro_main(c, d, p) { return c_intro_main_424(c, d, p); }
function c_key_points_main_448(c, d, p, ds) { return escapeText(H.phrase(H.joinAnd(c.categories)), c, "categories"); }
function c_key_points_main_449(c, d, p, ds) { return escapeText(H.listHead(c.categories), c, "categories") + " and " + escapeText(H.inWords(c.moreCategories), c, "moreCategories") + " other " + escapeText(H.plural(c.moreCategories, "kind", "kinds")) + " of " + escapeText(strict(d.root, "pd", "4:216"), d.root, "pd"); }
function c_key_points_main_447(c, d, p, ds) { return shownFor((isFalsy(c.moreCategories) ? c_key_points_main_448(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_449(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "moreCategories"); }
function c_key_points_main_450(c, d, p, ds) { return "no " + escapeText(strict(d.root, "pd", "4:73"), d.root, "pd"); }
function c_key_points_main_452(c, d, p, ds) { return ", among them “" + escapeText(H.phrase(c.firstPurpose), c, "firstPurpose") + "”"; }
function c_key_points_main_453(c, d, p, ds) { return ": “" + escapeText(H.phrase(c.firstPurpose), c, "firstPurpose") + "”"; }
function c_key_points_main_451(c, d, p, ds) { return "- [How we use it](" + escapeText(strict(c.anchors, "use", "6:20"), c.anchors, "use") + "): for " + escapeText(H.inWords(c.purposes), c, "purposes") + " " + escapeText(H.plural(c.purposes, "purpose", "purposes")) + shownFor((isFalsy(H.eq(c.purposes, 1)) ? c_key_points_main_452(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_453(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "purposes") + ".\n"; }
function c_key_points_main_458(c, d, p, ds) { return "- [Who receives it](" + escapeText(strict(c.anchors, "sharing", "17:22"), c.anchors, "sharing") + "): we disclose it in the cases set out below.\n"; }
function c_key_points_main_457(c, d, p, ds) { return shownFor((isFalsy(c.otherDisclosures) ? "" : c_key_points_main_458(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "otherDisclosures"); }
function c_key_points_main_461(c, d, p, ds) { return "we share it for cross-context behavioral advertising"; }
function c_key_points_main_462(c, d, p, ds) { return "some of our disclosures may be considered sharing for cross-context behavioral advertising"; }
function c_key_points_main_460(c, d, p, ds) { return shownFor((isFalsy(c.hedged) ? c_key_points_main_461(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_462(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "hedged"); }
function c_key_points_main_465(c, d, p, ds) { return "we share it for cross-context behavioral advertising"; }
function c_key_points_main_466(c, d, p, ds) { return "some of our disclosures may be considered sharing for cross-context behavioral advertising"; }
function c_key_points_main_464(c, d, p, ds) { return ", but " + shownFor((isFalsy(c.hedged) ? c_key_points_main_465(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_466(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "hedged"); }
function c_key_points_main_463(c, d, p, ds) { return "we do not sell it" + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_464(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds"); }
function c_key_points_main_467(c, d, p, ds) { return " We disclose it in the cases set out below."; }
function c_key_points_main_459(c, d, p, ds) { return "- [Who receives it](" + escapeText(strict(c.anchors, "sharing", "15:22"), c.anchors, "sharing") + "): " + shownFor((isFalsy(c.noSale) ? c_key_points_main_460(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_463(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "noSale") + "." + shownFor((isFalsy(c.otherDisclosures) ? "" : c_key_points_main_467(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "otherDisclosures") + "\n"; }
function c_key_points_main_456(c, d, p, ds) { return shownFor((isFalsy(H.or(c.noSale, c.sharesForAds)) ? c_key_points_main_457(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_459(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "noSale", c, "sharesForAds"); }
function c_key_points_main_469(c, d, p, ds) { return ", as " + escapeText(strict(d.root.lawText.ccpa, "short", "13:82"), d.root.lawText.ccpa, "short") + " defines a sale"; }
function c_key_points_main_470(c, d, p, ds) { return ", and we share it for cross-context behavioral advertising"; }
function c_key_points_main_471(c, d, p, ds) { return " We disclose it in the cases set out below."; }
function c_key_points_main_468(c, d, p, ds) { return "- [Who receives it](" + escapeText(strict(c.anchors, "sharing", "13:22"), c.anchors, "sharing") + "): we sell it" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_key_points_main_469(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d.root.laws, "ccpa") + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_470(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds") + "." + shownFor((isFalsy(c.otherDisclosures) ? "" : c_key_points_main_471(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "otherDisclosures") + "\n"; }
function c_key_points_main_455(c, d, p, ds) { return shownFor((isFalsy(c.sells) ? c_key_points_main_456(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_468(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sells"); }
function c_key_points_main_473(c, d, p, ds) { return " or sharing for cross-context behavioral advertising"; }
function c_key_points_main_474(c, d, p, ds) { return " under " + escapeText(strict(d.root.lawText.ccpa, "short", "11:201"), d.root.lawText.ccpa, "short"); }
function c_key_points_main_475(c, d, p, ds) { return " We disclose it in the cases set out below."; }
function c_key_points_main_472(c, d, p, ds) { return "- [Who receives it](" + escapeText(strict(c.anchors, "sharing", "11:22"), c.anchors, "sharing") + "): some of our disclosures may be considered a sale" + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_473(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds") + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_key_points_main_474(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d.root.laws, "ccpa") + "." + shownFor((isFalsy(c.otherDisclosures) ? "" : c_key_points_main_475(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "otherDisclosures") + "\n"; }
function c_key_points_main_454(c, d, p, ds) { return shownFor((isFalsy(H.and(c.sells, c.hedged)) ? c_key_points_main_455(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_472(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sells", c, "hedged"); }
function c_key_points_main_477(c, d, p, ds) { return escapeText(H.phrase(H.joinAnd(c.recipients)), c, "recipients"); }
function c_key_points_main_480(c, d, p, ds) { return escapeText(H.plural(c.moreRecipients, "company", "companies")); }
function c_key_points_main_481(c, d, p, ds) { return escapeText(H.plural(c.moreRecipients, "recipient", "recipients")); }
function c_key_points_main_479(c, d, p, ds) { return shownFor((isFalsy(c.mixedRecipients) ? c_key_points_main_480(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_481(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "mixedRecipients"); }
function c_key_points_main_482(c, d, p, ds) { return escapeText(H.plural(c.moreRecipients, "kind of recipient", "kinds of recipient")); }
function c_key_points_main_478(c, d, p, ds) { return escapeText(H.listHead(c.recipients), c, "recipients") + " and " + escapeText(H.inWords(c.moreRecipients), c, "moreRecipients") + " other " + shownFor((isFalsy(c.recipientKinds) ? c_key_points_main_479(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_482(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "recipientKinds"); }
function c_key_points_main_483(c, d, p, ds) { return " We also disclose it in other cases, set out below."; }
function c_key_points_main_484(c, d, p, ds) { return " We do not sell it."; }
function c_key_points_main_487(c, d, p, ds) { return ", as " + escapeText(strict(d.root.lawText.ccpa, "short", "9:905"), d.root.lawText.ccpa, "short") + " defines a sale"; }
function c_key_points_main_486(c, d, p, ds) { return " We sell it" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_key_points_main_487(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d.root.laws, "ccpa") + "."; }
function c_key_points_main_488(c, d, p, ds) { return " We share it for cross-context behavioral advertising."; }
function c_key_points_main_485(c, d, p, ds) { return shownFor((isFalsy(c.sells) ? "" : c_key_points_main_486(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sells") + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_488(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds"); }
function c_key_points_main_491(c, d, p, ds) { return "sharing for cross-context behavioral advertising"; }
function c_key_points_main_493(c, d, p, ds) { return " or sharing for cross-context behavioral advertising"; }
function c_key_points_main_492(c, d, p, ds) { return "a sale" + shownFor((isFalsy(c.sharesForAds) ? "" : c_key_points_main_493(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sharesForAds"); }
function c_key_points_main_494(c, d, p, ds) { return " under " + escapeText(strict(d.root.lawText.ccpa, "short", "9:802"), d.root.lawText.ccpa, "short"); }
function c_key_points_main_490(c, d, p, ds) { return " Some of our disclosures may be considered " + shownFor((isFalsy(c.sells) ? c_key_points_main_491(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_492(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sells") + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_key_points_main_494(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d.root.laws, "ccpa") + "."; }
function c_key_points_main_489(c, d, p, ds) { return shownFor((isFalsy(H.or(c.sells, c.sharesForAds)) ? "" : c_key_points_main_490(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sells", c, "sharesForAds"); }
function c_key_points_main_476(c, d, p, ds) { return "- [Who receives it](" + escapeText(strict(c.anchors, "sharing", "9:22"), c.anchors, "sharing") + "): " + shownFor((isFalsy(c.moreRecipients) ? c_key_points_main_477(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_478(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "moreRecipients") + "." + shownFor((isFalsy(c.otherDisclosures) ? "" : c_key_points_main_483(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "otherDisclosures") + shownFor((isFalsy(c.noSale) ? "" : c_key_points_main_484(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "noSale") + shownFor((isFalsy(c.hedged) ? c_key_points_main_485(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_489(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "hedged") + "\n"; }
function c_key_points_main_496(c, d, p, ds) { return " " + escapeText(H.phrase(c.start), c, "start"); }
function c_key_points_main_497(c, d, p, ds) { return "; " + escapeText(H.inWords(c.more), c, "more") + " other " + escapeText(H.plural(c.more, "period is", "periods are")) + " set out below"; }
function c_key_points_main_498(c, d, p, ds) { return "; no period is set out for " + escapeText(H.inWords(c.unstated), c, "unstated") + " other " + escapeText(H.plural(c.unstated, "kind", "kinds")) + " of " + escapeText(strict(d.root, "pd", "20:344"), d.root, "pd"); }
function c_key_points_main_495(c, d, p, ds) { return "- [How long we keep it](" + escapeText(strict(ds[1].anchors, "retention", "20:26"), ds[1].anchors, "retention") + "): " + escapeText(strict(c, "data", "20:53"), c, "data") + " " + escapeText(H.retentionPeriod(c.period, c.up_to, c.until), c, "period", c, "up_to", c, "until") + shownFor((isFalsy(c.start) ? "" : c_key_points_main_496(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "start") + shownFor((isFalsy(c.more) ? "" : c_key_points_main_497(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "more") + shownFor((isFalsy(c.unstated) ? "" : c_key_points_main_498(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "unstated") + ".\n"; }
function c_key_points_main_500(c, d, p, ds) { return ", and " + escapeText(H.inWords(c.moreRights), c, "moreRights") + " more"; }
function c_key_points_main_502(c, d, p, ds) { return "; some depend on where you live"; }
function c_key_points_main_501(c, d, p, ds) { return shownFor((isFalsy(c.rightsVary) ? "" : c_key_points_main_502(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "rightsVary"); }
function c_key_points_main_503(c, d, p, ds) { return "; they depend on where you live"; }
function c_key_points_main_499(c, d, p, ds) { return "- [Your rights](" + escapeText(strict(c.anchors, "rights", "23:18"), c.anchors, "rights") + "): among them the " + escapeText(H.joinAnd(c.rights), c, "rights") + shownFor((isFalsy(c.moreRights) ? "" : c_key_points_main_500(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "moreRights") + shownFor((isFalsy(H.eq(c.rightsVary, "all")) ? c_key_points_main_501(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_503(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "rightsVary") + ".\n"; }
function c_key_points_main_446(c, d, p, ds) { return "## Key points\n\n- [What we collect](" + escapeText(strict(c.anchors, "collection", "4:22"), c.anchors, "collection") + "): " + shownFor((isFalsy(c.collectsNothing) ? c_key_points_main_447(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_450(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "collectsNothing") + ".\n" + shownFor((isFalsy(c.purposes) ? "" : c_key_points_main_451(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "purposes") + shownFor((isFalsy(c.recipients) ? c_key_points_main_454(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_key_points_main_476(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "recipients") + withContext(c.retention, (v) => c_key_points_main_495(v, d, p, pushContext(v, ds)), () => "") + shownFor((isFalsy(c.rights) ? "" : c_key_points_main_499(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "rights") + "- [How to reach us](" + escapeText(strict(c.anchors, "contact", "25:22"), c.anchors, "contact") + "): " + sourced(H.mailto(d.root.privacyEmail) ?? "", d.root, "privacyEmail") + ".\n"; }
function c_key_points_main_445(c, d, p, ds) { return withContext(c.keyPoints, (v) => c_key_points_main_446(v, d, p, pushContext(v, ds)), () => ""); }
function c_key_points_main(c, d, p) { return c_key_points_main_445(c, d, p, [c]); }
function c_legal_bases_main_506(c, d, p, ds) { return "Under the " + escapeText(strict(c, "citation", "5:12"), c, "citation") + ", we may use personal data only when we have a legal basis for it.\n"; }
function c_legal_bases_main_509(c, d, p, ds) { return "legal "; }
function c_legal_bases_main_508(c, d, p, ds) { return "These are the " + shownFor((isFalsy(c.citation) ? c_legal_bases_main_509(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : ""), c, "citation") + "bases we rely on for the purposes listed under each.\n"; }
function c_legal_bases_main_511(c, d, p, ds) { return "legal "; }
function c_legal_bases_main_510(c, d, p, ds) { return "These are the " + shownFor((isFalsy(c.citation) ? c_legal_bases_main_511(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : ""), c, "citation") + "bases we rely on, and the purposes for which we rely on each.\n"; }
function c_legal_bases_main_507(c, d, p, ds) { return shownFor((isFalsy(c.basesComplete) ? c_legal_bases_main_508(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_510(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basesComplete"); }
function c_legal_bases_main_518(c, d, p, ds) { return "our legitimate interests"; }
function c_legal_bases_main_519(c, d, p, ds) { return "a task we carry out in the public interest"; }
function c_legal_bases_main_517(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "public_task")) ? c_legal_bases_main_518(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_519(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_520(c, d, p, ds) { return "your vital interests or someone else's"; }
function c_legal_bases_main_516(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "vital_interests")) ? c_legal_bases_main_517(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_520(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_521(c, d, p, ds) { return "our legal obligations"; }
function c_legal_bases_main_515(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "legal_obligation")) ? c_legal_bases_main_516(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_521(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_522(c, d, p, ds) { return "our contract with you"; }
function c_legal_bases_main_514(c, d, p, ds) { return "We rely on " + shownFor((isFalsy(H.eq(c.basis, "contract")) ? c_legal_bases_main_515(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_522(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis") + " for:\n"; }
function c_legal_bases_main_527(c, d, p, ds) { return "We use your " + escapeText(strict(d.root, "pd", "31:14"), d.root, "pd") + " where this is necessary for the legitimate interests pursued by us or by a third party, except where they are overridden by your interests or fundamental rights and freedoms:\n"; }
function c_legal_bases_main_528(c, d, p, ds) { return "We use your " + escapeText(strict(d.root, "pd", "29:14"), d.root, "pd") + " where this is necessary to perform a task in the public interest:\n"; }
function c_legal_bases_main_526(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "public_task")) ? c_legal_bases_main_527(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_528(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_529(c, d, p, ds) { return "We use your " + escapeText(strict(d.root, "pd", "27:14"), d.root, "pd") + " where this is necessary to protect your life or someone else's:\n"; }
function c_legal_bases_main_525(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "vital_interests")) ? c_legal_bases_main_526(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_529(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_530(c, d, p, ds) { return "We use your " + escapeText(strict(d.root, "pd", "25:14"), d.root, "pd") + " where " + escapeText(strict(d.root, "obligationLaw", "25:33"), d.root, "obligationLaw") + " requires us to:\n"; }
function c_legal_bases_main_524(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "legal_obligation")) ? c_legal_bases_main_525(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_530(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_531(c, d, p, ds) { return "We use your " + escapeText(strict(d.root, "pd", "23:14"), d.root, "pd") + " where this is necessary to perform our contract with you, or to take steps you ask for before entering into one:\n"; }
function c_legal_bases_main_523(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.basis, "contract")) ? c_legal_bases_main_524(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_531(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis"); }
function c_legal_bases_main_513(c, d, p, ds) { return shownFor((isFalsy(d.root.citation) ? c_legal_bases_main_514(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_523(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), d.root, "citation"); }
function c_legal_bases_main_532(c, d, p, ds) { return "We rely on your consent for:\n"; }
function c_legal_bases_main_534(c, d, p, ds) { return "- " + escapeText(H.capitalize(H.phrase(c.name)), c, "name") + "\n"; }
function c_legal_bases_main_538(c, d, p, ds) { return " You give your consent " + escapeText(H.phrase(c.how_given), c, "how_given") + "."; }
function c_legal_bases_main_539(c, d, p, ds) { return " To withdraw it, " + escapeText(H.phrase(c.withdraw), c, "withdraw") + "."; }
function c_legal_bases_main_537(c, d, p, ds) { return shownFor((isFalsy(c.how_given) ? "" : c_legal_bases_main_538(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "how_given") + shownFor((isFalsy(c.withdraw) ? "" : c_legal_bases_main_539(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "withdraw"); }
function c_legal_bases_main_536(c, d, p, ds) { return withContext(c.consent, (v) => c_legal_bases_main_537(v, d, p, pushContext(v, ds)), () => ""); }
function c_legal_bases_main_540(c, d, p, ds) { return " This is required by " + escapeText(H.phrase(c.legal_obligation), c, "legal_obligation") + "."; }
function c_legal_bases_main_541(c, d, p, ds) { return " Our interest is " + escapeText(H.phrase(c.legitimate_interest), c, "legitimate_interest") + "."; }
function c_legal_bases_main_542(c, d, p, ds) { return " We also rely on " + escapeText(H.phrase(c.national_basis), c, "national_basis") + "."; }
function c_legal_bases_main_544(c, d, p, ds) { return "special categories of " + escapeText(strict(d.root, "pd", "36:730"), d.root, "pd"); }
function c_legal_bases_main_545(c, d, p, ds) { return escapeText(H.joinAnd(ds[1].specialNames), ds[1], "specialNames") + ", " + escapeText(H.plural(ds[1].specialNames, "a special category", "special categories")) + " of " + escapeText(strict(d.root, "pd", "36:687"), d.root, "pd") + ","; }
function c_legal_bases_main_546(c, d, p, ds) { return " (" + escapeText(strict(c, "citation", "36:788"), c, "citation") + ")"; }
function c_legal_bases_main_543(c, d, p, ds) { return " For " + shownFor((isFalsy(ds[1].specialNames) ? c_legal_bases_main_544(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_545(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "specialNames") + " we rely on " + escapeText(strict(c, "label", "36:761"), c, "label") + shownFor((isFalsy(c.citation) ? "" : c_legal_bases_main_546(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "citation") + "."; }
function c_legal_bases_main_535(c, d, p, ds) { return "- **" + escapeText(H.phrase(c.name), c, "name") + ".**" + shownFor((isFalsy(H.eq(ds[1].basis, "consent")) ? "" : c_legal_bases_main_536(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "basis") + shownFor((isFalsy(H.and(c.legal_obligation, H.eq(ds[1].basis, "legal_obligation"))) ? "" : c_legal_bases_main_540(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "legal_obligation", ds[1], "basis") + shownFor((isFalsy(H.and(c.legitimate_interest, H.eq(ds[1].basis, "legitimate_interests"))) ? "" : c_legal_bases_main_541(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "legitimate_interest", ds[1], "basis") + shownFor((isFalsy(c.national_basis) ? "" : c_legal_bases_main_542(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "national_basis") + withContext(c.specialCondition, (v) => c_legal_bases_main_543(v, d, p, pushContext(v, ds)), () => "") + "\n"; }
function c_legal_bases_main_533(c, d, p, ds) { return shownFor((isFalsy(ds[1].detailed) ? c_legal_bases_main_534(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_535(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), ds[1], "detailed"); }
function c_legal_bases_main_548(c, d, p, ds) { return "You have the right to object, on grounds relating to your particular situation, to our use of your " + escapeText(strict(d.root, "pd", "46:101"), d.root, "pd") + " based on our legitimate interests.\n"; }
function c_legal_bases_main_547(c, d, p, ds) { return shownFor((isFalsy(H.and(H.eq(c.basis, "legitimate_interests"), d.root.canObject)) ? "" : c_legal_bases_main_548(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis", d.root, "canObject"); }
function c_legal_bases_main_549(c, d, p, ds) { return "You can withdraw your consent at any time.\nWithdrawing it does not affect the lawfulness of anything we did with your consent before you withdrew it.\n"; }
function c_legal_bases_main_512(c, d, p, ds) { return "### " + escapeText(H.basisLabel(c.basis, d.root.citation), c, "basis") + "\n\n" + shownFor((isFalsy(H.eq(c.basis, "consent")) ? c_legal_bases_main_513(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_532(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis") + "\n" + each(c.purposes, d, (v, f) => c_legal_bases_main_533(v, f, p, pushContext(v, ds)), () => "") + "\n" + shownFor((isFalsy(H.and(H.eq(c.basis, "consent"), d.root.citation)) ? c_legal_bases_main_547(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_legal_bases_main_549(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basis", d.root, "citation") + "\n"; }
function c_legal_bases_main_551(c, d, p, ds) { return "- **" + escapeText(H.phrase(c.name), c, "name") + ".** We rely on " + escapeText(H.phrase(c.national_basis), c, "national_basis") + ".\n"; }
function c_legal_bases_main_550(c, d, p, ds) { return "### Other legal provisions\n\n" + each(c.nationalOnly, d, (v, f) => c_legal_bases_main_551(v, f, p, pushContext(v, ds)), () => "") + "\n"; }
function c_legal_bases_main_553(c, d, p, ds) { return "- " + escapeText(H.capitalize(H.phrase(c.name)), c, "name") + "\n"; }
function c_legal_bases_main_552(c, d, p, ds) { return "### Purposes without a stated legal basis\n\nThis policy does not state the legal basis for:\n\n" + each(c.basesMissing, d, (v, f) => c_legal_bases_main_553(v, f, p, pushContext(v, ds)), () => "") + "\n"; }
function c_legal_bases_main_505(c, d, p, ds) { return "## Our legal bases for using your " + escapeText(strict(c, "pd", "2:36"), c, "pd") + "\n\n" + shownFor((isFalsy(c.citation) ? "" : c_legal_bases_main_506(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "citation") + shownFor((isFalsy(c.bases) ? "" : c_legal_bases_main_507(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "bases") + "\n" + each(c.bases, d, (v, f) => c_legal_bases_main_512(v, f, p, pushContext(v, ds)), () => "") + shownFor((isFalsy(c.nationalOnly) ? "" : c_legal_bases_main_550(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "nationalOnly") + shownFor((isFalsy(c.basesMissing) ? "" : c_legal_bases_main_552(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "basesMissing"); }
function c_legal_bases_main_504(c, d, p, ds) { return shownFor((isFalsy(H.or(c.bases, c.nationalOnly, H.and(c.gdprLike, c.basesMissing))) ? "" : c_legal_bases_main_505(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "bases", c, "nationalOnly", c, "gdprLike", c, "basesMissing"); }
function c_legal_bases_main(c, d, p) { return c_legal_bases_main_504(c, d, p, [c]); }
function c_partials_audience_main_555(c, d, p) { return escapeText(H.audienceKind(c.kind), c, "kind"); }
function c_partials_audience_main_556(c, d, p) { return escapeText(strict(c, "name", "1:16"), c, "name"); }
function c_partials_audience_main_557(c, d, p) { return ": " + escapeText(H.phrase(c.description), c, "description"); }
function c_partials_audience_main_558(c, d, p) { return " (" + escapeText(H.joinAnd(c.productNames), c, "productNames") + ")"; }
function c_partials_audience_main_554(c, d, p) { return "**" + shownFor((isFalsy(c.name) ? c_partials_audience_main_555(c ?? NULL_CONTEXT, d, p) : c_partials_audience_main_556(c ?? NULL_CONTEXT, d, p)), c, "name") + "**" + shownFor((isFalsy(c.description) ? "" : c_partials_audience_main_557(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.productNames) ? "" : c_partials_audience_main_558(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_audience_main(c, d, p) { return c_partials_audience_main_554(c, d, p); }
function c_partials_disclosure_main_567(c, d, p) { return " We may share " + escapeText(strict(d.root, "pd", "16:63"), d.root, "pd") + " with other companies in our group."; }
function c_partials_disclosure_main_566(c, d, p) { return "**Our group companies.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_567(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_569(c, d, p) { return " We may share " + escapeText(strict(d.root, "pd", "14:65"), d.root, "pd") + " with our professional advisers where they need it to advise us."; }
function c_partials_disclosure_main_568(c, d, p) { return "**Professional advisers.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_569(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_565(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "professional_advisers")) ? c_partials_disclosure_main_566(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_568(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_572(c, d, p) { return "; see “What other users can see” below"; }
function c_partials_disclosure_main_571(c, d, p) { return " Some information about you is visible to people you interact with in " + escapeText(strict(d.root, "service", "12:111"), d.root, "service") + shownFor((isFalsy(d.root.policy.visibility) ? "" : c_partials_disclosure_main_572(c ?? NULL_CONTEXT, d, p)), d.root.policy, "visibility") + "."; }
function c_partials_disclosure_main_570(c, d, p) { return "**Other users.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_571(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_564(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "other_users")) ? c_partials_disclosure_main_565(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_570(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_574(c, d, p) { return " We share " + escapeText(strict(d.root, "pd", "10:55"), d.root, "pd") + " with the people or services you ask us to share it with."; }
function c_partials_disclosure_main_573(c, d, p) { return "**At your request.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_574(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_563(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "at_your_request")) ? c_partials_disclosure_main_564(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_573(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_576(c, d, p) { return " We share " + escapeText(strict(d.root, "pd", "8:57"), d.root, "pd") + " for other purposes when you ask us to or agree to it."; }
function c_partials_disclosure_main_575(c, d, p) { return "**With your consent.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_576(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_562(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "with_consent")) ? c_partials_disclosure_main_563(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_575(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_578(c, d, p) { return " If we are involved in a merger, acquisition or sale of all or part of our business, " + escapeText(strict(d.root, "pd", "6:133"), d.root, "pd") + " may be transferred as part of that transaction."; }
function c_partials_disclosure_main_577(c, d, p) { return "**Business transfers.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_578(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_561(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "business_transfer")) ? c_partials_disclosure_main_562(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_577(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_580(c, d, p) { return " We may disclose " + escapeText(strict(d.root, "pd", "4:75"), d.root, "pd") + " where this is necessary to protect the rights, property or safety of " + escapeText(strict(d.root, "company", "4:157"), d.root, "company") + ", our users or others."; }
function c_partials_disclosure_main_579(c, d, p) { return "**Protecting rights and safety.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_580(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_560(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "protect_rights")) ? c_partials_disclosure_main_561(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_579(c ?? NULL_CONTEXT, d, p)), c, "kind"); }
function c_partials_disclosure_main_582(c, d, p) { return " We disclose " + escapeText(strict(d.root, "pd", "2:61"), d.root, "pd") + " to public authorities when the law requires us to."; }
function c_partials_disclosure_main_581(c, d, p) { return "**Legal requirements.**" + shownFor((isFalsy(c.description) ? c_partials_disclosure_main_582(c ?? NULL_CONTEXT, d, p) : ""), c, "description"); }
function c_partials_disclosure_main_583(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_partials_disclosure_main_584(c, d, p) { return " Recipients: " + escapeText(H.joinAnd(c.recipients), c, "recipients") + "."; }
function c_partials_disclosure_main_559(c, d, p) { return shownFor((isFalsy(H.eq(c.kind, "legal_requirement")) ? c_partials_disclosure_main_560(c ?? NULL_CONTEXT, d, p) : c_partials_disclosure_main_581(c ?? NULL_CONTEXT, d, p)), c, "kind") + shownFor((isFalsy(c.description) ? "" : c_partials_disclosure_main_583(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.recipients) ? "" : c_partials_disclosure_main_584(c ?? NULL_CONTEXT, d, p)), c, "recipients"); }
function c_partials_disclosure_main(c, d, p) { return c_partials_disclosure_main_559(c, d, p); }
function c_partials_financial_incentives_main_587(c, d, p) { return " " + escapeText(H.capitalize(c.lawText.ccpa.under), c.lawText.ccpa, "under") + ", you take part only with your prior consent, which you can withdraw at any time (" + escapeText(strict(c.californiaCitations, "financialIncentiveConsent", "5:254"), c.californiaCitations, "financialIncentiveConsent") + ")."; }
function c_partials_financial_incentives_main_589(c, d, p) { return " It involves your " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_partials_financial_incentives_main_590(c, d, p) { return " To join, " + escapeText(H.phrase(c.opt_in), c, "opt_in") + "."; }
function c_partials_financial_incentives_main_591(c, d, p) { return " To withdraw, " + escapeText(H.phrase(c.withdraw), c, "withdraw") + "."; }
function c_partials_financial_incentives_main_592(c, d, p) { return " We estimate the value of your " + escapeText(strict(d.root, "pd", "8:260"), d.root, "pd") + " in this program at " + escapeText(H.phrase(c.value), c, "value") + "."; }
function c_partials_financial_incentives_main_593(c, d, p) { return " " + escapeText(H.sentence(c.value_method), c, "value_method"); }
function c_partials_financial_incentives_main_594(c, d, p) { return " Its terms: " + sourced(get(H, "link")(c.terms_url) ?? "", c, "terms_url") + "."; }
function c_partials_financial_incentives_main_588(c, d, p) { return "- **" + escapeText(strict(c, "name", "8:6"), c, "name") + ".** " + escapeText(H.sentence(c.summary), c, "summary") + shownFor((isFalsy(c.categoryNames) ? "" : c_partials_financial_incentives_main_589(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + shownFor((isFalsy(c.opt_in) ? "" : c_partials_financial_incentives_main_590(c ?? NULL_CONTEXT, d, p)), c, "opt_in") + shownFor((isFalsy(c.withdraw) ? "" : c_partials_financial_incentives_main_591(c ?? NULL_CONTEXT, d, p)), c, "withdraw") + shownFor((isFalsy(c.value) ? "" : c_partials_financial_incentives_main_592(c ?? NULL_CONTEXT, d, p)), c, "value") + shownFor((isFalsy(c.value_method) ? "" : c_partials_financial_incentives_main_593(c ?? NULL_CONTEXT, d, p)), c, "value_method") + shownFor((isFalsy(c.terms_url) ? "" : c_partials_financial_incentives_main_594(c ?? NULL_CONTEXT, d, p)), c, "terms_url") + "\n"; }
function c_partials_financial_incentives_main_586(c, d, p) { return "\n### Financial incentives\n\nWe offer " + escapeText(H.plural(c.financialIncentives, "this financial incentive", "these financial incentives")) + " in exchange for " + escapeText(strict(c, "pd", "5:114"), c, "pd") + "." + shownFor((isFalsy(c.laws.ccpa) ? "" : c_partials_financial_incentives_main_587(c ?? NULL_CONTEXT, d, p)), c.laws, "ccpa") + "\n\n" + each(c.financialIncentives, d, (v, f) => c_partials_financial_incentives_main_588(v, f, p), () => ""); }
function c_partials_financial_incentives_main_585(c, d, p) { return shownFor((isFalsy(c.financialIncentives) ? "" : c_partials_financial_incentives_main_586(c ?? NULL_CONTEXT, d, p)), c, "financialIncentives"); }
function c_partials_financial_incentives_main(c, d, p) { return c_partials_financial_incentives_main_585(c, d, p); }
function c_partials_retention_details_main_598(c, d, p) { return "Then kept only in aggregated form."; }
function c_partials_retention_details_main_597(c, d, p) { return shownFor((isFalsy(H.eq(c.then, "aggregated")) ? "" : c_partials_retention_details_main_598(c ?? NULL_CONTEXT, d, p)), c, "then"); }
function c_partials_retention_details_main_599(c, d, p) { return "Then anonymized."; }
function c_partials_retention_details_main_596(c, d, p) { return shownFor((isFalsy(H.eq(c.then, "anonymized")) ? c_partials_retention_details_main_597(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_599(c ?? NULL_CONTEXT, d, p)), c, "then"); }
function c_partials_retention_details_main_600(c, d, p) { return "Then deleted."; }
function c_partials_retention_details_main_601(c, d, p) { return " "; }
function c_partials_retention_details_main_602(c, d, p) { return "Backup copies persist for up to " + escapeText(H.durationWords(c.backups), c, "backups") + " after deletion."; }
function c_partials_retention_details_main_603(c, d, p) { return " "; }
function c_partials_retention_details_main_607(c, d, p) { return ", "; }
function c_partials_retention_details_main_608(c, d, p) { return " and "; }
function c_partials_retention_details_main_606(c, d, p) { return (isFalsy(d.last) ? c_partials_retention_details_main_607(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_608(c ?? NULL_CONTEXT, d, p)); }
function c_partials_retention_details_main_611(c, d, p) { return "a further "; }
function c_partials_retention_details_main_610(c, d, p) { return "backup copies are removed within " + (isFalsy(d.first) ? c_partials_retention_details_main_611(c ?? NULL_CONTEXT, d, p) : "") + escapeText(H.durationWords(c.within), c, "within"); }
function c_partials_retention_details_main_613(c, d, p) { return "a further "; }
function c_partials_retention_details_main_612(c, d, p) { return "it is removed from our active systems within " + (isFalsy(d.first) ? c_partials_retention_details_main_613(c ?? NULL_CONTEXT, d, p) : "") + escapeText(H.durationWords(c.within), c, "within"); }
function c_partials_retention_details_main_609(c, d, p) { return shownFor((isFalsy(H.eq(c.stage, "active_systems")) ? c_partials_retention_details_main_610(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_612(c ?? NULL_CONTEXT, d, p)), c, "stage"); }
function c_partials_retention_details_main_615(c, d, p) { return "a further "; }
function c_partials_retention_details_main_614(c, d, p) { return "it stays in the trash for up to " + (isFalsy(d.first) ? c_partials_retention_details_main_615(c ?? NULL_CONTEXT, d, p) : "") + escapeText(H.durationWords(c.within), c, "within"); }
function c_partials_retention_details_main_605(c, d, p) { return (isFalsy(d.first) ? c_partials_retention_details_main_606(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c.stage, "trash")) ? c_partials_retention_details_main_609(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_614(c ?? NULL_CONTEXT, d, p)), c, "stage"); }
function c_partials_retention_details_main_616(c, d, p) { return ": " + escapeText(H.durationWords(c.stagesTotal, "accusative"), c, "stagesTotal") + " in all"; }
function c_partials_retention_details_main_604(c, d, p) { return "After deletion, " + each(c.deletion_stages, d, (v, f) => c_partials_retention_details_main_605(v, f, p), () => "") + shownFor((isFalsy(c.stagesTotal) ? "" : c_partials_retention_details_main_616(c ?? NULL_CONTEXT, d, p)), c, "stagesTotal") + "."; }
function c_partials_retention_details_main_595(c, d, p) { return shownFor((isFalsy(H.eq(c.then, "deleted")) ? c_partials_retention_details_main_596(c ?? NULL_CONTEXT, d, p) : c_partials_retention_details_main_600(c ?? NULL_CONTEXT, d, p)), c, "then") + shownFor((isFalsy(H.and(c.then, c.backups)) ? "" : c_partials_retention_details_main_601(c ?? NULL_CONTEXT, d, p)), c, "then", c, "backups") + shownFor((isFalsy(c.backups) ? "" : c_partials_retention_details_main_602(c ?? NULL_CONTEXT, d, p)), c, "backups") + shownFor((isFalsy(H.and(H.or(c.then, c.backups), c.deletion_stages)) ? "" : c_partials_retention_details_main_603(c ?? NULL_CONTEXT, d, p)), c, "then", c, "backups", c, "deletion_stages") + shownFor((isFalsy(c.deletion_stages) ? "" : c_partials_retention_details_main_604(c ?? NULL_CONTEXT, d, p)), c, "deletion_stages"); }
function c_partials_retention_details_main(c, d, p) { return c_partials_retention_details_main_595(c, d, p); }
function c_partials_retention_products_main_619(c, d, p) { return " (other products)"; }
function c_partials_retention_products_main_618(c, d, p) { return shownFor((isFalsy(c.otherProducts) ? "" : c_partials_retention_products_main_619(c ?? NULL_CONTEXT, d, p)), c, "otherProducts"); }
function c_partials_retention_products_main_620(c, d, p) { return " (" + escapeText(H.joinAnd(c.productNames), c, "productNames") + ")"; }
function c_partials_retention_products_main_617(c, d, p) { return shownFor((isFalsy(c.productNames) ? c_partials_retention_products_main_618(c ?? NULL_CONTEXT, d, p) : c_partials_retention_products_main_620(c ?? NULL_CONTEXT, d, p)), c, "productNames"); }
function c_partials_retention_products_main(c, d, p) { return c_partials_retention_products_main_617(c, d, p); }
function c_partials_right_item_main_622(c, d, p, ds) { return " (" + escapeText(strict(c, "reference", "1:32"), c, "reference") + ")"; }
function c_partials_right_item_main_623(c, d, p, ds) { return " You can " + escapeText(strict(c, "explanation", "1:84"), c, "explanation") + "."; }
function c_partials_right_item_main_624(c, d, p, ds) { return " " + escapeText(strict(c, "statement", "1:125"), c, "statement"); }
function c_partials_right_item_main_625(c, d, p, ds) { return " " + escapeText(H.sentence(c.limit), c, "limit"); }
function c_partials_right_item_main_630(c, d, p, ds) { return " We do not sell your " + escapeText(strict(ds[1], "pd", "1:428"), ds[1], "pd") + "."; }
function c_partials_right_item_main_629(c, d, p, ds) { return shownFor((isFalsy(c.shares_for_advertising) ? c_partials_right_item_main_630(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : ""), c, "shares_for_advertising"); }
function c_partials_right_item_main_631(c, d, p, ds) { return " We do not sell or share your " + escapeText(strict(ds[1], "pd", "1:359"), ds[1], "pd") + "."; }
function c_partials_right_item_main_628(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.shares_for_advertising, false)) ? c_partials_right_item_main_629(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds)) : c_partials_right_item_main_631(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "shares_for_advertising"); }
function c_partials_right_item_main_627(c, d, p, ds) { return shownFor((isFalsy(H.eq(c.sells, false)) ? "" : c_partials_right_item_main_628(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "sells"); }
function c_partials_right_item_main_626(c, d, p, ds) { return withContext(d.root.policy.sale_and_sharing, (v) => c_partials_right_item_main_627(v, d, p, pushContext(v, ds)), () => ""); }
function c_partials_right_item_main_632(c, d, p, ds) { return " " + escapeText(H.sentence(c.instruction), c, "instruction"); }
function c_partials_right_item_main_621(c, d, p, ds) { return "**" + escapeText(strict(c, "label", "1:4"), c, "label") + shownFor((isFalsy(c.reference) ? "" : c_partials_right_item_main_622(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "reference") + ".**" + shownFor((isFalsy(c.explanation) ? "" : c_partials_right_item_main_623(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "explanation") + shownFor((isFalsy(c.statement) ? "" : c_partials_right_item_main_624(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "statement") + shownFor((isFalsy(c.limit) ? "" : c_partials_right_item_main_625(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "limit") + shownFor((isFalsy(H.eq(c.right, "opt_out_sale_sharing")) ? "" : c_partials_right_item_main_626(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "right") + shownFor((isFalsy(c.instruction) ? "" : c_partials_right_item_main_632(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "instruction"); }
function c_partials_right_item_main(c, d, p) { return c_partials_right_item_main_621(c, d, p, [c]); }
function c_partials_subprocessor_data_main_634(c, d, p) { return escapeText(H.joinAnd(c.categoryNames), c, "categoryNames"); }
function c_partials_subprocessor_data_main_635(c, d, p) { return "All the data we collect"; }
function c_partials_subprocessor_data_main_633(c, d, p) { return shownFor((isFalsy(c.allData) ? c_partials_subprocessor_data_main_634(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_data_main_635(c ?? NULL_CONTEXT, d, p)), c, "allData"); }
function c_partials_subprocessor_data_main(c, d, p) { return c_partials_subprocessor_data_main_633(c, d, p); }
function c_partials_subprocessor_list_main_638(c, d, p) { return " Category |"; }
function c_partials_subprocessor_list_main_639(c, d, p) { return " Data shared |"; }
function c_partials_subprocessor_list_main_640(c, d, p) { return " Safeguard |"; }
function c_partials_subprocessor_list_main_641(c, d, p) { return " --- |"; }
function c_partials_subprocessor_list_main_642(c, d, p) { return " --- |"; }
function c_partials_subprocessor_list_main_643(c, d, p) { return " --- |"; }
function c_partials_subprocessor_name_main_646(c, d, p) { return escapeText(strict(c, "name", "1:40"), c, "name"); }
function c_partials_subprocessor_name_main_647(c, d, p) { return sourced(get(H, "link")(c.url, c.name) ?? "", c, "url", c, "name"); }
function c_partials_subprocessor_name_main_648(c, d, p) { return " (independent controller)"; }
function c_partials_subprocessor_name_main_645(c, d, p) { return shownFor((isFalsy(c.url) ? c_partials_subprocessor_name_main_646(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_name_main_647(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(H.eq(c.role, "controller")) ? "" : c_partials_subprocessor_name_main_648(c ?? NULL_CONTEXT, d, p)), c, "role"); }
function c_partials_subprocessor_name_main(c, d, p) { return c_partials_subprocessor_name_main_645(c, d, p); }
function c_partials_subprocessor_list_main_650(c, d, p) { return escapeText(strict(c, "category", "9:79"), c, "category"); }
function c_partials_subprocessor_list_main_649(c, d, p) { return " " + shownFor((isFalsy(c.category) ? "" : c_partials_subprocessor_list_main_650(c ?? NULL_CONTEXT, d, p)), c, "category") + " |"; }
function c_partials_subprocessor_purpose_main_652(c, d, p) { return ", " + escapeText(H.phrase(c.condition), c, "condition"); }
function c_partials_subprocessor_purpose_main_651(c, d, p) { return escapeText(H.capitalize(H.phrase(c.purpose)), c, "purpose") + shownFor((isFalsy(c.condition) ? "" : c_partials_subprocessor_purpose_main_652(c ?? NULL_CONTEXT, d, p)), c, "condition"); }
function c_partials_subprocessor_purpose_main(c, d, p) { return c_partials_subprocessor_purpose_main_651(c, d, p); }
function c_partials_subprocessor_list_main_655(c, d, p) { return "none"; }
function c_partials_subprocessor_list_main_654(c, d, p) { return shownFor((isFalsy(c.receivesNone) ? "" : c_partials_subprocessor_list_main_655(c ?? NULL_CONTEXT, d, p)), c, "receivesNone"); }
function c_partials_subprocessor_list_main_656(c, d, p) { return partial("partials/subprocessor-data", p, c, d); }
function c_partials_subprocessor_list_main_653(c, d, p) { return " " + shownFor((isFalsy(c.categoryNames) ? c_partials_subprocessor_list_main_654(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_656(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + " |"; }
function c_partials_subprocessor_list_main_658(c, d, p) { return escapeText(strict(c, "region", "9:350"), c, "region"); }
function c_partials_subprocessor_list_main_657(c, d, p) { return shownFor((isFalsy(c.region) ? "" : c_partials_subprocessor_list_main_658(c ?? NULL_CONTEXT, d, p)), c, "region"); }
function c_partials_subprocessor_list_main_660(c, d, p) { return " (" + escapeText(strict(c, "region", "9:314"), c, "region") + ")"; }
function c_partials_subprocessor_list_main_659(c, d, p) { return escapeText(H.countryNames(c.locations), c, "locations") + shownFor((isFalsy(c.region) ? "" : c_partials_subprocessor_list_main_660(c ?? NULL_CONTEXT, d, p)), c, "region"); }
function c_partials_subprocessor_safeguard_main_665(c, d, p) { return "adequacy decision"; }
function c_partials_subprocessor_safeguard_main_664(c, d, p) { return shownFor((isFalsy(H.eq(c.transfer, "adequate")) ? "" : c_partials_subprocessor_safeguard_main_665(c ?? NULL_CONTEXT, d, p)), c, "transfer"); }
function c_partials_subprocessor_safeguard_main_666(c, d, p) { return "not needed (" + escapeText(strict(d.root.transfers, "regionShort", "1:127"), d.root.transfers, "regionShort") + ")"; }
function c_partials_subprocessor_safeguard_main_663(c, d, p) { return shownFor((isFalsy(H.eq(c.transfer, "inside")) ? c_partials_subprocessor_safeguard_main_664(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_safeguard_main_666(c ?? NULL_CONTEXT, d, p)), c, "transfer"); }
function c_partials_subprocessor_safeguard_main_667(c, d, p) { return escapeText(H.joinAnd(H.mechanismShorts(c.safeguards, d.root.transfers.laws)), c, "safeguards"); }
function c_partials_subprocessor_safeguard_main_662(c, d, p) { return shownFor((isFalsy(c.safeguards) ? c_partials_subprocessor_safeguard_main_663(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_safeguard_main_667(c ?? NULL_CONTEXT, d, p)), c, "safeguards"); }
function c_partials_subprocessor_safeguard_main(c, d, p) { return c_partials_subprocessor_safeguard_main_662(c, d, p); }
function c_partials_subprocessor_list_main_661(c, d, p) { return " " + partial("partials/subprocessor-safeguard", p, c, d) + " |"; }
function c_partials_subprocessor_list_main_644(c, d, p) { return "| " + partial("partials/subprocessor-name", p, c, d) + " |" + shownFor((isFalsy(d.root.sharing.anyCategory) ? "" : c_partials_subprocessor_list_main_649(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyCategory") + " " + partial("partials/subprocessor-purpose", p, c, d) + " |" + shownFor((isFalsy(d.root.sharing.anyData) ? "" : c_partials_subprocessor_list_main_653(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyData") + " " + shownFor((isFalsy(c.locations) ? c_partials_subprocessor_list_main_657(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_659(c ?? NULL_CONTEXT, d, p)), c, "locations") + " |" + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_661(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + "\n"; }
function c_partials_subprocessor_note_main_670(c, d, p) { return escapeText(H.sentence(c.note), c, "note"); }
function c_partials_subprocessor_note_main_671(c, d, p) { return " "; }
function c_partials_subprocessor_note_main_673(c, d, p) { return "Does not use your data to train its own AI models."; }
function c_partials_subprocessor_note_main_674(c, d, p) { return "May use your data to train its own AI models."; }
function c_partials_subprocessor_note_main_672(c, d, p) { return shownFor((isFalsy(c.trains_on_data) ? c_partials_subprocessor_note_main_673(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_note_main_674(c ?? NULL_CONTEXT, d, p)), c, "trains_on_data"); }
function c_partials_subprocessor_note_main_669(c, d, p) { return shownFor((isFalsy(c.note) ? "" : c_partials_subprocessor_note_main_670(c ?? NULL_CONTEXT, d, p)), c, "note") + shownFor((isFalsy(H.and(c.note, c.trainingShown)) ? "" : c_partials_subprocessor_note_main_671(c ?? NULL_CONTEXT, d, p)), c, "note", c, "trainingShown") + shownFor((isFalsy(c.trainingShown) ? "" : c_partials_subprocessor_note_main_672(c ?? NULL_CONTEXT, d, p)), c, "trainingShown"); }
function c_partials_subprocessor_note_main(c, d, p) { return c_partials_subprocessor_note_main_669(c, d, p); }
function c_partials_subprocessor_list_main_668(c, d, p) { return "- **" + escapeText(strict(c, "name", "13:6"), c, "name") + "**: " + partial("partials/subprocessor-note", p, c, d) + "\n"; }
function c_partials_subprocessor_list_main_637(c, d, p) { return "| Provider |" + shownFor((isFalsy(d.root.sharing.anyCategory) ? "" : c_partials_subprocessor_list_main_638(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyCategory") + " What they do |" + shownFor((isFalsy(d.root.sharing.anyData) ? "" : c_partials_subprocessor_list_main_639(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyData") + " Location |" + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_640(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + "\n| --- |" + shownFor((isFalsy(d.root.sharing.anyCategory) ? "" : c_partials_subprocessor_list_main_641(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyCategory") + " --- |" + shownFor((isFalsy(d.root.sharing.anyData) ? "" : c_partials_subprocessor_list_main_642(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "anyData") + " --- |" + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_643(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + "\n" + each(c.processors, d, (v, f) => c_partials_subprocessor_list_main_644(v, f, p), () => "") + "\n" + each(c.noted, d, (v, f) => c_partials_subprocessor_list_main_668(v, f, p), () => ""); }
function c_partials_subprocessor_list_main_678(c, d, p) { return " Data shared: none."; }
function c_partials_subprocessor_list_main_677(c, d, p) { return shownFor((isFalsy(c.receivesNone) ? "" : c_partials_subprocessor_list_main_678(c ?? NULL_CONTEXT, d, p)), c, "receivesNone"); }
function c_partials_subprocessor_list_main_680(c, d, p) { return escapeText(H.joinAnd(c.dataNames), c, "dataNames"); }
function c_partials_subprocessor_list_main_681(c, d, p) { return "all the data we collect"; }
function c_partials_subprocessor_list_main_679(c, d, p) { return " Data shared: " + shownFor((isFalsy(c.allData) ? c_partials_subprocessor_list_main_680(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_681(c ?? NULL_CONTEXT, d, p)), c, "allData") + "."; }
function c_partials_subprocessor_list_main_683(c, d, p) { return "not stated"; }
function c_partials_subprocessor_list_main_684(c, d, p) { return escapeText(strict(c, "region", "3:322"), c, "region"); }
function c_partials_subprocessor_list_main_682(c, d, p) { return shownFor((isFalsy(c.region) ? c_partials_subprocessor_list_main_683(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_684(c ?? NULL_CONTEXT, d, p)), c, "region"); }
function c_partials_subprocessor_list_main_686(c, d, p) { return " (" + escapeText(strict(c, "region", "3:286"), c, "region") + ")"; }
function c_partials_subprocessor_list_main_685(c, d, p) { return escapeText(H.countryNames(c.locations), c, "locations") + shownFor((isFalsy(c.region) ? "" : c_partials_subprocessor_list_main_686(c ?? NULL_CONTEXT, d, p)), c, "region"); }
function c_partials_subprocessor_list_main_688(c, d, p) { return "not stated"; }
function c_partials_subprocessor_list_main_689(c, d, p) { return partial("partials/subprocessor-safeguard", p, c, d); }
function c_partials_subprocessor_list_main_687(c, d, p) { return " Safeguard: " + shownFor((isFalsy(c.safeguardStated) ? c_partials_subprocessor_list_main_688(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_689(c ?? NULL_CONTEXT, d, p)), c, "safeguardStated") + "."; }
function c_partials_subprocessor_list_main_690(c, d, p) { return " " + partial("partials/subprocessor-note", p, c, d); }
function c_partials_subprocessor_list_main_676(c, d, p) { return "- " + partial("partials/subprocessor-name", p, c, d) + ": " + partial("partials/subprocessor-purpose", p, c, d) + "." + shownFor((isFalsy(c.categoryNames) ? c_partials_subprocessor_list_main_677(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_679(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + " Location: " + shownFor((isFalsy(c.locations) ? c_partials_subprocessor_list_main_682(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_685(c ?? NULL_CONTEXT, d, p)), c, "locations") + "." + shownFor((isFalsy(d.root.sharing.showSafeguards) ? "" : c_partials_subprocessor_list_main_687(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "showSafeguards") + shownFor((isFalsy(H.or(c.note, c.trainingShown)) ? "" : c_partials_subprocessor_list_main_690(c ?? NULL_CONTEXT, d, p)), c, "note", c, "trainingShown") + "\n"; }
function c_partials_subprocessor_list_main_675(c, d, p) { return each(c.processors, d, (v, f) => c_partials_subprocessor_list_main_676(v, f, p), () => ""); }
function c_partials_subprocessor_list_main_636(c, d, p) { return shownFor((isFalsy(H.eq(c.processors.length, 1)) ? c_partials_subprocessor_list_main_637(c ?? NULL_CONTEXT, d, p) : c_partials_subprocessor_list_main_675(c ?? NULL_CONTEXT, d, p)), c.processors, "length"); }
function c_partials_subprocessor_list_main(c, d, p) { return c_partials_subprocessor_list_main_636(c, d, p); }
function c_partials_verification_main_692(c, d, p) { return escapeText(H.sentence(c.text), c, "text") + "\n"; }
function c_partials_verification_main_694(c, d, p) { return " for a request under the " + escapeText(H.joinOr(c.requestLabels), c, "requestLabels"); }
function c_partials_verification_main_696(c, d, p) { return ","; }
function c_partials_verification_main_695(c, d, p) { return shownFor((isFalsy(c.requestLabels) ? "" : c_partials_verification_main_696(c ?? NULL_CONTEXT, d, p)), c, "requestLabels") + " " + escapeText(H.phrase(c.when), c, "when"); }
function c_partials_verification_main_697(c, d, p) { return " and match it with the information we already hold about you"; }
function c_partials_verification_main_698(c, d, p) { return " We also ask you to sign a declaration, under penalty of perjury, that you are the person the request is about."; }
function c_partials_verification_main_693(c, d, p) { return "To verify your identity" + shownFor((isFalsy(c.requestLabels) ? "" : c_partials_verification_main_694(c ?? NULL_CONTEXT, d, p)), c, "requestLabels") + shownFor((isFalsy(c.when) ? "" : c_partials_verification_main_695(c ?? NULL_CONTEXT, d, p)), c, "when") + ", we ask you for " + escapeText(H.joinAnd(c.asks), c, "asks") + shownFor((isFalsy(c.matched) ? "" : c_partials_verification_main_697(c ?? NULL_CONTEXT, d, p)), c, "matched") + "." + shownFor((isFalsy(c.signedDeclaration) ? "" : c_partials_verification_main_698(c ?? NULL_CONTEXT, d, p)), c, "signedDeclaration") + "\n"; }
function c_partials_verification_main_699(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_partials_verification_main_691(c, d, p) { return shownFor((isFalsy(c.text) ? "" : c_partials_verification_main_692(c ?? NULL_CONTEXT, d, p)), c, "text") + each(c.steps, d, (v, f) => c_partials_verification_main_693(v, f, p), () => "") + shownFor((isFalsy(c.note) ? "" : c_partials_verification_main_699(c ?? NULL_CONTEXT, d, p)), c, "note"); }
function c_partials_verification_main(c, d, p) { return c_partials_verification_main_691(c, d, p); }
function c_retention_main_704(c, d, p) { return " " + partial("partials/retention-details", p, c, d); }
function c_retention_main_703(c, d, p) { return "- **" + escapeText(strict(c, "data", "19:6"), c, "data") + "**" + partial("partials/retention-products", p, c, d) + ": " + partial("partials/retention-period", p, c, d) + "." + shownFor((isFalsy(c.hasDetails) ? "" : c_retention_main_704(c ?? NULL_CONTEXT, d, p)), c, "hasDetails") + "\n"; }
function c_retention_main_702(c, d, p) { return each(c.retention.rows, d, (v, f) => c_retention_main_703(v, f, p), () => ""); }
function c_retention_main_706(c, d, p) { return "We keep the following " + escapeText(strict(c, "pd", "5:95"), c, "pd") + " for the periods below."; }
function c_retention_main_707(c, d, p) { return "We keep " + escapeText(strict(c, "pd", "5:36"), c, "pd") + " for the periods below."; }
function c_retention_main_708(c, d, p) { return "| Data | How long we keep it |\n| --- | --- |\n"; }
function c_retention_main_709(c, d, p) { return "| Data | How long we keep it | What happens next |\n| --- | --- | --- |\n"; }
function c_retention_main_711(c, d, p) { return " " + partial("partials/retention-details", p, c, d) + " |"; }
function c_retention_main_710(c, d, p) { return "| " + escapeText(strict(c, "data", "15:4"), c, "data") + partial("partials/retention-products", p, c, d) + " | " + partial("partials/retention-period", p, c, d) + " |" + shownFor((isFalsy(d.root.retention.hasDetails) ? "" : c_retention_main_711(c ?? NULL_CONTEXT, d, p)), d.root.retention, "hasDetails") + "\n"; }
function c_retention_main_705(c, d, p) { return shownFor((isFalsy(c.retention.complete) ? c_retention_main_706(c ?? NULL_CONTEXT, d, p) : c_retention_main_707(c ?? NULL_CONTEXT, d, p)), c.retention, "complete") + "\n\n" + shownFor((isFalsy(c.retention.hasDetails) ? c_retention_main_708(c ?? NULL_CONTEXT, d, p) : c_retention_main_709(c ?? NULL_CONTEXT, d, p)), c.retention, "hasDetails") + each(c.retention.rows, d, (v, f) => c_retention_main_710(v, f, p), () => ""); }
function c_retention_main_714(c, d, p) { return "- " + escapeText(strict(c, "name", "30:4"), c, "name") + "\n"; }
function c_retention_main_713(c, d, p) { return "This policy sets out no period for these kinds of data:\n\n" + each(c.retention.unstatedCategories, d, (v, f) => c_retention_main_714(v, f, p), () => ""); }
function c_retention_main_715(c, d, p) { return "This policy sets out no period for " + escapeText(H.joinAnd(c.retention.unstated), c.retention, "unstated") + ".\n"; }
function c_retention_main_712(c, d, p) { return "\n" + shownFor((isFalsy(H.eq(c.retention.unstated.length, 1)) ? c_retention_main_713(c ?? NULL_CONTEXT, d, p) : c_retention_main_715(c ?? NULL_CONTEXT, d, p)), c.retention.unstated, "length"); }
function c_retention_main_701(c, d, p) { return "## How long we keep your " + escapeText(strict(c, "pd", "2:27"), c, "pd") + "\n\n" + shownFor((isFalsy(c.retention.table) ? c_retention_main_702(c ?? NULL_CONTEXT, d, p) : c_retention_main_705(c ?? NULL_CONTEXT, d, p)), c.retention, "table") + shownFor((isFalsy(c.retention.unstated) ? "" : c_retention_main_712(c ?? NULL_CONTEXT, d, p)), c.retention, "unstated"); }
function c_retention_main_700(c, d, p) { return shownFor((isFalsy(c.retention.rows) ? "" : c_retention_main_701(c ?? NULL_CONTEXT, d, p)), c.retention, "rows"); }
function c_retention_main(c, d, p) { return c_retention_main_700(c, d, p); }
function c_rights_main_720(c, d, p) { return "; this policy does not list them"; }
function c_rights_main_719(c, d, p) { return "We give everyone the same rights, wherever they live and whichever law applies to them" + shownFor((isFalsy(c.rights.listed) ? c_rights_main_720(c ?? NULL_CONTEXT, d, p) : ""), c.rights, "listed") + ".\n\n"; }
function c_rights_main_718(c, d, p) { return shownFor((isFalsy(c.policy.rights.same_for_everyone) ? "" : c_rights_main_719(c ?? NULL_CONTEXT, d, p)), c.policy.rights, "same_for_everyone"); }
function c_rights_main_722(c, d, p) { return "### Rights for everyone\n\n"; }
function c_rights_main_723(c, d, p) { return "Wherever you live, you have the following rights:\n"; }
function c_rights_main_724(c, d, p) { return "We give everyone the same rights, wherever they live and whichever law applies to them:\n"; }
function c_rights_main_725(c, d, p) { return "- " + partial("partials/right-item", p, c, d) + "\n"; }
function c_rights_main_721(c, d, p) { return shownFor((isFalsy(c.rights.groups) ? "" : c_rights_main_722(c ?? NULL_CONTEXT, d, p)), c.rights, "groups") + shownFor((isFalsy(c.policy.rights.same_for_everyone) ? c_rights_main_723(c ?? NULL_CONTEXT, d, p) : c_rights_main_724(c ?? NULL_CONTEXT, d, p)), c.policy.rights, "same_for_everyone") + "\n" + each(c.rights.everyone, d, (v, f) => c_rights_main_725(v, f, p), () => "") + "\n"; }
function c_rights_main_728(c, d, p) { return "### If you are a California resident\n"; }
function c_rights_main_729(c, d, p) { return "### If you are in " + escapeText(H.joinOr(c.regions), c, "regions") + "\n"; }
function c_rights_main_727(c, d, p) { return shownFor((isFalsy(c.regions) ? c_rights_main_728(c ?? NULL_CONTEXT, d, p) : c_rights_main_729(c ?? NULL_CONTEXT, d, p)), c, "regions"); }
function c_rights_main_730(c, d, p) { return "### Rights under " + escapeText(strict(c, "lawShort", "25:19"), c, "lawShort") + "\n"; }
function c_rights_main_732(c, d, p) { return "We are established in " + escapeText(strict(c, "home", "36:24"), c, "home") + ", so " + escapeText(strict(c, "homeLaw", "36:37"), c, "homeLaw") + " protects the " + escapeText(strict(d.root, "pd", "36:62"), d.root, "pd") + " we hold about you wherever you live.\n"; }
function c_rights_main_733(c, d, p) { return escapeText(strict(d.root, "legalName", "34:2"), d.root, "legalName") + " is established in " + escapeText(strict(c, "home", "34:40"), c, "home") + ", so " + escapeText(strict(c, "homeLaw", "34:53"), c, "homeLaw") + " protects the " + escapeText(strict(d.root, "pd", "34:78"), d.root, "pd") + " it holds about you wherever you live.\n"; }
function c_rights_main_731(c, d, p) { return shownFor((isFalsy(d.root.othersNamed) ? c_rights_main_732(c ?? NULL_CONTEXT, d, p) : c_rights_main_733(c ?? NULL_CONTEXT, d, p)), d.root, "othersNamed"); }
function c_rights_main_736(c, d, p) { return "also "; }
function c_rights_main_735(c, d, p) { return "Under " + escapeText(strict(c, "lawTitle", "42:8"), c, "lawTitle") + ", you " + shownFor((isFalsy(d.root.rights.everyone) ? "" : c_rights_main_736(c ?? NULL_CONTEXT, d, p)), d.root.rights, "everyone") + "have the following rights:\n"; }
function c_rights_main_734(c, d, p) { return shownFor((isFalsy(c.rights) ? "" : c_rights_main_735(c ?? NULL_CONTEXT, d, p)), c, "rights"); }
function c_rights_main_738(c, d, p) { return "these of the rights listed above"; }
function c_rights_main_739(c, d, p) { return "this right listed above"; }
function c_rights_main_742(c, d, p) { return ", "; }
function c_rights_main_743(c, d, p) { return " and "; }
function c_rights_main_741(c, d, p) { return (isFalsy(d.last) ? c_rights_main_742(c ?? NULL_CONTEXT, d, p) : c_rights_main_743(c ?? NULL_CONTEXT, d, p)); }
function c_rights_main_740(c, d, p) { return (isFalsy(d.index) ? "" : c_rights_main_741(c ?? NULL_CONTEXT, d, p)) + "the " + escapeText(c, d, null); }
function c_rights_main_744(c, d, p) { return " You also have the following rights:"; }
function c_rights_main_737(c, d, p) { return "Under " + escapeText(strict(c, "lawTitle", "40:8"), c, "lawTitle") + ", you have " + shownFor((isFalsy(c.alsoAboveOne) ? c_rights_main_738(c ?? NULL_CONTEXT, d, p) : c_rights_main_739(c ?? NULL_CONTEXT, d, p)), c, "alsoAboveOne") + ", subject to the conditions and exceptions the law sets: " + each(c.alsoAbove, d, (v, f) => c_rights_main_740(v, f, p), () => "") + "." + shownFor((isFalsy(c.rights) ? "" : c_rights_main_744(c ?? NULL_CONTEXT, d, p)), c, "rights") + "\n"; }
function c_rights_main_746(c, d, p) { return "- " + partial("partials/right-item", p, c, d) + "\n"; }
function c_rights_main_745(c, d, p) { return "\n" + each(c.rights, d, (v, f) => c_rights_main_746(v, f, p), () => ""); }
function c_rights_main_749(c, d, p) { return "You"; }
function c_rights_main_750(c, d, p) { return "If"; }
function c_rights_main_748(c, d, p) { return shownFor((isFalsy(c.infringes) ? c_rights_main_749(c ?? NULL_CONTEXT, d, p) : c_rights_main_750(c ?? NULL_CONTEXT, d, p)), c, "infringes"); }
function c_rights_main_752(c, d, p) { return "you"; }
function c_rights_main_753(c, d, p) { return "if"; }
function c_rights_main_751(c, d, p) { return "In " + escapeText(strict(c, "region", "52:19"), c, "region") + ", " + shownFor((isFalsy(c.infringes) ? c_rights_main_752(c ?? NULL_CONTEXT, d, p) : c_rights_main_753(c ?? NULL_CONTEXT, d, p)), c, "infringes"); }
function c_rights_main_754(c, d, p) { return " you consider that our processing of your " + escapeText(strict(d.root, "pd", "52:168"), d.root, "pd") + " " + escapeText(strict(c, "infringes", "52:181"), c, "infringes") + ", you"; }
function c_rights_main_755(c, d, p) { return "a supervisory authority, in particular in the country where you live or work or where the alleged infringement took place"; }
function c_rights_main_757(c, d, p) { return " at " + sourced(get(H, "link")(c.url) ?? "", c, "url"); }
function c_rights_main_758(c, d, p) { return ", or to a supervisory authority in the country where you live or work or where the alleged infringement took place"; }
function c_rights_main_756(c, d, p) { return escapeText(H.institution(c.name), c, "name") + shownFor((isFalsy(c.url) ? "" : c_rights_main_757(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.local) ? "" : c_rights_main_758(c ?? NULL_CONTEXT, d, p)), c, "local"); }
function c_rights_main_747(c, d, p) { return shownFor((isFalsy(c.region) ? c_rights_main_748(c ?? NULL_CONTEXT, d, p) : c_rights_main_751(c ?? NULL_CONTEXT, d, p)), c, "region") + shownFor((isFalsy(c.infringes) ? "" : c_rights_main_754(c ?? NULL_CONTEXT, d, p)), c, "infringes") + " can complain to " + shownFor((isFalsy(c.name) ? c_rights_main_755(c ?? NULL_CONTEXT, d, p) : c_rights_main_756(c ?? NULL_CONTEXT, d, p)), c, "name") + ".\n"; }
function c_rights_main_759(c, d, p) { return "We respond to requests under " + escapeText(strict(c, "lawShort", "55:31"), c, "lawShort") + " within " + escapeText(H.durationWords(c.responseTime), c, "responseTime") + ".\n"; }
function c_rights_main_760(c, d, p) { return "You can also make these requests in " + escapeText(H.phrase(c.inApp), c, "inApp") + ".\n"; }
function c_rights_main_761(c, d, p) { return "When you email us about these rights, please use the subject line “" + escapeText(strict(c, "subjectLine", "61:69"), c, "subjectLine") + "”.\n"; }
function c_rights_main_762(c, d, p) { return "Someone you authorize (an authorized agent) can make these requests for you, as " + escapeText(strict(c, "lawShort", "64:82"), c, "lawShort") + " allows.\n"; }
function c_rights_main_726(c, d, p) { return shownFor((isFalsy(c.home) ? c_rights_main_727(c ?? NULL_CONTEXT, d, p) : c_rights_main_730(c ?? NULL_CONTEXT, d, p)), c, "home") + "\n" + shownFor((isFalsy(c.home) ? "" : c_rights_main_731(c ?? NULL_CONTEXT, d, p)), c, "home") + shownFor((isFalsy(c.alsoAbove) ? c_rights_main_734(c ?? NULL_CONTEXT, d, p) : c_rights_main_737(c ?? NULL_CONTEXT, d, p)), c, "alsoAbove") + shownFor((isFalsy(c.rights) ? "" : c_rights_main_745(c ?? NULL_CONTEXT, d, p)), c, "rights") + "\n" + each(c.complaints, d, (v, f) => c_rights_main_747(v, f, p), () => "") + shownFor((isFalsy(c.responseTime) ? "" : c_rights_main_759(c ?? NULL_CONTEXT, d, p)), c, "responseTime") + shownFor((isFalsy(c.inApp) ? "" : c_rights_main_760(c ?? NULL_CONTEXT, d, p)), c, "inApp") + shownFor((isFalsy(c.subjectLine) ? "" : c_rights_main_761(c ?? NULL_CONTEXT, d, p)), c, "subjectLine") + shownFor((isFalsy(c.agentsByLaw) ? "" : c_rights_main_762(c ?? NULL_CONTEXT, d, p)), c, "agentsByLaw") + "\n"; }
function c_rights_main_765(c, d, p) { return "This policy does not list the rights you have " + escapeText(strict(c.rights, "unlistedUnder", "80:48"), c.rights, "unlistedUnder") + ".\n\n"; }
function c_rights_main_764(c, d, p) { return shownFor((isFalsy(H.eq(c.rights.furtherByLaw, "always")) ? "" : c_rights_main_765(c ?? NULL_CONTEXT, d, p)), c.rights, "furtherByLaw"); }
function c_rights_main_766(c, d, p) { return "This policy does not list the rights you may have " + escapeText(strict(c.rights, "unlistedUnder", "77:52"), c.rights, "unlistedUnder") + ".\n\n"; }
function c_rights_main_763(c, d, p) { return shownFor((isFalsy(H.eq(c.rights.furtherByLaw, "place")) ? c_rights_main_764(c ?? NULL_CONTEXT, d, p) : c_rights_main_766(c ?? NULL_CONTEXT, d, p)), c.rights, "furtherByLaw"); }
function c_rights_main_769(c, d, p) { return "The law gives you further rights than those listed here.\n\n"; }
function c_rights_main_768(c, d, p) { return shownFor((isFalsy(H.eq(c.rights.furtherByLaw, "always")) ? "" : c_rights_main_769(c ?? NULL_CONTEXT, d, p)), c.rights, "furtherByLaw"); }
function c_rights_main_770(c, d, p) { return "Depending on where you live, the law may give you further rights.\n\n"; }
function c_rights_main_767(c, d, p) { return shownFor((isFalsy(H.eq(c.rights.furtherByLaw, "place")) ? c_rights_main_768(c ?? NULL_CONTEXT, d, p) : c_rights_main_770(c ?? NULL_CONTEXT, d, p)), c.rights, "furtherByLaw"); }
function c_rights_main_775(c, d, p) { return " To object, " + escapeText(H.phrase(c.opt_out), c, "opt_out") + "."; }
function c_rights_main_774(c, d, p) { return shownFor((isFalsy(c.opt_out) ? "" : c_rights_main_775(c ?? NULL_CONTEXT, d, p)), c, "opt_out"); }
function c_rights_main_773(c, d, p) { return "- **" + escapeText(H.phrase(c.name), c, "name") + ".**" + withContext(c.direct_marketing, (v) => c_rights_main_774(v, d, p), () => "") + "\n"; }
function c_rights_main_777(c, d, p) { return "To object, use our request form at"; }
function c_rights_main_778(c, d, p) { return "You can also object through our request form at"; }
function c_rights_main_776(c, d, p) { return shownFor((isFalsy(c.optOuts) ? c_rights_main_777(c ?? NULL_CONTEXT, d, p) : c_rights_main_778(c ?? NULL_CONTEXT, d, p)), c, "optOuts") + " " + sourced(get(H, "link")(d.root.policy.rights.url) ?? "", d.root.policy.rights, "url") + ".\n"; }
function c_rights_main_780(c, d, p) { return "To object, email us at"; }
function c_rights_main_781(c, d, p) { return "You can also object by emailing us at"; }
function c_rights_main_779(c, d, p) { return shownFor((isFalsy(c.optOuts) ? c_rights_main_780(c ?? NULL_CONTEXT, d, p) : c_rights_main_781(c ?? NULL_CONTEXT, d, p)), c, "optOuts") + " " + sourced(H.mailto(d.root.rightsEmail) ?? "", d.root, "rightsEmail") + ".\n"; }
function c_rights_main_772(c, d, p) { return "### Your right to object to direct marketing\n\nYou can object at any time to our use of your " + escapeText(strict(d.root, "pd", "87:48"), d.root, "pd") + " for direct marketing, including profiling to the extent that it is related to direct marketing; if you object, we will no longer use your " + escapeText(strict(d.root, "pd", "87:199"), d.root, "pd") + " for direct marketing (" + escapeText(strict(c, "citation", "87:234"), c, "citation") + ").\n\nThese uses of your " + escapeText(strict(d.root, "pd", "89:21"), d.root, "pd") + " are direct marketing:\n\n" + each(c.purposes, d, (v, f) => c_rights_main_773(v, f, p), () => "") + "\n" + shownFor((isFalsy(d.root.rightsByEmail) ? c_rights_main_776(c ?? NULL_CONTEXT, d, p) : c_rights_main_779(c ?? NULL_CONTEXT, d, p)), d.root, "rightsByEmail") + "\n"; }
function c_rights_main_771(c, d, p) { return withContext(c.rights.marketing, (v) => c_rights_main_772(v, d, p), () => ""); }
function c_rights_main_783(c, d, p) { return "To make a request about your " + escapeText(strict(c, "pd", "108:199"), c, "pd"); }
function c_rights_main_785(c, d, p) { return " other than the right to lodge a complaint with a supervisory authority"; }
function c_rights_main_784(c, d, p) { return "To exercise any of these rights" + shownFor((isFalsy(c.rights.complaintListed) ? "" : c_rights_main_785(c ?? NULL_CONTEXT, d, p)), c.rights, "complaintListed"); }
function c_rights_main_787(c, d, p) { return " or go to " + escapeText(H.phrase(c.in_app), c, "in_app"); }
function c_rights_main_786(c, d, p) { return "use our request form at " + sourced(get(H, "link")(c.url) ?? "", c, "url") + shownFor((isFalsy(H.and(c.in_app, H.not(c.in_app_rights))) ? "" : c_rights_main_787(c ?? NULL_CONTEXT, d, p)), c, "in_app", c, "in_app_rights"); }
function c_rights_main_782(c, d, p) { return shownFor((isFalsy(c.rights.listed) ? c_rights_main_783(c ?? NULL_CONTEXT, d, p) : c_rights_main_784(c ?? NULL_CONTEXT, d, p)), c.rights, "listed") + ", " + withContext(c.policy.rights, (v) => c_rights_main_786(v, d, p), () => "") + ".\n"; }
function c_rights_main_789(c, d, p) { return "To make a request about your " + escapeText(strict(c, "pd", "106:199"), c, "pd"); }
function c_rights_main_791(c, d, p) { return " other than the right to lodge a complaint with a supervisory authority"; }
function c_rights_main_790(c, d, p) { return "To exercise any of these rights" + shownFor((isFalsy(c.rights.complaintListed) ? "" : c_rights_main_791(c ?? NULL_CONTEXT, d, p)), c.rights, "complaintListed"); }
function c_rights_main_793(c, d, p) { return " with the subject line “" + escapeText(strict(c, "subject_line", "106:317"), c, "subject_line") + "”"; }
function c_rights_main_795(c, d, p) { return " or "; }
function c_rights_main_796(c, d, p) { return ", "; }
function c_rights_main_794(c, d, p) { return shownFor((isFalsy(H.and(c.in_app, H.not(c.in_app_rights))) ? c_rights_main_795(c ?? NULL_CONTEXT, d, p) : c_rights_main_796(c ?? NULL_CONTEXT, d, p)), c, "in_app", c, "in_app_rights") + "use our request form at " + sourced(get(H, "link")(c.url) ?? "", c, "url"); }
function c_rights_main_798(c, d, p) { return " or"; }
function c_rights_main_799(c, d, p) { return ", or"; }
function c_rights_main_797(c, d, p) { return shownFor((isFalsy(c.url) ? c_rights_main_798(c ?? NULL_CONTEXT, d, p) : c_rights_main_799(c ?? NULL_CONTEXT, d, p)), c, "url") + " go to " + escapeText(H.phrase(c.in_app), c, "in_app"); }
function c_rights_main_792(c, d, p) { return shownFor((isFalsy(c.subject_line) ? "" : c_rights_main_793(c ?? NULL_CONTEXT, d, p)), c, "subject_line") + shownFor((isFalsy(c.url) ? "" : c_rights_main_794(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(H.and(c.in_app, H.not(c.in_app_rights))) ? "" : c_rights_main_797(c ?? NULL_CONTEXT, d, p)), c, "in_app", c, "in_app_rights"); }
function c_rights_main_788(c, d, p) { return shownFor((isFalsy(c.rights.listed) ? c_rights_main_789(c ?? NULL_CONTEXT, d, p) : c_rights_main_790(c ?? NULL_CONTEXT, d, p)), c.rights, "listed") + ", email us at " + sourced(H.mailto(c.rightsEmail) ?? "", c, "rightsEmail") + withContext(c.policy.rights, (v) => c_rights_main_792(v, d, p), () => "") + ".\n"; }
function c_rights_main_801(c, d, p) { return "For the " + escapeText(H.joinAnd(d.root.inAppRights), d.root, "inAppRights") + ", you can also go to " + escapeText(H.phrase(c.in_app), c, "in_app") + ".\n"; }
function c_rights_main_803(c, d, p) { return "You can also write to us at " + escapeText(H.addressLine(c.address), c, "address") + ".\n"; }
function c_rights_main_802(c, d, p) { return shownFor((isFalsy(c.address) ? "" : c_rights_main_803(c ?? NULL_CONTEXT, d, p)), c, "address"); }
function c_rights_main_805(c, d, p) { return " or write to us at " + escapeText(H.addressLine(c.address), c, "address"); }
function c_rights_main_804(c, d, p) { return "You can also call us at " + escapeText(strict(c, "phone", "115:26"), c, "phone") + shownFor((isFalsy(c.address) ? "" : c_rights_main_805(c ?? NULL_CONTEXT, d, p)), c, "address") + ".\n"; }
function c_rights_main_807(c, d, p) { return "We accept requests only from you, not from someone acting for you.\n"; }
function c_rights_main_809(c, d, p) { return " " + escapeText(H.sentence(c.proof), c, "proof"); }
function c_rights_main_808(c, d, p) { return "Someone you authorize can make a request for you." + shownFor((isFalsy(c.proof) ? "" : c_rights_main_809(c ?? NULL_CONTEXT, d, p)), c, "proof") + "\n"; }
function c_rights_main_806(c, d, p) { return shownFor((isFalsy(c.accepted) ? c_rights_main_807(c ?? NULL_CONTEXT, d, p) : c_rights_main_808(c ?? NULL_CONTEXT, d, p)), c, "accepted"); }
function c_rights_main_810(c, d, p) { return partial("partials/verification", p, c, d); }
function c_rights_main_812(c, d, p) { return "We will respond within " + escapeText(H.durationWords(c.response_time), c, "response_time") + "."; }
function c_rights_main_813(c, d, p) { return "In most cases, we respond within " + escapeText(H.durationWords(c.response_time), c, "response_time") + "."; }
function c_rights_main_811(c, d, p) { return shownFor((isFalsy(c.response_time_usual) ? c_rights_main_812(c ?? NULL_CONTEXT, d, p) : c_rights_main_813(c ?? NULL_CONTEXT, d, p)), c, "response_time_usual") + "\n"; }
function c_rights_main_815(c, d, p) { return ", or we receive many"; }
function c_rights_main_814(c, d, p) { return "If a request is complex" + shownFor((isFalsy(H.or(d.root.laws.gdpr, d.root.laws.uk_gdpr)) ? "" : c_rights_main_815(c ?? NULL_CONTEXT, d, p)), d.root.laws, "gdpr", d.root.laws, "uk_gdpr") + ", we may take up to " + escapeText(H.durationWords(c.extension), c, "extension") + " longer.\n"; }
function c_rights_main_816(c, d, p) { return "We may decline a request, or part of it, " + escapeText(H.joinOr(c.exemptions), c, "exemptions") + ".\n"; }
function c_rights_main_818(c, d, p) { return "If we"; }
function c_rights_main_819(c, d, p) { return "If you live in " + escapeText(H.joinOr(c.regions), c, "regions") + " and we"; }
function c_rights_main_820(c, d, p) { return " We answer appeals within " + escapeText(H.durationWords(c.response_time), c, "response_time") + "."; }
function c_rights_main_822(c, d, p) { return " and you live in " + escapeText(H.joinOr(c.regions), c, "regions"); }
function c_rights_main_823(c, d, p) { return " at " + sourced(get(H, "link")(c.url) ?? "", c, "url"); }
function c_rights_main_821(c, d, p) { return " If we deny your appeal" + shownFor((isFalsy(c.regions) ? "" : c_rights_main_822(c ?? NULL_CONTEXT, d, p)), c, "regions") + ", you can complain to " + escapeText(H.institution(c.name), c, "name") + shownFor((isFalsy(c.url) ? "" : c_rights_main_823(c ?? NULL_CONTEXT, d, p)), c, "url") + "."; }
function c_rights_main_817(c, d, p) { return "\n" + shownFor((isFalsy(c.regions) ? c_rights_main_818(c ?? NULL_CONTEXT, d, p) : c_rights_main_819(c ?? NULL_CONTEXT, d, p)), c, "regions") + " decline to act on your request, you can appeal our decision " + escapeText(H.phrase(c.how), c, "how") + "." + shownFor((isFalsy(c.response_time) ? "" : c_rights_main_820(c ?? NULL_CONTEXT, d, p)), c, "response_time") + withContext(c.authority, (v) => c_rights_main_821(v, d, p), () => "") + "\n"; }
function c_rights_main_800(c, d, p) { return shownFor((isFalsy(H.and(c.in_app, c.in_app_rights)) ? "" : c_rights_main_801(c ?? NULL_CONTEXT, d, p)), c, "in_app", c, "in_app_rights") + shownFor((isFalsy(c.phone) ? c_rights_main_802(c ?? NULL_CONTEXT, d, p) : c_rights_main_804(c ?? NULL_CONTEXT, d, p)), c, "phone") + withContext(c.authorized_agents, (v) => c_rights_main_806(v, d, p), () => "") + withContext(d.root.rights.verification, (v) => c_rights_main_810(v, d, p), () => "") + shownFor((isFalsy(c.response_time) ? "" : c_rights_main_811(c ?? NULL_CONTEXT, d, p)), c, "response_time") + shownFor((isFalsy(c.extension) ? "" : c_rights_main_814(c ?? NULL_CONTEXT, d, p)), c, "extension") + shownFor((isFalsy(c.exemptions) ? "" : c_rights_main_816(c ?? NULL_CONTEXT, d, p)), c, "exemptions") + withContext(c.appeal, (v) => c_rights_main_817(v, d, p), () => ""); }
function c_rights_main_825(c, d, p) { return "- **" + escapeText(strict(c, "label", "146:6"), c, "label") + "**: " + escapeText(H.sentence(c.instruction), c, "instruction") + "\n"; }
function c_rights_main_824(c, d, p) { return each(c.rights.otherInstructions, d, (v, f) => c_rights_main_825(v, f, p), () => ""); }
function c_rights_main_717(c, d, p) { return "## Your rights\n\n" + shownFor((isFalsy(c.rights.everyone) ? c_rights_main_718(c ?? NULL_CONTEXT, d, p) : c_rights_main_721(c ?? NULL_CONTEXT, d, p)), c.rights, "everyone") + each(c.rights.groups, d, (v, f) => c_rights_main_726(v, f, p), () => "") + shownFor((isFalsy(c.rights.listed) ? c_rights_main_763(c ?? NULL_CONTEXT, d, p) : c_rights_main_767(c ?? NULL_CONTEXT, d, p)), c.rights, "listed") + shownFor((isFalsy(c.rights.objectToMarketing) ? "" : c_rights_main_771(c ?? NULL_CONTEXT, d, p)), c.rights, "objectToMarketing") + "### How to exercise your rights\n\n" + shownFor((isFalsy(c.rightsByEmail) ? c_rights_main_782(c ?? NULL_CONTEXT, d, p) : c_rights_main_788(c ?? NULL_CONTEXT, d, p)), c, "rightsByEmail") + withContext(c.policy.rights, (v) => c_rights_main_800(v, d, p), () => "") + "\n" + shownFor((isFalsy(c.rights.otherInstructions) ? "" : c_rights_main_824(c ?? NULL_CONTEXT, d, p)), c.rights, "otherInstructions") + partial("partials/financial-incentives", p, c, d); }
function c_rights_main_716(c, d, p) { return shownFor((isFalsy(c.rights.present) ? "" : c_rights_main_717(c ?? NULL_CONTEXT, d, p)), c.rights, "present"); }
function c_rights_main(c, d, p) { return c_rights_main_716(c, d, p); }
function c_scope_main_830(c, d, p) { return escapeText(strict(c, "name", "8:42"), c, "name"); }
function c_scope_main_831(c, d, p) { return sourced(get(H, "link")(c.url, c.name) ?? "", c, "url", c, "name"); }
function c_scope_main_832(c, d, p) { return ", " + escapeText(H.phrase(c.description), c, "description"); }
function c_scope_main_833(c, d, p) { return "; its own privacy policy, at " + sourced(get(H, "link")(c.policy_url) ?? "", c, "policy_url") + ", says more about it"; }
function c_scope_main_829(c, d, p) { return "- " + shownFor((isFalsy(c.url) ? c_scope_main_830(c ?? NULL_CONTEXT, d, p) : c_scope_main_831(c ?? NULL_CONTEXT, d, p)), c, "url") + shownFor((isFalsy(c.description) ? "" : c_scope_main_832(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.policy_url) ? "" : c_scope_main_833(c ?? NULL_CONTEXT, d, p)), c, "policy_url") + "\n"; }
function c_scope_main_828(c, d, p) { return "This policy covers " + escapeText(H.plural(c.scope.products, "this product", "these products")) + ":\n\n" + each(c.scope.products, d, (v, f) => c_scope_main_829(v, f, p), () => "") + "\n"; }
function c_scope_main_836(c, d, p) { return "- " + partial("partials/audience", p, c, d) + "\n"; }
function c_scope_main_835(c, d, p) { return "It covers the " + escapeText(strict(d.root, "pd", "14:16"), d.root, "pd") + " of:\n\n" + each(d.root.scope.audiences, d, (v, f) => c_scope_main_836(v, f, p), () => "") + "\n"; }
function c_scope_main_837(c, d, p) { return "It does not cover the " + escapeText(strict(d.root, "pd", "22:24"), d.root, "pd") + " of " + escapeText(H.joinAnd(c.not_covered), c, "not_covered") + ".\n"; }
function c_scope_main_839(c, d, p) { return "service provider"; }
function c_scope_main_841(c, d, p) { return " and service provider"; }
function c_scope_main_840(c, d, p) { return "processor" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_scope_main_841(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa"); }
function c_scope_main_842(c, d, p) { return "; our data processing agreement with the customer does: " + sourced(get(H, "link")(c.dpa_url) ?? "", c, "dpa_url"); }
function c_scope_main_843(c, d, p) { return "If your " + escapeText(strict(d.root, "pd", "31:10"), d.root, "pd") + " is part of it, please send requests about it to the customer concerned; we help our customers answer them.\n"; }
function c_scope_main_838(c, d, p) { return "### Data we process for our customers\n\nWe process " + escapeText(H.phrase(c.data), c, "data") + " on behalf of our customers, as their " + shownFor((isFalsy(d.root.gdprLike) ? c_scope_main_839(c ?? NULL_CONTEXT, d, p) : c_scope_main_840(c ?? NULL_CONTEXT, d, p)), d.root, "gdprLike") + ": the customer decides how that data is used.\nThis policy does not cover that data" + shownFor((isFalsy(c.dpa_url) ? "" : c_scope_main_842(c ?? NULL_CONTEXT, d, p)), c, "dpa_url") + ".\n" + shownFor((isFalsy(c.contact_customer) ? "" : c_scope_main_843(c ?? NULL_CONTEXT, d, p)), c, "contact_customer"); }
function c_scope_main_834(c, d, p) { return shownFor((isFalsy(d.root.scope.audiences) ? "" : c_scope_main_835(c ?? NULL_CONTEXT, d, p)), d.root.scope, "audiences") + shownFor((isFalsy(c.not_covered) ? "" : c_scope_main_837(c ?? NULL_CONTEXT, d, p)), c, "not_covered") + "\n" + withContext(c.as_processor, (v) => c_scope_main_838(v, d, p), () => ""); }
function c_scope_main_827(c, d, p) { return "## What this policy covers\n\n" + shownFor((isFalsy(c.scope.products) ? "" : c_scope_main_828(c ?? NULL_CONTEXT, d, p)), c.scope, "products") + withContext(c.policy.audiences, (v) => c_scope_main_834(v, d, p), () => ""); }
function c_scope_main_826(c, d, p) { return shownFor((isFalsy(c.scope.present) ? "" : c_scope_main_827(c ?? NULL_CONTEXT, d, p)), c.scope, "present"); }
function c_scope_main(c, d, p) { return c_scope_main_826(c, d, p); }
function c_security_main_846(c, d, p, ds) { return "- " + escapeText(H.listItem(c, ds[1].measures), d, null) + "\n"; }
function c_security_main_847(c, d, p, ds) { return "No method of sending or storing data is completely secure, so we cannot guarantee absolute security.\n"; }
function c_security_main_848(c, d, p, ds) { return "By using " + escapeText(strict(d.root, "service", "14:11"), d.root, "service") + ", you accept the risks that come with sending information over the internet.\n"; }
function c_security_main_849(c, d, p, ds) { return escapeText(H.sentence(c.advice), c, "advice") + "\n"; }
function c_security_main_845(c, d, p, ds) { return "## How we protect your " + escapeText(strict(d.root, "pd", "2:25"), d.root, "pd") + "\n\nWe protect " + escapeText(strict(d.root, "pd", "4:13"), d.root, "pd") + " with technical and organizational measures, including:\n\n" + each(c.measures, d, (v, f) => c_security_main_846(v, f, p, pushContext(v, ds)), () => "") + "\n" + shownFor((isFalsy(c.disclaimer) ? "" : c_security_main_847(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "disclaimer") + shownFor((isFalsy(c.use_is_acceptance) ? "" : c_security_main_848(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "use_is_acceptance") + shownFor((isFalsy(c.advice) ? "" : c_security_main_849(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "advice"); }
function c_security_main_844(c, d, p, ds) { return withContext(c.policy.security, (v) => c_security_main_845(v, d, p, pushContext(v, ds)), () => ""); }
function c_security_main(c, d, p) { return c_security_main_844(c, d, p, [c]); }
function c_sharing_main_852(c, d, p) { return "We share " + escapeText(strict(c, "pd", "5:11"), c, "pd") + " as described below.\n"; }
function c_sharing_main_855(c, d, p) { return "They process " + escapeText(strict(c, "pd", "19:15"), c, "pd") + " on our behalf.\n"; }
function c_sharing_main_854(c, d, p) { return "### Service providers\n\nWe use the following service providers to run " + escapeText(strict(c, "service", "17:48"), c, "service") + ".\n" + shownFor((isFalsy(c.sharing.othersProcess) ? "" : c_sharing_main_855(c ?? NULL_CONTEXT, d, p)), c.sharing, "othersProcess"); }
function c_sharing_main_857(c, d, p) { return "; the others are service providers that process it on our behalf to run " + escapeText(strict(c, "service", "13:180"), c, "service"); }
function c_sharing_main_856(c, d, p) { return "### Service providers and other companies\n\nWe share " + escapeText(strict(c, "pd", "12:11"), c, "pd") + " with the following companies.\nThose marked as independent controllers decide for themselves how they use it" + shownFor((isFalsy(c.sharing.othersProcess) ? "" : c_sharing_main_857(c ?? NULL_CONTEXT, d, p)), c.sharing, "othersProcess") + ".\n"; }
function c_sharing_main_859(c, d, p) { return partial("partials/subprocessor-list", p, c, d); }
function c_sharing_main_858(c, d, p) { return withContext(c.sharing, (v) => c_sharing_main_859(v, d, p), () => ""); }
function c_sharing_main_862(c, d, p) { return "All products"; }
function c_sharing_main_863(c, d, p) { return escapeText(H.joinAnd(c.productNames), c, "productNames"); }
function c_sharing_main_861(c, d, p) { return "#### " + shownFor((isFalsy(c.productNames) ? c_sharing_main_862(c ?? NULL_CONTEXT, d, p) : c_sharing_main_863(c ?? NULL_CONTEXT, d, p)), c, "productNames") + "\n\n" + partial("partials/subprocessor-list", p, c, d) + "\n"; }
function c_sharing_main_860(c, d, p) { return each(c.sharing.groups, d, (v, f) => c_sharing_main_861(v, f, p), () => ""); }
function c_sharing_main_867(c, d, p) { return ", as " + escapeText(strict(c.sharing, "dpaCitation", "42:137"), c.sharing, "dpaCitation") + " requires"; }
function c_sharing_main_866(c, d, p) { return escapeText(H.joinAnd(c.sharing.dpa), c.sharing, "dpa") + " " + escapeText(H.plural(c.sharing.dpa, "works", "work")) + " under a data processing agreement with us" + shownFor((isFalsy(c.sharing.dpaCitation) ? "" : c_sharing_main_867(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaCitation") + ".\n"; }
function c_sharing_main_865(c, d, p) { return shownFor((isFalsy(c.sharing.dpa) ? "" : c_sharing_main_866(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpa"); }
function c_sharing_main_869(c, d, p) { return ", as " + escapeText(strict(c.sharing, "dpaCitation", "40:105"), c.sharing, "dpaCitation") + " requires"; }
function c_sharing_main_868(c, d, p) { return "Each of these providers works under a data processing agreement with us" + shownFor((isFalsy(c.sharing.dpaCitation) ? "" : c_sharing_main_869(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaCitation") + ".\n"; }
function c_sharing_main_871(c, d, p) { return "The privacy terms of " + escapeText(H.joinAnd(c.sharing.ownTerms), c.sharing, "ownTerms") + " also apply to the data " + escapeText(H.plural(c.sharing.ownTerms, "it receives", "they receive")) + ".\n"; }
function c_sharing_main_870(c, d, p) { return shownFor((isFalsy(c.sharing.ownTerms) ? "" : c_sharing_main_871(c ?? NULL_CONTEXT, d, p)), c.sharing, "ownTerms"); }
function c_sharing_main_872(c, d, p) { return "Each provider's own privacy terms also apply to the data it receives.\n"; }
function c_sharing_main_864(c, d, p) { return shownFor((isFalsy(c.sharing.dpaAll) ? c_sharing_main_865(c ?? NULL_CONTEXT, d, p) : c_sharing_main_868(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaAll") + shownFor((isFalsy(c.sharing.ownTermsAll) ? c_sharing_main_870(c ?? NULL_CONTEXT, d, p) : c_sharing_main_872(c ?? NULL_CONTEXT, d, p)), c.sharing, "ownTermsAll"); }
function c_sharing_main_874(c, d, p) { return ", as " + escapeText(strict(c.sharing, "dpaCitation", "37:105"), c.sharing, "dpaCitation") + " requires"; }
function c_sharing_main_873(c, d, p) { return "Each of these providers works under a data processing agreement with us" + shownFor((isFalsy(c.sharing.dpaCitation) ? "" : c_sharing_main_874(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaCitation") + ", and its own privacy terms also apply to the data it receives.\n"; }
function c_sharing_main_876(c, d, p) { return escapeText(H.joinAnd(c.sharing.agreement), c.sharing, "agreement") + " " + escapeText(H.plural(c.sharing.agreement, "works", "work")) + " under a written agreement with us that obliges " + escapeText(H.plural(c.sharing.agreement, "it", "them")) + " to protect the data.\n"; }
function c_sharing_main_875(c, d, p) { return shownFor((isFalsy(c.sharing.agreement) ? "" : c_sharing_main_876(c ?? NULL_CONTEXT, d, p)), c.sharing, "agreement"); }
function c_sharing_main_877(c, d, p) { return "Each of these providers works under a written agreement with us that obliges it to protect the data.\n"; }
function c_sharing_main_853(c, d, p) { return shownFor((isFalsy(c.sharing.anyController) ? c_sharing_main_854(c ?? NULL_CONTEXT, d, p) : c_sharing_main_856(c ?? NULL_CONTEXT, d, p)), c.sharing, "anyController") + "\n" + shownFor((isFalsy(c.sharing.groups) ? c_sharing_main_858(c ?? NULL_CONTEXT, d, p) : c_sharing_main_860(c ?? NULL_CONTEXT, d, p)), c.sharing, "groups") + "\n" + shownFor((isFalsy(H.and(c.sharing.dpaAll, c.sharing.ownTermsAll)) ? c_sharing_main_864(c ?? NULL_CONTEXT, d, p) : c_sharing_main_873(c ?? NULL_CONTEXT, d, p)), c.sharing, "dpaAll", c.sharing, "ownTermsAll") + shownFor((isFalsy(c.sharing.agreementAll) ? c_sharing_main_875(c ?? NULL_CONTEXT, d, p) : c_sharing_main_877(c ?? NULL_CONTEXT, d, p)), c.sharing, "agreementAll") + "\n"; }
function c_sharing_main_879(c, d, p) { return "Service providers"; }
function c_sharing_main_880(c, d, p) { return "Other service providers"; }
function c_sharing_main_881(c, d, p) { return "also "; }
function c_sharing_main_883(c, d, p) { return " Location: " + escapeText(H.countryNames(c.location), c, "location") + "."; }
function c_sharing_main_884(c, d, p) { return " Data shared: " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_sharing_main_882(c, d, p) { return "- **" + escapeText(strict(c, "name", "63:6"), c, "name") + "**: " + escapeText(H.sentence(c.purpose), c, "purpose") + shownFor((isFalsy(c.location) ? "" : c_sharing_main_883(c ?? NULL_CONTEXT, d, p)), c, "location") + shownFor((isFalsy(c.categoryNames) ? "" : c_sharing_main_884(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + "\n"; }
function c_sharing_main_878(c, d, p) { return "### " + shownFor((isFalsy(c.sharing.processors) ? c_sharing_main_879(c ?? NULL_CONTEXT, d, p) : c_sharing_main_880(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors") + "\n\nWe " + shownFor((isFalsy(c.sharing.processors) ? "" : c_sharing_main_881(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors") + "use these kinds of service providers:\n\n" + each(c.sharing.recipientCategories, d, (v, f) => c_sharing_main_882(v, f, p), () => "") + "\n"; }
function c_sharing_main_886(c, d, p) { return "- " + partial("partials/disclosure", p, c, d) + "\n"; }
function c_sharing_main_885(c, d, p) { return "### Other disclosures\n\n" + each(c.policy.disclosures, d, (v, f) => c_sharing_main_886(v, f, p), () => "") + "\n"; }
function c_sharing_main_888(c, d, p) { return "Selling " + escapeText(strict(d.root, "pd", "76:80"), d.root, "pd"); }
function c_sharing_main_889(c, d, p) { return "Selling and sharing"; }
function c_sharing_main_891(c, d, p) { return ", as “sale” is defined by " + escapeText(strict(d.root.lawText.ccpa, "short", "85:83"), d.root.lawText.ccpa, "short"); }
function c_sharing_main_890(c, d, p) { return "We do not sell your " + escapeText(strict(d.root, "pd", "85:22"), d.root, "pd") + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_891(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_894(c, d, p) { return ", as “sale” is defined by " + escapeText(strict(d.root.lawText.ccpa, "short", "82:71"), d.root.lawText.ccpa, "short"); }
function c_sharing_main_893(c, d, p) { return "We sell " + escapeText(strict(d.root, "pd", "82:10"), d.root, "pd") + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_894(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_896(c, d, p) { return " as " + escapeText(strict(d.root.lawText.ccpa, "short", "80:95"), d.root.lawText.ccpa, "short") + " defines it"; }
function c_sharing_main_895(c, d, p) { return "Some of our disclosures of " + escapeText(strict(d.root, "pd", "80:29"), d.root, "pd") + " may be considered a “sale”" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_896(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_892(c, d, p) { return shownFor((isFalsy(c.may_be_considered) ? c_sharing_main_893(c ?? NULL_CONTEXT, d, p) : c_sharing_main_895(c ?? NULL_CONTEXT, d, p)), c, "may_be_considered"); }
function c_sharing_main_899(c, d, p) { return " (“sharing” under " + escapeText(strict(d.root.lawText.ccpa, "short", "94:102"), d.root.lawText.ccpa, "short") + ")"; }
function c_sharing_main_898(c, d, p) { return "We do not share it for cross-context behavioral advertising" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_899(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_897(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_for_advertising, false)) ? "" : c_sharing_main_898(c ?? NULL_CONTEXT, d, p)), c, "shares_for_advertising"); }
function c_sharing_main_902(c, d, p) { return " (“sharing” under " + escapeText(strict(d.root.lawText.ccpa, "short", "91:131"), d.root.lawText.ccpa, "short") + ")"; }
function c_sharing_main_901(c, d, p) { return "We share " + escapeText(strict(d.root, "pd", "91:11"), d.root, "pd") + " with advertising partners for cross-context behavioral advertising" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_902(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_904(c, d, p) { return " (“sharing” under " + escapeText(strict(d.root.lawText.ccpa, "short", "89:173"), d.root.lawText.ccpa, "short") + ")"; }
function c_sharing_main_903(c, d, p) { return "Some of our disclosures of " + escapeText(strict(d.root, "pd", "89:29"), d.root, "pd") + " to advertising partners may be considered sharing for cross-context behavioral advertising" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_904(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_900(c, d, p) { return shownFor((isFalsy(c.may_be_considered) ? c_sharing_main_901(c ?? NULL_CONTEXT, d, p) : c_sharing_main_903(c ?? NULL_CONTEXT, d, p)), c, "may_be_considered"); }
function c_sharing_main_906(c, d, p) { return "We do not provide it to data brokers.\n"; }
function c_sharing_main_905(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_with_data_brokers, false)) ? "" : c_sharing_main_906(c ?? NULL_CONTEXT, d, p)), c, "shares_with_data_brokers"); }
function c_sharing_main_907(c, d, p) { return "We provide " + escapeText(strict(d.root, "pd", "97:13"), d.root, "pd") + " to data brokers.\n"; }
function c_sharing_main_910(c, d, p) { return "In the past 12 months, we have not sold " + escapeText(strict(d.root, "pd", "106:42"), d.root, "pd") + ".\n"; }
function c_sharing_main_911(c, d, p) { return "In the past 12 months, we sold your " + escapeText(H.joinAnd(c.sold), c, "sold") + ".\n"; }
function c_sharing_main_909(c, d, p) { return shownFor((isFalsy(c.sold) ? c_sharing_main_910(c ?? NULL_CONTEXT, d, p) : c_sharing_main_911(c ?? NULL_CONTEXT, d, p)), c, "sold"); }
function c_sharing_main_913(c, d, p) { return "In the past 12 months, we have not shared " + escapeText(strict(d.root, "pd", "113:44"), d.root, "pd") + " for cross-context behavioral advertising.\n"; }
function c_sharing_main_914(c, d, p) { return "In the past 12 months, we shared your " + escapeText(H.joinAnd(c.shared), c, "shared") + " for cross-context behavioral advertising.\n"; }
function c_sharing_main_912(c, d, p) { return shownFor((isFalsy(c.shared) ? c_sharing_main_913(c ?? NULL_CONTEXT, d, p) : c_sharing_main_914(c ?? NULL_CONTEXT, d, p)), c, "shared"); }
function c_sharing_main_916(c, d, p) { return "We shared it with"; }
function c_sharing_main_918(c, d, p) { return "We sold it to"; }
function c_sharing_main_919(c, d, p) { return "It went to"; }
function c_sharing_main_917(c, d, p) { return shownFor((isFalsy(c.shared) ? c_sharing_main_918(c ?? NULL_CONTEXT, d, p) : c_sharing_main_919(c ?? NULL_CONTEXT, d, p)), c, "shared"); }
function c_sharing_main_915(c, d, p) { return shownFor((isFalsy(c.sold) ? c_sharing_main_916(c ?? NULL_CONTEXT, d, p) : c_sharing_main_917(c ?? NULL_CONTEXT, d, p)), c, "sold") + " these categories of third parties: " + escapeText(H.joinAnd(c.recipients), c, "recipients") + ".\n"; }
function c_sharing_main_908(c, d, p) { return shownFor((isFalsy(c.soldDeclared) ? "" : c_sharing_main_909(c ?? NULL_CONTEXT, d, p)), c, "soldDeclared") + shownFor((isFalsy(c.sharedDeclared) ? "" : c_sharing_main_912(c ?? NULL_CONTEXT, d, p)), c, "sharedDeclared") + shownFor((isFalsy(H.and(c.recipients, H.or(c.sold, c.shared))) ? "" : c_sharing_main_915(c ?? NULL_CONTEXT, d, p)), c, "recipients", c, "sold", c, "shared"); }
function c_sharing_main_922(c, d, p) { return "; see “Your rights” below"; }
function c_sharing_main_921(c, d, p) { return "If you are a California resident, you can opt out at any time" + shownFor((isFalsy(d.root.sharing.optOutListed) ? "" : c_sharing_main_922(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "optOutListed") + ".\n"; }
function c_sharing_main_920(c, d, p) { return shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_921(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa"); }
function c_sharing_main_924(c, d, p) { return "We do not respond to Global Privacy Control (GPC) signals.\n"; }
function c_sharing_main_923(c, d, p) { return shownFor((isFalsy(H.eq(c.honors_gpc, false)) ? "" : c_sharing_main_924(c ?? NULL_CONTEXT, d, p)), c, "honors_gpc"); }
function c_sharing_main_925(c, d, p) { return "If your browser sends a Global Privacy Control (GPC) signal, we treat it as your request to opt out of the sale and sharing of your " + escapeText(strict(d.root, "pd", "126:134"), d.root, "pd") + ".\n"; }
function c_sharing_main_928(c, d, p) { return ", so if you are a California resident you can ask us to limit its use; see “Your rights” below"; }
function c_sharing_main_927(c, d, p) { return "We use sensitive " + escapeText(strict(d.root, "pd", "133:19"), d.root, "pd") + " for purposes beyond those listed in " + escapeText(strict(d.root.californiaCitations, "sensitiveLimitedUse", "133:68"), d.root.californiaCitations, "sensitiveLimitedUse") + shownFor((isFalsy(d.root.sharing.limitListed) ? "" : c_sharing_main_928(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "limitListed") + ".\n"; }
function c_sharing_main_926(c, d, p) { return shownFor((isFalsy(H.and(H.eq(c.sensitive_limited_use, false), d.root.laws.ccpa)) ? "" : c_sharing_main_927(c ?? NULL_CONTEXT, d, p)), c, "sensitive_limited_use", d.root.laws, "ccpa"); }
function c_sharing_main_929(c, d, p) { return "We use sensitive " + escapeText(strict(d.root, "pd", "131:19"), d.root, "pd") + " only for the purposes listed in " + escapeText(strict(d.root.californiaCitations, "sensitiveLimitedUse", "131:64"), d.root.californiaCitations, "sensitiveLimitedUse") + ", for which " + escapeText(strict(d.root.lawText.ccpa, "short", "131:125"), d.root.lawText.ccpa, "short") + " gives no right to limit its use.\n"; }
function c_sharing_main_932(c, d, p) { return " (" + escapeText(strict(d.root.californiaCitations, "shineTheLight", "138:115"), d.root.californiaCitations, "shineTheLight") + ")"; }
function c_sharing_main_931(c, d, p) { return "We do not disclose " + escapeText(strict(d.root, "pd", "138:21"), d.root, "pd") + " to third parties for their own direct marketing purposes" + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_932(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + ".\n"; }
function c_sharing_main_930(c, d, p) { return shownFor((isFalsy(H.eq(c.shares_for_direct_marketing, false)) ? "" : c_sharing_main_931(c ?? NULL_CONTEXT, d, p)), c, "shares_for_direct_marketing"); }
function c_sharing_main_934(c, d, p) { return " If you are a California resident, you can ask us once a year which categories of personal information we disclosed to them for that purpose in the previous calendar year, and for their names and addresses (" + escapeText(strict(d.root.californiaCitations, "shineTheLight", "136:314"), d.root.californiaCitations, "shineTheLight") + ")."; }
function c_sharing_main_933(c, d, p) { return "We disclose " + escapeText(strict(d.root, "pd", "136:14"), d.root, "pd") + " to third parties for their own direct marketing purposes." + shownFor((isFalsy(d.root.laws.ccpa) ? "" : c_sharing_main_934(c ?? NULL_CONTEXT, d, p)), d.root.laws, "ccpa") + "\n"; }
function c_sharing_main_935(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_sharing_main_887(c, d, p) { return "### " + shownFor((isFalsy(d.root.sharing.saleHeadingShares) ? c_sharing_main_888(c ?? NULL_CONTEXT, d, p) : c_sharing_main_889(c ?? NULL_CONTEXT, d, p)), d.root.sharing, "saleHeadingShares") + "\n\n" + shownFor((isFalsy(c.sells) ? c_sharing_main_890(c ?? NULL_CONTEXT, d, p) : c_sharing_main_892(c ?? NULL_CONTEXT, d, p)), c, "sells") + shownFor((isFalsy(c.shares_for_advertising) ? c_sharing_main_897(c ?? NULL_CONTEXT, d, p) : c_sharing_main_900(c ?? NULL_CONTEXT, d, p)), c, "shares_for_advertising") + shownFor((isFalsy(c.shares_with_data_brokers) ? c_sharing_main_905(c ?? NULL_CONTEXT, d, p) : c_sharing_main_907(c ?? NULL_CONTEXT, d, p)), c, "shares_with_data_brokers") + withContext(d.root.pastYear, (v) => c_sharing_main_908(v, d, p), () => "") + shownFor((isFalsy(H.or(c.sells, c.shares_for_advertising)) ? "" : c_sharing_main_920(c ?? NULL_CONTEXT, d, p)), c, "sells", c, "shares_for_advertising") + shownFor((isFalsy(c.honors_gpc) ? c_sharing_main_923(c ?? NULL_CONTEXT, d, p) : c_sharing_main_925(c ?? NULL_CONTEXT, d, p)), c, "honors_gpc") + shownFor((isFalsy(H.and(c.sensitive_limited_use, d.root.laws.ccpa)) ? c_sharing_main_926(c ?? NULL_CONTEXT, d, p) : c_sharing_main_929(c ?? NULL_CONTEXT, d, p)), c, "sensitive_limited_use", d.root.laws, "ccpa") + shownFor((isFalsy(c.shares_for_direct_marketing) ? c_sharing_main_930(c ?? NULL_CONTEXT, d, p) : c_sharing_main_933(c ?? NULL_CONTEXT, d, p)), c, "shares_for_direct_marketing") + shownFor((isFalsy(c.note) ? "" : c_sharing_main_935(c ?? NULL_CONTEXT, d, p)), c, "note"); }
function c_sharing_main_851(c, d, p) { return "## How we share your " + escapeText(strict(c, "pd", "2:23"), c, "pd") + "\n\n" + shownFor((isFalsy(c.collectsNothing) ? c_sharing_main_852(c ?? NULL_CONTEXT, d, p) : ""), c, "collectsNothing") + "\n" + shownFor((isFalsy(c.sharing.processors) ? "" : c_sharing_main_853(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors") + shownFor((isFalsy(c.sharing.recipientCategories) ? "" : c_sharing_main_878(c ?? NULL_CONTEXT, d, p)), c.sharing, "recipientCategories") + shownFor((isFalsy(c.policy.disclosures) ? "" : c_sharing_main_885(c ?? NULL_CONTEXT, d, p)), c.policy, "disclosures") + withContext(c.policy.sale_and_sharing, (v) => c_sharing_main_887(v, d, p), () => ""); }
function c_sharing_main_850(c, d, p) { return shownFor((isFalsy(H.or(c.sharing.processors, c.sharing.recipientCategories, c.policy.disclosures, c.policy.sale_and_sharing)) ? "" : c_sharing_main_851(c ?? NULL_CONTEXT, d, p)), c.sharing, "processors", c.sharing, "recipientCategories", c.policy, "disclosures", c.policy, "sale_and_sharing"); }
function c_sharing_main(c, d, p) { return c_sharing_main_850(c, d, p); }
function c_transfers_main_940(c, d, p) { return "We store " + escapeText(strict(d.root, "pd", "8:11"), d.root, "pd") + " in " + escapeText(H.phrase(c.storage_detail), c, "storage_detail") + ".\n"; }
function c_transfers_main_939(c, d, p) { return shownFor((isFalsy(c.storage_detail) ? "" : c_transfers_main_940(c ?? NULL_CONTEXT, d, p)), c, "storage_detail"); }
function c_transfers_main_942(c, d, p) { return " (" + escapeText(strict(c, "storage_detail", "6:74"), c, "storage_detail") + ")"; }
function c_transfers_main_941(c, d, p) { return "We store " + escapeText(strict(d.root, "pd", "6:11"), d.root, "pd") + " in " + escapeText(H.countryList(c.storage), c, "storage") + shownFor((isFalsy(c.storage_detail) ? "" : c_transfers_main_942(c ?? NULL_CONTEXT, d, p)), c, "storage_detail") + ".\n"; }
function c_transfers_main_943(c, d, p) { return "We do not keep copies of it outside the European Economic Area and the United Kingdom.\n"; }
function c_transfers_main_945(c, d, p) { return "If you use " + escapeText(strict(d.root, "service", "15:13"), d.root, "service") + " from another country, your " + escapeText(strict(d.root, "pd", "15:58"), d.root, "pd") + " will be transferred to and processed in " + escapeText(H.countryList(c.storage), c, "storage") + ", where data protection laws may differ from those where you live.\n"; }
function c_transfers_main_944(c, d, p) { return shownFor((isFalsy(c.storage) ? "" : c_transfers_main_945(c ?? NULL_CONTEXT, d, p)), c, "storage"); }
function c_transfers_main_938(c, d, p) { return shownFor((isFalsy(c.storage) ? c_transfers_main_939(c ?? NULL_CONTEXT, d, p) : c_transfers_main_941(c ?? NULL_CONTEXT, d, p)), c, "storage") + shownFor((isFalsy(c.eea_only) ? "" : c_transfers_main_943(c ?? NULL_CONTEXT, d, p)), c, "eea_only") + shownFor((isFalsy(d.root.gdprLike) ? c_transfers_main_944(c ?? NULL_CONTEXT, d, p) : ""), d.root, "gdprLike"); }
function c_transfers_main_947(c, d, p) { return escapeText(H.joinAnd(H.names(c.transfers.outside)), c.transfers, "outside") + " " + escapeText(H.plural(c.transfers.outside, "processes", "process")) + " " + escapeText(strict(c, "pd", "24:91"), c, "pd") + " outside " + escapeText(strict(c.transfers, "regionAnd", "24:106"), c.transfers, "regionAnd") + ", in " + escapeText(H.countryList(c.transfers.outsideCountries), c.transfers, "outsideCountries") + ".\n"; }
function c_transfers_main_948(c, d, p) { return "All the service providers named above process " + escapeText(strict(c, "pd", "22:48"), c, "pd") + " outside " + escapeText(strict(c.transfers, "regionAnd", "22:63"), c.transfers, "regionAnd") + ", in " + escapeText(H.countryList(c.transfers.outsideCountries), c.transfers, "outsideCountries") + ".\n"; }
function c_transfers_main_949(c, d, p) { return "The safeguard we rely on for each is shown under “Service providers” above.\n"; }
function c_transfers_main_946(c, d, p) { return shownFor((isFalsy(c.transfers.allOutside) ? c_transfers_main_947(c ?? NULL_CONTEXT, d, p) : c_transfers_main_948(c ?? NULL_CONTEXT, d, p)), c.transfers, "allOutside") + shownFor((isFalsy(c.transfers.eachSafeguarded) ? "" : c_transfers_main_949(c ?? NULL_CONTEXT, d, p)), c.transfers, "eachSafeguarded") + "\n"; }
function c_transfers_main_950(c, d, p) { return escapeText(c, d, null) + ".\n"; }
function c_transfers_main_954(c, d, p) { return "to another country"; }
function c_transfers_main_955(c, d, p) { return "out of " + escapeText(strict(c, "region", "36:218"), c, "region"); }
function c_transfers_main_956(c, d, p) { return ", apart from the transfers you cause yourself (see below)"; }
function c_transfers_main_953(c, d, p) { return "When we transfer " + escapeText(strict(d.root, "pd", "36:184"), d.root, "pd") + " " + shownFor((isFalsy(c.region) ? c_transfers_main_954(c ?? NULL_CONTEXT, d, p) : c_transfers_main_955(c ?? NULL_CONTEXT, d, p)), c, "region") + shownFor((isFalsy(d.root.policy.transfers.user_initiated) ? "" : c_transfers_main_956(c ?? NULL_CONTEXT, d, p)), d.root.policy.transfers, "user_initiated") + ", we rely on"; }
function c_transfers_main_958(c, d, p) { return ", apart from the transfers you cause yourself"; }
function c_transfers_main_957(c, d, p) { return "For transfers out of " + escapeText(strict(c, "region", "36:35"), c, "region") + shownFor((isFalsy(d.root.policy.transfers.user_initiated) ? "" : c_transfers_main_958(c ?? NULL_CONTEXT, d, p)), d.root.policy.transfers, "user_initiated") + ", we also rely on"; }
function c_transfers_main_952(c, d, p) { return shownFor((isFalsy(c.also) ? c_transfers_main_953(c ?? NULL_CONTEXT, d, p) : c_transfers_main_957(c ?? NULL_CONTEXT, d, p)), c, "also") + " " + escapeText(H.joinAnd(H.mechanismLabels(c.mechanisms, c.citation)), c, "mechanisms") + ".\n"; }
function c_transfers_main_960(c, d, p) { return "We ask for your explicit consent " + escapeText(H.phrase(c.explicit_consent), c, "explicit_consent") + ".\n"; }
function c_transfers_main_959(c, d, p) { return shownFor((isFalsy(c.explicit_consent) ? "" : c_transfers_main_960(c ?? NULL_CONTEXT, d, p)), c, "explicit_consent"); }
function c_transfers_main_962(c, d, p) { return sourced(H.mailto(d.root.privacyEmail) ?? "", d.root, "privacyEmail"); }
function c_transfers_main_963(c, d, p) { return sourced(H.mailto(c.copies_email) ?? "", c, "copies_email"); }
function c_transfers_main_961(c, d, p) { return "You can ask us for a copy of the safeguards at " + shownFor((isFalsy(c.copies_email) ? c_transfers_main_962(c ?? NULL_CONTEXT, d, p) : c_transfers_main_963(c ?? NULL_CONTEXT, d, p)), c, "copies_email") + ".\n"; }
function c_transfers_main_964(c, d, p) { return escapeText(H.sentence(c.note), c, "note") + "\n"; }
function c_transfers_main_965(c, d, p) { return escapeText(H.sentence(c.user_initiated), c, "user_initiated") + "\n"; }
function c_transfers_main_966(c, d, p) { return escapeText(H.sentence(c.government_access), c, "government_access") + "\n"; }
function c_transfers_main_968(c, d, p) { return "In this section, “we”, “us” and “our” mean " + escapeText(strict(d.root, "legalName", "62:45"), d.root, "legalName") + ", which makes the commitments below.\n"; }
function c_transfers_main_971(c, d, p) { return ", "; }
function c_transfers_main_972(c, d, p) { return " and "; }
function c_transfers_main_970(c, d, p) { return (isFalsy(d.last) ? c_transfers_main_971(c ?? NULL_CONTEXT, d, p) : c_transfers_main_972(c ?? NULL_CONTEXT, d, p)); }
function c_transfers_main_974(c, d, p) { return "the Swiss-U.S. Data Privacy Framework"; }
function c_transfers_main_975(c, d, p) { return "the UK Extension to the EU-U.S. Data Privacy Framework"; }
function c_transfers_main_973(c, d, p) { return shownFor((isFalsy(H.eq(c, "uk_extension")) ? c_transfers_main_974(c ?? NULL_CONTEXT, d, p) : c_transfers_main_975(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_transfers_main_976(c, d, p) { return "the EU-U.S. Data Privacy Framework"; }
function c_transfers_main_969(c, d, p) { return (isFalsy(d.first) ? c_transfers_main_970(c ?? NULL_CONTEXT, d, p) : "") + shownFor((isFalsy(H.eq(c, "eu_us")) ? c_transfers_main_973(c ?? NULL_CONTEXT, d, p) : c_transfers_main_976(c ?? NULL_CONTEXT, d, p)), d, null); }
function c_transfers_main_977(c, d, p) { return " at " + sourced(get(H, "link")(c.recourse.url) ?? "", c.recourse, "url"); }
function c_transfers_main_979(c, d, p) { return "the U.S. Department of Transportation"; }
function c_transfers_main_980(c, d, p) { return "the U.S. Federal Trade Commission"; }
function c_transfers_main_978(c, d, p) { return " We are subject to the investigatory and enforcement powers of " + shownFor((isFalsy(H.eq(c.enforcement, "ftc")) ? c_transfers_main_979(c ?? NULL_CONTEXT, d, p) : c_transfers_main_980(c ?? NULL_CONTEXT, d, p)), c, "enforcement") + "."; }
function c_transfers_main_967(c, d, p) { return "\n### The Data Privacy Framework\n\n" + shownFor((isFalsy(d.root.othersNamed) ? "" : c_transfers_main_968(c ?? NULL_CONTEXT, d, p)), d.root, "othersNamed") + "We comply with " + each(c.frameworks, d, (v, f) => c_transfers_main_969(v, f, p), () => "") + " as set forth by the U.S. Department of Commerce, and have certified to the Department of Commerce that we adhere to the Data Privacy Framework Principles. If there is any conflict between this policy and the Principles, the Principles govern. To learn more about the Data Privacy Framework and to view our certification, visit " + (get(H, "link")("https://www.dataprivacyframework.gov/") ?? "") + ".\n\nWhen we pass " + escapeText(strict(d.root, "pd", "66:15"), d.root, "pd") + " we received under the Data Privacy Framework to a third party that acts for us, we remain liable under the Principles if it processes the data in a manner inconsistent with them, unless we prove that we are not responsible for the event giving rise to the damage.\n\nIf you have a question or complaint about how we handle your " + escapeText(strict(d.root, "pd", "68:63"), d.root, "pd") + " under the Data Privacy Framework, contact us first. If we do not resolve it, you can refer it, at no cost to you, to " + escapeText(strict(c.recourse, "name", "68:193"), c.recourse, "name") + shownFor((isFalsy(c.recourse.url) ? "" : c_transfers_main_977(c ?? NULL_CONTEXT, d, p)), c.recourse, "url") + ", the independent recourse mechanism we have chosen." + shownFor((isFalsy(c.enforcement) ? "" : c_transfers_main_978(c ?? NULL_CONTEXT, d, p)), c, "enforcement") + " Under certain conditions, you can invoke binding arbitration.\n"; }
function c_transfers_main_951(c, d, p) { return each(d.root.transfers.grounds, d, (v, f) => c_transfers_main_952(v, f, p), () => "") + shownFor((isFalsy(c.mechanisms) ? "" : c_transfers_main_959(c ?? NULL_CONTEXT, d, p)), c, "mechanisms") + shownFor((isFalsy(c.copies_on_request) ? "" : c_transfers_main_961(c ?? NULL_CONTEXT, d, p)), c, "copies_on_request") + shownFor((isFalsy(c.note) ? "" : c_transfers_main_964(c ?? NULL_CONTEXT, d, p)), c, "note") + "\n" + shownFor((isFalsy(c.user_initiated) ? "" : c_transfers_main_965(c ?? NULL_CONTEXT, d, p)), c, "user_initiated") + "\n" + shownFor((isFalsy(c.government_access) ? "" : c_transfers_main_966(c ?? NULL_CONTEXT, d, p)), c, "government_access") + withContext(c.dpf, (v) => c_transfers_main_967(v, d, p), () => ""); }
function c_transfers_main_937(c, d, p) { return "## Where we store and transfer your " + escapeText(strict(c, "pd", "2:38"), c, "pd") + "\n\n" + withContext(c.policy.transfers, (v) => c_transfers_main_938(v, d, p), () => "") + "\n" + shownFor((isFalsy(c.transfers.outside) ? "" : c_transfers_main_946(c ?? NULL_CONTEXT, d, p)), c.transfers, "outside") + each(c.transfers.adequacy, d, (v, f) => c_transfers_main_950(v, f, p), () => "") + withContext(c.policy.transfers, (v) => c_transfers_main_951(v, d, p), () => ""); }
function c_transfers_main_936(c, d, p) { return shownFor((isFalsy(c.transfers.present) ? "" : c_transfers_main_937(c ?? NULL_CONTEXT, d, p)), c.transfers, "present"); }
function c_transfers_main(c, d, p) { return c_transfers_main_936(c, d, p); }
function c_use_main_984(c, d, p) { return "### " + escapeText(strict(c, "heading", "8:6"), c, "heading") + "\n\n"; }
function c_use_main_986(c, d, p) { return " " + escapeText(H.sentence(c.description), c, "description"); }
function c_use_main_987(c, d, p) { return " Data used: " + escapeText(H.joinAnd(c.categoryNames), c, "categoryNames") + "."; }
function c_use_main_991(c, d, p) { return " Giving us this data is up to you."; }
function c_use_main_990(c, d, p) { return shownFor((isFalsy(H.eq(c.requirement, "voluntary")) ? "" : c_use_main_991(c ?? NULL_CONTEXT, d, p)), c, "requirement"); }
function c_use_main_992(c, d, p) { return " We need this data to enter into a contract with you."; }
function c_use_main_989(c, d, p) { return shownFor((isFalsy(H.eq(c.requirement, "contract_precondition")) ? c_use_main_990(c ?? NULL_CONTEXT, d, p) : c_use_main_992(c ?? NULL_CONTEXT, d, p)), c, "requirement"); }
function c_use_main_993(c, d, p) { return " Our contract with you requires you to give us this data."; }
function c_use_main_988(c, d, p) { return shownFor((isFalsy(H.eq(c.requirement, "contractual")) ? c_use_main_989(c ?? NULL_CONTEXT, d, p) : c_use_main_993(c ?? NULL_CONTEXT, d, p)), c, "requirement"); }
function c_use_main_994(c, d, p) { return " The law requires you to give us this data."; }
function c_use_main_995(c, d, p) { return " " + escapeText(H.sentence(c.if_not_provided), c, "if_not_provided"); }
function c_use_main_996(c, d, p) { return " Used on your device only: " + escapeText(H.joinAnd(c.deviceNames), c, "deviceNames") + "."; }
function c_use_main_997(c, d, p) { return " Only in " + escapeText(H.joinAnd(c.productNames), c, "productNames") + "."; }
function c_use_main_985(c, d, p) { return "- **" + escapeText(H.phrase(c.name), c, "name") + ".**" + shownFor((isFalsy(c.description) ? "" : c_use_main_986(c ?? NULL_CONTEXT, d, p)), c, "description") + shownFor((isFalsy(c.categoryNames) ? "" : c_use_main_987(c ?? NULL_CONTEXT, d, p)), c, "categoryNames") + shownFor((isFalsy(H.eq(c.requirement, "statutory")) ? c_use_main_988(c ?? NULL_CONTEXT, d, p) : c_use_main_994(c ?? NULL_CONTEXT, d, p)), c, "requirement") + shownFor((isFalsy(c.if_not_provided) ? "" : c_use_main_995(c ?? NULL_CONTEXT, d, p)), c, "if_not_provided") + shownFor((isFalsy(c.deviceNames) ? "" : c_use_main_996(c ?? NULL_CONTEXT, d, p)), c, "deviceNames") + shownFor((isFalsy(c.productNames) ? "" : c_use_main_997(c ?? NULL_CONTEXT, d, p)), c, "productNames") + "\n"; }
function c_use_main_983(c, d, p) { return shownFor((isFalsy(c.heading) ? "" : c_use_main_984(c ?? NULL_CONTEXT, d, p)), c, "heading") + each(c.purposes, d, (v, f) => c_use_main_985(v, f, p), () => "") + "\n"; }
function c_use_main_982(c, d, p) { return "## How we use your " + escapeText(strict(c, "pd", "2:21"), c, "pd") + "\n\nWe use " + escapeText(strict(c, "pd", "4:9"), c, "pd") + " for the following purposes.\n\n" + each(c.purposeGroups, d, (v, f) => c_use_main_983(v, f, p), () => ""); }
function c_use_main_981(c, d, p) { return shownFor((isFalsy(c.purposeGroups) ? "" : c_use_main_982(c ?? NULL_CONTEXT, d, p)), c, "purposeGroups"); }
function c_use_main(c, d, p) { return c_use_main_981(c, d, p); }
function c_visibility_main_1000(c, d, p, ds) { return "- " + escapeText(H.listItem(c, ds[1].visible), d, null) + "\n"; }
function c_visibility_main_1002(c, d, p, ds) { return "- " + escapeText(H.listItem(c, ds[1].not_visible), d, null) + "\n"; }
function c_visibility_main_1001(c, d, p, ds) { return "They cannot see:\n\n" + each(c.not_visible, d, (v, f) => c_visibility_main_1002(v, f, p, pushContext(v, ds)), () => "") + "\n"; }
function c_visibility_main_1003(c, d, p, ds) { return escapeText(H.sentence(c.copies), c, "copies") + "\n"; }
function c_visibility_main_999(c, d, p, ds) { return "## What other users can see\n\n" + escapeText(H.capitalize(c.audience), c, "audience") + " can see:\n\n" + each(c.visible, d, (v, f) => c_visibility_main_1000(v, f, p, pushContext(v, ds)), () => "") + "\n" + shownFor((isFalsy(c.not_visible) ? "" : c_visibility_main_1001(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "not_visible") + shownFor((isFalsy(c.copies) ? "" : c_visibility_main_1003(c ?? NULL_CONTEXT, d, p, pushContext(c ?? NULL_CONTEXT, ds))), c, "copies"); }
function c_visibility_main_998(c, d, p, ds) { return withContext(c.policy.visibility, (v) => c_visibility_main_999(v, d, p, pushContext(v, ds)), () => ""); }
function c_visibility_main(c, d, p) { return c_visibility_main_998(c, d, p, [c]); }

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
  "partials/california-categories": c_partials_california_categories_main,
  "partials/commitment": c_partials_commitment_main,
  "partials/data-category": c_partials_data_category_main,
  "partials/device-category": c_partials_device_category_main,
  "partials/disclosure": c_partials_disclosure_main,
  "partials/financial-incentives": c_partials_financial_incentives_main,
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
  "partials/verification": c_partials_verification_main,
};


/** Each clause source's version (scripts/gen-clauses.mjs: sourceHash). */
export const SOURCE_HASHES: Readonly<Record<string, string>> = {
  "about": "7a9bcd275abe",
  "ai": "903651eb4cf5",
  "breaches": "1cce7e0688ee",
  "changes": "8a3d45db8bfb",
  "children": "66c031db8648",
  "collection": "5363c0bfef5a",
  "commitments": "fb591679f1e5",
  "contact": "55209d794818",
  "cookies": "fe5b9b2d2027",
  "government-requests": "620e6519ade3",
  "intro": "03836efad73f",
  "key-points": "c5a1fde8bd92",
  "legal-bases": "b2e520122136",
  "partials/audience": "5558b5e1c7df",
  "partials/california-categories": "f0a9862c763d",
  "partials/commitment": "16cb1a542daa",
  "partials/data-category": "5e15719fc75c",
  "partials/device-category": "981b052f98ca",
  "partials/disclosure": "da3c36f76a1c",
  "partials/financial-incentives": "876a389e446a",
  "partials/retention-details": "e137cf92df46",
  "partials/retention-period": "230de1e24950",
  "partials/retention-products": "576057765c48",
  "partials/right-item": "c4a64701f59f",
  "partials/subprocessor-data": "72bfde04ee47",
  "partials/subprocessor-list": "56cef8f0cf65",
  "partials/subprocessor-name": "60ab7f7b3293",
  "partials/subprocessor-note": "56d78a555119",
  "partials/subprocessor-purpose": "560695a61c00",
  "partials/subprocessor-safeguard": "4e4f3f255083",
  "partials/training-data": "7565df9dd2b5",
  "partials/verification": "2c6b00767c2a",
  "retention": "6fa6142f2c1c",
  "rights": "9ed67c61f33d",
  "scope": "62381ee9f61d",
  "security": "2f0eeeaf5634",
  "sharing": "4736b0b483dd",
  "transfers": "5e356a217504",
  "use": "7bed2e602b91",
  "visibility": "08dee5f86549",
};
