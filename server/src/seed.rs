//! Demo data: a believable association in the Lyon area, with producers from
//! Auvergne-Rhône-Alpes. Idempotent: a second run changes nothing.

use app::accounts::{Role, Setting};
use app::catalogue::encode_labels;
use app::domain::text::fold;
use sqlx::AnyPool;

/// Every demo account's password (documented in the README).
pub const DEMO_PASSWORD: &str = "potcommun";

const PICKUP_POINTS: [(&str, &str, &str); 2] = [
    ("Centre social des Buers", "17 rue Octavie, 69100 Villeurbanne", "Salle du rez-de-chaussée, entrée par la cour. Accessible en fauteuil."),
    ("Salle commune de la tour Cervelières", "4 rue des Cervelières, 69120 Vaulx-en-Velin", "Au pied de la tour B, porte verte. Sonner « Pot Commun »."),
];

/// (name, place, km, story, contact)
const PRODUCERS: [(&str, &str, i64, &str, &str); 12] = [
    ("GAEC des Trois Chênes", "Saint-Marcellin (Isère)", 45, "Trois associés, 12 hectares de maraîchage bio, des légumes de saison toute l’année.", "Julien Morel · 06 71 22 48 10"),
    ("Verger de la Combe", "Loriol-sur-Drôme (Drôme)", 95, "Pommes, poires, abricots et pêches d’un verger familial passé en bio en 2009.", "Sandrine Bayle · 06 32 18 77 45"),
    ("Moulin de Chabeuil", "Chabeuil (Drôme)", 100, "Un moulin à meules de pierre qui écrase les blés anciens et les légumineuses de la vallée.", "Patrick Roux · 04 75 59 12 03"),
    ("Fromagerie du Vercors", "Villard-de-Lans (Isère)", 70, "Coopérative de six fermes laitières du plateau : bleu du Vercors, tommes et yaourts.", "Accueil · 04 76 95 10 44"),
    ("Rucher des Coteaux", "Crest (Drôme)", 110, "Deux cents ruches qui transhument entre lavande et montagne.", "Élodie Chaix · 06 12 90 33 71"),
    ("Ferme de la Vialle", "Annonay (Ardèche)", 75, "Poules en plein air et volailles élevées 120 jours sur parcours herbeux.", "Karim Benali · 06 45 67 89 12"),
    ("Le Levain Partagé", "Vienne (Isère)", 30, "Boulangerie paysanne : pains au levain cuits au feu de bois, farines du Moulin de Chabeuil.", "Lucie Fabre · 06 88 41 20 36"),
    ("Huilerie du Nyonsais", "Nyons (Drôme)", 160, "Moulin à huile d’olive AOP de Nyons, olives noires et tapenades.", "Commandes · 04 75 26 03 55"),
    ("Domaine du Mont Pilat", "Pélussin (Loire)", 55, "Vergers et vignes en coteaux : jus de fruits, cidre et vins nature.", "Marc Teyssier · 06 23 45 78 90"),
    ("Savonnerie des Bulles d’Ardèche", "Privas (Ardèche)", 140, "Savons saponifiés à froid et produits d’entretien écologiques.", "Nadia Ferrand · 06 56 34 12 78"),
    ("Laiterie du Haut-Lyonnais", "Saint-Martin-en-Haut (Rhône)", 35, "Lait cru, crème et beurre de vaches nourries à l’herbe.", "Bruno Guillot · 06 77 81 92 04"),
    ("Les Bocaux de Marthe", "Vénissieux (Rhône)", 8, "Conserverie solidaire qui transforme les invendus des maraîchers en soupes, sauces et confitures.", "Marthe Diallo · 07 66 12 45 90"),
];

