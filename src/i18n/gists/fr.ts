import type { Gists } from '../catalog.js';

/** The summary sentences of a French change notice, one per kind: src/diff/notice/gists.ts has the English. */
export const FR_GISTS: Gists = {
  'app.added': ['La politique s’applique désormais à une nouvelle application.', 'La politique s’applique désormais à {n} nouvelles applications.'],
  'app.permission_added': [
    'Une application demande une nouvelle autorisation sur votre appareil.',
    'Nos applications demandent {n} nouvelles autorisations sur votre appareil.',
  ],
  'app.permission_changed': [
    'Nous avons modifié le moment où une application demande une autorisation.',
    'Nous avons modifié le moment où nos applications demandent {n} autorisations.',
  ],
  'app.permission_removed': [
    'Une application demande moins d’autorisations sur votre appareil.',
    'Nos applications demandent moins d’autorisations sur votre appareil.',
  ],
  'app.permission_required': [
    'Une application exige désormais une autorisation que vous pouviez refuser auparavant.',
    'Nos applications exigent désormais {n} autorisations que vous pouviez refuser auparavant.',
  ],
  'app.removed': ['La politique ne s’applique plus à une application.', 'La politique ne s’applique plus à {n} applications.'],
  'financial_incentive.added': [
    'Nous proposons une nouvelle incitation financière en contrepartie d’informations personnelles.',
    'Nous proposons {n} nouvelles incitations financières en contrepartie d’informations personnelles.',
  ],
  'financial_incentive.changed': [
    'Une incitation financière concerne davantage de données ou en dit moins sur ses conditions.',
    '{n} changements d’incitations financières : davantage de données concernées, ou moins d’indications sur leurs conditions.',
  ],
  'financial_incentive.narrowed': ['Une incitation financière concerne moins de données.', '{n} incitations financières concernent moins de données.'],
  'financial_incentive.removed': ['Nous ne proposons plus une incitation financière.', 'Nous ne proposons plus {n} incitations financières.'],
  'store_label.sharing_started': [
    'Certaines de vos données sont désormais partagées avec d’autres entreprises.',
    'Certaines de vos données sont désormais partagées avec d’autres entreprises.',
  ],
  'store_label.tracking_started': [
    'Certaines de vos données servent désormais à vous suivre sur les applications et sites web d’autres entreprises.',
    'Certaines de vos données servent désormais à vous suivre sur les applications et sites web d’autres entreprises.',
  ],
  'store_label.tracking_stopped': ['Certaines de vos données ne servent plus à vous suivre.', 'Certaines de vos données ne servent plus à vous suivre.'],
  'ai.automated_decisions_started': [
    'Nous prenons désormais certaines décisions vous concernant de manière exclusivement automatisée.',
    'Nous prenons désormais certaines décisions vous concernant de manière exclusivement automatisée.',
  ],
  'ai.automated_decisions_stopped': [
    'Nous ne prenons plus de décisions vous concernant de manière exclusivement automatisée.',
    'Nous ne prenons plus de décisions vous concernant de manière exclusivement automatisée.',
  ],
  'ai.feature_added': ['Une nouvelle fonctionnalité d’IA utilise vos données.', '{n} nouvelles fonctionnalités d’IA utilisent vos données.'],
  'ai.feature_changed': ['Une fonctionnalité d’IA utilise vos données différemment.', '{n} fonctionnalités d’IA utilisent vos données différemment.'],
  'ai.feature_removed': ['Nous avons supprimé une fonctionnalité d’IA.', 'Nous avons supprimé {n} fonctionnalités d’IA.'],
  'ai.training_changed': [
    'Nous avons modifié la manière dont vos données servent à entraîner des modèles d’IA.',
    'Nous avons modifié la manière dont vos données servent à entraîner des modèles d’IA.',
  ],
  'ai.training_narrowed': ['L’entraînement de l’IA utilise moins de vos données.', 'L’entraînement de l’IA utilise moins de vos données.'],
  'ai.training_stopped': ['Vos données ne servent plus à entraîner des modèles d’IA.', 'Vos données ne servent plus à entraîner des modèles d’IA.'],
  'audience.requests_changed': [
    'Nous avons modifié le destinataire des demandes relatives aux données que nous traitons pour nos clients.',
    'Nous avons modifié le destinataire des demandes relatives aux données que nous traitons pour nos clients.',
  ],
  'commitment.added': ['Nous avons pris un nouvel engagement envers vous.', 'Nous avons pris {n} nouveaux engagements envers vous.'],
  'commitment.removed': ['Nous avons retiré un engagement pris envers vous.', 'Nous avons retiré {n} engagements pris envers vous.'],
  'commitment.reworded': ['Nous avons reformulé un engagement pris envers vous.', 'Nous avons reformulé {n} engagements pris envers vous.'],
  'commitment.strengthened': ['Un engagement pris envers vous va désormais plus loin.', '{n} engagements pris envers vous vont désormais plus loin.'],
  'commitment.weakened': ['Un engagement pris envers vous va désormais moins loin.', '{n} engagements pris envers vous vont désormais moins loin.'],
  'government_requests.changed': [
    'Nous avons modifié ce que nous indiquons sur les demandes des autorités.',
    'Nous avons modifié ce que nous indiquons sur les demandes des autorités.',
  ],
  'government_requests.strengthened': [
    'Vous êtes mieux protégé contre les demandes des autorités.',
    'Vous êtes mieux protégé contre les demandes des autorités.',
  ],
  'government_requests.weakened': ['Vous êtes moins protégé contre les demandes des autorités.', 'Vous êtes moins protégé contre les demandes des autorités.'],
  'product_scope.narrowed': ['Une pratique s’applique désormais à moins de nos produits.', '{n} pratiques s’appliquent désormais à moins de nos produits.'],
  'product_scope.widened': [
    'Une pratique s’applique désormais à davantage de nos produits.',
    '{n} pratiques s’appliquent désormais à davantage de nos produits.',
  ],
  'breach_notification.changed': [
    'Nous avons modifié ce qui se passe après une violation de données.',
    'Nous avons modifié ce qui se passe après une violation de données.',
  ],
  'changes.levels_changed': [
    'Nous avons modifié les modifications que nous annonçons à l’avance.',
    'Nous avons modifié les modifications que nous annonçons à l’avance.',
  ],
  'changes.notice_period_changed': ['Nous annonçons les modifications substantielles plus tôt.', 'Nous annonçons les modifications substantielles plus tôt.'],
  'changes.notice_period_shortened': [
    'Nous annonçons les modifications substantielles moins longtemps à l’avance.',
    'Nous annonçons les modifications substantielles moins longtemps à l’avance.',
  ],
  'changes.notify_weakened': [
    'Nous ne nous engageons plus à vous informer des modifications.',
    'Nous ne nous engageons plus à vous informer des modifications.',
  ],
  'changes.scope_narrowed': [
    'Nous ne vous informerons plus que des modifications substantielles.',
    'Nous ne vous informerons plus que des modifications substantielles.',
  ],
  'changes.terms_changed': [
    'Nous avons modifié la manière dont nous vous informons des modifications.',
    'Nous avons modifié la manière dont nous vous informons des modifications.',
  ],
  'children.deletion_changed': ['Nous avons modifié ce qu’il advient des données d’un enfant.', 'Nous avons modifié ce qu’il advient des données d’un enfant.'],
  'children.directed_changed': [
    'Nous avons modifié le fait que notre service s’adresse ou non aux enfants.',
    'Nous avons modifié le fait que notre service s’adresse ou non aux enfants.',
  ],
  'children.account_closing_changed': [
    'Nous avons modifié ce qu’il advient du compte d’un enfant.',
    'Nous avons modifié ce qu’il advient du compte d’un enfant.',
  ],
  'children.knowingly_dropped': [
    'Nous n’indiquons plus que nous ne collectons pas sciemment de données auprès d’enfants.',
    'Nous n’indiquons plus que nous ne collectons pas sciemment de données auprès d’enfants.',
  ],
  'children.knowingly_stated': [
    'Nous indiquons désormais que nous ne collectons pas sciemment de données auprès d’enfants.',
    'Nous indiquons désormais que nous ne collectons pas sciemment de données auprès d’enfants.',
  ],
  'children.min_age_lowered': [
    'Des personnes plus jeunes peuvent désormais utiliser notre service.',
    'Des personnes plus jeunes peuvent désormais utiliser notre service.',
  ],
  'children.min_age_raised': [
    'Notre service est désormais réservé à des personnes plus âgées.',
    'Notre service est désormais réservé à des personnes plus âgées.',
  ],
  'contact.changed': ['L’un des moyens de nous contacter a changé.', '{n} des moyens de nous contacter ont changé.'],
  'controller.changed': ['L’entreprise responsable de vos données a changé.', 'L’entreprise responsable de vos données a changé.'],
  'controller.details_changed': [
    'Les informations sur l’entreprise responsable de vos données ont changé.',
    'Les informations sur l’entreprise responsable de vos données ont changé.',
  ],
  'controller.other_added': [
    'Une autre entreprise est désormais responsable des données de certaines personnes.',
    'D’autres entreprises sont désormais responsables des données de certaines personnes ({n} changements).',
  ],
  'controller.other_changed': [
    'L’entreprise responsable des données de certaines personnes a changé.',
    'Les entreprises responsables des données de certaines personnes ont changé ({n} changements).',
  ],
  'controller.other_details_changed': [
    'Les informations sur une autre entreprise responsable de vos données ont changé.',
    'Les informations sur d’autres entreprises responsables de vos données ont changé ({n} changements).',
  ],
  'controller.other_removed': [
    'Une entreprise n’est plus responsable des données de certaines personnes.',
    '{n} entreprises ne sont plus responsables des données de certaines personnes.',
  ],
  'cookies.cookie_added': ['Nous indiquons un nouveau cookie strictement nécessaire.', 'Nous indiquons {n} nouveaux cookies strictement nécessaires.'],
  'cookies.cookie_changed': ['Un cookie que nous utilisons a changé.', '{n} cookies que nous utilisons ont changé.'],
  'cookies.dnt_effect_reworded': [
    'Nous avons modifié ce que nous indiquons sur l’effet des signaux « Do Not Track ».',
    'Nous avons modifié ce que nous indiquons sur l’effet des signaux « Do Not Track ».',
  ],
  'cookies.dnt_honored': [
    'Nous avons modifié la manière dont nous répondons aux signaux « Do Not Track ».',
    'Nous avons modifié la manière dont nous répondons aux signaux « Do Not Track ».',
  ],
  'cookies.dnt_ignored': [
    'Nous n’indiquons plus que nous respectons les signaux « Do Not Track ».',
    'Nous n’indiquons plus que nous respectons les signaux « Do Not Track ».',
  ],
  'cookies.dnt_narrowed': [
    'Nous ne respectons désormais les signaux « Do Not Track » qu’en partie.',
    'Nous ne respectons désormais les signaux « Do Not Track » qu’en partie.',
  ],
  'cookies.dnt_widened': [
    'Nous respectons désormais pleinement les signaux « Do Not Track ».',
    'Nous respectons désormais pleinement les signaux « Do Not Track ».',
  ],
  'cookies.tracking_added': [
    'Nous suivons davantage la manière dont vous utilisez notre service.',
    'Nous suivons davantage la manière dont vous utilisez notre service.',
  ],
  'cookies.tracking_removed': [
    'Nous suivons moins la manière dont vous utilisez notre service.',
    'Nous suivons moins la manière dont vous utilisez notre service.',
  ],
  'data_category.ccpa_category_added': [
    'Le tableau californien classe une catégorie de données dans une autre catégorie d’informations personnelles.',
    'Le tableau californien classe {n} catégories de données dans d’autres catégories d’informations personnelles.',
  ],
  'data_category.ccpa_category_removed': [
    'Le tableau californien ne classe plus une catégorie de données dans l’une de ses catégories d’informations personnelles.',
    'Le tableau californien ne classe plus {n} catégories de données dans certaines de ses catégories d’informations personnelles.',
  ],
  'collection.started': [
    'Nous collectons désormais des données personnelles ; nous n’en collections aucune auparavant.',
    'Nous collectons désormais des données personnelles ; nous n’en collections aucune auparavant.',
  ],
  'collection.stopped': ['Nous ne collectons plus aucune donnée personnelle.', 'Nous ne collectons plus aucune donnée personnelle.'],
  'data_category.added': ['Nous collectons une nouvelle catégorie de données.', 'Nous collectons {n} nouvelles catégories de données.'],
  'data_category.changed': [
    'Une catégorie de données que nous collectons est désormais plus étendue.',
    '{n} catégories de données que nous collectons sont désormais plus étendues.',
  ],
  'data_category.narrowed': [
    'Une catégorie de données que nous collectons est désormais moins étendue.',
    '{n} catégories de données que nous collectons sont désormais moins étendues.',
  ],
  'data_category.removed': ['Nous ne collectons plus une catégorie de données.', 'Nous ne collectons plus {n} catégories de données.'],
  'data_category.left_device': [
    'Nous recevons désormais une catégorie de données qui restait sur votre appareil.',
    'Nous recevons désormais {n} catégories de données qui restaient sur votre appareil.',
  ],
  'data_category.kept_on_device': [
    'Une catégorie de données que nous recevions reste désormais sur votre appareil.',
    '{n} catégories de données que nous recevions restent désormais sur votre appareil.',
  ],
  'data_category.on_device_added': [
    'La politique décrit désormais une catégorie de données qui reste sur votre appareil.',
    'La politique décrit désormais {n} catégories de données qui restent sur votre appareil.',
  ],
  'data_category.on_device_changed': [
    'La politique décrit autrement des données qui restent sur votre appareil.',
    'La politique décrit autrement des données qui restent sur votre appareil.',
  ],
  'data_category.on_device_removed': [
    'La politique ne décrit plus une catégorie de données qui restait sur votre appareil.',
    'La politique ne décrit plus {n} catégories de données qui restaient sur votre appareil.',
  ],
  'disclosure.added': ['Nous pouvons communiquer vos données dans un nouveau cas.', 'Nous pouvons communiquer vos données dans {n} nouveaux cas.'],
  'disclosure.recipients_added': [
    'Davantage de destinataires peuvent recevoir vos données dans un cas que nous indiquons.',
    'Davantage de destinataires peuvent recevoir vos données dans {n} cas que nous indiquons.',
  ],
  'disclosure.recipients_removed': ['Nous indiquons moins de destinataires de vos données.', 'Nous indiquons moins de destinataires de vos données.'],
  'disclosure.removed': ['Nous indiquons moins de cas de communication de vos données.', 'Nous indiquons moins de cas de communication de vos données.'],
  'jurisdiction.added': [
    'La présente politique applique une loi supplémentaire sur la protection des données.',
    'La présente politique applique {n} lois supplémentaires sur la protection des données.',
  ],
  'jurisdiction.compliance_stated': [
    'Nous déclarons désormais respecter les lois pour lesquelles la présente politique est rédigée.',
    'Nous déclarons désormais respecter les lois pour lesquelles la présente politique est rédigée.',
  ],
  'jurisdiction.compliance_withdrawn': [
    'Nous ne déclarons plus respecter les lois pour lesquelles la présente politique est rédigée.',
    'Nous ne déclarons plus respecter les lois pour lesquelles la présente politique est rédigée.',
  ],
  'jurisdiction.removed': [
    'La présente politique n’applique plus une loi sur la protection des données qu’elle appliquait.',
    'La présente politique n’applique plus {n} lois sur la protection des données qu’elle appliquait.',
  ],
  'lawful_basis.changed': [
    'Nous nous fondons sur une autre base légale pour une utilisation de vos données.',
    'Nous nous fondons sur d’autres bases légales pour {n} utilisations de vos données.',
  ],
  'other.changed': ['Une autre partie de la politique a changé.', '{n} autres parties de la politique ont changé.'],
  'practice.reworded': ['Nous avons reformulé la description de l’une de nos pratiques.', 'Nous avons reformulé la description de {n} de nos pratiques.'],
  'purpose.added': ['Nous utilisons vos données pour une nouvelle finalité.', 'Nous utilisons vos données pour {n} nouvelles finalités.'],
  'purpose.device_added': [
    'Nous utilisons des données sur votre appareil pour une nouvelle finalité.',
    'Nous utilisons des données sur votre appareil pour {n} nouvelles finalités.',
  ],
  'purpose.data_added': ['Nous utilisons davantage de vos données pour une finalité.', 'Nous utilisons davantage de vos données pour {n} finalités.'],
  'purpose.device_data_added': [
    'Nous utilisons davantage de données sur votre appareil pour une finalité.',
    'Nous utilisons davantage de données sur votre appareil pour {n} finalités.',
  ],
  'purpose.data_removed': ['Nous utilisons moins de vos données pour une finalité.', 'Nous utilisons moins de vos données pour {n} finalités.'],
  'purpose.audiences_added': [
    'Nous utilisons les données de davantage de personnes pour une finalité.',
    'Nous utilisons les données de davantage de personnes pour {n} finalités.',
  ],
  'purpose.audiences_removed': [
    'Nous utilisons les données de moins de personnes pour une finalité.',
    'Nous utilisons les données de moins de personnes pour {n} finalités.',
  ],
  'purpose.direct_marketing': [
    'Nous utilisons désormais vos données à des fins de prospection.',
    'Nous utilisons désormais vos données à des fins de prospection pour {n} finalités.',
  ],
  'purpose.direct_marketing_dropped': ['Une finalité ne relève plus de la prospection.', '{n} finalités ne relèvent plus de la prospection.'],
  'purpose.now_required': [
    'Vous devez désormais nous fournir certaines données que vous pouviez ne pas fournir auparavant.',
    'Vous devez désormais nous fournir certaines données que vous pouviez ne pas fournir auparavant.',
  ],
  'purpose.requirement_changed': [
    'Nous avons modifié le caractère obligatoire ou non des données pour une finalité.',
    'Nous avons modifié le caractère obligatoire ou non des données pour {n} finalités.',
  ],
  'purpose.removed': ['Nous n’utilisons plus vos données pour une finalité.', 'Nous n’utilisons plus vos données pour {n} finalités.'],
  'recipient_category.added': [
    'Une nouvelle catégorie de destinataires reçoit vos données.',
    '{n} nouvelles catégories de destinataires reçoivent vos données.',
  ],
  'recipient_category.changed': [
    'Une catégorie de destinataires reçoit vos données différemment.',
    '{n} catégories de destinataires reçoivent vos données différemment.',
  ],
  'recipient_category.removed': [
    'Une catégorie de destinataires ne reçoit plus vos données.',
    '{n} catégories de destinataires ne reçoivent plus vos données.',
  ],
  'retention.added': [
    'Nous indiquons désormais la durée de conservation d’une plus grande partie de vos données.',
    'Nous indiquons désormais la durée de conservation d’une plus grande partie de vos données.',
  ],
  'retention.changed': [
    'Nous avons modifié la durée de conservation de certaines de vos données.',
    'Nous avons modifié la durée de conservation de certaines de vos données.',
  ],
  'retention.deletion_faster': ['Les données supprimées sont effacées plus tôt.', 'Les données supprimées sont effacées plus tôt.'],
  'retention.deletion_slower': ['Les données supprimées peuvent être effacées plus tard.', 'Les données supprimées peuvent être effacées plus tard.'],
  'retention.exception_added': [
    'Nous pouvons conserver certaines de vos données plus longtemps dans un nouveau cas.',
    'Nous pouvons conserver certaines de vos données plus longtemps dans {n} nouveaux cas.',
  ],
  'retention.exception_removed': [
    'Nous ne conservons plus vos données plus longtemps dans un cas que nous indiquions.',
    'Nous ne conservons plus vos données plus longtemps dans {n} cas que nous indiquions.',
  ],
  'retention.extended': ['Nous conservons certaines de vos données plus longtemps.', 'Nous conservons certaines de vos données plus longtemps.'],
  'retention.removed': [
    'Nous n’indiquons plus la durée de conservation de certaines de vos données.',
    'Nous n’indiquons plus la durée de conservation de certaines de vos données.',
  ],
  'retention.shortened': ['Nous conservons certaines de vos données moins longtemps.', 'Nous conservons certaines de vos données moins longtemps.'],
  'right.added': ['Vous disposez de davantage de droits.', 'Vous disposez de davantage de droits.'],
  'right.removed': ['Vous disposez de moins de droits.', 'Vous disposez de moins de droits.'],
  'right.agents_accepted': [
    'Une personne que vous avez mandatée peut désormais formuler des demandes en votre nom.',
    'Une personne que vous avez mandatée peut désormais formuler des demandes en votre nom.',
  ],
  'right.agents_refused': [
    'Nous n’acceptons plus les demandes d’une personne que vous avez mandatée.',
    'Nous n’acceptons plus les demandes d’une personne que vous avez mandatée.',
  ],
  'right.appeal_added': [
    'Davantage de personnes peuvent désormais contester nos décisions sur leurs demandes.',
    'Davantage de personnes peuvent désormais contester nos décisions sur leurs demandes.',
  ],
  'right.appeal_changed': ['Nous avons modifié le traitement des contestations.', 'Nous avons modifié le traitement des contestations.'],
  'right.appeal_removed': [
    'Moins de personnes peuvent contester nos décisions sur leurs demandes.',
    'Moins de personnes peuvent contester nos décisions sur leurs demandes.',
  ],
  'right.appeal_slowed': ['Nous pouvons mettre plus de temps à répondre aux contestations.', 'Nous pouvons mettre plus de temps à répondre aux contestations.'],
  'right.channel_added': [
    'Il existe un nouveau moyen de formuler des demandes relatives à vos droits.',
    'Il existe {n} nouveaux moyens de formuler des demandes relatives à vos droits.',
  ],
  'right.channel_changed': [
    'Un moyen de formuler des demandes relatives à vos droits a changé.',
    '{n} moyens de formuler des demandes relatives à vos droits ont changé.',
  ],
  'right.channel_removed': [
    'Un moyen de formuler des demandes relatives à vos droits a disparu.',
    '{n} moyens de formuler des demandes relatives à vos droits ont disparu.',
  ],
  'right.exemption_added': [
    'Nous pouvons refuser une demande relative à vos droits dans un nouveau cas.',
    'Nous pouvons refuser une demande relative à vos droits dans {n} nouveaux cas.',
  ],
  'right.exemption_removed': [
    'Nous indiquons moins de cas dans lesquels nous pouvons refuser une demande.',
    'Nous indiquons moins de cas dans lesquels nous pouvons refuser une demande.',
  ],
  'right.same_for_everyone_stated': [
    'Chacun dispose désormais des mêmes droits, où qu’il réside.',
    'Chacun dispose désormais des mêmes droits, où qu’il réside.',
  ],
  'right.same_for_everyone_withdrawn': [
    'Nous n’indiquons plus que chacun dispose des mêmes droits, où qu’il réside.',
    'Nous n’indiquons plus que chacun dispose des mêmes droits, où qu’il réside.',
  ],
  'right.response_time_changed': [
    'Nous répondons plus vite aux demandes relatives à vos droits.',
    'Nous répondons plus vite aux demandes relatives à vos droits.',
  ],
  'right.response_time_extended': [
    'Nous pouvons mettre plus de temps à répondre aux demandes relatives à vos droits.',
    'Nous pouvons mettre plus de temps à répondre aux demandes relatives à vos droits.',
  ],
  'right.email_requests_ended': [
    'Les demandes relatives à vos droits ne peuvent plus être faites par e-mail.',
    'Les demandes relatives à vos droits ne peuvent plus être faites par e-mail.',
  ],
  'right.email_requests_offered': [
    'Les demandes relatives à vos droits peuvent désormais être faites par e-mail.',
    'Les demandes relatives à vos droits peuvent désormais être faites par e-mail.',
  ],
  'right.limit_set': ['Nous limitons un droit que nous accordons à tous.', 'Nous limitons {n} droits que nous accordons à tous.'],
  'right.limit_removed': ['Nous ne limitons plus un droit que nous accordons à tous.', 'Nous ne limitons plus {n} droits que nous accordons à tous.'],
  'right.verification_changed': [
    'La manière dont nous vérifions votre identité avant de traiter une demande a changé.',
    'La manière dont nous vérifions votre identité avant de traiter une demande a changé sur {n} points.',
  ],
  'sale.gpc_honored': ['Nous respectons désormais les signaux Global Privacy Control.', 'Nous respectons désormais les signaux Global Privacy Control.'],
  'sale.gpc_ignored': [
    'Nous n’indiquons plus que nous respectons les signaux Global Privacy Control.',
    'Nous n’indiquons plus que nous respectons les signaux Global Privacy Control.',
  ],
  'sale.position_changed': [
    'Nous décrivons autrement la vente et le partage ; la pratique reste la même.',
    'Nous décrivons autrement la vente et le partage ; la pratique reste la même.',
  ],
  'sale.past_year_changed': [
    'Nous avons modifié ce que nous indiquons avoir vendu ou partagé au cours des 12 derniers mois.',
    'Nous avons modifié ce que nous indiquons avoir vendu ou partagé au cours des 12 derniers mois.',
  ],
  'sale.sensitive_use_limited': [
    'Nous utilisons les informations personnelles sensibles pour moins de finalités.',
    'Nous utilisons les informations personnelles sensibles pour moins de finalités.',
  ],
  'sale.sensitive_use_widened': [
    'Nous pouvons utiliser les informations personnelles sensibles pour davantage de finalités.',
    'Nous pouvons utiliser les informations personnelles sensibles pour davantage de finalités.',
  ],
  'sale.started': ['Nous vendons désormais des informations personnelles.', 'Nous vendons désormais des informations personnelles.'],
  'sale.stopped': ['Nous ne vendons plus d’informations personnelles.', 'Nous ne vendons plus d’informations personnelles.'],
  'scope.narrowed': ['La présente politique couvre moins qu’auparavant.', 'La présente politique couvre moins qu’auparavant.'],
  'scope.widened': ['La présente politique couvre davantage qu’auparavant.', 'La présente politique couvre davantage qu’auparavant.'],
  'section.added': ['Nous avons ajouté une section à la politique.', 'Nous avons ajouté {n} sections à la politique.'],
  'section.changed': ['Nous avons réécrit une section de la politique.', 'Nous avons réécrit {n} sections de la politique.'],
  'section.removed': ['Nous avons supprimé une section de la politique.', 'Nous avons supprimé {n} sections de la politique.'],
  'security.changed': ['Nous avons modifié ce que nous indiquons sur la sécurité.', 'Nous avons modifié ce que nous indiquons sur la sécurité.'],
  'sharing.direct_marketing_started': [
    'Nous communiquons désormais des informations personnelles à d’autres entreprises pour leur propre prospection.',
    'Nous communiquons désormais des informations personnelles à d’autres entreprises pour leur propre prospection.',
  ],
  'sharing.direct_marketing_stopped': [
    'Nous ne communiquons plus d’informations personnelles à d’autres entreprises pour leur propre prospection.',
    'Nous ne communiquons plus d’informations personnelles à d’autres entreprises pour leur propre prospection.',
  ],
  'sharing.started': [
    'Nous partageons désormais des informations personnelles à des fins publicitaires ou avec des courtiers en données.',
    'Nous partageons désormais des informations personnelles à des fins publicitaires ou avec des courtiers en données.',
  ],
  'sharing.stopped': [
    'Nous ne partageons plus d’informations personnelles à des fins publicitaires ni avec des courtiers en données.',
    'Nous ne partageons plus d’informations personnelles à des fins publicitaires ni avec des courtiers en données.',
  ],
  'subprocessor.added': ['Un nouveau prestataire de services reçoit vos données.', '{n} nouveaux prestataires de services reçoivent vos données.'],
  'subprocessor.data_added': [
    'Un prestataire de services reçoit davantage de vos données.',
    '{n} prestataires de services reçoivent davantage de vos données.',
  ],
  'subprocessor.data_removed': ['Un prestataire de services reçoit moins de vos données.', '{n} prestataires de services reçoivent moins de vos données.'],
  'subprocessor.location_stated': [
    'Nous indiquons désormais où un prestataire de services traite vos données.',
    'Nous indiquons désormais où {n} prestataires de services traitent vos données.',
  ],
  'subprocessor.location_unstated': [
    'Nous n’indiquons plus où un prestataire de services traite vos données.',
    'Nous n’indiquons plus où {n} prestataires de services traitent vos données.',
  ],
  'subprocessor.location_changed': [
    'Un prestataire de services traite vos données dans d’autres pays.',
    '{n} prestataires de services traitent vos données dans d’autres pays.',
  ],
  'subprocessor.ccpa_recipient_changed': [
    'La qualification d’un prestataire au titre du CCPA a changé.',
    'La qualification de {n} prestataires au titre du CCPA a changé.',
  ],
  'subprocessor.mechanism_added': [
    'Les transferts vers un prestataire reposent en outre sur une autre garantie.',
    'Les transferts vers {n} prestataires reposent en outre sur une autre garantie.',
  ],
  'subprocessor.mechanism_changed': [
    'La garantie encadrant un transfert de vos données a changé.',
    'Les garanties encadrant {n} transferts de vos données ont changé.',
  ],
  'subprocessor.purpose_changed': [
    'Un prestataire de services utilise vos données pour une autre finalité.',
    '{n} prestataires de services utilisent vos données pour d’autres finalités.',
  ],
  'subprocessor.removed': ['Un prestataire de services ne reçoit plus vos données.', '{n} prestataires de services ne reçoivent plus vos données.'],
  'subprocessor.role_changed': [
    'Un prestataire de services décide désormais autrement de l’usage qu’il fait de vos données.',
    '{n} prestataires de services décident désormais autrement de l’usage qu’ils font de vos données.',
  ],
  'subprocessor.terms_changed': [
    'Un prestataire de services traite vos données selon d’autres conditions.',
    '{n} prestataires de services traitent vos données selon d’autres conditions.',
  ],
  'subprocessor.training_started': [
    'Un prestataire de services peut entraîner des modèles d’IA avec vos données.',
    '{n} prestataires de services peuvent entraîner des modèles d’IA avec vos données.',
  ],
  'subprocessor.training_stopped': [
    'Un prestataire de services n’entraîne plus de modèles d’IA avec vos données.',
    '{n} prestataires de services n’entraînent plus de modèles d’IA avec vos données.',
  ],
  'transfer.country_added': ['Vos données peuvent être traitées dans un nouveau pays.', 'Vos données peuvent être traitées dans {n} nouveaux pays.'],
  'transfer.country_removed': ['Vos données ne sont plus traitées dans un pays.', 'Vos données ne sont plus traitées dans {n} pays.'],
  'transfer.copies_changed': [
    'Nous avons modifié la possibilité de demander une copie de nos garanties encadrant les transferts.',
    'Nous avons modifié la possibilité de demander une copie de nos garanties encadrant les transferts.',
  ],
  'transfer.dpf_changed': [
    'Ce que nous disons de notre certification au titre du Data Privacy Framework a changé.',
    'Ce que nous disons de notre certification au titre du Data Privacy Framework a changé.',
  ],
  'transfer.mechanisms_changed': [
    'Les garanties encadrant les transferts internationaux ont changé.',
    'Les garanties encadrant les transferts internationaux ont changé.',
  ],
  'transfer.storage_changed': ['Nous stockons vos données ailleurs.', 'Nous stockons vos données ailleurs.'],
  'visibility.expanded': [
    'D’autres personnes peuvent voir davantage d’informations vous concernant.',
    'D’autres personnes peuvent voir davantage d’informations vous concernant.',
  ],
  'visibility.reduced': [
    'D’autres personnes peuvent voir moins d’informations vous concernant.',
    'D’autres personnes peuvent voir moins d’informations vous concernant.',
  ],
};
