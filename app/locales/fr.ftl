# Pot Commun — French, the reference language.
#
# One message per sentence; blanks are { $name }. See README, "Languages".

## admin

admin-add_tier = Ajouter ce tarif
admin-letterhead_help = Le nom et l’adresse figurent en tête des bons de commande remis aux producteurs.
admin-new_coordinator = Nouvelle personne à la coordination
admin-new_tier = Nouveau tarif
admin-settings = Réglages de l’association
admin-show_full_price = Montrer aussi le prix coûtant (producteur et frais) à côté du prix de chaque foyer
admin-staff = Coordination et administration
admin-tiers = Tarifs
admin-tiers_help = Chaque foyer choisit son tarif : la part du prix coûtant qu’il paie. Au-dessus de 100 %, c’est un tarif de soutien.
admin-title = Administration
admin-arabic_digits = Chiffres des pages en arabe
admin-digits_latn = Chiffres latins : 1, 2, 3 (courants au Maghreb)
admin-digits_arab = Chiffres arabes orientaux : ١، ٢، ٣

## app

app-description = Commandes groupées de produits bio et locaux, au prix juste pour chaque foyer.
app-name = Pot Commun

## basket

basket-bar =
    { $count ->
        [one] { $count } produit · { $total }
       *[other] { $count } produits · { $total }
    }
basket-changed = Votre panier a changé depuis votre commande : confirmez pour que la commande change.
basket-choose = Choisir des produits
basket-confirmed = Votre commande est confirmée. Vous pouvez encore la changer jusqu’à la fermeture.
basket-empty = Votre panier est vide. Cherchez vos produits dans le catalogue et ajoutez-les avec + et −.
basket-less = Retirer { $qty } : { $product }
basket-more = Ajouter { $qty } : { $product }
basket-more_products = Ajouter d’autres produits
basket-not_offered = Pas proposé dans la commande en cours.
basket-qty_label = { $product } : quantité en { $unit }
basket-repeat = Comme la dernière fois
basket-repeat_missing =
    { $count ->
        [one] { $count } produit de la dernière fois n’est pas proposé cette fois-ci.
       *[other] { $count } produits de la dernière fois ne sont pas proposés cette fois-ci.
    }
basket-repeat_replaces = Cela remplace ce qui est dans votre panier.
basket-repeated =
    { $count ->
        [one] Votre dernière commande est dans le panier ({ $count } produit). Vérifiez, puis confirmez.
       *[other] Votre dernière commande est dans le panier ({ $count } produits). Vérifiez, puis confirmez.
    }
basket-save_qty = Enregistrer la quantité
basket-see = Voir mon panier
basket-step_kept = Pas de réseau : le changement est gardé sur ce téléphone et partira avec votre confirmation.
basket-step_offline = Pas de réseau : ce changement n’est pas enregistré. Réessayez quand le réseau revient.
basket-title = Mon panier — { $cycle }
basket-owed = Il reste { $amount } à payer de la dernière fois : ce sera demandé à la distribution, avec cette commande.
basket-credit = Vous avez { $amount } d’avance : elle servira à payer cette commande.

## catalogue

catalogue-all_categories = Tous rayons
catalogue-all_labels = Tous labels
catalogue-by = par { $amount }
catalogue-category = Rayon
catalogue-decided_by = Choisi par une commission d’adhérent·es : lire la décision
catalogue-label = Label
catalogue-min = minimum { $amount }
catalogue-next = Page suivante
catalogue-page = Page { $page } / { $pages }
catalogue-pages = Pages du catalogue
catalogue-previous = Page précédente
catalogue-producer_price = Prix coûtant : { $price }
catalogue-products_found =
    { $count ->
        [one] { $count } produit
       *[other] { $count } produits
    }
catalogue-search = Chercher un produit
catalogue-search_placeholder = Chercher : lentilles, miel…
catalogue-search_submit = Chercher
catalogue-title = Catalogue
catalogue-welcome = Bienvenue ! Votre mot de passe est enregistré.
catalogue-place_distance = { $place } ({ $km } km)
catalogue-why_price = Pourquoi ce prix ?
catalogue-welcome_join = Adhérer à l’association : lire la charte et l’accepter

## common

common-loading = Chargement…
common-save = Enregistrer
common-saved = C’est enregistré.
common-search = Chercher

## coord

coord-active = compte actif
coord-add_member = Ajouter une personne au foyer
coord-all_cycles = Tous les cycles
coord-categories = Rayons
coord-create_and_invite = Créer et obtenir le lien d’invitation
coord-cycles = Cycles
coord-edit_category = Modifier le rayon
coord-edit_pickup_point = Modifier le lieu de retrait
coord-edit_producer = Modifier le producteur
coord-edit_product = Modifier le produit
coord-email_or_phone_hint = Un téléphone ou un e-mail : la personne s’en servira pour se connecter.
coord-home = À faire
coord-home_title = Coordination : à faire maintenant
coord-households = Foyers
coord-inactive = retiré du catalogue
coord-members =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
coord-members_title = Personnes du foyer
coord-new_category = Nouveau rayon
coord-new_household = Nouveau foyer
coord-new_link = Nouveau lien
coord-new_pickup_point = Nouveau lieu de retrait
coord-new_producer = Nouveau producteur
coord-new_product = Nouveau produit
coord-pending = invitation en attente
coord-pickup_points = Lieux de retrait
coord-producers = Producteurs
coord-products = Produits
coord-search_households = Chercher un foyer
coord-tasks = Tâches
coord-tier_later = Le foyer choisira lui-même
coord-tier_private = Le tarif reste privé : seuls le foyer et la coordination le voient.
coord-todo_distribute =
    { $n ->
        [one] « { $cycle } » : { $n } commande pas encore remise.
       *[other] « { $cycle } » : { $n } commandes pas encore remises.
    }
coord-todo_nothing = Rien d’urgent pour l’instant. Les cycles, les foyers et le catalogue sont dans le menu ci-dessus.
coord-todo_open =
    { $n ->
        [one] « { $cycle } » prend les commandes jusqu’à { $when } : { $n } commande pour l’instant.
       *[other] « { $cycle } » prend les commandes jusqu’à { $when } : { $n } commandes pour l’instant.
    }
coord-todo_owed =
    { $n ->
        [one] « { $cycle } » : { $n } foyer n’a pas tout payé.
       *[other] « { $cycle } » : { $n } foyers n’ont pas tout payé.
    }
coord-todo_prepare = « { $cycle } » s’ouvre { $when } et n’a pas encore de lieu ni d’horaire de retrait : à préparer.
coord-todo_receive =
    { $n ->
        [one] « { $cycle } » : { $n } produit commandé dont la livraison n’est pas encore enregistrée.
       *[other] « { $cycle } » : { $n } produits commandés dont la livraison n’est pas encore enregistrée.
    }
coord-todo_shifts =
    { $n ->
        [one] « { $cycle } » : { $n } créneau de bénévolat manque encore de monde.
       *[other] « { $cycle } » : { $n } créneaux de bénévolat manquent encore de monde.
    }
coord-tier_option = { $tier } ({ $share } %)

## cycle

cycle-all_products = Tous les produits en vente sont proposés, avec leur maximum par cycle.
cycle-back = Retour au cycle
cycle-cancel = Annuler ce cycle
cycle-cap = Maximum pour le cycle ({ $unit })
cycle-close_now = Clore les commandes maintenant
cycle-closes = Fermeture des commandes : { $when }
cycle-confirm_archived = Le cycle passe aux archives : il ne pourra plus être modifié.
cycle-confirm_cancel =
    { $orders ->
        [one] { $orders } foyer a commandé : toutes les commandes du cycle sont annulées et chaque foyer reçoit un message. On ne peut pas revenir en arrière.
       *[other] { $orders } foyers ont commandé : toutes les commandes du cycle sont annulées et chaque foyer reçoit un message. On ne peut pas revenir en arrière.
    }
cycle-confirm_close =
    { $orders ->
        [one] { $orders } foyer a commandé. Les commandes s’arrêtent tout de suite au lieu de { $closes } : plus personne ne pourra commander ni changer sa commande. Les bons de commande seront prêts aussitôt. On ne peut pas rouvrir.
       *[other] { $orders } foyers ont commandé. Les commandes s’arrêtent tout de suite au lieu de { $closes } : plus personne ne pourra commander ni changer sa commande. Les bons de commande seront prêts aussitôt. On ne peut pas rouvrir.
    }
cycle-confirm_distributed =
    { $waiting ->
        [one] { $waiting } commande n’est pas notée comme remise. Ensuite, la feuille de distribution et la réception ne pourront plus être modifiées.
       *[other] { $waiting } commandes ne sont pas notées comme remises. Ensuite, la feuille de distribution et la réception ne pourront plus être modifiées.
    }
cycle-create = Créer le cycle
cycle-documents_when = Les bons de commande et les listes de préparation seront prêts ici dès la fermeture des commandes, { $closes }.
cycle-edit = Changer le nom ou les dates
cycle-mark_archived = Archiver le cycle
cycle-mark_distributed = Marquer comme distribué
cycle-moves = Étapes du cycle
cycle-name_example = Commande de décembre
cycle-new = Nouveau cycle de commande
cycle-offer = Produits proposés et maximums du cycle
cycle-offer_all_producers = Tous les producteurs
cycle-offer_count =
    { $n ->
        [one] { $n } produit coché
       *[other] { $n } produits cochés
    }