/// (category, [(name, producer, unit, step_milli, price_cents, labels)])
type P = (&'static str, usize, &'static str, i64, i64, &'static [&'static str]);
const CATALOGUE: [(&str, [P; 15]); 10] = [
    ("Légumes", [
        ("Pommes de terre", 0, "kg", 1000, 180, &["bio", "local"]),
        ("Carottes", 0, "kg", 500, 220, &["bio", "local"]),
        ("Poireaux", 0, "kg", 500, 340, &["bio", "local"]),
        ("Oignons jaunes", 0, "kg", 500, 260, &["bio", "local"]),
        ("Courge butternut", 0, "piece", 1000, 350, &["bio", "local"]),
        ("Chou vert", 0, "piece", 1000, 290, &["bio", "local"]),
        ("Betteraves crues", 0, "kg", 500, 310, &["bio", "local"]),
        ("Céleri-rave", 0, "piece", 1000, 280, &["bio", "local"]),
        ("Salade batavia", 0, "piece", 1000, 150, &["bio", "local"]),
        ("Épinards", 0, "kg", 500, 690, &["bio", "local"]),
        ("Radis noir", 0, "piece", 1000, 160, &["bio", "local"]),
        ("Ail", 0, "kg", 250, 1400, &["bio", "local"]),
        ("Panais", 0, "kg", 500, 420, &["bio", "local"]),
        ("Botte de persil", 0, "bunch", 1000, 120, &["bio", "local"]),
        ("Potimarron", 0, "kg", 1000, 300, &["bio", "local"]),
    ]),
    ("Fruits", [
        ("Pommes Golden", 1, "kg", 1000, 290, &["bio", "local"]),
        ("Pommes Canada", 1, "kg", 1000, 320, &["bio", "local"]),
        ("Poires Conférence", 1, "kg", 1000, 350, &["bio", "local"]),
        ("Kiwis de la Drôme", 1, "kg", 500, 460, &["bio", "local"]),
        ("Noix de Grenoble", 1, "kg", 500, 1200, &["bio", "local"]),
        ("Châtaignes", 1, "kg", 500, 800, &["bio", "local"]),
        ("Coings", 1, "kg", 1000, 380, &["bio", "local"]),
        ("Abricots secs", 1, "kg", 250, 2200, &["bio"]),
        ("Pommes à cuire", 1, "kg", 2000, 210, &["bio", "local"]),
        ("Compote pomme-coing", 11, "jar", 1000, 390, &["local"]),
        ("Figues sèches", 1, "kg", 250, 1800, &["bio"]),
        ("Raisins secs", 1, "kg", 250, 1100, &["bio"]),
        ("Pruneaux", 1, "kg", 250, 1300, &["bio"]),
        ("Clémentines", 1, "kg", 1000, 390, &["bio"]),
        ("Citrons", 1, "kg", 500, 520, &["bio"]),
    ]),
    ("Pains et farines", [
        ("Pain de campagne au levain", 6, "piece", 1000, 480, &["bio", "local"]),
        ("Pain complet", 6, "piece", 1000, 450, &["bio", "local"]),
        ("Pain de seigle", 6, "piece", 1000, 520, &["bio", "local"]),
        ("Pain aux noix", 6, "piece", 1000, 650, &["bio", "local"]),
        ("Pain petit épeautre", 6, "piece", 1000, 690, &["bio", "local"]),
        ("Brioche au beurre", 6, "piece", 1000, 720, &["bio", "local"]),
        ("Pogne de Romans", 6, "piece", 1000, 850, &["local"]),
        ("Farine de blé T65", 2, "kg", 1000, 210, &["bio", "local", "vrac"]),
        ("Farine de blé T80", 2, "kg", 1000, 230, &["bio", "local", "vrac"]),
        ("Farine complète T150", 2, "kg", 1000, 250, &["bio", "local", "vrac"]),
        ("Farine de seigle", 2, "kg", 1000, 320, &["bio", "local", "vrac"]),
        ("Farine de petit épeautre", 2, "kg", 1000, 620, &["bio", "local", "vrac"]),
        ("Flocons d’avoine", 2, "kg", 500, 380, &["bio", "vrac"]),
        ("Semoule de blé dur", 2, "kg", 500, 340, &["bio", "vrac"]),
        ("Levure boulangère sèche", 2, "bag", 1000, 150, &["bio"]),
    ]),
    ("Épicerie salée", [
        ("Lentilles vertes", 2, "kg", 500, 470, &["bio", "local", "vrac"]),
        ("Lentilles corail", 2, "kg", 500, 520, &["bio", "vrac"]),
        ("Pois chiches", 2, "kg", 500, 450, &["bio", "local", "vrac"]),
        ("Haricots blancs lingots", 2, "kg", 500, 690, &["bio", "vrac"]),
        ("Pois cassés", 2, "kg", 500, 390, &["bio", "vrac"]),
        ("Riz de Camargue demi-complet", 2, "kg", 500, 420, &["bio", "vrac"]),
        ("Riz basmati", 2, "kg", 500, 580, &["bio", "vrac", "equitable"]),
        ("Pâtes complètes (penne)", 2, "kg", 500, 430, &["bio", "local", "vrac"]),
        ("Spaghetti", 2, "kg", 500, 390, &["bio", "local", "vrac"]),
        ("Coquillettes", 2, "kg", 500, 380, &["bio", "local", "vrac"]),
        ("Quinoa", 2, "kg", 500, 890, &["bio", "vrac"]),
        ("Boulgour", 2, "kg", 500, 450, &["bio", "vrac"]),
        ("Polenta", 2, "kg", 500, 360, &["bio", "local", "vrac"]),
        ("Sel de Camargue", 2, "kg", 1000, 180, &["vrac"]),
        ("Graines de tournesol", 2, "kg", 250, 650, &["bio", "vrac"]),
    ]),
    ("Fromages et crèmerie", [
        ("Bleu du Vercors-Sassenage", 3, "kg", 250, 2390, &["local"]),
        ("Tomme du Vercors", 3, "kg", 250, 1990, &["local"]),
        ("Saint-Marcellin", 3, "piece", 1000, 250, &["local"]),
        ("Picodon de la Drôme", 3, "piece", 1000, 290, &["local"]),
        ("Fromage blanc", 3, "kg", 500, 640, &["bio", "local"]),
        ("Yaourts nature (x4)", 3, "piece", 1000, 320, &["bio", "local"]),
        ("Yaourts aux fruits (x4)", 3, "piece", 1000, 380, &["bio", "local"]),
        ("Faisselle", 3, "piece", 1000, 290, &["local"]),
        ("Raclette fermière", 3, "kg", 500, 1890, &["local"]),
        ("Lait cru entier", 10, "l", 1000, 130, &["local"]),
        ("Lait demi-écrémé", 10, "l", 1000, 120, &["bio", "local"]),
        ("Crème fraîche épaisse", 10, "jar", 1000, 350, &["local"]),
        ("Beurre doux", 10, "piece", 1000, 330, &["local"]),
        ("Beurre demi-sel", 10, "piece", 1000, 340, &["local"]),
        ("Fromage de chèvre frais", 3, "piece", 1000, 260, &["bio", "local"]),
    ]),
    ("Œufs et viandes", [
        ("Œufs plein air (x6)", 5, "piece", 1000, 240, &["local"]),
        ("Œufs bio (x12)", 5, "dozen", 1000, 520, &["bio", "local"]),
        ("Poulet fermier entier", 5, "piece", 1000, 1650, &["local"]),
        ("Cuisses de poulet", 5, "kg", 500, 1290, &["local"]),
        ("Escalopes de dinde", 5, "kg", 500, 1790, &["local"]),
        ("Pintade fermière", 5, "piece", 1000, 1890, &["local"]),
        ("Saucisses de volaille", 5, "kg", 500, 1390, &["local"]),
        ("Merguez de volaille", 5, "kg", 500, 1450, &["local"]),
        ("Terrine de campagne", 5, "jar", 1000, 590, &["local"]),
        ("Rillettes de poulet", 5, "jar", 1000, 520, &["local"]),
        ("Foies de volaille", 5, "kg", 250, 990, &["local"]),
        ("Bouillon de volaille", 11, "jar", 1000, 390, &["local"]),
        ("Haché de bœuf", 5, "kg", 500, 1690, &["local"]),
        ("Bourguignon de bœuf", 5, "kg", 500, 1590, &["local"]),
        ("Œufs extra-frais (x30)", 5, "piece", 1000, 1090, &["local"]),
    ]),
    ("Sucré", [
        ("Miel de lavande", 4, "jar", 1000, 950, &["local"]),
        ("Miel de montagne", 4, "jar", 1000, 890, &["local"]),
        ("Miel de châtaignier", 4, "jar", 1000, 920, &["local"]),
        ("Miel toutes fleurs", 4, "jar", 1000, 790, &["local"]),
        ("Pain d’épices au miel", 4, "piece", 1000, 650, &["local"]),
        ("Confiture d’abricots", 11, "jar", 1000, 420, &["local"]),
        ("Confiture de fraises", 11, "jar", 1000, 450, &["local"]),
        ("Gelée de coings", 11, "jar", 1000, 430, &["local"]),
        ("Crème de marrons", 11, "jar", 1000, 490, &["local"]),
        ("Sucre de canne complet", 2, "kg", 500, 490, &["bio", "vrac", "equitable"]),
        ("Chocolat noir 70 %", 2, "piece", 1000, 320, &["bio", "equitable"]),
        ("Cacao en poudre", 2, "kg", 250, 1690, &["bio", "vrac", "equitable"]),
        ("Biscuits sablés", 6, "bag", 1000, 390, &["bio", "local"]),
        ("Nougat de Montélimar", 4, "piece", 1000, 590, &["local"]),
        ("Sirop de menthe", 8, "bottle", 1000, 520, &["local"]),
    ]),
    ("Huiles, conserves et condiments", [
        ("Huile d’olive AOP Nyons", 7, "l", 500, 2400, &["local"]),
        ("Huile de tournesol", 7, "l", 1000, 490, &["bio", "vrac"]),
        ("Huile de colza", 7, "l", 1000, 520, &["bio", "vrac"]),
        ("Olives noires de Nyons", 7, "kg", 250, 1590, &["local"]),
        ("Tapenade noire", 7, "jar", 1000, 490, &["local"]),
        ("Vinaigre de cidre", 8, "bottle", 1000, 350, &["bio", "local"]),
        ("Moutarde à l’ancienne", 11, "jar", 1000, 290, &["local"]),
        ("Sauce tomate basilic", 11, "jar", 1000, 380, &["local"]),
        ("Soupe de légumes d’hiver", 11, "jar", 1000, 420, &["local"]),
        ("Ratatouille", 11, "jar", 1000, 520, &["local"]),
        ("Tomates pelées", 11, "jar", 1000, 340, &["local"]),
        ("Caviar d’aubergine", 11, "jar", 1000, 450, &["local"]),
        ("Houmous", 11, "jar", 1000, 390, &["local"]),
        ("Pickles de légumes", 11, "jar", 1000, 410, &["local"]),
        ("Herbes de Provence", 7, "bag", 1000, 290, &["bio"]),
    ]),
    ("Boissons", [
        ("Jus de pomme", 8, "bottle", 1000, 350, &["bio", "local"]),
        ("Jus de pomme-poire", 8, "bottle", 1000, 380, &["bio", "local"]),
        ("Nectar d’abricot", 8, "bottle", 1000, 420, &["local"]),
        ("Jus de raisin", 8, "bottle", 1000, 410, &["bio", "local"]),
        ("Cidre brut", 8, "bottle", 1000, 450, &["bio", "local"]),
        ("Limonade artisanale", 8, "bottle", 1000, 290, &["local"]),
        ("Vin rouge Côtes-du-Rhône", 8, "bottle", 1000, 790, &["bio"]),
        ("Vin blanc Condrieu", 8, "bottle", 1000, 1890, &["local"]),
        ("Café moulu du Pérou", 2, "kg", 250, 1990, &["bio", "equitable"]),
        ("Café en grains", 2, "kg", 250, 1890, &["bio", "equitable", "vrac"]),
        ("Thé noir", 2, "kg", 100, 3900, &["bio", "equitable", "vrac"]),
        ("Tisane verveine", 4, "bag", 1000, 450, &["bio", "local"]),
        ("Tisane tilleul", 4, "bag", 1000, 430, &["bio", "local"]),
        ("Sirop de grenadine", 8, "bottle", 1000, 520, &["local"]),
        ("Bière blonde du Pilat", 8, "bottle", 1000, 290, &["local"]),
    ]),
    ("Hygiène et entretien", [
        ("Savon de Marseille", 9, "piece", 1000, 390, &["local"]),
        ("Savon au lait de chèvre", 9, "piece", 1000, 550, &["local"]),
        ("Savon à l’argile", 9, "piece", 1000, 520, &["local"]),
        ("Shampoing solide", 9, "piece", 1000, 890, &["local"]),
        ("Liquide vaisselle", 9, "l", 1000, 450, &["vrac"]),
        ("Lessive liquide", 9, "l", 1000, 520, &["vrac"]),
        ("Vinaigre ménager", 9, "l", 1000, 250, &["vrac"]),
        ("Bicarbonate de soude", 9, "kg", 500, 480, &["vrac"]),
        ("Cristaux de soude", 9, "kg", 500, 390, &["vrac"]),
        ("Savon noir", 9, "l", 500, 790, &["vrac"]),
        ("Dentifrice à l’argile", 9, "piece", 1000, 490, &["local"]),
        ("Déodorant solide", 9, "piece", 1000, 750, &["local"]),
        ("Crème pour les mains", 9, "jar", 1000, 890, &["local"]),
        ("Baume à lèvres", 9, "piece", 1000, 390, &["local"]),
        ("Éponges lavables (x3)", 9, "piece", 1000, 690, &["local"]),
    ]),
];

