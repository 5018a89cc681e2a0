//! Names, identifiers and free text typed by people.

/// Limits that keep a 10 000-character paste out of the database.
pub const MAX_NAME: usize = 120;
pub const MAX_TEXT: usize = 2000;

/// Trims and checks a required short text (a name, a place).
pub fn required(input: &str, max: usize) -> Result<String, &'static str> {
    let s = input.trim();
    if s.is_empty() {
        return Err("error-required");
    }
    if s.chars().count() > max {
        return Err("error-too_long");
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err("error-invalid_chars");
    }
    Ok(s.to_string())
}

/// Trims and checks an optional text; empty is fine.
pub fn optional(input: &str, max: usize) -> Result<String, &'static str> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    required(s, max)
}

/// Digits as the code reads them: Arabic-Indic (٠-٩) and Persian (۰-۹)
/// digits typed by a member become 0-9, the Arabic decimal sign (٫) a
/// comma. Numbers may be shown in Arabic digits, so they may be typed so.
pub fn latin_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{066B}' => ',',
            c => c,
        })
        .collect()
}

/// A whole number typed by a person, in Latin or Arabic-Indic digits.
pub fn whole_number(input: &str) -> Option<i64> {
    latin_digits(input.trim()).parse().ok()
}

/// Lower-cases and strips French accents so that "pates" finds "Pâtes" and
/// "oeuf" finds "Œufs". Used both to index products and to search them.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => out.push('a'),
            'ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'î' | 'ï' | 'í' => out.push('i'),
            'ô' | 'ö' | 'ó' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
            'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            '\'' | '’' | '-' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Which kind of identifier a person typed to log in.
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum Identifier {
    Email(String),
    Phone(String),
}

/// Normalises an email: trimmed, lower-case, one `@` with text on each side.
pub fn normalize_email(input: &str) -> Result<String, &'static str> {
    let s = input.trim().to_lowercase();
    if s.len() > 254 {
        return Err("error-email_invalid");
    }
    match s.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
                && !domain.contains('@') =>
        {
            Ok(s)
        }
        _ => Err("error-email_invalid"),
    }
}

/// An optional photo address: only our own files or https images, never
/// `javascript:`, `data:` or plain http.
pub fn photo_url(input: &str) -> Result<String, &'static str> {
    let photo = optional(input, 500)?;
    if !photo.is_empty() && !(photo.starts_with("https://") || (photo.starts_with('/') && !photo.starts_with("//"))) {
        return Err("error-photo_url");
    }
    Ok(photo)
}

/// Normalises a phone number to digits, French numbers to their national
/// form: "+33 6 12 34 56 78", "06.12.34.56.78" and "0612345678" are one.
pub fn normalize_phone(input: &str) -> Result<String, &'static str> {
    let latin = latin_digits(input);
    let s = latin.trim();
    let plus = s.starts_with('+');
    if s.chars().any(|c| !(c.is_ascii_digit() || " .-+()".contains(c))) {
        return Err("error-phone_invalid");
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let national = if plus && digits.starts_with("33") && digits.len() == 11 {
        format!("0{}", &digits[2..])
    } else if digits.starts_with("0033") && digits.len() == 13 {
        format!("0{}", &digits[4..])
    } else if plus {
        format!("+{digits}")
    } else {
        digits
    };
    let n = national.trim_start_matches('+').len();
    if !(6..=15).contains(&n) {
        return Err("error-phone_invalid");
    }
    Ok(national)
}

/// A stored phone number as people read it: "06 12 34 56 78" for a French
/// number, otherwise as stored.
pub fn display_phone(stored: &str) -> String {
    if stored.len() == 10 && stored.starts_with('0') && stored.chars().all(|c| c.is_ascii_digit()) {
        stored.as_bytes().chunks(2).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect::<Vec<_>>().join(" ")
    } else {
        stored.to_string()
    }
}