cycle-offer_every = Cocher ceux affichés
cycle-offer_none = Décocher ceux affichés
cycle-offer_producer = Producteur
cycle-offer_search = Chercher un produit
cycle-opens = Ouverture des commandes : { $when }
cycle-opens_by_itself = Il s’ouvrira de lui-même { $opens } ; les foyers seront prévenus.
cycle-ordered = déjà commandé : { $amount }
cycle-orders =
    { $count ->
        [one] { $count } commande
       *[other] { $count } commandes
    }
cycle-overlap_ok = Je sais que ces dates chevauchent un autre cycle : créer quand même
cycle-pickups = Lieux et horaires de retrait
cycle-products =
    { $count ->
        [one] { $count } produit proposé
       *[other] { $count } produits proposés
    }
cycle-remove_pickup = Retirer cet horaire
cycle-set_pickup = Ajouter cet horaire de retrait
cycle-state_archived = archivé
cycle-state_cancelled = annulé
cycle-state_closed = commandes fermées
cycle-state_distributed = distribué
cycle-state_open = commandes ouvertes
cycle-state_planned = prévu
cycle-window_or = { $first }, ou { $next }
cycle-yes_archived = Oui, archiver
cycle-yes_cancel = Oui, annuler le cycle et prévenir les foyers
cycle-yes_close = Oui, clore les commandes maintenant
cycle-yes_distributed = Oui, marquer comme distribué
cycle-span = { $opens } → { $closes }

## distribution

distribution-bag =
    { $n ->
        [one] Contenu du sac ({ $n } produit)
       *[other] Contenu du sac ({ $n } produits)
    }
distribution-correct = Corriger ce paiement
distribution-correct_submit = Enregistrer la correction
distribution-corrected = Corrigé par { $by }, { $when } : { $before } ({ $before_method }) devient { $paid } ({ $method }). Raison : { $reason }
distribution-done_sentence = Remis — payé { $paid } ({ $method })
distribution-due = { $household } — à payer : { $amount }
distribution-record = Remis et payé
distribution-search = Chercher un foyer par son nom
distribution-still_owed = Reste à payer : { $amount }
distribution-till = Caisse : { $lines }
distribution-till_line = { $method } { $amount }
distribution-title = Feuille de distribution
distribution-heading = Feuille de distribution — { $cycle }
distribution-settled = { $household } — déjà réglé
distribution-with_owed = Commande { $order } + { $amount } restant à payer de la dernière fois
distribution-with_credit = Commande { $order } − { $amount } de crédit
distribution-done_nothing_paid = Remis — rien payé aujourd’hui
distribution-till_counted = Caisse comptée : { $counted } en espèces pour { $expected } attendus (écart { $gap }), par { $by }, { $when }
distribution-count_till = Compter la caisse
distribution-count_once = Comptez les espèces à la fin, une seule fois : le chiffre est gardé avec votre nom.
distribution-count_submit = Enregistrer le comptage
distribution-done_partial = Remis — payé { $paid } sur { $due } ({ $method })

## error