const FIRST_NAMES: [&str; 30] = [
    "Awa", "Mohamed", "Sophie", "Fatoumata", "Nicolas", "Leïla", "Jean-Marc", "Aïcha", "Kévin", "Mariam",
    "Christine", "Youssef", "Nadia", "Thierry", "Fatima", "Rachid", "Élodie", "Moussa", "Samia", "Patrick",
    "Hawa", "Julien", "Khadija", "Bernard", "Aminata", "Sébastien", "Yasmine", "Omar", "Martine", "Ibrahim",
];
const LAST_NAMES: [&str; 30] = [
    "Diallo", "Benali", "Martin", "Traoré", "Petit", "Haddad", "Roux", "Cissé", "Lefèvre", "Koné",
    "Garcia", "El Amrani", "Bouzid", "Moreau", "Mansouri", "Belkacem", "Fournier", "Camara", "Chérif", "Girard",
    "Sissoko", "Bonnet", "Ait Said", "Lambert", "Sow", "Mercier", "Rahmani", "Ndiaye", "Faure", "Touré",
];

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("password hashing failed")]
    Hash,
}

pub fn hash_password(password: &str) -> Result<String, SeedError> {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let salt = SaltString::generate(&mut OsRng);
    argon2::Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|_| SeedError::Hash)
}

