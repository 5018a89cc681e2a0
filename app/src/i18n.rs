//! The one translation layer. Every string a person reads comes from here,
//! by key. French is the reference; another language (English, or a
//! right-to-left one such as Arabic) is a second table and a `Lang` variant.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
        }
    }
    /// Text direction for `<html dir>`; "rtl" for Arabic when it comes.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Fr => "ltr",
        }
    }
}

/// The sentence for `key` in the current language. An unknown key shows
/// itself, which the tests forbid, so it cannot reach a person.
pub fn t(key: &str) -> &'static str {
    lookup(FR, key).unwrap_or("…")
}

/// Fills the blanks of a sentence: `{cycle}` becomes the value named
/// "cycle". A blank with no value stays empty rather than showing braces.
pub fn fill(template: &str, params: &[(String, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        match rest[start..].find('}') {
            Some(len) => {
                let name = &rest[start + 1..start + len];
                if let Some((_, v)) = params.iter().find(|(k, _)| k == name) {
                    out.push_str(v);
                }
                rest = &rest[start + len + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn has(key: &str) -> bool {
    lookup(FR, key).is_some()
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| table[i].1)
}

/// Sorted by key (a test checks it), so lookup is a binary search.
static FR: &[(&str, &str)] = &[
    ("admin.add_tier", "Ajouter ce tarif"),
    ("admin.new_coordinator", "Nouvelle personne à la coordination"),
    ("admin.new_tier", "Nouveau tarif"),
    ("admin.settings", "Réglages de l’association"),
    ("admin.show_full_price", "Montrer aussi le prix producteur à côté du prix de chaque foyer"),
    ("admin.staff", "Coordination et administration"),
    ("admin.tiers", "Tarifs"),
    ("admin.tiers_help", "Chaque foyer choisit son tarif : la part du prix du producteur qu’il paie. Au-dessus de 100 %, c’est un tarif de soutien."),
    ("admin.title", "Administration"),
    ("app.description", "Commandes groupées de produits bio et locaux, au prix juste pour chaque foyer."),
    ("app.name", "Pot Commun"),
    ("catalogue.all_categories", "Tous rayons"),
    ("catalogue.all_labels", "Tous labels"),
    ("catalogue.by", "par"),
    ("catalogue.category", "Rayon"),
    ("catalogue.decided_by", "Choisi par une commission d’adhérent·es : lire la décision"),
    ("catalogue.label", "Label"),
    ("catalogue.min", "minimum"),
    ("catalogue.next", "Page suivante"),
    ("catalogue.page", "Page"),
    ("catalogue.pages", "Pages du catalogue"),
    ("catalogue.previous", "Page précédente"),
    ("catalogue.producer_price", "Prix producteur :"),
    ("catalogue.products_found", "produits"),
    ("catalogue.search", "Chercher un produit"),
    ("catalogue.search_placeholder", "Chercher : lentilles, miel…"),
    ("catalogue.search_submit", "Chercher"),
    ("catalogue.title", "Catalogue"),
    ("catalogue.welcome", "Bienvenue ! Votre mot de passe est enregistré."),
    ("common.loading", "Chargement…"),
    ("common.save", "Enregistrer"),
    ("common.saved", "C’est enregistré."),
    ("coord.active", "compte actif"),
    ("coord.add_member", "Ajouter une personne au foyer"),
    ("coord.categories", "Rayons"),
    ("coord.create_and_invite", "Créer et obtenir le lien d’invitation"),
    ("coord.cycles", "Cycles"),
    ("coord.edit_category", "Modifier le rayon"),
    ("coord.edit_pickup_point", "Modifier le lieu de retrait"),
    ("coord.edit_producer", "Modifier le producteur"),
    ("coord.edit_product", "Modifier le produit"),
    ("coord.email_or_phone_hint", "Un téléphone ou un e-mail : la personne s’en servira pour se connecter."),
    ("coord.households", "Foyers"),
    ("coord.inactive", "retiré du catalogue"),
    ("coord.members", "personne(s)"),
    ("coord.members_title", "Personnes du foyer"),
    ("coord.new_category", "Nouveau rayon"),
    ("coord.new_household", "Nouveau foyer"),
    ("coord.new_link", "Nouveau lien"),
    ("coord.new_pickup_point", "Nouveau lieu de retrait"),
    ("coord.new_producer", "Nouveau producteur"),
    ("coord.new_product", "Nouveau produit"),
    ("coord.pending", "invitation en attente"),
    ("coord.pickup_points", "Lieux de retrait"),
    ("coord.producers", "Producteurs"),
    ("coord.products", "Produits"),
    ("coord.search_households", "Chercher un foyer"),
    ("coord.tasks", "Tâches"),
    ("coord.tier_later", "Le foyer choisira lui-même"),
    ("coord.tier_private", "Le tarif reste privé : seuls le foyer et la coordination le voient."),
    ("cycle.all_products", "Tous les produits en vente sont proposés, avec leur maximum par cycle."),
    ("cycle.back", "Retour au cycle"),
    ("cycle.cancel", "Annuler ce cycle"),
    ("cycle.cap", "Maximum pour le cycle"),
    ("cycle.close_now", "Clore les commandes maintenant"),
    ("cycle.closes", "Fermeture des commandes :"),
    ("cycle.create", "Créer le cycle"),
    ("cycle.mark_archived", "Archiver le cycle"),
    ("cycle.mark_distributed", "Marquer comme distribué"),
    ("cycle.name_example", "Commande de décembre"),
    ("cycle.new", "Nouveau cycle de commande"),
    ("cycle.offer", "Produits proposés et maximums du cycle"),
    ("cycle.opens", "Ouverture des commandes :"),
    ("cycle.ordered", "déjà commandé :"),
    ("cycle.orders", "commandes"),
    ("cycle.pickups", "Lieux et horaires de retrait"),
    ("cycle.products", "produits proposés"),
    ("cycle.set_pickup", "Enregistrer ce créneau de retrait"),
    ("cycle.state_archived", "archivé"),
    ("cycle.state_cancelled", "annulé"),
    ("cycle.state_closed", "commandes fermées"),
    ("cycle.state_distributed", "distribué"),
    ("cycle.state_open", "commandes ouvertes"),
    ("cycle.state_planned", "prévu"),
    ("distribution.done", "Remis — payé"),
    ("distribution.due", "à payer :"),
    ("distribution.record", "Remis et payé"),
    ("distribution.title", "Feuille de distribution"),
    ("error.already_candidate", "Vous êtes déjà candidat·e à cette élection."),
    ("error.already_ordered", "des foyers l’ont déjà commandé : il reste dans le cycle, avec un maximum au moins égal à ce qui est commandé"),
    ("error.already_voted", "Vous avez déjà voté à cette élection : un bulletin par personne."),
    ("error.bad_credentials", "Identifiant ou mot de passe incorrect."),
    ("error.bad_form", "Le formulaire est incomplet ou a expiré. Rechargez la page et recommencez."),
    ("error.ballot_empty", "Cochez au moins une personne."),
    ("error.ballot_invalid", "Ce bulletin n’est pas valable : cochez des personnes de la liste, une seule fois chacune."),
    ("error.ballot_too_many", "Vous avez coché plus de personnes qu’il n’y a de sièges."),
    ("error.basket_kept", "Le reste de votre panier est gardé."),
    ("error.closes_before_opens", "la fermeture doit venir après l’ouverture"),
    ("error.closes_in_past", "la fermeture est déjà passée"),
    ("error.contact_taken", "Ce téléphone ou cet e-mail est déjà utilisé par un autre compte."),
    ("error.cycle_not_at_distribution", "Cette commande ne peut plus être pointée : le cycle n’est pas à l’étape de la distribution."),
    ("error.cycle_not_closed", "Ces documents sont prêts quand les commandes sont fermées."),
    ("error.cycle_not_editable", "Ce cycle ne peut plus être modifié."),
    ("error.cycle_not_open", "Les commandes de ce cycle sont fermées."),
    ("error.cycle_state_changed", "Ce cycle a changé d’état entre-temps. Rechargez la page."),
    ("error.cycle_too_long", "un cycle dure 90 jours au plus"),
    ("error.datetime_invalid", "date ou heure non valable"),
    ("error.election_dates", "Le vote doit commencer plus tard qu’aujourd’hui et finir après son début (au plus dans 120 jours)."),
    ("error.email_invalid", "cette adresse e-mail n’est pas valide"),
    ("error.email_or_phone", "indiquez au moins un téléphone ou un e-mail"),
    ("error.end_before_start", "La fin doit venir après le début."),
    ("error.forbidden", "Cette page est réservée à la coordination."),
    ("error.internal", "Un problème est survenu de notre côté. Réessayez dans un moment."),
    ("error.invalid_chars", "ce texte contient des caractères non permis"),
    ("error.invitation_used", "Ce lien d’invitation a déjà servi ou a expiré. Demandez-en un nouveau à la coordination."),
    ("error.min_multiple_of_step", "le minimum doit être un multiple du pas"),
    ("error.name_taken", "Ce nom existe déjà."),
    ("error.needed_below_taken", "Plus de personnes sont déjà inscrites : retirez-en d’abord."),
    ("error.needed_range", "Indiquez un nombre de personnes entre 1 et 50."),
    ("error.no_household", "Ce compte n’est rattaché à aucun foyer."),
    ("error.not_found", "Cette page n’existe pas ou plus."),
    ("error.not_in_candidacy", "Les candidatures ne sont pas ouvertes pour cette élection."),
    ("error.not_seated", "Vous n’avez pas de siège dans cette commission."),
    ("error.not_voting_time", "Le vote n’est pas ouvert en ce moment."),
    ("error.nothing_to_copy", "Rien à copier : ce cycle a déjà des créneaux, ou aucun autre cycle n’en a."),
    ("error.number_invalid", "entrez un nombre entier"),
    ("error.offline", "Pas de connexion internet : rien n’a été envoyé. Ce que vous avez saisi reste sur ce téléphone ; réessayez quand le réseau revient."),
    ("error.password_mismatch", "les deux mots de passe sont différents"),
    ("error.password_short", "au moins 8 caractères"),
    ("error.phone_invalid", "ce numéro de téléphone n’est pas valide"),
    ("error.photo_url", "l’adresse de la photo doit commencer par https:// ou /"),
    ("error.pickup_before_close", "le retrait doit avoir lieu après la fermeture des commandes"),
    ("error.pickup_required", "choisissez où retirer votre commande"),
    ("error.price_invalid", "écrivez un prix comme 2,35"),
    ("error.price_negative", "le prix ne peut pas être négatif"),
    ("error.price_required", "le prix est obligatoire"),
    ("error.price_too_high", "ce prix est trop élevé (10 000 € au plus)"),
    ("error.product_not_in_cycle", "Un produit de votre panier n’est pas proposé dans ce cycle. Rechargez la page."),
    ("error.product_not_ordered", "Personne n’a commandé ce produit dans ce cycle."),
    ("error.proposal_altered", "Cette proposition a été modifiée après son ouverture : on ne peut plus voter dessus. La coordination est prévenue par le journal."),
    ("error.proposal_dates", "Laissez au moins une heure pour voter, et au plus 60 jours."),
    ("error.qty_below_min", "la quantité est sous le minimum"),
    ("error.qty_invalid", "écrivez une quantité comme 0,5 ou 2"),
    ("error.qty_negative", "la quantité ne peut pas être négative"),
    ("error.qty_off_step", "la quantité ne suit pas le pas du produit"),
    ("error.qty_over_household_cap", "c’est plus que le maximum par foyer"),
    ("error.qty_required", "la quantité est obligatoire"),
    ("error.qty_too_big", "cette quantité est trop grande"),
    ("error.rate_limited", "Trop d’essais. Attendez un quart d’heure, ou demandez un nouveau lien à la coordination."),
    ("error.required", "ce champ est obligatoire"),
    ("error.share_range", "entre 1 et 300 %"),
    ("error.shift_already_in", "Vous êtes déjà inscrit·e à ce créneau."),
    ("error.shift_full", "Ce créneau est complet. Choisissez-en un autre : il en reste sûrement un qui vous va."),
    ("error.shift_in_past", "Ce créneau serait déjà passé."),
    ("error.shift_not_signed_up", "Cette personne n’est pas inscrite à ce créneau."),
    ("error.shift_not_started", "On note la présence une fois le créneau commencé."),
    ("error.shift_overlap", "Vous avez déjà un créneau à ce moment-là."),
    ("error.shift_started", "Ce créneau a déjà commencé."),
    ("error.shift_too_late_to_withdraw", "Le créneau commence bientôt : pour vous retirer, appelez la coordination."),
    ("error.shift_too_long", "Un créneau dure au plus 12 heures."),
    ("error.sold_out", "il n’en reste que"),
    ("error.stale_form", "Ce produit, son producteur ou son rayon a changé entre-temps. Rechargez la page."),
    ("error.step_positive", "doit être plus grand que zéro"),
    ("error.step_whole_unit", "ce produit se vend à l’unité : pas de fraction"),
    ("error.tier_name_taken", "Un tarif porte déjà ce nom."),
    ("error.too_long", "ce texte est trop long"),
    ("error.too_many_lines", "Votre panier contient trop de produits différents."),
    ("error.unauthenticated", "Connectez-vous pour continuer."),
    ("error.unknown_choice", "ce choix n’existe pas"),
    ("error.unknown_unit", "cette unité n’existe pas"),
    ("error.vote_closed", "Le vote sur cette proposition est fermé."),
    ("error.window_ends_before_start", "la fin doit venir après le début"),
    ("error.wrong_password", "ce n’est pas votre mot de passe actuel"),
    ("field.access_notes", "Comment y accéder (étage, porte, accessibilité)"),
    ("field.active", "En vente dans le catalogue"),
    ("field.address", "Adresse"),
    ("field.cap_cycle", "Maximum par cycle (vide : sans limite)"),
    ("field.cap_household", "Maximum par foyer (vide : sans limite)"),
    ("field.category", "Rayon"),
    ("field.choice", "Choix"),
    ("field.closes", "Fermeture des commandes"),
    ("field.comment", "Votre commentaire"),
    ("field.contact", "Contact (visible par la coordination seulement)"),
    ("field.current_password", "Mot de passe actuel"),
    ("field.cycle_name", "Nom du cycle"),
    ("field.description", "Description"),
    ("field.display_name", "Prénom et nom"),
    ("field.distance_km", "Distance (km)"),
    ("field.email", "E-mail"),
    ("field.email_or_phone", "Téléphone ou e-mail"),
    ("field.household_name", "Nom du foyer"),
    ("field.idea", "Votre idée pour la commission, en quelques mots"),
    ("field.kind", "Type de proposition"),
    ("field.labels", "Labels"),
    ("field.majority", "Majorité"),
    ("field.min", "Minimum par commande"),
    ("field.name", "Nom"),
    ("field.needed", "Personnes nécessaires"),
    ("field.notes", "Précisions (facultatif)"),
    ("field.opens", "Ouverture des commandes"),
    ("field.order_grace_minutes", "Minutes après la fermeture pendant lesquelles la coordination peut encore saisir une commande"),
    ("field.paid", "Montant payé (€)"),
    ("field.password", "Nouveau mot de passe (8 caractères au moins)"),
    ("field.password_confirm", "Le même mot de passe, encore une fois"),
    ("field.payment_method", "Moyen de paiement"),
    ("field.person", "Personne"),
    ("field.phone", "Téléphone"),
    ("field.photo_url", "Photo (adresse, facultatif)"),
    ("field.pickup", "Lieu de retrait"),
    ("field.pickup_day", "Jour du retrait"),
    ("field.pickup_end", "Fin"),
    ("field.pickup_start", "Début"),
    ("field.place", "Lieu"),
    ("field.position", "Ordre d’affichage"),
    ("field.price", "Prix du producteur par unité (€)"),
    ("field.producer", "Producteur"),
    ("field.product", "Produit"),
    ("field.quorum", "Quorum (% des sièges qui doivent voter)"),
    ("field.reasons", "Pourquoi, en mots simples"),
    ("field.received", "Quantité arrivée"),
    ("field.scope", "Ce que la commission décide"),
    ("field.seats", "Nombre de sièges"),
    ("field.share", "Part du prix payée (%)"),
    ("field.shift", "Créneau"),
    ("field.shift_cutoff_hours", "Bénévolat : heures avant le début où l’on ne peut plus se retirer en ligne"),
    ("field.shift_day", "Jour"),
    ("field.shift_end", "Fin"),
    ("field.shift_place", "Lieu"),
    ("field.shift_start", "Début"),
    ("field.statement", "Quelques mots pour vous présenter"),
    ("field.status", "Présence"),
    ("field.step", "Se commande par (ex. 0,5)"),
    ("field.story", "Son histoire en quelques mots"),
    ("field.task", "Tâche"),
    ("field.term_days", "Durée du mandat (jours)"),
    ("field.tier", "Tarif"),
    ("field.tier_name", "Nom du tarif"),
    ("field.title", "Titre"),
    ("field.unit", "Unité"),
    ("field.vote_closes", "Fin du vote"),
    ("field.voting_from", "Début du vote"),
    ("gov.abstain", "Abstention"),
    ("gov.against", "Contre"),
    ("gov.altered", "Attention : le texte de cette proposition ne correspond plus à celui enregistré à son ouverture dans le journal. Le vote est suspendu."),
    ("gov.applied_to", "Décision appliquée au catalogue du cycle"),
    ("gov.approvals", "voix"),
    ("gov.back", "← Toutes les commissions"),
    ("gov.ballot_counted", "Votre bulletin est compté. Le vote est secret : personne ne sait pour qui vous avez voté."),
    ("gov.ballot_rule_1", "Cochez jusqu’à"),
    ("gov.ballot_rule_2", "personnes. Le vote est secret."),
    ("gov.cast_ballot", "Déposer mon bulletin"),
    ("gov.closes", "fin du vote :"),
    ("gov.comments", "Commentaires"),
    ("gov.create_commission", "Créer la commission"),
    ("gov.draw_seed", "Tirage au sort enregistré (graine) :"),
    ("gov.elected", "Élu·e"),
    ("gov.election_of", "Élection de la commission"),
    ("gov.elections", "Élections"),
    ("gov.export", "Télécharger le journal (JSON) pour tout vérifier"),
    ("gov.for", "Pour"),
    ("gov.for_add_product", "Pour ajouter un produit"),
    ("gov.for_producer_kinds", "Pour ajouter un produit ou changer de producteur"),
    ("gov.for_product_kinds", "Pour retirer un produit ou changer son producteur"),
    ("gov.have_voted", "ont voté"),
    ("gov.idea_became", "devenue une proposition"),
    ("gov.idea_of", "idée de"),
    ("gov.idea_to_proposal", "En faire une proposition"),
    ("gov.ideas", "Idées envoyées"),
    ("gov.intro", "Les commissions décident avec l’équipe de ce que le groupement propose. Tout le monde peut lire les propositions, les raisons et les résultats, et envoyer une idée."),
    ("gov.kind_add_product", "Ajouter un produit"),
    ("gov.kind_change_producer", "Changer le producteur d’un produit"),
    ("gov.kind_free", "Autre sujet"),
    ("gov.kind_withdraw_product", "Retirer un produit"),
    ("gov.majority_simple", "plus de « pour » que de « contre »"),
    ("gov.majority_two_thirds", "deux tiers de « pour »"),
    ("gov.may_change", "Vous pouvez changer d’avis jusqu’à la fin du vote."),
    ("gov.members", "Qui siège"),
    ("gov.new_commission", "Nouvelle commission"),
    ("gov.new_election", "Lancer une élection"),
    ("gov.no_members", "Personne ne siège encore : une élection remplira les sièges."),
    ("gov.none", "Aucune commission pour l’instant."),
    ("gov.open_proposal", "Ouvrir une proposition"),
    ("gov.opened_by", "Proposée par"),
    ("gov.phase_candidacy", "candidatures ouvertes"),
    ("gov.phase_closed", "terminée"),
    ("gov.phase_voting", "vote ouvert"),
    ("gov.proposals", "Propositions"),
    ("gov.quorum", "quorum"),
    ("gov.rules", "Règles :"),
    ("gov.scope_catalogue", "le catalogue"),
    ("gov.scope_life", "la vie du groupe"),
    ("gov.scope_workshops", "les ateliers"),
    ("gov.seats", "sièges"),
    ("gov.secret", "Vote secret (par défaut, chacun voit qui a voté quoi dans la commission)"),
    ("gov.secret_vote", "vote secret"),
    ("gov.send_comment", "Envoyer"),
    ("gov.send_idea", "Envoyer mon idée"),
    ("gov.stand", "Se présenter"),
    ("gov.stand_button", "Je me présente"),
    ("gov.start_election", "Lancer l’élection (candidatures dès maintenant)"),
    ("gov.state_approved", "adoptée"),
    ("gov.state_no_quorum", "pas de quorum"),
    ("gov.state_open", "vote en cours"),
    ("gov.state_rejected", "rejetée"),
    ("gov.step_down", "Quitter mon siège"),
    ("gov.title", "Commissions des adhérent·es"),
    ("gov.until", "jusqu’au"),
    ("gov.voting_from", "vote à partir de"),
    ("gov.whole_log", "Journal complet des décisions (JSON)"),
    ("gov.you_voted", "Vous avez voté :"),
    ("gov.your_vote", "Votre vote"),
    ("invitation.card_help", "Envoyez ce lien à la personne, ou faites-lui scanner le code avec son téléphone. Elle choisira son mot de passe."),
    ("invitation.card_title", "Lien d’invitation pour"),
    ("invitation.choose_password", "Choisissez votre mot de passe. Vous vous connecterez ensuite avec votre téléphone ou votre e-mail."),
    ("invitation.days", "jours, une seule fois."),
    ("invitation.expired", "Ce lien a déjà servi ou n’est plus valable. Demandez un nouveau lien à la coordination."),
    ("invitation.expired_title", "Lien plus valable"),
    ("invitation.hello", "Bonjour"),
    ("invitation.link", "Lien"),
    ("invitation.qr", "Code QR du lien d’invitation"),
    ("invitation.submit", "Enregistrer mon mot de passe"),
    ("invitation.valid_for", "Valable"),
    ("label.bio", "Bio"),
    ("label.equitable", "Équitable"),
    ("label.local", "Local"),
    ("label.unknown", "Autre"),
    ("label.vrac", "Vrac"),
    ("login.identifier", "Téléphone ou e-mail"),
    ("login.no_password", "Pas encore de mot de passe ? Demandez votre lien d’invitation à la coordination de votre groupe."),
    ("login.password", "Mot de passe"),
    ("login.submit", "Se connecter"),
    ("login.title", "Connexion"),
    ("nav.admin", "Administration"),
    ("nav.catalogue", "Catalogue"),
    ("nav.commissions", "Commissions"),
    ("nav.coordination", "Coordination"),
    ("nav.label", "Menu principal"),
    ("nav.login", "Se connecter"),
    ("nav.logout", "Se déconnecter"),
    ("nav.messages", "Messages"),
    ("nav.order", "Ma commande"),
    ("nav.profile", "Mon profil"),
    ("nav.shifts", "Bénévolat"),
    ("nav.skip", "Aller au contenu"),
    ("nav.unread", "non lus"),
    ("notfound.back", "Retour au catalogue"),
    ("notfound.title", "Page introuvable"),
    ("notif.cycle_cancelled", "La commande « {cycle} » est annulée. Vous n’avez rien à payer ni à retirer."),
    ("notif.new", "Nouveau"),
    ("notif.none", "Aucun message pour l’instant. Ici s’affichent les nouvelles qui vous concernent : commande changée, créneau, atelier."),
    ("notif.order_shrunk", "Le producteur a livré moins que prévu : vous recevrez {qty} de {product} au lieu de {ordered} (commande « {cycle} »). Nouveau total : {total}."),
    ("notif.product_missing", "Le producteur n’a pas pu livrer {product} : ce produit est retiré de votre commande « {cycle} ». Nouveau total : {total}."),
    ("notif.shift_changed", "Votre créneau « {shift} » ({when}) : {change}."),
    ("notif.shift_short", "Il manque encore {missing} personne(s) pour le créneau « {shift} » ({when})."),
    ("notif.title", "Mes messages"),
    ("order.back_to_household", "Retour au foyer"),
    ("order.cancel", "Annuler ma commande"),
    ("order.change_cancelled", "commande annulée"),
    ("order.change_changed", "commande modifiée"),
    ("order.change_created", "commande passée"),
    ("order.change_other", "changement"),
    ("order.change_shortage", "réduite à la réception"),
    ("order.changes", "Historique de la commande"),
    ("order.closes", "Vous pouvez commander et changer votre commande jusqu’à"),
    ("order.confirm", "Confirmer ma commande"),
    ("order.desk_hint", "Commande prise par téléphone ou à la permanence : elle est enregistrée à votre nom."),
    ("order.desk_link", "Saisir la commande de ce foyer"),
    ("order.draft_restored", "Votre panier non confirmé a été retrouvé sur ce téléphone. Vérifiez-le, puis confirmez."),
    ("order.left", "Il en reste"),
    ("order.mine", "Ma commande"),
    ("order.no_cycle", "Pas de commande en cours. Vous serez prévenu à l’ouverture du prochain cycle."),
    ("order.past", "Mes commandes passées"),
    ("order.pickup_at", "À retirer à"),
    ("order.sold_out", "Épuisé"),
    ("order.title", "Ma commande"),
    ("order.total", "Total à payer :"),
    ("order.where", "Où retirer votre commande ?"),
    ("payment.card", "carte"),
    ("payment.cash", "espèces"),
    ("payment.cheque", "chèque"),
    ("payment.transfer", "virement"),
    ("payment.unknown", "autre"),
    ("profile.of_price", "du prix"),
    ("profile.password_submit", "Changer mon mot de passe"),
    ("profile.password_title", "Mot de passe"),
    ("profile.tier_explain", "Chacun paie selon ses moyens : choisissez le tarif qui convient à votre foyer. Aucun justificatif n’est demandé, et vous pouvez en changer quand vous voulez."),
    ("profile.tier_for", "Tarif du foyer"),
    ("profile.tier_private", "Votre tarif reste privé : les autres membres et les bénévoles ne le voient jamais."),
    ("profile.tier_title", "Mon tarif"),
    ("profile.title", "Mon profil"),
    ("reception.arrived", "Arrivé :"),
    ("reception.help", "Un producteur a livré moins que prévu ? Indiquez ce qui est arrivé. Les commandes de ce produit sont réduites à tour de rôle (une part à chaque foyer, puis une deuxième…), et les foyers concernés reçoivent un message."),
    ("reception.ordered", "Commandé :"),
    ("reception.record", "Enregistrer ce qui est arrivé"),
    ("reception.title", "Réception des livraisons"),
    ("report.csv", "Télécharger les bons de commande (CSV)"),
    ("report.households", "Foyers"),
    ("report.line_total", "Total"),
    ("report.link", "Bons de commande, préparation et bilan"),
    ("report.packing", "Listes de préparation"),
    ("report.packing_csv", "Télécharger les listes de préparation (CSV)"),
    ("report.paid", "Payé par les foyers"),
    ("report.producer_total", "Prix producteurs"),
    ("report.product", "Produit"),
    ("report.purchase_orders", "Bons de commande par producteur"),
    ("report.quantity", "Quantité"),
    ("report.solidarity", "Coût de la solidarité"),
    ("report.summary", "Bilan par tarif"),
    ("report.total", "Total"),
    ("report.unit_price", "Prix unitaire"),
    ("role.admin", "administration"),
    ("role.coordinator", "coordination"),
    ("shift.add", "Ajouter"),
    ("shift.add_person", "Ajouter une personne"),
    ("shift.call_to_withdraw", "Le créneau commence bientôt : pour vous retirer, appelez la coordination."),
    ("shift.change_removed", "ce créneau est supprimé, merci quand même"),
    ("shift.copy_from", "Copier les créneaux du cycle"),
    ("shift.coverage", "Créneaux de bénévolat"),
    ("shift.create", "Créer le créneau"),
    ("shift.cutoff_1", "Vous pouvez vous retirer en ligne jusqu’à"),
    ("shift.cutoff_2", "heures avant le début."),
    ("shift.delete", "Supprimer ce créneau"),
    ("shift.edit", "Modifier ou supprimer"),
    ("shift.full", "Complet"),
    ("shift.household_hours", "Temps donné par votre foyer :"),
    ("shift.intro", "Chaque distribution a besoin de quelques mains. Choisissez un créneau qui vous va : une inscription, c’est un engagement simple, et la coordination vous explique tout sur place."),
    ("shift.mark_done", "Venu·e"),
    ("shift.mark_no_show", "Absent·e"),
    ("shift.mine", "Mes prochains créneaux"),
    ("shift.new", "Nouveau créneau"),
    ("shift.none_open", "Aucun créneau ouvert pour l’instant."),
    ("shift.none_yet", "Vous n’avez pas encore de créneau. Choisissez-en un plus bas, en un seul geste."),
    ("shift.one_place_left", "Reste 1 place"),
    ("shift.open", "Créneaux à venir"),
    ("shift.open_sheet", "Ouvrir la feuille de distribution"),
    ("shift.past", "Mes créneaux passés"),
    ("shift.places_filled", "places prises"),
    ("shift.places_left", "places restantes"),
    ("shift.remove_person", "Retirer"),
    ("shift.short_soon", "manque du monde (moins de 48 h)"),
    ("shift.sign_up", "Je m’inscris"),
    ("shift.status_done", "fait, merci"),
    ("shift.status_no_show", "absent·e"),
    ("shift.status_signed", "inscrit·e"),
    ("shift.tasks_first", "Créez d’abord une tâche de bénévolat."),
    ("shift.thanks", "Merci pour ce que vous faites pour le groupe."),
    ("shift.title", "Bénévolat"),
    ("shift.warehouse", "Local de l’association (entrepôt)"),
    ("shift.withdraw", "Me retirer de ce créneau"),
    ("shift.you_are_in", "Vous êtes inscrit·e. Merci !"),
    ("task.add", "Ajouter cette tâche"),
    ("task.at_table", "Donne accès à la feuille de distribution (table de retrait, caisse)"),
    ("task.intro", "Décrivez chaque tâche une fois, en mots simples : ce qu’on y fait, et à qui elle convient. Vous la choisirez ensuite pour les créneaux de chaque cycle."),
    ("task.limited_mobility", "Possible à mobilité réduite"),
    ("task.little_french", "Peu de français nécessaire"),
    ("task.new", "Nouvelle tâche"),
    ("task.title", "Tâches de bénévolat"),
    ("task.with_children", "Possible avec des enfants"),
    ("unit.bag", "sachet"),
    ("unit.bottle", "bouteille"),
    ("unit.bunch", "botte"),
    ("unit.dozen", "douzaine"),
    ("unit.jar", "bocal"),
    ("unit.kg", "kg"),
    ("unit.l", "L"),
    ("unit.piece", "pièce"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for w in FR.windows(2) {
            assert!(w[0].0 < w[1].0, "{} must come before {}", w[0].0, w[1].0);
        }
    }

    /// Every key written in the source exists in the French table.
    #[test]
    fn every_key_in_the_source_is_translated() {
        let prefixes = [
            "app", "nav", "common", "catalogue", "login", "invitation", "profile", "coord", "admin", "field", "error",
            "unit", "label", "role", "notfound", "cycle", "order", "report", "distribution", "payment", "notif", "reception",
            "shift", "task", "gov",
        ];
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.file_name().unwrap() == "i18n.rs" {
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                for piece in src.split('"').skip(1).step_by(2) {
                    if let Some((prefix, rest)) = piece.split_once('.') {
                        if prefixes.contains(&prefix)
                            && !rest.is_empty()
                            && rest.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                            && !has(piece)
                        {
                            missing.push(format!("{}: {piece}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "untranslated keys: {missing:#?}");
    }

    #[test]
    fn blanks_are_filled() {
        let p = vec![("cycle".to_string(), "Novembre".to_string()), ("n".to_string(), "3".to_string())];
        assert_eq!(fill("Le cycle {cycle} : {n} foyers", &p), "Le cycle Novembre : 3 foyers");
        assert_eq!(fill("{missing} reste vide", &p), " reste vide");
        assert_eq!(fill("accolade { seule", &p), "accolade { seule");
    }

    #[test]
    fn unknown_keys_never_show_raw() {
        assert_eq!(t("no.such_key"), "…");
        assert!(!has("no.such_key"));
        assert_eq!(t("app.name"), "Pot Commun");
    }
}