error-already_candidate = Vous êtes déjà candidat·e à cette élection.
error-already_ordered = des foyers l’ont déjà commandé : il reste dans le cycle, avec un maximum au moins égal à ce qui est commandé
error-already_voted = Vous avez déjà voté à cette élection : un bulletin par personne.
error-back_home = Revenir à Pot Commun
error-bad_credentials = Identifiant ou mot de passe incorrect.
error-bad_form = Le formulaire est incomplet ou a expiré. Rechargez la page et recommencez.
error-ballot_empty = Cochez au moins une personne.
error-ballot_invalid = Ce bulletin n’est pas valable : cochez des personnes de la liste, une seule fois chacune.
error-ballot_too_many = Vous avez coché plus de personnes qu’il n’y a de sièges.
error-basket_kept = Le reste de votre panier est gardé.
error-busy = Le serveur est très occupé : rien n’a été changé. Réessayez dans une minute.
error-busy_title = Un moment, s’il vous plaît
error-cap_below_min = ce maximum est plus petit que la quantité minimum : personne ne pourrait commander
error-cap_off_step = ce maximum ne tombe pas juste avec le pas du produit : choisissez un multiple du pas
error-children_not_welcome = Cet atelier n’accueille pas d’enfants.
error-children_range = Vous pouvez venir avec 0, 1 ou 2 enfants.
error-choose_tier_first = Avant de commander, choisissez votre tarif dans « Mon profil ». C’est vous qui choisissez, et seule la coordination le voit.
error-closes_before_opens = la fermeture doit venir après l’ouverture
error-closes_in_past = la fermeture est déjà passée
error-confirm_first = Rien n’a été fait : cette action ne peut pas être annulée, confirmez-la d’abord avec le bouton « Oui, … ».
error-contact_taken = Ce téléphone ou cet e-mail est déjà utilisé par un autre compte.
error-cross_site = Cette demande ne vient pas d’une page de Pot Commun : rien n’a été changé. Ouvrez Pot Commun directement et recommencez.
error-cross_site_title = Demande refusée
error-cycle_already_opened = Ce cycle a déjà ouvert : son nom et ses dates ne peuvent plus changer.
error-cycle_not_at_distribution = Cette commande ne peut plus être pointée : le cycle n’est pas à l’étape de la distribution.
error-cycle_not_closed = Ces documents sont prêts quand les commandes sont fermées.
error-cycle_not_editable = Ce cycle ne peut plus être modifié.
error-cycle_not_open = Les commandes de ce cycle sont fermées.
error-cycle_overlaps = ses commandes sont ouvertes ou prévues aux mêmes dates. Deux cycles en même temps partagent les paniers et le stock des producteurs. Changez les dates, ou cochez « Je sais : créer quand même ».
error-cycle_state_changed = Ce cycle a changé d’état entre-temps. Rechargez la page.
error-cycle_too_long = un cycle dure 90 jours au plus
error-datetime_invalid = date ou heure non valable
error-election_dates = Le vote doit commencer plus tard qu’aujourd’hui et finir après son début (au plus dans 120 jours).
error-email_invalid = cette adresse e-mail n’est pas valide
error-email_or_phone = indiquez au moins un téléphone ou un e-mail
error-end_before_start = La fin doit venir après le début.
error-forbidden = Cette page est réservée à la coordination.
error-hours_range = écrivez un nombre entier d’heures, de 0 à 336 (deux semaines)
error-household_tier_missing = Ce foyer n’a pas encore choisi son tarif : demandez-lui lequel, puis indiquez-le sur la page du foyer avant de prendre sa commande.
error-idea_elsewhere = cette idée n’a pas été envoyée à cette commission : une proposition ne reprend qu’une idée de sa propre commission
error-internal = Un problème est survenu de notre côté. Réessayez dans un moment.
error-internal_title = Un problème est survenu
error-invalid_chars = ce texte contient des caractères non permis
error-invitation_used = Ce lien d’invitation a déjà servi ou a expiré. Demandez-en un nouveau à la coordination.
error-min_multiple_of_step = le minimum doit être un multiple du pas (par exemple pas 0,5 et minimum 1)
error-minutes_range = écrivez un nombre entier de minutes, de 0 à 10 080 (une semaine)
error-name_taken = Ce nom existe déjà.
error-needed_below_taken = Plus de personnes sont déjà inscrites : retirez-en d’abord.
error-needed_range = Indiquez un nombre de personnes entre 1 et 50.
error-no_household = Ce compte n’est rattaché à aucun foyer.
error-no_last_order = Vous n’avez pas encore de commande passée à reprendre.
error-not_found = Cette page n’existe pas ou plus.
error-not_in_candidacy = Les candidatures ne sont pas ouvertes pour cette élection.
error-not_seated = Vous n’avez pas de siège dans cette commission.
error-not_voting_time = Le vote n’est pas ouvert en ce moment.
error-nothing_to_copy = Rien à copier : ce cycle a déjà des créneaux, ou aucun autre cycle n’en a.
error-number_invalid = entrez un nombre entier
error-offline = Pas de connexion internet : rien n’a été envoyé. Ce que vous avez saisi reste sur ce téléphone ; réessayez quand le réseau revient.
error-password_mismatch = les deux mots de passe sont différents
error-password_short = au moins 8 caractères
error-phone_invalid = ce numéro de téléphone n’est pas valide
error-photo_url = l’adresse de la photo doit commencer par https:// ou /
error-pickup_already_recorded = Cette remise est déjà enregistrée : rien n’a été changé. Pour corriger le montant ou le moyen de paiement, demandez à la coordination.
error-pickup_before_close = le retrait doit avoir lieu après la fermeture des commandes
error-pickup_chosen = Des foyers ont déjà choisi ce lieu et c’est son seul horaire : ajoutez d’abord un autre horaire, puis retirez celui-ci.
error-pickup_not_correctable = Cette remise ne peut pas être corrigée : elle n’est pas encore enregistrée, le cycle n’est plus à la distribution, ou quelqu’un l’a corrigée entre-temps. Rechargez la page.
error-pickup_required = choisissez où retirer votre commande
error-places_range = Indiquez un nombre de places entre 1 et 200.
error-price_invalid = écrivez un prix comme 2,35
error-price_negative = le prix ne peut pas être négatif
error-price_required = le prix est obligatoire
error-price_too_high = ce prix est trop élevé (10 000 € au plus)
error-product_not_in_cycle = Un produit de votre panier n’est pas proposé dans ce cycle. Rechargez la page.
error-product_not_ordered = Personne n’a commandé ce produit dans ce cycle.
error-proposal_altered = Cette proposition a été modifiée après son ouverture : on ne peut plus voter dessus. La coordination est prévenue par le journal.
error-proposal_dates = Laissez au moins une heure pour voter, et au plus 60 jours.
error-push_device_taken = Ce téléphone reçoit les notifications d’un autre compte : cette personne doit d’abord le retirer de sa liste.
error-push_subscription = Ce téléphone a envoyé un abonnement illisible. Réessayez, ou utilisez un autre navigateur.
error-qty_at_least = il faut en prendre au moins { $qty }
error-qty_at_most = c’est au plus { $qty } par foyer
error-qty_below_min = la quantité est sous le minimum
error-qty_invalid = écrivez une quantité comme 0,5 ou 2
error-qty_multiple_of = la quantité doit être un multiple de { $qty }
error-qty_negative = la quantité ne peut pas être négative
error-qty_off_step = la quantité ne suit pas le pas du produit
error-qty_over_household_cap = c’est plus que le maximum par foyer
error-qty_required = la quantité est obligatoire
error-qty_too_big = cette quantité est trop grande
error-rate_limited = Trop d’essais d’affilée : attendez quelques minutes avant de réessayer. Mot de passe oublié ? Demandez un nouveau lien à la coordination.
error-reason_required = Dites en quelques mots pourquoi l’atelier est refusé.
error-required = ce champ est obligatoire
error-secret_vote_elsewhere = Vous avez déjà voté à bulletin secret, et cet appareil n’a pas le reçu de ce vote : il ne peut pas être changé d’ici. Seul l’appareil avec lequel vous avez voté peut le changer, jusqu’à la fin du vote.
error-several = Rien n’a été enregistré. À corriger :
error-share_range = entre 1 et 300 %
error-shift_already_in = Vous êtes déjà inscrit·e à ce créneau.
error-shift_full = Ce créneau est complet. Choisissez-en un autre : il en reste sûrement un qui vous va.
error-shift_in_past = Ce créneau serait déjà passé.
error-shift_not_signed_up = Cette personne n’est pas inscrite à ce créneau.
error-shift_not_started = On note la présence une fois le créneau commencé.
error-shift_overlap = Vous avez déjà un créneau à ce moment-là.
error-shift_started = Ce créneau a déjà commencé.
error-shift_too_late_to_withdraw = Le créneau commence bientôt : pour vous retirer, appelez la coordination.
error-shift_too_long = Un créneau dure au plus 12 heures.
error-sold_out = { $product } : il n’en reste que { $left }.
error-stale_form = Ce produit, son producteur ou son rayon a changé entre-temps. Rechargez la page.
error-step_positive = doit être plus grand que zéro
error-step_whole_unit = ce produit se vend à l’unité : pas de fraction
error-table_not_yet = La feuille de distribution s’ouvre pour vous { $when }, deux heures avant votre créneau à la table. Revenez à ce moment-là.
error-tier_name_taken = Un tarif porte déjà ce nom.
error-too_long = ce texte est trop long
error-too_many_devices = Ce compte reçoit déjà les notifications sur 10 appareils : retirez-en un de la liste avant d’ajouter celui-ci.
error-too_many_lines = Votre panier contient trop de produits différents.
error-unauthenticated = Connectez-vous pour continuer.
error-unknown_choice = ce choix n’existe pas
error-unknown_unit = cette unité n’existe pas
error-vote_closed = Le vote sur cette proposition est fermé.
error-window_ends_before_start = la fin doit venir après le début
error-workshop_already_in = Vous êtes déjà inscrit·e à cet atelier.
error-workshop_full = L’atelier est complet. Vous pouvez vous inscrire sur la liste d’attente.
error-workshop_in_past = L’atelier doit avoir lieu plus tard.
error-workshop_not_open = Cet atelier n’est pas ouvert aux inscriptions (pas encore validé, annulé ou déjà commencé).
error-workshop_not_proposed = Cet atelier a déjà été validé ou refusé.
error-workshop_not_signed_up = Vous n’êtes pas inscrit·e à cet atelier.
error-workshop_not_started = On note la présence une fois l’atelier commencé, pour les personnes inscrites.
error-workshop_too_long = Un atelier dure au plus 12 heures.
error-wrong_password = ce n’est pas votre mot de passe actuel
error-field_problem = { $field } : { $problem }
error-line_problem = { $product } : { $problem }
error-till_counted = Cette caisse a déjà été comptée.
error-percent_required = Indiquez un pourcentage.
error-percent_invalid = Ce pourcentage n’est pas lisible : écrivez par exemple 7,5.
error-percent_range = Le pourcentage doit être plus grand que 0 et au plus 100.
error-cost_zero = Un coût de 0 € ne change rien : indiquez un montant.
error-amount_zero = Indiquez un montant plus grand que 0.
error-amount_too_high = Ce montant est trop grand (10 000 € au plus).
error-reversal_of_reversal = Une annulation ne s’annule pas : enregistrez l’opération à nouveau.
error-already_reversed = Cette opération est déjà annulée.
error-account_code = Un numéro de compte : des chiffres et des lettres, sans espace, 20 au plus.
error-renewal_date = Écrivez la date comme 09-01 (mois-jour).
error-fee_is_set = La cotisation est fixée par l’association.
error-fee_below_minimum = La cotisation ne peut pas être plus basse que le minimum.
error-date_invalid = Cette date n’est pas lisible.
error-period_invalid = La période doit aller d’un jour à un jour plus tard, sur trois ans au plus.
error-membership_lapsed = L’adhésion de votre foyer est terminée : renouvelez-la depuis « Mon compte » pour commander.
error-membership_current = Ce foyer est déjà adhérent pour cette période.
error-charter_changed = La charte vient de changer : relisez-la avant de l’accepter.
error-charter_not_accepted = Cochez la case pour accepter la charte.
error-invoice_paid = Cette facture est déjà payée : elle ne change plus.
error-invoice_not_payable = Enregistrez d’abord la facture (ou elle est déjà payée).
error-account_owes = Votre foyer doit encore de l’argent : l’association demande de le régler avant une nouvelle commande. Voyez « Mon compte ».

## field

field-access_notes = Comment y accéder (étage, porte, accessibilité)
field-active = En vente dans le catalogue
field-address = Adresse
field-association_address = Adresse de l’association
field-association_name = Nom de l’association
field-attended = Présence
field-bring = À apporter (facultatif)
field-cancel_message = Message aux inscrit·es
field-cap_cycle = Maximum par cycle (vide : sans limite)
field-cap_household = Maximum par foyer (vide : sans limite)
field-category = Rayon
field-children = Enfants qui viennent avec vous
field-choice = Choix
field-closes = Fermeture des commandes
field-cohosts = Co-animateur·rices (facultatif)
field-comment = Votre commentaire
field-contact = Contact (visible par la coordination seulement)
field-correction_reason = Pourquoi cette correction ?
field-current_password = Mot de passe actuel
field-cycle_name = Nom du cycle
field-decision = Décision
field-description = Description
field-display_name = Prénom et nom
field-distance_km = Distance (km)
field-email = E-mail
field-email_or_phone = Téléphone ou e-mail
field-household_name = Nom du foyer
field-idea = Votre idée pour la commission, en quelques mots
field-kind = Type de proposition
field-labels = Labels
field-languages = Langues parlées (facultatif)
field-majority = Majorité
field-min = Minimum par commande
field-name = Nom
field-needed = Personnes nécessaires
field-notes = Précisions (facultatif)
field-opens = Ouverture des commandes
field-order_grace_minutes = Minutes après la fermeture pendant lesquelles la coordination peut encore saisir une commande
field-paid = Montant payé (€)
field-password = Nouveau mot de passe (8 caractères au moins)
field-password_confirm = Le même mot de passe, encore une fois
field-payment_method = Moyen de paiement
field-person = Personne
field-phone = Téléphone
field-photo_url = Photo (adresse, facultatif)
field-pickup = Lieu de retrait
field-pickup_day = Jour du retrait
field-pickup_end = Fin
field-pickup_start = Début
field-place = Lieu
field-places = Nombre de places
field-position = Ordre d’affichage
field-price = Prix du producteur par unité (€)
field-price_note = Prix (vide = gratuit, ou « prix libre conseillé 3 € »)
field-producer = Producteur
field-product = Produit
field-push_choice = Notification
field-push_endpoint = Abonnement du téléphone
field-push_key = Clé du téléphone
field-quorum = Quorum (% des sièges qui doivent voter)
field-reason = Raison (obligatoire pour un refus)
field-reasons = Pourquoi, en mots simples
field-received = Quantité arrivée
field-scope = Ce que la commission décide
field-seats = Nombre de sièges
field-share = Part du prix payée (%)
field-shift = Créneau
field-shift_cutoff_hours = Bénévolat : heures avant le début où l’on ne peut plus se retirer en ligne
field-shift_day = Jour
field-shift_end = Fin
field-shift_place = Lieu
field-shift_start = Début
field-statement = Quelques mots pour vous présenter
field-status = Présence
field-step = Se commande par (ex. 0,5)
field-story = Son histoire en quelques mots
field-task = Tâche
field-term_days = Durée du mandat (jours)
field-tier = Tarif
field-tier_name = Nom du tarif
field-title = Titre
field-unit = Unité
field-vote_closes = Fin du vote
field-voting_from = Début du vote
field-workshop_day = Date
field-workshop_end = Fin
field-workshop_place = Lieu
field-workshop_start = Début
field-workshop_what = Ce qui se passe pendant l’atelier
field-counted = Espèces comptées (€)
field-cost_kind = Comment le compter
field-cost_scope = Pour quels produits
field-cost_amount = Montant (€) ou pourcentage
field-cycle = Cycle
field-period = Période
field-accept_charter = J’ai lu la charte et je l’accepte
field-fee = Cotisation (€)
field-renewal = Date de renouvellement (mois-jour)
field-charter = Texte de la charte
field-invoiced = Montant facturé (€)
field-reference = Référence
field-note = Raison
field-amount = Montant (€)
field-entry_kind = Opération
field-key = Formulaire
field-account_members = Comptes des adhérents
field-account_sales = Ventes de marchandises
field-account_memberships = Cotisations
field-account_cash = Caisse
field-account_bank = Banque
field-account_producers = Fournisseurs (producteurs)
field-account_purchases = Achats de marchandises
field-adults = Adultes dans le foyer
field-cap = Plafond par foyer sur la période (€)
field-day = Jour
field-from = Du
field-to = Au
field-funder = Financeur
field-funder_name = Nom du financeur
field-funding_mode = Comment partager le coût solidaire entre les subventions
field-grant = Subvention
field-grant_categories = Seulement ces catégories (aucune cochée : toutes)
field-grant_name = Nom de la subvention (par exemple « Convention 2026 »)
field-local_km = « Local » : producteurs à moins de (km)
field-max_share = Seulement les tarifs jusqu’à (%)
field-min_category = Au moins une part dans la catégorie
field-min_percent = Part minimale dans cette catégorie (%)
field-priority = Ordre de priorité
field-produce = Catégories comptées comme fruits et légumes
field-role = Rôle
field-source = D’où vient l’argent
field-household_children = Enfants dans le foyer