/// Loads the demo association. Returns `false` if it was already there.
pub async fn seed_demo(pool: &AnyPool) -> Result<bool, SeedError> {
    if app::accounts::repo::setting(pool, Setting::DemoSeeded).await?.is_some() {
        return Ok(false);
    }
    // One hash for every demo account: they share the documented password.
    let hash = hash_password(DEMO_PASSWORD)?;
    let now = chrono_now();
    let mut tx = pool.begin().await?;

    for (name, address, notes) in PICKUP_POINTS {
        sqlx::query("INSERT INTO pickup_points (name, address, access_notes) VALUES ($1, $2, $3)")
            .bind(name)
            .bind(address)
            .bind(notes)
            .execute(&mut *tx)
            .await?;
    }

    let mut producer_ids = Vec::new();
    for (name, place, km, story, contact) in PRODUCERS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO producers (name, search_name, place, distance_km, story, contact) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(name)
        .bind(fold(name))
        .bind(place)
        .bind(km)
        .bind(story)
        .bind(contact)
        .fetch_one(&mut *tx)
        .await?;
        producer_ids.push(id);
    }

    for (position, (category, products)) in CATALOGUE.iter().enumerate() {
        let category_id: i64 = sqlx::query_scalar("INSERT INTO categories (name, position) VALUES ($1, $2) RETURNING id")
            .bind(*category)
            .bind(position as i64 * 10)
            .fetch_one(&mut *tx)
            .await?;
        for (name, producer, unit, step, price, labels) in products.iter() {
            let producer_name = PRODUCERS[*producer].0;
            let description = format!("{} — {}", producer_name, PRODUCERS[*producer].1);
            // The farm has only so many chickens: a cap per cycle and per household.
            let (cap_household, cap_cycle): (Option<i64>, Option<i64>) =
                if name.contains("Poulet fermier") || name.contains("Pintade") { (Some(2000), Some(40_000)) } else { (None, None) };
            sqlx::query(
                "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, \
                 labels, photo_url, active, cap_household_milli, cap_cycle_milli, search_text, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, 1, $10, $11, $12, $13)",
            )
            .bind(*name)
            .bind(String::new())
            .bind(producer_ids[*producer])
            .bind(category_id)
            .bind(*unit)
            .bind(*step)
            .bind(*step)
            .bind(*price)
            .bind(encode_labels(labels))
            .bind(cap_household)
            .bind(cap_cycle)
            .bind(fold(&format!("{name} {description}")))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
    }

    let tiers: Vec<(i64, i64)> = sqlx::query_as("SELECT id, share_percent FROM price_tiers ORDER BY share_percent DESC").fetch_all(&mut *tx).await?;
    let tier_with_share = |share: i64| tiers.iter().find(|(_, s)| *s == share).or(tiers.first()).map(|(id, _)| *id);

    let staff = [
        ("Admin Pot Commun", Some("admin@potcommun.fr"), None, Role::Admin),
        ("Claire Dumas", Some("claire@potcommun.fr"), Some("0478000001"), Role::Coordinator),
        ("Samir Haddad", Some("samir@potcommun.fr"), Some("0478000002"), Role::Coordinator),
        ("Malika Benali", Some("tresorerie@potcommun.fr"), Some("0478000003"), Role::Treasurer),
    ];
    for (name, email, phone, role) in staff {
        insert_account(&mut tx, None, name, email, phone, role, &hash, now).await?;
    }

    // 30 households spread over the tiers: 12 full, 10 solidarity, 8 strong
    // solidarity. About one in three has no email, only a phone.
    for i in 0..30usize {
        let share = match i % 15 {
            0..=5 => 100,
            6..=10 => 50,
            _ => 10,
        };
        let first = FIRST_NAMES[i];
        let last = LAST_NAMES[i];
        let household = format!("Foyer {last}");
        let household_id = app::accounts::repo::insert_household(&mut *tx, &household, tier_with_share(share), now).await?;
        let email = (i % 3 != 2).then(|| format!("{}@exemple.fr", fold(first).replace([' ', '-'], "")));
        let phone = format!("06{:08}", 11_223_300 + i);
        insert_account(&mut tx, Some(household_id), &format!("{first} {last}"), email.as_deref(), Some(&phone), Role::Member, &hash, now)
            .await?;
    }

    // Two members who read another language than French: their pages,
    // notices and push messages are in it; products, workshops and names
    // stay as the association typed them.
    for (phone, lang) in [("0611223326", "ar"), ("0611223309", "en")] {
        sqlx::query("UPDATE accounts SET lang = $1 WHERE phone = $2").bind(lang).bind(phone).execute(&mut *tx).await?;
    }

    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, '1')").bind(Setting::DemoSeeded).execute(&mut *tx).await?;
    // The letterhead of the purchase orders.
    for (key, value) in [(Setting::AssociationName, "Pot Commun — groupement d’achat des Buers"), (Setting::AssociationAddress, "17 rue Octavie, 69100 Villeurbanne")] {
        app::accounts::repo::keep_setting(&mut tx, key, value).await?;
    }
    tx.commit().await?;

    // A cycle open since yesterday, closing in six days, picked up two days
    // later at both points: the demo has something to order.
    let coordinator = app::accounts::repo::credentials_by_email(pool, "claire@potcommun.fr").await?.map(|c| c.account_id).unwrap_or(1);
    let day = 86_400;
    let closes = (now + 6 * day) / 3600 * 3600;
    let cycle = app::cycles::repo::create(pool, "Commande de la semaine", now - day, closes, coordinator, now).await?;
    let points = app::cycles::repo::pickup_points(pool).await?;
    for (i, point) in points.iter().enumerate() {
        let start = closes + 2 * day + i as i64 * 3 * 3600;
        app::cycles::repo::set_pickup(pool, cycle, point.id, start, start + 2 * 3600).await?;
    }
    // The demo cycle is announced already: loading the demo does not fill
    // thirty households' messages.
    sqlx::query("UPDATE cycles SET opened_told_at = $1 WHERE id = $2").bind(now).bind(cycle).execute(pool).await?;
    seed_shifts(pool, cycle, closes, &points).await?;
    seed_commission(pool, now).await?;
    seed_workshops(pool, now).await?;
    seed_funding(pool, now, coordinator).await?;
    Ok(true)
}