/// Tells an email from a phone number in the one login field.
pub fn parse_identifier(input: &str) -> Result<Identifier, &'static str> {
    if input.contains('@') {
        normalize_email(input).map(Identifier::Email)
    } else {
        normalize_phone(input).map(Identifier::Phone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_digits_read_as_numbers() {
        assert_eq!(latin_digits("١٫٥"), "1,5");
        assert_eq!(latin_digits("۲۳"), "23");
        assert_eq!(crate::domain::quantity::parse_quantity("١٫٥"), Ok(1500));
        assert_eq!(crate::domain::pricing::parse_euros("٢٫٣٥ €"), Ok(235));
        assert_eq!(normalize_phone("٠٦ ١١ ٢٢ ٣٣ ٢٦"), Ok("0611223326".into()), "a phone typed on an Arabic keyboard");
        assert_eq!(whole_number(" ١٢ "), Some(12));
        assert_eq!(whole_number("12"), Some(12));
        assert_eq!(whole_number("١٫٥"), None, "not whole");
    }

    #[test]
    fn phones_read_in_pairs() {
        assert_eq!(display_phone("0611223302"), "06 11 22 33 02");
        assert_eq!(display_phone("+441234567890"), "+441234567890");
    }

    #[test]
    fn photos_are_ours_or_https() {
        assert_eq!(photo_url(""), Ok(String::new()));
        assert_eq!(photo_url(" /photos/miel.webp "), Ok("/photos/miel.webp".into()));
        assert_eq!(photo_url("https://exemple.fr/a.jpg"), Ok("https://exemple.fr/a.jpg".into()));
        for bad in ["javascript:alert(1)", "http://exemple.fr/a.jpg", "//evil.example/a.jpg", "data:image/png;base64,AAAA"] {
            assert_eq!(photo_url(bad), Err("error-photo_url"), "{bad}");
        }
    }

    #[test]
    fn required_text_is_trimmed_and_bounded() {
        assert_eq!(required("  Miel  ", MAX_NAME), Ok("Miel".into()));
        assert_eq!(required("   ", MAX_NAME), Err("error-required"));
        assert_eq!(required(&"a".repeat(10_000), MAX_NAME), Err("error-too_long"));
        assert_eq!(required("a\u{0}b", MAX_NAME), Err("error-invalid_chars"));
        assert_eq!(optional("", MAX_TEXT), Ok(String::new()));
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Pâtes Complètes"), "pates completes");
        assert_eq!(fold("Œufs"), "oeufs");
        assert_eq!(fold("Huile d’olive"), "huile d olive");
    }

    #[test]
    fn emails() {
        assert_eq!(normalize_email(" Awa@Exemple.FR "), Ok("awa@exemple.fr".into()));
        assert!(normalize_email("awa@").is_err());
        assert!(normalize_email("awa@exemple").is_err());
        assert!(normalize_email("a wa@exemple.fr").is_err());
    }

    #[test]
    fn french_phones_are_one_number() {
        assert_eq!(normalize_phone("06 12 34 56 78"), Ok("0612345678".into()));
        assert_eq!(normalize_phone("+33 6 12 34 56 78"), Ok("0612345678".into()));
        assert_eq!(normalize_phone("0033612345678"), Ok("0612345678".into()));
        assert_eq!(normalize_phone("06.12.34.56.78"), Ok("0612345678".into()));
        assert_eq!(normalize_phone("+32 470 12 34 56"), Ok("+32470123456".into()));
        assert!(normalize_phone("12").is_err());
        assert!(normalize_phone("06 12 ab").is_err());
    }

    #[test]
    fn identifier_kind() {
        assert_eq!(parse_identifier("awa@exemple.fr"), Ok(Identifier::Email("awa@exemple.fr".into())));
        assert_eq!(parse_identifier("06 12 34 56 78"), Ok(Identifier::Phone("0612345678".into())));
    }
}