## gov

gov-abstain = Abstention
gov-against = Contre
gov-altered = Attention : le texte de cette proposition ne correspond plus à celui enregistré à son ouverture dans le journal. Le vote est suspendu.
gov-applied_to = Décision appliquée au catalogue du cycle « { $cycle } ».
gov-approvals =
    { $count ->
        [one] { $count } voix
       *[other] { $count } voix
    }
gov-back = ← Toutes les commissions
gov-ballot_counted = Votre bulletin est compté. Le vote est secret : personne ne sait pour qui vous avez voté.
gov-cast_ballot = Déposer mon bulletin
gov-closes = fin du vote : { $when }
gov-comments = Commentaires
gov-create_commission = Créer la commission
gov-draw_seed = Tirage au sort enregistré (graine) : { $seed }
gov-elected = Élu·e
gov-election_of = Élection de la commission « { $commission } »
gov-elections = Élections
gov-export = Télécharger le journal (JSON) pour tout vérifier
gov-for = Pour
gov-for_add_product = Pour ajouter un produit
gov-for_producer_kinds = Pour ajouter un produit ou changer de producteur
gov-for_product_kinds = Pour retirer un produit ou changer son producteur
gov-idea_became = devenue une proposition
gov-idea_public = Votre idée sera affichée ici avec votre nom, visible par tous les membres.
gov-idea_to_proposal = En faire une proposition
gov-ideas = Idées envoyées
gov-intro = Les commissions décident avec l’équipe de ce que le groupement propose. Tout le monde peut lire les propositions, les raisons et les résultats, et envoyer une idée.
gov-kind_add_product = Ajouter un produit
gov-kind_change_producer = Changer le producteur d’un produit
gov-kind_free = Autre sujet
gov-kind_withdraw_product = Retirer un produit
gov-majority_simple = plus de « pour » que de « contre »
gov-majority_two_thirds = deux tiers de « pour »
gov-may_change = Vous pouvez changer d’avis jusqu’à la fin du vote.
gov-members = Qui siège
gov-new_commission = Nouvelle commission
gov-new_election = Lancer une élection
gov-no_ideas = Aucune idée pour l’instant : soyez la première personne à en proposer une.
gov-no_members = Personne ne siège encore : une élection remplira les sièges.
gov-no_proposals = Aucune proposition pour l’instant.
gov-none = Aucune commission pour l’instant.
gov-open_proposal = Ouvrir une proposition
gov-opened_by = Proposée par { $author }
gov-phase_candidacy = candidatures ouvertes
gov-phase_closed = terminée
gov-phase_voting = vote ouvert
gov-proposals = Propositions
gov-rules = Règles : { $rules }
gov-scope_catalogue = le catalogue
gov-scope_life = la vie du groupe
gov-scope_workshops = les ateliers
gov-seats =
    { $count ->
        [one] { $count } siège
       *[other] { $count } sièges
    }
gov-secret = Vote secret (par défaut, chacun voit qui a voté quoi dans la commission)
gov-secret_receipt_here = Vote secret : votre choix n’est enregistré nulle part avec votre nom. Seul cet appareil garde de quoi le retrouver et le changer.
gov-secret_vote = vote secret
gov-secret_voted_elsewhere = Vous avez voté. Le vote est secret : votre choix n’est enregistré nulle part avec votre nom, et seul l’appareil avec lequel vous avez voté garde de quoi le retrouver. Il ne peut donc être ni affiché ni changé d’ici.
gov-send_comment = Envoyer
gov-send_idea = Envoyer mon idée
gov-stand = Se présenter
gov-stand_button = Je me présente
gov-start_election = Lancer l’élection (candidatures dès maintenant)
gov-state_approved = adoptée
gov-state_no_quorum = pas de quorum
gov-state_open = vote en cours
gov-state_rejected = rejetée
gov-step_down = Quitter mon siège
gov-title = Commissions des adhérent·es
gov-voting_from = vote à partir de { $when }
gov-whole_log = Journal complet des décisions (JSON)
gov-you_voted = Vous avez voté : { $choice }.
gov-your_vote = Votre vote
gov-ballot_rule =
    { $seats ->
        [one] Cochez une personne au plus. Le vote est secret.
       *[other] Cochez jusqu’à { $seats } personnes. Le vote est secret.
    }
gov-vote_rules = quorum { $quorum } % · { $majority }
gov-change_add_product = { $product } — { $price } / { $unit } · { $producer }
gov-change_producer = { $product } → { $producer } ({ $price })
gov-member_until = { $name } — jusqu’au { $until }
gov-idea_by = « { $idea } » — { $author }
gov-opened_by_idea = Proposée par { $author }, d’après une idée de { $idea_by }
gov-turnout =
    { $voted ->
        [one] { $voted } sur { $eligible } a voté
       *[other] { $voted } sur { $eligible } ont voté
    }
gov-tally = Pour { $for } · Contre { $against } · Abstention { $abstain }
gov-vote_line = { $name } : { $choice }

## invitation

invitation-card_help = Envoyez ce lien à la personne, ou faites-lui scanner le code avec son téléphone. Elle choisira son mot de passe.
invitation-card_title = Lien d’invitation pour { $name }
invitation-choose_password = Choisissez votre mot de passe. Vous vous connecterez ensuite avec votre téléphone ou votre e-mail.
invitation-expired = Ce lien a déjà servi ou n’est plus valable. Demandez un nouveau lien à la coordination.
invitation-expired_title = Lien plus valable
invitation-hello = Bonjour { $name }
invitation-link = Lien
invitation-print = Imprimer l’invitation seule
invitation-print_hint = Pour imprimer l’invitation seule : menu du navigateur, puis « Imprimer » (Ctrl+P).
invitation-qr = Code QR du lien d’invitation
invitation-send_sms = Envoyer le lien par SMS
invitation-sms_body = Bonjour { $name }, voici votre lien pour rejoindre Pot Commun et choisir votre mot de passe : { $url }
invitation-submit = Enregistrer mon mot de passe
invitation-valid_days =
    { $days ->
        [one] Valable { $days } jour, une seule fois.
       *[other] Valable { $days } jours, une seule fois.
    }

## label

label-bio = Bio
label-equitable = Équitable
label-local = Local
label-vrac = Vrac

## login

login-identifier = Téléphone ou e-mail
login-no_password = Pas encore de mot de passe ? Demandez votre lien d’invitation à la coordination de votre groupe.
login-password = Mot de passe
login-submit = Se connecter
login-title = Connexion

## nav

nav-admin = Administration
nav-catalogue = Catalogue
nav-commissions = Commissions
nav-coordination = Coordination
nav-label = Menu principal
nav-login = Se connecter
nav-logout = Se déconnecter
nav-messages = Messages
nav-more = Plus
nav-order = Panier
nav-profile = Mon profil
nav-shifts = Bénévolat
nav-skip = Aller au contenu
nav-staff = Coordination et administration
nav-unread =
    { $count ->
        [one] { $count } message non lu
       *[other] { $count } messages non lus
    }
nav-workshops = Ateliers

## notfound

notfound-back = Retour au catalogue
notfound-title = Page introuvable