/// The funders of the demo, for this calendar year: the city pays for the
/// two lower tiers, the CAF for fruit and vegetables at least half, and
/// the members who pay above cost help too. The reports count fruit and
/// vegetables from the two categories of that name.
async fn seed_funding(pool: &AnyPool, now: i64, by: i64) -> Result<(), SeedError> {
    use app::cycles::time;
    let (year, _, _) = time::calendar_day(now);
    let (Some(starts), Some(ends)) = (time::day_start((year, 1, 1)), time::day_start((year + 1, 1, 1))) else {
        return Ok(());
    };
    let category = |name: &'static str| async move { sqlx::query_scalar::<_, i64>("SELECT id FROM categories WHERE name = $1").bind(name).fetch_optional(pool).await };
    let (Some(vegetables), Some(fruit)) = (category("Légumes").await?, category("Fruits").await?) else {
        return Ok(());
    };
    let mut ids = Vec::new();
    for name in ["Ville de Villeurbanne", "CAF du Rhône", "Membres solidaires"] {
        ids.push(app::funding::repo::insert_funder(pool, name, now).await?.unwrap_or_default());
    }
    let grant = |funder_id, name, members, amount_cents, priority, max_share_percent, min_share, categories: &'static [i64]| app::funding::repo::NewGrant {
        funder_id,
        name,
        members,
        amount_cents,
        starts_at: starts,
        ends_at: ends,
        priority,
        max_share_percent,
        cap_household_cents: None,
        min_share,
        categories,
        by,
    };
    let min_vegetables = Some(app::domain::funding::MinShare { category: vegetables, percent: 50 });
    for g in [
        grant(ids[2], "Soutien des membres", true, 0, 1, None, None, &[]),
        grant(ids[1], "Fonds fruits et légumes", false, 150_000, 2, None, min_vegetables, &[]),
        grant(ids[0], "Convention annuelle", false, 300_000, 3, Some(50), None, &[]),
    ] {
        app::funding::repo::insert_grant(pool, &g, now).await?;
    }
    app::accounts::repo::set_setting(pool, Setting::ReportProduceCategories, &format!("{vegetables},{fruit}")).await?;
    Ok(())
}