## notif

notif-cycle_cancelled = La commande « { $cycle } » est annulée. Vous n’avez rien à payer ni à retirer.
notif-cycle_closing = Dernier jour pour commander : « { $cycle } » ferme { $closes }.
notif-cycle_opened = Les commandes sont ouvertes : « { $cycle } », jusqu’au { $closes }.
notif-election_candidacy =
    { $seats ->
        [one] Élection à la commission « { $commission } » : { $seats } place. Vous pouvez vous présenter jusqu’au { $voting }, puis voter jusqu’au { $closes }.
       *[other] Élection à la commission « { $commission } » : { $seats } places. Vous pouvez vous présenter jusqu’au { $voting }, puis voter jusqu’au { $closes }.
    }
notif-election_voting = Élection à la commission « { $commission } » : le vote est ouvert jusqu’au { $closes }. Choisissez vos candidat·es.
notif-new = Nouveau
notif-new_login_link = La coordination a créé un nouveau lien de connexion pour votre compte. Qui l’ouvre choisit le mot de passe, et vos autres connexions se ferment. Si vous ne l’avez pas demandé, prévenez la coordination.
notif-none = Aucun message pour l’instant. Ici s’affichent les nouvelles qui vous concernent : commande changée, créneau, atelier.
notif-order_changed_late = Commande de { $household } changée après la clôture de « { $cycle } » par { $by } : les bons de commande et les listes de préparation ont changé.
notif-order_ready = Votre commande « { $cycle } » vous attend { $when }, à { $place } ({ $address }).
notif-order_shrunk = Le producteur a livré moins que prévu : vous recevrez { $qty } de { $product } au lieu de { $ordered } (commande « { $cycle } »). Nouveau total : { $total }.
notif-product_missing = Le producteur n’a pas pu livrer { $product } : ce produit est retiré de votre commande « { $cycle } ». Nouveau total : { $total }.
notif-shift_changed = Votre créneau « { $shift } » ({ $when }) est supprimé. Merci quand même !
notif-shift_needs_hands =
    { $missing ->
        [one] Un coup de main ? Il manque { $missing } personne pour « { $shift } » ({ $when }).
       *[other] Un coup de main ? Il manque { $missing } personnes pour « { $shift } » ({ $when }).
    }
notif-shift_short =
    { $missing ->
        [one] Il manque encore { $missing } personne pour le créneau « { $shift } » ({ $when }).
       *[other] Il manque encore { $missing } personnes pour le créneau « { $shift } » ({ $when }).
    }
notif-shift_tomorrow = Rappel : vous êtes bénévole demain, { $shift }, { $when }, { $place }.
notif-title = Mes messages
notif-vote_approved =
    { $abstain ->
        [one] Vote clos : « { $title } » est adoptée ({ $for } pour, { $against } contre, { $abstain } abstention).
       *[other] Vote clos : « { $title } » est adoptée ({ $for } pour, { $against } contre, { $abstain } abstentions).
    }
notif-vote_closing = Le vote sur « { $title } » ferme { $closes } et vous n’avez pas encore voté.
notif-vote_no_quorum = Vote clos : « { $title } » n’a pas eu assez de votant·es (quorum non atteint), rien ne change.
notif-vote_opened = Vote ouvert dans la commission « { $commission } » : « { $title } ». Vous pouvez voter jusqu’au { $closes }.
notif-vote_rejected =
    { $abstain ->
        [one] Vote clos : « { $title } » est rejetée ({ $for } pour, { $against } contre, { $abstain } abstention).
       *[other] Vote clos : « { $title } » est rejetée ({ $for } pour, { $against } contre, { $abstain } abstentions).
    }
notif-workshop_approved = Votre atelier « { $workshop } » ({ $when }) est publié : les adhérent·es peuvent s’inscrire.
notif-workshop_cancelled = L’atelier « { $workshop } » ({ $when }) est annulé : { $message }
notif-workshop_declined = Votre atelier « { $workshop } » ({ $when }) n’a pas été retenu : { $reason }
notif-workshop_place = Une place s’est libérée : vous êtes inscrit·e à l’atelier « { $workshop } » ({ $when }).
notif-workshop_voted_down = La commission n’a pas retenu votre atelier « { $workshop } » ({ $when }) : { $for } pour, { $against } contre.
notif-membership_renewal = Votre adhésion se termine le { $date }. Vous pouvez la renouveler depuis votre compte.
notif-grant_nearly_used = La subvention { $grant } est utilisée à 80 % : { $used } sur { $amount }.
notif-grant_ended_left = La subvention { $grant } s’est terminée le { $date } et il reste { $left }.

## offline

offline-back = Revenir au formulaire
offline-banner = Hors connexion — copie enregistrée le { $when }
offline-basket_open = Ouvrir ma commande
offline-basket_queued = Pas de réseau : votre commande est gardée sur ce téléphone. Elle partira toute seule dès que le réseau revient.
offline-basket_refused = Le réseau est revenu, mais votre commande gardée n’a pas été acceptée (un produit épuisé ou la commande fermée, par exemple). Elle est remise dans le formulaire : vérifiez-la, puis confirmez.
offline-basket_sent = Le réseau est revenu : votre commande gardée sur ce téléphone est bien arrivée.
offline-missing = Hors connexion : cette page n’est pas encore enregistrée sur ce téléphone. Ouvrez-la une fois avec du réseau.

## order

order-back_to_household = Retour au foyer
order-cancel = Annuler ma commande
order-change_cancelled = commande annulée
order-change_changed = commande modifiée
order-change_created = commande passée
order-change_other = changement
order-change_shortage = réduite à la réception
order-changes = Historique de la commande
order-choose_tier = Choisir mon tarif
order-closes = Vous pouvez commander et changer votre commande jusqu’à { $closes }.
order-confirm = Confirmer ma commande
order-desk_for = Commande pour { $household }
order-desk_hint = Commande prise par téléphone ou à la permanence pour ce foyer : elle est enregistrée à son nom, et votre propre commande n’est pas touchée.
order-desk_link = Saisir la commande de ce foyer
order-desk_no_cycle = Pas de cycle ouvert aux commandes en ce moment : rien à prendre pour ce foyer.
order-desk_title_plain = Commande pour un foyer
order-draft_restored = Votre panier non confirmé a été retrouvé sur ce téléphone. Vérifiez-le, puis confirmez.
order-left = Il en reste { $amount }
order-mine = Ma commande
order-no_cycle = Pas de commande en cours. Vous serez prévenu à l’ouverture du prochain cycle.
order-past = Mes commandes passées
order-pickup_at = À retirer à { $place }, { $window }.
order-search = Chercher un produit (nom, producteur, rayon)
order-sold_out = Épuisé
order-theirs = Commande de { $household }
order-title = Ma commande
order-total = Total à payer : { $total }
order-waiting = À retirer : votre commande « { $cycle } »
order-where = Où retirer votre commande ?
order-line = { $product } — { $amount }
order-change_line = { $when } — { $change } par { $who } · { $total }

## payment

payment-card = carte
payment-cash = espèces
payment-cheque = chèque
payment-transfer = virement
payment-unknown = autre
payment-other = Autre

## profile

profile-password_submit = Changer mon mot de passe
profile-password_title = Mot de passe
profile-push_choices = Ce que je veux recevoir
profile-push_denied = Les notifications sont bloquées pour ce site dans le navigateur. Vous pouvez les autoriser dans ses réglages.
profile-push_devices = Téléphones et ordinateurs qui reçoivent les notifications
profile-push_done = C’est fait : ce téléphone recevra les notifications.
profile-push_explain = Pour être prévenu·e sur l’écran du téléphone, même application fermée. Le téléphone vous demandera votre accord. Tout reste aussi dans « Messages ».
profile-push_failed = Cela n’a pas marché. Vérifiez la connexion et réessayez.
profile-push_no = Non
profile-push_no_device = Aucun pour l’instant.
profile-push_on = Recevoir les notifications sur ce téléphone
profile-push_remove = Ne plus envoyer ici
profile-push_title = Notifications sur ce téléphone
profile-push_turn_off = Désactiver
profile-push_turn_on = Activer
profile-push_unsupported = Ce navigateur ne sait pas recevoir de notifications. Tout reste dans « Messages ».
profile-push_yes = Oui
profile-tier_choose_first = Votre foyer n’a pas encore de tarif. Choisissez celui qui vous convient : vous pourrez en changer plus tard.
profile-tier_explain = Chacun paie selon ses moyens : choisissez le tarif qui convient à votre foyer. Aucun justificatif n’est demandé, et vous pouvez en changer quand vous voulez.
profile-tier_for = Tarif du foyer « { $household } »
profile-tier_private = Votre tarif reste privé : les autres membres et les bénévoles ne le voient jamais.
profile-tier_title = Mon tarif
profile-title = Mon profil
profile-tier_share = { $tier } — { $share } % du prix
profile-push_device = { $device } — depuis le { $since }
profile-push_choice = { $kind } : { $answer }

## push