/// Two published workshops proposed by members, so the demo shows the
/// list with places, children and "prix libre". Published directly: the
/// demo tells nobody about decisions that were never taken in the app.
async fn seed_workshops(pool: &AnyPool, now: i64) -> Result<(), SeedError> {
    use app::cycles::time;
    let day = 86_400;
    let workshops = [
        ("0611223320", "Batch cooking avec le panier", "On cuisine ensemble les légumes du panier pour la semaine : soupes, gratins, compotes. Chacun repart avec des bocaux.", 4, "10:00", "13:00", "Centre social des Buers, cuisine", 8, "Prix libre conseillé : 3 €", "Des bocaux vides, un tablier", "français, arabe", true),
        ("0611223323", "Visite de la ferme du Bois Joli", "Visite de l’élevage de poules et du verger, goûter à la ferme. Covoiturage depuis le local.", 9, "14:00", "17:00", "Ferme du Bois Joli (départ du local à 13 h 30)", 12, "", "Des bottes", "français", true),
    ];
    for (phone, title, description, in_days, start, end, place, places, price, bring, languages, children) in workshops {
        let Some(proposer) = app::accounts::repo::credentials_by_phone(pool, phone).await?.map(|c| c.account_id) else {
            continue;
        };
        let date = time::to_input(now + in_days * day);
        let date = date.split('T').next().unwrap_or_default();
        let (Some(starts_at), Some(ends_at)) = (time::parse_day_time(date, start), time::parse_day_time(date, end)) else {
            continue;
        };
        let w = app::workshops::repo::NewWorkshop {
            proposer_id: proposer,
            title: title.into(),
            description: description.into(),
            cohosts: String::new(),
            starts_at,
            ends_at,
            place: place.into(),
            places,
            price_note: price.into(),
            bring: bring.into(),
            languages: languages.into(),
            children_welcome: children,
            photo_url: String::new(),
        };
        let id = app::workshops::repo::create(pool, &w, now).await?;
        sqlx::query("UPDATE workshops SET state = 'published' WHERE id = $1").bind(id).execute(pool).await?;
    }
    Ok(())
}

/// A catalogue commission whose first election is taking candidacies:
/// voting opens in two days and closes in five.
async fn seed_commission(pool: &AnyPool, now: i64) -> Result<(), SeedError> {
    use app::governance::repo;
    let c = repo::NewCommission {
        name: "Commission des produits".into(),
        scope: app::domain::governance::Scope::Catalogue,
        description: "Choisit avec l’équipe les produits et les producteurs du groupement.".into(),
        seats: 5,
        term_days: 365,
        quorum_percent: 50,
        majority: app::domain::governance::Majority::Simple,
    };
    if let Some(id) = repo::create_commission(pool, &c, 0, now).await? {
        let day = 86_400;
        let election = repo::create_election(pool, id, 5, now, now + 2 * day, now + 5 * day, now).await?;
        // Demo data is not news: nobody is told of this election's opening.
        sqlx::query("UPDATE elections SET candidacy_told_at = $1 WHERE id = $2").bind(now).bind(election).execute(pool).await?;
    }
    Ok(())
}

/// The tasks every distribution needs, described for someone who never
/// volunteered, and the demo cycle's shifts around its pickup windows.
async fn seed_shifts(pool: &AnyPool, cycle: i64, closes: i64, points: &[app::cycles::PickupPoint]) -> Result<(), SeedError> {
    use app::shifts::{repo, Task};
    let tasks = [
        ("Réception de la livraison", "Accueillir le camion du producteur, compter les caisses avec le bon de commande, les ranger au frais. Il faut porter des caisses.", false, true, false, false),
        ("Préparation des commandes", "Mettre dans le sac de chaque foyer ce qui est sur sa liste, au local, assis ou debout. On vous montre tout au début.", true, true, true, false),
        ("Distribution", "Accueillir les foyers au point de retrait, trouver leur sac et cocher « retiré » sur la feuille.", true, false, true, true),
        ("Caisse", "Encaisser chaque foyer (espèces, carte, chèque) et noter le montant sur la feuille de distribution.", false, false, true, true),
        ("Rangement", "Plier les tables, balayer, rapporter les caisses vides au local.", true, true, false, false),
    ];
    for (name, description, with_children, little_french, limited_mobility, at_table) in tasks {
        let task = Task { id: 0, name: name.into(), description: description.into(), with_children, little_french, limited_mobility, at_table };
        repo::save_task(pool, &task).await?;
    }
    let stored = repo::tasks(pool).await?;
    let by_name = |n: &str| stored.iter().find(|t| t.name == n).map_or(0, |t| t.id);
    let day = 86_400;
    // Reception the day after closing in the morning, preparing the day
    // after, then at each point: distribution and till during the window,
    // tidying after it.
    let reception = closes + day + 8 * 3600 - closes % day;
    let mut shifts = vec![
        (by_name("Réception de la livraison"), None, reception, reception + 2 * 3600, 3),
        (by_name("Préparation des commandes"), None, reception + day, reception + day + 3 * 3600, 4),
    ];
    for (i, point) in points.iter().enumerate() {
        let start = closes + 2 * day + i as i64 * 3 * 3600;
        shifts.push((by_name("Distribution"), Some(point.id), start, start + 2 * 3600, 2));
        shifts.push((by_name("Caisse"), Some(point.id), start, start + 2 * 3600, 1));
        shifts.push((by_name("Rangement"), Some(point.id), start + 2 * 3600, start + 3 * 3600, 2));
    }
    for (task_id, pickup_point_id, starts_at, ends_at, needed) in shifts {
        let new = repo::NewShift { cycle_id: cycle, task_id, pickup_point_id, starts_at, ends_at, needed, notes: String::new() };
        repo::create_shift(pool, &new).await?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn insert_account(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    household_id: Option<i64>,
    name: &str,
    email: Option<&str>,
    phone: Option<&str>,
    role: Role,
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let account = app::accounts::repo::NewAccount {
        household_id,
        display_name: name,
        email,
        phone,
        role,
        password_hash: Some(hash),
    };
    app::accounts::repo::insert_account(&mut **tx, &account, now).await?;
    Ok(())
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Creates an admin account (or finds it) and prints a one-time link.
pub async fn create_admin(pool: &AnyPool, email: &str, public_url: &str) -> Result<String, String> {
    let email = app::domain::text::normalize_email(email).map_err(|_| format!("« {email} » n’est pas une adresse e-mail valide"))?;
    let now = chrono_now();
    let existing = app::accounts::repo::credentials_by_email(pool, &email).await.map_err(|e| e.to_string())?;
    let account_id = match existing {
        Some(c) => {
            let role = app::accounts::repo::account_role(pool, c.account_id).await.map_err(|e| e.to_string())?;
            if role != Some(Role::Admin) {
                return Err(format!("{email} existe déjà et n’est pas un compte d’administration"));
            }
            c.account_id
        }
        None => {
            let account = app::accounts::repo::NewAccount {
                household_id: None,
                display_name: "Administration",
                email: Some(&email),
                phone: None,
                role: Role::Admin,
                password_hash: None,
            };
            app::accounts::repo::insert_account(pool, &account, now)
                .await
                .map_err(|e| e.to_string())?
                .ok_or_else(|| format!("{email} est déjà pris"))?
        }
    };
    let (token, hash) = app::accounts::session::new_token();
    app::accounts::repo::insert_invitation(pool, &hash, account_id, None, now, now + 14 * 86_400)
        .await
        .map_err(|e| e.to_string())?;
    Ok(format!("{}/invitation/{token}", public_url.trim_end_matches('/')))
}

/// A demo product to copy under a new name.
#[derive(sqlx::FromRow)]
struct Copied {
    name: String,
    producer_id: i64,
    category_id: i64,
    unit: String,
    step_milli: i64,
    min_milli: i64,
    price_cents: i64,
    labels: String,
}

/// Copies the demo products, with new names ("… (lot 2)"), until the
/// catalogue holds `target` products: a large network's offer, for
/// measuring pages and queries.
pub async fn grow_catalogue(pool: &AnyPool, target: i64) -> Result<(), sqlx::Error> {
    let rows: Vec<Copied> =
        sqlx::query_as("SELECT name, producer_id, category_id, unit, step_milli, min_milli, price_cents, labels FROM products ORDER BY id").fetch_all(pool).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut tx = pool.begin().await?;
    let mut n = rows.len() as i64;
    let mut round = 2;
    while n < target {
        for r in rows.iter().take((target - n) as usize) {
            let name = format!("{} (lot {round})", r.name);
            sqlx::query(
                "INSERT INTO products (name, description, producer_id, category_id, unit, step_milli, min_milli, price_cents, \
                 labels, active, search_text, updated_at) VALUES ($1, '', $2, $3, $4, $5, $6, $7, $8, 1, $9, 0)",
            )
            .bind(&name)
            .bind(r.producer_id)
            .bind(r.category_id)
            .bind(&r.unit)
            .bind(r.step_milli)
            .bind(r.min_milli)
            .bind(r.price_cents + round)
            .bind(&r.labels)
            .bind(app::domain::text::fold(&name))
            .execute(&mut *tx)
            .await?;
            n += 1;
        }
        round += 1;
    }
    // Offered by the cycles not yet closed, as the demo's own products are.
    sqlx::query(
        "INSERT INTO cycle_products (cycle_id, product_id, cap_milli, sold_milli) SELECT c.id, p.id, p.cap_cycle_milli, 0 \
         FROM cycles c, products p WHERE c.state IN ('planned', 'open') AND p.active = 1 \
         AND NOT EXISTS (SELECT 1 FROM cycle_products cp WHERE cp.cycle_id = c.id AND cp.product_id = p.id)",
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// A year of a group for the funders' reports and their benchmark:
/// `households` more households spread over the tiers (one in ten pays a
/// supporting 120 %, one in three says how many adults and children it
/// feeds), and `cycles` cycles a week apart, all distributed, the last
/// closed a day before `now`, where four households in five order `lines`
/// lines each. Deterministic (`seed`), written in large multi-row inserts
/// with the ids chosen here: a year of a large group (50 × 2 000 × 12)
/// loads in seconds, not the hour one insert per row would take.
pub async fn seed_year(pool: &AnyPool, cycles: i64, households: i64, lines: i64, seed: u64, now: i64) -> Result<(), sqlx::Error> {
    let mut rng = seed.max(1);
    let mut next = move |below: i64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % below.max(1) as u64) as i64
    };
    let postgres = pool.acquire().await?.backend_name() == "PostgreSQL";
    let support: Option<i64> = sqlx::query_scalar("SELECT id FROM price_tiers WHERE share_percent = 120").fetch_optional(pool).await?;
    if support.is_none() {
        sqlx::query("INSERT INTO price_tiers (name, share_percent, description) VALUES ('Soutien', 120, 'Vous payez un peu plus pour aider les autres.')").execute(pool).await?;
    }
    let tiers: Vec<(i64, i64)> = sqlx::query_as("SELECT id, share_percent FROM price_tiers ORDER BY share_percent DESC").fetch_all(pool).await?;
    let products: Vec<(i64, i64, i64)> = sqlx::query_as("SELECT id, price_cents, step_milli FROM products WHERE active = 1 ORDER BY id").fetch_all(pool).await?;
    let point: i64 = sqlx::query_scalar("SELECT MIN(id) FROM pickup_points").fetch_one(pool).await?;
    let max = |table: &'static str| async move { sqlx::query_scalar::<_, Option<i64>>(&format!("SELECT MAX(id) FROM {table}")).fetch_one(pool).await };
    let first_household = max("households").await?.unwrap_or(0) + 1;
    let first_cycle = max("cycles").await?.unwrap_or(0) + 1;
    let mut order_id = max("orders").await?.unwrap_or(0);

    let mut tx = pool.begin().await?;
    let mut rows = Vec::new();
    let mut shares = Vec::new();
    for i in 0..households {
        let (tier, share) = match i % 10 {
            0 => tiers.iter().find(|t| t.1 > 100),
            1..=4 => tiers.iter().find(|t| t.1 == 100),
            5..=7 => tiers.iter().find(|t| t.1 == 50),
            _ => tiers.iter().find(|t| t.1 == 10),
        }
        .or(tiers.first())
        .copied()
        .unwrap_or((0, 100));
        shares.push(share);
        let (adults, children) = if i % 3 == 0 { ((1 + next(3)).to_string(), next(4).to_string()) } else { ("NULL".into(), "NULL".into()) };
        rows.push(format!("({}, 'Foyer généré {}', 'foyer genere {}', {tier}, {adults}, {children}, {now})", first_household + i, i + 1, i + 1));
    }
    for chunk in rows.chunks(500) {
        sqlx::query(&format!("INSERT INTO households (id, name, search_name, tier_id, adults, children, created_at) VALUES {}", chunk.join(", "))).execute(&mut *tx).await?;
    }
    for c in 0..cycles {
        let closes = now - 86_400 - (cycles - 1 - c) * 7 * 86_400;
        let cycle = first_cycle + c;
        sqlx::query(&format!(
            "INSERT INTO cycles (id, name, opens_at, closes_at, state, created_at) VALUES ({cycle}, 'Cycle généré {}', {}, {closes}, 'distributed', {})",
            c + 1,
            closes - 5 * 86_400,
            closes - 6 * 86_400
        ))
        .execute(&mut *tx)
        .await?;
        let mut orders = Vec::new();
        let mut order_lines = Vec::new();
        for h in 0..households {
            if next(5) == 0 {
                continue;
            }
            order_id += 1;
            let share = shares[h as usize];
            let mut total = 0;
            let start = next(products.len() as i64);
            for l in 0..lines.min(products.len() as i64) {
                let (product, price, step) = products[((start + l * 7) % products.len() as i64) as usize];
                let qty = step * (1 + next(3));
                let line = app::domain::pricing::line_price_at_tier(price, qty, share);
                total += line;
                order_lines.push(format!("({order_id}, {product}, {qty}, {price}, {line}, {price})"));
            }
            orders.push(format!("({order_id}, {cycle}, {}, {point}, {share}, {total}, {closes}, {closes})", first_household + h));
        }
        for chunk in orders.chunks(500) {
            sqlx::query(&format!(
                "INSERT INTO orders (id, cycle_id, household_id, pickup_point_id, share_percent, total_cents, created_at, updated_at) VALUES {}",
                chunk.join(", ")
            ))
            .execute(&mut *tx)
            .await?;
        }
        for chunk in order_lines.chunks(1000) {
            sqlx::query(&format!(
                "INSERT INTO order_lines (order_id, product_id, qty_milli, price_cents, line_cents, producer_cents) VALUES {}",
                chunk.join(", ")
            ))
            .execute(&mut *tx)
            .await?;
        }
    }
    if postgres {
        // Ids were chosen here: the identity columns go on after them.
        for table in ["households", "cycles", "orders"] {
            sqlx::query(&format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")).execute(&mut *tx).await?;
        }
    }
    tx.commit().await
}