push-kind_account = Mon compte (un nouveau lien de connexion)
push-kind_cycle_cancelled = Une commande annulée
push-kind_cycle_closing = La veille de la fin des commandes
push-kind_cycle_opened = Les commandes ouvrent
push-kind_election = Les élections aux commissions (candidatures, puis vote)
push-kind_order_changed = Ma commande modifiée (produit manquant, quantité réduite)
push-kind_order_changed_late = Une commande changée après la clôture (coordination)
push-kind_order_ready = Ma commande est prête (où et quand la chercher)
push-kind_shift_changed = Mes créneaux de bénévolat modifiés
push-kind_shift_needs_hands = Un créneau manque de monde (je peux venir aider)
push-kind_shift_short = Un créneau manque de monde (coordination)
push-kind_shift_tomorrow = La veille de mon créneau de bénévolat
push-kind_vote_closing = La veille de la fin d’un vote où je n’ai pas voté
push-kind_vote_opened = Un vote s’ouvre dans ma commission
push-kind_vote_result = Le résultat des votes de ma commission et de mes idées
push-kind_workshop_cancelled = Un atelier annulé
push-kind_workshop_decided = La réponse à mon atelier proposé
push-kind_workshop_place = Une place obtenue à un atelier (liste d’attente)
push-title = Pot Commun
push-kind_membership = Mon adhésion (à renouveler)
push-kind_grants = Subventions (80 % utilisées, période terminée)

## reception

reception-arrived = Arrivé : { $amount }
reception-complete = Tout est arrivé.
reception-help = Indiquez ce que chaque producteur a livré, puis enregistrez une seule fois pour toute la livraison. Laissez vide ce qui n’est pas encore arrivé. S’il manque quelque chose, les commandes de ce produit sont réduites à tour de rôle (une part à chaque foyer, puis une deuxième…) et les foyers concernés reçoivent un message.
reception-missing = Il manque { $qty } : les commandes ont été réduites.
reception-not_recorded = Pas encore enregistré : les commandes restent comme elles sont.
reception-not_saved_yet = Pas encore enregistré : appuyez sur « Enregistrer la livraison ».
reception-nothing_typed = Rien à enregistrer : indiquez au moins une quantité arrivée.
reception-ordered = Commandé : { $amount }
reception-record = Enregistrer la livraison
reception-surplus_choose = il est arrivé plus que commandé. Ouvrez « Arrivé plus que commandé ? » sous ce produit et choisissez : l’association le garde, ou le producteur le reprend.
reception-surplus_give_back = Le producteur le reprend
reception-surplus_keep = L’association le garde (à payer au producteur)
reception-surplus_kept = Arrivé en plus de la commande : { $qty }, gardé par l’association.
reception-surplus_question = Arrivé plus que commandé ? Que faire du surplus
reception-title = Réception des livraisons
reception-what_arrived = Quantité arrivée ({ $unit })
reception-heading = Réception des livraisons — { $cycle }

## report

report-back = Retour au bilan du cycle
report-csv = Télécharger les bons de commande (CSV)
report-delivery_at = Livraison attendue : { $window }, à { $place }, { $address }
report-households = Foyers
report-letterhead_missing = Le nom et l’adresse de l’association manquent sur ces bons : l’administration les indique dans « Réglages de l’association ».
report-line_total = Total
report-link = Bons de commande, préparation et bilan
report-packing = Listes de préparation
report-packing_csv = Télécharger les listes de préparation (CSV)
report-paid = Payé par les foyers
report-po_number = Bon de commande n° { $number } — { $date }
report-po_title = Commande pour { $producer }
report-print = Imprimer les bons de commande
report-print_hint = Pour imprimer : menu du navigateur, puis « Imprimer » (Ctrl+P).
report-producer_total = Prix producteurs
report-product = Produit
report-purchase_orders_print = Bons de commande à imprimer, une page par producteur
report-quantity = Quantité
report-reduced = (réduit : { $ordered } commandés, livraison incomplète)
report-solidarity = Coût de la solidarité
report-summary = Bilan par tarif
report-total = Total
report-unit_price = Prix unitaire
report-packing_line = { $amount } { $product }
report-share = { $share } %
report-cost_total = Au prix coûtant
report-costs = Coûts de l’association
report-due = Dû par les foyers

## role

role-admin = administration
role-coordinator = coordination
role-treasurer = trésorerie
role-treasurer_explained = trésorerie (voit l’argent, pas les commandes des foyers)

## shift

shift-add = Ajouter
shift-add_person = Ajouter une personne
shift-call_to_withdraw = Le créneau commence bientôt : pour vous retirer, appelez la coordination.
shift-confirm_delete =
    { $people ->
        [one] { $people } personne inscrite : elle recevra un message disant que ce créneau est supprimé. On ne peut pas revenir en arrière.
       *[other] { $people } personnes sont inscrites : elles recevront un message disant que ce créneau est supprimé. On ne peut pas revenir en arrière.
    }
shift-copy_from = Copier les créneaux du cycle « { $cycle } »
shift-coverage = Créneaux de bénévolat
shift-create = Créer le créneau
shift-delete = Supprimer ce créneau
shift-edit = Modifier ou supprimer
shift-full = Complet
shift-household_hours = Temps donné par votre foyer : { $hours }.
shift-intro = Chaque distribution a besoin de quelques mains. Choisissez un créneau qui vous va : une inscription, c’est un engagement simple, et la coordination vous explique tout sur place.
shift-mark_done = Venu·e
shift-mark_no_show = Absent·e
shift-mine = Mes prochains créneaux
shift-new = Nouveau créneau
shift-none_open = Aucun créneau ouvert pour l’instant.
shift-none_yet = Vous n’avez pas encore de créneau. Choisissez-en un plus bas, en un seul geste.
shift-open = Créneaux à venir
shift-open_sheet = Ouvrir la feuille de distribution
shift-past = Mes créneaux passés
shift-places_filled =
    { $taken ->
        [one] { $taken } place prise sur { $needed }
       *[other] { $taken } places prises sur { $needed }
    }
shift-places_left =
    { $count ->
        [one] Reste { $count } place
       *[other] { $count } places restantes
    }
shift-remove_person = Retirer
shift-short_soon = manque du monde (moins de 48 h)
shift-sign_up = Je m’inscris
shift-status_done = fait, merci
shift-status_no_show = absent·e
shift-status_signed = inscrit·e
shift-tasks_first = Créez d’abord une tâche de bénévolat.
shift-thanks = Merci pour ce que vous faites pour le groupe.
shift-title = Bénévolat
shift-warehouse = Local de l’association (entrepôt)
shift-withdraw = Me retirer de ce créneau
shift-yes_delete = Oui, supprimer ce créneau
shift-you_are_in = Vous êtes inscrit·e. Merci !
shift-cutoff =
    { $hours ->
        [one] Vous pouvez vous retirer en ligne jusqu’à { $hours } heure avant le début.
       *[other] Vous pouvez vous retirer en ligne jusqu’à { $hours } heures avant le début.
    }
shift-contact = { $name } : { $phone }
shift-call_to_withdraw_at = Le créneau commence bientôt. Pour vous retirer, appelez la coordination : { $contacts }
shift-past_line = { $task } — { $day }, { $hours } : { $status }
shift-taken_of = { $taken } / { $needed }
shift-coverage_of = Créneaux de bénévolat — { $cycle }

## task

task-add = Ajouter cette tâche
task-at_table = Donne accès à la feuille de distribution (table de retrait, caisse)
task-intro = Décrivez chaque tâche une fois, en mots simples : ce qu’on y fait, et à qui elle convient. Vous la choisirez ensuite pour les créneaux de chaque cycle.
task-limited_mobility = Possible à mobilité réduite
task-little_french = Peu de français nécessaire
task-new = Nouvelle tâche
task-title = Tâches de bénévolat
task-with_children = Possible avec des enfants

## unit

unit-bag = sachet
unit-bottle = bouteille
unit-bunch = botte
unit-dozen = douzaine
unit-jar = bocal
unit-kg = kg
unit-l = L
unit-piece = pièce
unit-amount =
    { $unit ->
        [kg] { $qty } kg
        [l] { $qty } L
        [jar]
            { $count ->
                [one] { $qty } bocal
               *[other] { $qty } bocaux
            }
        [bunch]
            { $count ->
                [one] { $qty } botte
               *[other] { $qty } bottes
            }
        [dozen]
            { $count ->
                [one] { $qty } douzaine
               *[other] { $qty } douzaines
            }
        [bag]
            { $count ->
                [one] { $qty } sachet
               *[other] { $qty } sachets
            }
        [bottle]
            { $count ->
                [one] { $qty } bouteille
               *[other] { $qty } bouteilles
            }
       *[piece]
            { $count ->
                [one] { $qty } pièce
               *[other] { $qty } pièces
            }
    }
unit-price_per = { $price } / { $unit }

## workshop

workshop-absent = Absent·e
workshop-approve = Valider
workshop-back = ← Tous les ateliers
workshop-bring = à apporter : { $things }
workshop-came = Venu·e
workshop-cancel = Annuler l’atelier
workshop-cancel_button = Annuler et prévenir les inscrit·es
workshop-children_welcome = Enfants bienvenus
workshop-coming = Inscrit·es : { $coming } · avec les enfants : { $with_children }
workshop-decline = Refuser
workshop-free = Gratuit
workshop-full = Complet
workshop-host_page = Qui vient ?
workshop-hosted_by = Animé par { $hosts }
workshop-intro = Cuisine, couture, visite de ferme, batch cooking avec le panier du mois : des ateliers proposés par des adhérent·es, pour se retrouver et apprendre ensemble.
workshop-join_waitlist = M’inscrire sur la liste d’attente
workshop-languages = langues : { $languages }
workshop-mine = Mes propositions d’ateliers
workshop-none = Aucun atelier prévu pour l’instant. Proposez le vôtre plus bas !
workshop-past = Ateliers passés
workshop-places_left =
    { $count ->
        [one] Reste { $count } place
       *[other] { $count } places restantes
    }
workshop-propose = Proposer un atelier
workshop-see_vote = voir le vote
workshop-send_proposal = Envoyer ma proposition
workshop-sign_up = Je m’inscris
workshop-state_cancelled = annulé
workshop-state_declined = refusé
workshop-state_in_vote = vote de la commission en cours
workshop-state_proposed = en attente de validation
workshop-state_published = publié
workshop-title = Ateliers
workshop-to_decide = Ateliers à valider
workshop-took_part =
    { $count ->
        [one] { $count } participant·e
       *[other] { $count } participant·es
    }
workshop-waiting = en attente
workshop-withdraw = Me désinscrire
workshop-you_are_in = Vous êtes inscrit·e. À bientôt !
workshop-you_wait = Vous êtes sur la liste d’attente, position { $position }.
workshop-full_waiting =
    { $count ->
        [one] Complet · { $count } personne en liste d’attente
       *[other] Complet · { $count } personnes en liste d’attente
    }
workshop-plus_children =
    { $count ->
        [one] (+{ $count } enfant)
       *[other] (+{ $count } enfants)
    }
workshop-proposal_title = Atelier : { $title }
workshop-proposal_facts =
    { $places ->
        [one] { $when } · { $place } · { $places } place
       *[other] { $when } · { $place } · { $places } places
    }
workshop-voted_down = La commission ne l’a pas retenu ({ $for } pour, { $against } contre)

## language

language-own_name = Français
language-choose = Langue

## money

money-amount = { $amount }{"\u00A0"}€
money-all_settled = Aucun foyer ne doit rien ni n’a d’avance.
money-association_owed = Aujourd’hui, pour toute l’association : { $owed } dus par des foyers, { $credit } d’avances.
money-balances_title = Comptes des foyers
money-by_tier = Par tarif
money-codes_read = Comptes : adhérents { $members }, ventes { $sales }, caisse { $cash }, banque { $bank }. Seul l’administrateur les change.
money-codes_title = Numéros de compte du journal
money-collected_title = Encaissé aux distributions
money-export_hint = Pour le ou la comptable : le journal (débit, crédit, numéro de compte) et le grand livre. Les foyers y sont désignés par leur numéro, jamais par leur nom.
money-export_title = Fichiers pour la comptabilité
money-from = Du
money-goods_title = Marchandises
money-invoice_expected = Bon de commande après manquants : { $amount }
money-invoice_invoiced = Facturé : { $amount } (écart { $gap })
money-invoice_paid = Facture payée.
money-invoice_pay = Marquer la facture payée
money-invoice_save = Enregistrer la facture
money-invoices_title = Factures des producteurs
money-journal_csv = Télécharger le journal (CSV)
money-ledger_csv = Télécharger le grand livre (CSV)
money-link = Argent du cycle
money-nothing_collected = Rien encaissé pour l’instant.
money-rule = Chaque ligne est arrondie une fois, au centime le plus proche (la moitié vers le haut), et chaque total est la somme des lignes : ce que doivent les foyers plus le coût solidaire égale les marchandises au prix coûtant.
money-till_not_counted = Caisse pas encore comptée.
money-tills = Caisses
money-title = Argent du cycle { $cycle }
money-to = Au
money-treasury = Trésorerie
money-debt_blocks_ordering = Un foyer qui doit de l’argent règle avant de commander à nouveau (sinon, c’est demandé à la distribution suivante)

## time

time-moment = { $day } à { $time }
time-window = { $day }, de { $start } à { $end }
time-hours = de { $start } à { $end }
time-duration_hours = { $hours } h
time-duration_minutes = { $minutes } min
time-duration_hours_minutes = { $hours } h { $minutes }

## cost

cost-kind_per_unit = Par unité
cost-kind_percent = En pourcentage du prix du producteur
cost-kind_per_kg = Par kilo (produits vendus au poids)
cost-scope_all = Tous les produits
cost-scope_category = Un rayon
cost-scope_product = Un produit
cost-scope_cycle = Un cycle
cost-add = Ajouter ce coût
cost-explain = Le prix coûtant d’un produit est le prix du producteur plus ces coûts (transport, stockage, emballage, une petite réserve). Chaque tarif est une part du prix coûtant. Un coût retiré ne change pas les commandes déjà passées.
cost-list = Coûts ajoutés aux prix
cost-name_example = Transport
cost-new = Nouveau coût
cost-none = Aucun coût : les prix sont ceux des producteurs.
cost-per_kg = { $amount } par kilo
cost-per_unit = { $amount } par unité
cost-percent = { $percent } % du prix du producteur
cost-scope_hint = Choisissez le rayon, le produit ou le cycle seulement si le coût s’y limite.
cost-scope_named = { $scope } : { $name }
cost-title = Coûts
cost-withdraw = Retirer
cost-withdrawn = Retiré

## ledger

ledger-kind_order = Commande
ledger-kind_payment = Paiement
ledger-kind_membership = Adhésion
ledger-kind_top_up = Avance
ledger-kind_refund = Remboursement
ledger-kind_adjustment = Correction
ledger-kind_reversal = Annulation
ledger-period = du { $from } au { $to }
ledger-account_hint = Ce que votre foyer doit ou a d’avance, chaque paiement, et vos reçus.
ledger-account_of = Compte de { $household }
ledger-back_to_account = Retour à mon compte
ledger-back_to_household = Retour au foyer
ledger-balance_explain = Vous pouvez payer en plusieurs fois : ce qui reste est demandé à la prochaine distribution. Une avance paie la prochaine commande toute seule.
ledger-balance_title = Où en est votre compte
ledger-credit = Vous avez { $amount } d’avance.
ledger-entries_title = Opérations
ledger-entry_adjustment = Correction : { $reason }
ledger-entry_membership = Adhésion { $period }
ledger-entry_order = Commande — { $cycle }
ledger-entry_payment = Payé ({ $method })
ledger-entry_refund = Remboursé ({ $method })
ledger-entry_reversal = Annulation de « { $what } » : { $reason }
ledger-entry_top_up = Avance versée ({ $method })
ledger-household_link = Compte du foyer (paiements, avances, adhésion)
ledger-in_favour = Correction en faveur du foyer (il doit moins)
ledger-minus = − { $amount }
ledger-my_account = Mon compte
ledger-no_entries = Rien pour l’instant.
ledger-owes = Votre foyer doit { $amount }.
ledger-print = Imprimer le reçu
ledger-receipt = Reçu
ledger-receipt_membership = Le foyer { $household } est adhérent de l’association { $period }. Cotisation : { $amount }.
ledger-receipt_membership_title = Attestation d’adhésion
ledger-receipt_number = Reçu n° { $number }
ledger-receipt_payment = L’association a reçu { $amount } du foyer { $household } ({ $method }), le { $date }.
ledger-receipt_recorded = Enregistré le { $date } par { $by }.
ledger-receipt_reversed = Cette opération a été annulée depuis.
ledger-receipt_title = Reçu de paiement
ledger-record_hint = Un paiement ou une avance fait baisser ce que le foyer doit ; un remboursement rend une avance. Une erreur se corrige par « Annuler », jamais en effaçant.
ledger-record_submit = Enregistrer
ledger-record_title = Enregistrer une opération
ledger-recorded_by = Enregistré par { $by }
ledger-reference = Référence : { $reference }
ledger-reverse = Annuler cette opération
ledger-reverse_submit = Annuler l’opération
ledger-reversed = Annulée
ledger-settled = Rien à payer, pas d’avance.
ledger-household_owes = Le foyer doit { $amount }.
ledger-household_credit = Le foyer a { $amount } d’avance.
ledger-household_settled = Le foyer ne doit rien et n’a pas d’avance.

## membership

membership-blocks_ordering = Un foyer dont l’adhésion est terminée ne peut plus commander (sinon, il est seulement prévenu)
membership-booked =
    { $n ->
        [one] Une adhésion renouvelée.
       *[other] { $n } adhésions renouvelées.
    }
membership-bulk_hint = Chaque cotisation est ajoutée au compte du foyer, avec la charte en vigueur acceptée au bureau. Rien n’est enregistré avant que vous confirmiez.
membership-bulk_preview =
    { $n ->
        [one] Renouveler une adhésion du { $from } au { $to } : { $fee }, soit { $total } dus par le foyer.
       *[other] Renouveler { $n } adhésions du { $from } au { $to } : { $fee } chacune, { $total } en tout, dus par les foyers.
    }
membership-bulk_submit =
    { $n ->
        [one] Renouveler cette adhésion
       *[other] Renouveler ces { $n } adhésions
    }
membership-charter_read = Lire la charte (version { $version })
membership-charter_version = Charte, version { $version }
membership-current = Votre foyer est adhérent jusqu’au { $date }.
membership-desk_accept = Le foyer a lu la charte et l’accepte
membership-desk_submit = Enregistrer l’adhésion
membership-desk_title = Adhésion
membership-fee_free = Cotisation libre, { $amount } au moins.
membership-fee_set = Cotisation : { $amount }.
membership-free_amount = Cotisation libre au-dessus de ce minimum
membership-join = Adhérer
membership-lapsed = L’adhésion de votre foyer s’est terminée le { $date }.
membership-never = Votre foyer n’a pas encore adhéré.
membership-never_short = Jamais
membership-none_to_renew = Aucune adhésion à renouveler ce mois-ci.
membership-owed_hint = La cotisation est ajoutée à votre compte : vous la payez à la prochaine distribution, ou par virement.
membership-paid_now = Payé tout de suite (€)
membership-period = Adhésion du { $from } au { $to }.
membership-publish = Publier cette version
membership-publish_hint = Une nouvelle version ne change pas les adhésions déjà prises : chacune garde la version acceptée.
membership-recorded_desk = Au bureau, par { $by }, le { $date }
membership-recorded_online = En ligne, par { $by }, le { $date }
membership-register_line = Adhérent { $period } (charte version { $version }).
membership-register_list = Registre des adhésions
membership-register_title = Adhésions
membership-renew = Renouveler l’adhésion
membership-renew_soon = L’adhésion de votre foyer se termine le { $date } : vous pouvez la renouveler.
membership-settings = Réglages de l’adhésion
membership-title = Adhésion
membership-to_renew = À renouveler
membership-register_detail = Cotisation { $fee } · charte version { $version } · { $recorded }

## price

price-back = Retour au catalogue
price-cost = + { $cost }
price-cost_price = Prix coûtant
price-explain_cost = Le prix coûtant est le prix du producteur plus ce que coûte le faire venir et le garder. L’association ne gagne rien dessus.
price-explain_share = Votre tarif : vous payez { $share } % du prix coûtant.
price-no_costs = Aucun coût n’est ajouté à ce produit : le prix coûtant est celui du producteur.
price-private = Votre tarif n’est montré qu’à vous.
price-producer = Prix du producteur ({ $producer })
price-title = Pourquoi ce prix : { $product }
price-yours = Votre prix

## funding

funding-title = Financeurs
funding-report_title = Rapport d’activité
funding-report_link = Voir le rapport d’activité pour les financeurs
funding-grants = Subventions
funding-funders = Financeurs
funding-no_grants = Aucune subvention enregistrée pour l’instant.
funding-mode_priority = Par ordre de priorité : la subvention n° 1 paie d’abord, puis la suivante.
funding-mode_pro_rata = Au prorata : chaque cycle est partagé entre les subventions selon leur montant.
funding-mode_priority_hint = Le coût solidaire de chaque cycle clos est payé par les subventions dans leur ordre de priorité.
funding-mode_pro_rata_hint = Le coût solidaire de chaque cycle clos est partagé entre les subventions selon leur montant.
funding-used_of = { $used } utilisés sur { $amount }
funding-period = Du { $from } au { $to }
funding-unfunded_to_date = Coût solidaire non financé à ce jour : { $amount }
funding-new_grant = Enregistrer une subvention
funding-add_funder_first = Ajoutez d’abord un financeur, plus bas.
funding-source_grant = Une subvention d’un financeur (un montant pour une période)
funding-source_members = Le soutien des membres qui paient au-dessus du prix coûtant
funding-earmarks = Ce que la subvention peut payer (laisser vide : tout)
funding-no_min = Pas de part minimale
funding-record_grant = Enregistrer la subvention
funding-add_funder = Ajouter le financeur
funding-funder_hint = La ville, la CAF, la MSA, une fondation, un bailleur social, les membres solidaires…
funding-settings = Partage et rapports
funding-earmark_share = Seulement les tarifs jusqu’à { $percent } %
funding-earmark_categories = Seulement : { $categories }
funding-earmark_cap = Au plus { $amount } par foyer sur la période
funding-earmark_min = Au moins { $percent } % en { $category }
funding-use = Utilisation
funding-used_percent = { $used } utilisés sur { $amount } ({ $percent } %)
funding-left = Reste : { $amount }
funding-forecast = Au rythme actuel, { $amount } seront utilisés au { $to }.
funding-ended_left = La période est terminée et il reste { $amount }.
funding-grant_report = Le rapport de cette subvention
funding-by_cycle = Ce qu’elle a payé, cycle par cycle
funding-nothing_yet = Rien pour l’instant : aucun cycle clos dans sa période ne lui correspond.
funding-received = Argent reçu du financeur
funding-received_total = Reçu à ce jour : { $amount }
funding-reversal = annulation
funding-cancel_receipt = Annuler cette entrée
funding-record_receipt = Enregistrer l’argent reçu
funding-back = Retour aux financeurs
funding-few = < 5
funding-share = { $percent } %
funding-percent = { $percent } %
funding-unfunded = Non financé
funding-scope_all = Toute l’association
funding-scope_funder = Financeur : { $funder }
funding-scope_grant = Subvention : { $grant }
funding-choose = Période et financeur
funding-all_funders = Tous les financeurs
funding-all_grants = Toutes les subventions
funding-show = Afficher
funding-download_ods = Télécharger le tableur (.ods)
funding-download_csv = Télécharger en CSV
funding-anonymous = Anonyme : aucun nom, téléphone ni e-mail. Un chiffre qui concerne moins de 5 foyers s’affiche « < 5 ».
funding-served = Foyers servis
funding-households = Foyers servis
funding-new = Nouveaux foyers (première commande dans la période)
funding-returning = Foyers déjà venus avant
funding-composition_said = Foyers ayant indiqué leur composition
funding-adults = Adultes
funding-children = Enfants
funding-chart_households = Foyers servis par mois et par tarif
funding-chart_households_desc = Barres empilées : pour chaque mois, le nombre de foyers servis à chaque tarif. Le tableau qui suit donne les mêmes chiffres.
funding-chart_funders = Coût solidaire par mois et par financeur
funding-chart_funders_desc = Barres empilées : pour chaque mois, ce que chaque financeur a payé du coût solidaire, et ce qui n’est pas financé. Le tableau qui suit donne les mêmes chiffres.
funding-chart_produce = Part des fruits et légumes dans les achats
funding-chart_produce_desc = Pour chaque mois, la part des fruits et légumes dans les achats au prix coûtant, en pourcentage. Le tableau qui suit donne les mêmes chiffres.
funding-solidarity = Coût solidaire
funding-solidarity_total = Coût solidaire de la période : { $amount }
funding-unfunded_total = Dont non financé : { $amount }
funding-by_tier = Coût solidaire par tarif
funding-goods = Ce qui a été acheté
funding-goods_total = Achats au prix coûtant
funding-kg_total = Poids des produits vendus au kilo
funding-kg = { $kg } kg
funding-produce_share = Part des fruits et légumes
funding-organic_share = Part du bio
funding-local_share = Part du local (moins de { $km } km)
funding-by_category = Par catégorie (toutes les commandes de l’association)
funding-col_what = Quoi
funding-col_total = Période
funding-col_category = Catégorie
funding-col_goods = Achats au prix coûtant
funding-col_kg = Kilos
funding-col_solidarity_paid = Coût solidaire payé
funding-col_cycle = Cycle
funding-col_date = Date
funding-col_solidarity = Coût solidaire
funding-col_grant = Payé par
funding-col_paid = Montant
funding-life = La vie de l’association
funding-volunteer_hours = Heures de bénévolat
funding-volunteers = Bénévoles
funding-workshops = Ateliers tenus
funding-workshop_places = Places prises aux ateliers
funding-workshop_present = Présences notées aux ateliers
funding-votes = Votes des commissions
funding-participation = Participation aux votes
funding-ballots = { $ballots } votes exprimés sur { $eligible } possibles
funding-ballots_cast = Votes exprimés
funding-ballots_eligible = Votes possibles
funding-trace = D’où viennent les chiffres
funding-trace_hint = Chaque cycle clos de la période : son coût solidaire et qui l’a payé. Le bilan du cycle détaille ses commandes.
funding-trace_cycle = Coût solidaire { $amount }, non financé { $unfunded }
funding-trace_paid = { $grant } : { $amount }
funding-sheet_summary = Résumé
funding-sheet_households = Foyers
funding-sheet_funders = Financeurs
funding-sheet_tiers = Tarifs
funding-sheet_goods = Achats
funding-sheet_trace = Cycles
funding-composition_title = Votre foyer
funding-composition_hint = Si vous le voulez : combien de personnes vivent dans le foyer. Cela reste privé, comme votre tarif ; l’association ne publie que des totaux, pour ses financeurs.
funding-error_amount = Le montant doit être supérieur à 0 et au plus de 10 000 000 €.
funding-error_period = La période doit finir après son début, et durer au plus trois ans.
funding-error_share = Le tarif doit être un pourcentage entre 1 et 100.
funding-error_cap = Le plafond par foyer doit être positif et ne pas dépasser le montant.
funding-error_min_share = Choisissez la catégorie et la part minimale (entre 1 et 100 %), ou aucune des deux.
funding-error_priority = L’ordre de priorité est un nombre entre 1 et 1000.
funding-error_funder_taken = Ce financeur existe déjà.
funding-error_reversed = Cette entrée est déjà annulée.
funding-error_km = La distance est un nombre de kilomètres entre 1 et 1000.
funding-error_people = Un nombre entre 0 et 20, s’il vous plaît.
