//! The one translation layer. Every sentence a person reads comes from
//! here, by key, out of the Fluent files in `app/locales/` (one per
//! language; French is the reference, the others must say the same things
//! with the same blanks, which the tests below check).
//!
//! The words are the server's: pages are rendered there, and so are the
//! words handed to the browser's scripts. The WebAssembly of the islands
//! never carries a translation table (see `wasm` below), so a new language
//! costs a phone nothing.
//!
//! Which language: the reader's. On a request, the one the middleware read
//! from the `lang` cookie or the browser's `Accept-Language`
//! (`server/src/security.rs`); for a notice or a push message written by
//! the scheduler, the recipient's, set with [`in_lang`].

#[cfg(feature = "ssr")]
pub mod format;
/// In the browser: see `wasm` below.
#[cfg(not(feature = "ssr"))]
pub mod format {
    pub fn money(_cents: i64) -> String {
        String::new()
    }
    pub fn quantity(_milli: i64) -> String {
        String::new()
    }
    pub fn duration(_secs: i64) -> String {
        String::new()
    }
    pub fn number(_n: i64) -> String {
        String::new()
    }
}

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Fr,
    En,
    Ar,
}

impl Lang {
    /// In the order the login page offers them.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::En, Lang::Ar];

    /// The BCP 47 code: `<html lang>`, the cookie, the accounts table.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::Fr | Lang::En => "ltr",
        }
    }

    /// The first of the browser's languages (`Accept-Language`, by its
    /// weights) that we speak; `fr-BE` counts as French.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut wanted: Vec<(u16, usize, Lang)> = Vec::new();
        for (i, part) in header.split(',').take(32).enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q)).map(|q| (q * 1000.0) as u16));
            if let (Some(lang), Some(w)) = (Lang::from_code(&primary), weight) {
                if w > 0 {
                    wanted.push((w, i, lang));
                }
            }
        }
        // Heaviest first; among equals, the browser's own order.
        wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted.first().map(|w| w.2)
    }
}

/// A value for a blank: text is shown as given (a product's name stays as
/// the association typed it); a number is also what plurals choose by.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Num(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::Text((*s).to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<&Arg> for Arg {
    fn from(a: &Arg) -> Self {
        a.clone()
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Num(n.into())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(feature = "ssr")]
pub use server::*;
#[cfg(not(feature = "ssr"))]
pub use wasm::*;

#[cfg(feature = "ssr")]
mod server {
    use super::{Arg, Lang};
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use std::cell::Cell;
    use std::collections::HashMap;
    use std::sync::LazyLock;

    /// The translation files, compiled in: the server binary is the whole
    /// application, nothing to find at run time.
    pub const FILES: [(Lang, &str); 3] = [
        (Lang::Fr, include_str!("../../locales/fr.ftl")),
        (Lang::En, include_str!("../../locales/en.ftl")),
        (Lang::Ar, include_str!("../../locales/ar.ftl")),
    ];

    struct Book {
        bundle: FluentBundle<FluentResource>,
        /// Sentences without blanks, worded once: `t` hands out `&'static`.
        plain: HashMap<String, String>,
    }

    static BOOKS: LazyLock<Vec<Book>> = LazyLock::new(|| FILES.iter().map(|(lang, text)| book(*lang, text)).collect());

    fn book(lang: Lang, text: &str) -> Book {
        // A file that does not parse keeps the messages that do; the tests
        // fail on any error, so none reaches a release.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Right to left, a blank (a French product name in an Arabic
        // sentence) is isolated so the two directions do not mix. Left to
        // right, the marks would only get in the way of copy and search.
        bundle.set_use_isolating(lang.dir() == "rtl");
        bundle.set_formatter(Some(super::format::fluent_number));
        let _ = bundle.add_resource(resource);
        let mut plain = HashMap::new();
        let ids: Vec<String> = message_ids(text);
        for id in ids {
            if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let words = bundle.format_pattern(pattern, None, &mut errors);
                if errors.is_empty() {
                    plain.insert(id, words.into_owned());
                }
            }
        }
        Book { bundle, plain }
    }

    /// The message identifiers of a Fluent file, in order.
    pub fn message_ids(text: &str) -> Vec<String> {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Errors wording `key` in `lang` with no blanks given, other than
    /// the missing blanks themselves: for the tests.
    #[cfg(test)]
    pub(super) fn wording_errors(lang: Lang, key: &str) -> Vec<String> {
        let book = &BOOKS[index(lang)];
        let Some(pattern) = book.bundle.get_message(key).and_then(|m| m.value()) else {
            return vec!["missing".into()];
        };
        let mut errors = Vec::new();
        let _ = book.bundle.format_pattern(pattern, None, &mut errors);
        errors.iter().map(|e| format!("{e:?}")).filter(|e| !e.contains("Reference(Variable")).collect()
    }

    /// A count as Fluent gets it. Fluent chooses plural forms with the
    /// `intl_pluralrules` crate, whose Arabic rule is wrong from 100 on
    /// (103 takes "other", where CLDR says "few": it drops the `n % 100`).
    /// So the form is chosen here by ICU4X's CLDR rules, and Fluent is
    /// handed a number of that same form in its own rules (one of
    /// [`sample`]); the real count rides along for display, which
    /// `format::fluent_number` writes. Variant keys are therefore forms
    /// (`[few]`), never numbers (`[3]`): a test holds the files to it.
    fn count(lang: Lang, n: i64) -> FluentValue<'static> {
        let form = plural_form(lang, n);
        let mut number = fluent_bundle::types::FluentNumber::new(sample(form) as f64, Default::default());
        number.options.currency = Some(n.to_string());
        FluentValue::Number(number)
    }

    static PLURALS: LazyLock<Vec<icu_plurals::PluralRules>> = LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let locale: icu_locale_core::Locale = l.code().parse().unwrap_or(icu_locale_core::locale!("fr"));
                icu_plurals::PluralRules::try_new_cardinal((&locale).into()).expect("ICU4X compiled data holds these plural rules")
            })
            .collect()
    });

    /// The CLDR plural form of `n` in `lang`: "zero", "one", "two", "few",
    /// "many" or "other".
    pub fn plural_form(lang: Lang, n: i64) -> &'static str {
        use icu_plurals::PluralCategory as C;
        match PLURALS[index(lang)].category_for(n) {
            C::Zero => "zero",
            C::One => "one",
            C::Two => "two",
            C::Few => "few",
            C::Many => "many",
            C::Other => "other",
        }
    }

    /// A number of each form, in Fluent's rules as in CLDR's, for the
    /// three languages (a test checks every count up to 10 000).
    #[cfg(test)]
    pub(super) fn sample_of(form: &str) -> i64 {
        sample(form)
    }

    fn sample(form: &str) -> i64 {
        match form {
            "zero" => 0,
            "one" => 1,
            "two" => 2,
            "few" => 3,
            "many" => 11,
            _ => 100,
        }
    }

    #[cfg(test)]
    pub(super) fn fluent_form(lang: Lang, n: i64) -> Option<&'static str> {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().ok()?;
        let rules = intl_pluralrules::PluralRules::create(id, intl_pluralrules::PluralRuleType::CARDINAL).ok()?;
        Some(match rules.select(n).ok()? {
            intl_pluralrules::PluralCategory::ZERO => "zero",
            intl_pluralrules::PluralCategory::ONE => "one",
            intl_pluralrules::PluralCategory::TWO => "two",
            intl_pluralrules::PluralCategory::FEW => "few",
            intl_pluralrules::PluralCategory::MANY => "many",
            intl_pluralrules::PluralCategory::OTHER => "other",
        })
    }

    fn index(lang: Lang) -> usize {
        Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
    }

    thread_local! {
        static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
    }

    /// The cookie that keeps a browser's chosen language.
    pub const COOKIE: &str = "lang";

    /// The language a request asks for: the one chosen on this browser
    /// (the `lang` cookie, `true`), else the browser's own, else French.
    pub fn from_headers(headers: &http::HeaderMap) -> (Lang, bool) {
        let cookies = headers.get_all(http::header::COOKIE).iter().filter_map(|h| h.to_str().ok());
        if let Some(lang) = crate::domain::security::cookie_pairs(cookies).find_map(|(k, v)| if k == COOKIE { Lang::from_code(v) } else { None }) {
            return (lang, true);
        }
        let accept = headers.get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        (Lang::from_accept_language(accept).unwrap_or_default(), false)
    }

    /// The CLDR locale of the reader's numbers: Arabic with the digits the
    /// association chose. For `<html data-locale>`, which the page's
    /// scripts hand to `Intl`.
    pub fn locale() -> &'static str {
        match current() {
            Lang::Ar if super::format::arabic_digits() => "ar-u-nu-arab",
            Lang::Ar => "ar-u-nu-latn",
            other => other.code(),
        }
    }

    /// The language of whoever reads what is being written now.
    pub fn current() -> Lang {
        if let Some(lang) = SCOPED.with(Cell::get) {
            return lang;
        }
        if let Some(lang) = leptos::prelude::use_context::<Lang>() {
            return lang;
        }
        leptos::prelude::use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Lang>().copied()).unwrap_or_default()
    }

    /// Words `f` in `lang`: a notice for its recipient, a push message for
    /// the device's owner. Wording is synchronous, so a thread-local is
    /// exact here (no await can move the task in between).
    pub fn in_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
        struct Restore(Option<Lang>);
        impl Drop for Restore {
            fn drop(&mut self) {
                SCOPED.with(|s| s.set(self.0));
            }
        }
        let _restore = Restore(SCOPED.with(|s| s.replace(Some(lang))));
        f()
    }

    /// The sentence for `key`, without blanks, in the reader's language.
    /// A key missing there reads in French; an unknown key reads "…"
    /// (the tests forbid both, so neither reaches a person).
    pub fn t(key: &str) -> &'static str {
        t_in(current(), key)
    }

    pub fn t_in(lang: Lang, key: &str) -> &'static str {
        let books: &'static [Book] = &BOOKS;
        books[index(lang)].plain.get(key).or_else(|| books[0].plain.get(key)).map_or("…", String::as_str)
    }

    /// The sentence for `key` with its blanks filled: `{ $cycle }` takes
    /// the value named "cycle". Numbers also choose the plural form.
    pub fn tr<A: Clone + Into<Arg>>(key: &str, args: &[(&str, A)]) -> String {
        tr_in(current(), key, args)
    }

    pub fn tr_in<A: Clone + Into<Arg>>(lang: Lang, key: &str, args: &[(&str, A)]) -> String {
        // Numbers in the sentence are written by `format::fluent_number`,
        // which reads the language from here.
        in_lang(lang, || word(lang, key, args))
    }

    fn word<A: Clone + Into<Arg>>(lang: Lang, key: &str, args: &[(&str, A)]) -> String {
        let books: &'static [Book] = &BOOKS;
        let book = if books[index(lang)].bundle.has_message(key) { &books[index(lang)] } else { &books[0] };
        let Some(pattern) = book.bundle.get_message(key).and_then(|m| m.value()) else {
            return "…".to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value.clone().into() {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s)),
                Arg::Num(n) => fluent_args.set(*name, count(lang, n)),
            }
        }
        let mut errors = Vec::new();
        let words = book.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(key, ?errors, "a sentence was worded with errors");
        }
        words
    }

    pub fn has(key: &str) -> bool {
        BOOKS[0].bundle.has_message(key)
    }

    /// The sentence of a count for every plural form the reader's
    /// language has, with `{n}` where the number goes: for a count that
    /// the browser's script changes as boxes are ticked (it picks the form
    /// with `Intl.PluralRules`, the same CLDR rules).
    pub fn plural_forms(key: &str, blank: &str) -> Vec<(&'static str, String)> {
        let lang = current();
        // One number of each form, per CLDR: Arabic has all six.
        let samples: &[(&str, i64)] = match lang {
            Lang::Ar => &[("zero", 0), ("one", 1), ("two", 2), ("few", 3), ("many", 11), ("other", 100)],
            Lang::Fr => &[("one", 1), ("many", 1_000_000), ("other", 2)],
            Lang::En => &[("one", 1), ("other", 2)],
        };
        samples
            .iter()
            .map(|(form, n)| {
                let words = tr_in(lang, key, &[(blank, Arg::Num(*n))]);
                let shown = in_lang(lang, || super::format::number(*n));
                (*form, words.replacen(&shown, "{n}", 1))
            })
            .collect()
    }

    /// [`plural_forms`] as a `data-forms` attribute: `{"one": "…", …}`.
    pub fn plural_forms_json(key: &str, blank: &str) -> String {
        let forms: serde_json::Map<String, serde_json::Value> =
            plural_forms(key, blank).into_iter().map(|(f, w)| (f.to_string(), serde_json::Value::String(w))).collect();
        serde_json::Value::Object(forms).to_string()
    }
}

/// In the browser there is no table: an island gets its words from the
/// server, already in the reader's language, as props or `data-`
/// attributes. These stand-ins only let shared code compile.
#[cfg(not(feature = "ssr"))]
mod wasm {
    use super::{Arg, Lang};
    pub fn current() -> Lang {
        Lang::default()
    }
    pub fn t(_key: &str) -> &'static str {
        ""
    }
    pub fn t_in(_lang: Lang, _key: &str) -> &'static str {
        ""
    }
    pub fn tr<A: Clone + Into<Arg>>(_key: &str, _args: &[(&str, A)]) -> String {
        String::new()
    }
    pub fn plural_forms_json(_key: &str, _blank: &str) -> String {
        String::new()
    }
    pub fn locale() -> &'static str {
        ""
    }
    pub fn has(_key: &str) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a file and the blanks it uses (in its value, its
    /// selectors and every variant).
    fn blanks_of(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        fn in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
            for e in &p.elements {
                if let ast::PatternElement::Placeable { expression } = e {
                    in_expression(expression, out);
                }
            }
        }
        fn in_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match e {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => in_expression(expression, out),
                _ => {}
            }
        }
        fn in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Inline(i) => in_inline(i, out),
                ast::Expression::Select { selector, variants } => {
                    in_inline(selector, out);
                    for v in variants {
                        in_pattern(&v.value, out);
                    }
                }
            }
        }
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("a translation file does not parse: {errors:?}"));
        let mut all = BTreeMap::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut out = BTreeSet::new();
                if let Some(v) = &m.value {
                    in_pattern(v, &mut out);
                }
                assert!(all.insert(m.id.name.to_string(), out).is_none(), "{} is written twice", m.id.name);
            }
        }
        all
    }

    /// Every string literal of the Rust sources shaped like a key
    /// (`prefix-rest`, with a prefix the French file uses).
    fn keys_in_source(prefixes: &BTreeSet<String>) -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        let roots = [concat!(env!("CARGO_MANIFEST_DIR"), "/src"), concat!(env!("CARGO_MANIFEST_DIR"), "/../server/src")];
        let mut stack: Vec<std::path::PathBuf> = roots.iter().map(std::path::PathBuf::from).collect();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                for piece in src.split('"').skip(1).step_by(2) {
                    if let Some((prefix, rest)) = piece.split_once('-') {
                        if prefixes.contains(prefix) && !rest.is_empty() && rest.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                            found.entry(piece.to_string()).or_insert_with(|| path.display().to_string());
                        }
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_language_says_what_french_says_with_the_same_blanks() {
        let french = blanks_of(FILES[0].1);
        assert!(french.len() > 700, "the French file reads");
        for (lang, text) in &FILES[1..] {
            let other = blanks_of(text);
            let missing: Vec<_> = french.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !french.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang:?} has keys French has not: {extra:?}");
            let differ: Vec<_> = french.iter().filter(|(k, b)| other.get(*k) != Some(b)).map(|(k, b)| format!("{k}: French {b:?}, {lang:?} {:?}", other[k])).collect();
            assert!(differ.is_empty(), "blanks differ: {differ:#?}");
        }
    }

    #[test]
    fn every_key_in_the_code_is_in_the_files_and_every_key_is_used() {
        let french = blanks_of(FILES[0].1);
        let prefixes: BTreeSet<String> = french.keys().filter_map(|k| k.split_once('-').map(|(p, _)| p.to_string())).collect();
        let used = keys_in_source(&prefixes);
        let missing: Vec<_> = used.iter().filter(|(k, _)| !french.contains_key(*k)).map(|(k, f)| format!("{f}: {k}")).collect();
        assert!(missing.is_empty(), "keys without a sentence: {missing:#?}");
        let unused: Vec<_> = french.keys().filter(|k| !used.contains_key(*k)).collect();
        assert!(unused.is_empty(), "sentences nobody uses: {unused:?}");
    }

    #[test]
    fn every_file_formats_without_errors() {
        for (lang, _) in FILES {
            for id in message_ids(FILES[0].1) {
                let errors = server::wording_errors(lang, &id);
                assert!(errors.is_empty(), "{lang:?} {id}: {errors:?}");
            }
        }
    }

    #[test]
    fn blanks_are_filled_and_plurals_follow_each_language() {
        let args = |n: i64| [("count", Arg::Num(n)), ("total", Arg::Text("5,00 €".into()))];
        // French: 0 and 1 take the singular.
        assert_eq!(tr_in(Lang::Fr, "basket-bar", &args(0)), "0 produit · 5,00 €");
        assert_eq!(tr_in(Lang::Fr, "basket-bar", &args(1)), "1 produit · 5,00 €");
        assert_eq!(tr_in(Lang::Fr, "basket-bar", &args(2)), "2 produits · 5,00 €");
        // English: 0 is plural.
        assert!(tr_in(Lang::En, "basket-bar", &args(0)).starts_with("0 products"));
        assert!(tr_in(Lang::En, "basket-bar", &args(1)).starts_with("1 product "));
        // Arabic: six forms, at their edges. Isolated blanks: FSI … PDI.
        let ar = |n: i64| tr_in(Lang::Ar, "basket-bar", &args(n));
        let forms: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map(ar).to_vec();
        assert_ne!(forms[0], forms[1], "zero and one differ");
        assert_ne!(forms[1], forms[2], "one and two differ");
        assert_ne!(forms[2], forms[3], "two and few differ");
        assert_eq!(forms[3].replace('3', "10"), forms[4], "3 and 10 are both few");
        assert_eq!(forms[5].replace("11", "99"), forms[6], "11 and 99 are both many");
        assert_ne!(forms[4].replace("10", "11"), forms[5], "few and many differ");
        assert_ne!(forms[6].replace("99", "100"), forms[7], "many and other differ");
        assert_eq!(forms[8].replace("102", "100"), forms[7], "102 is other, as 100");
        assert_eq!(forms[9].replace("103", "3"), forms[3], "103 is few, as 3");
        assert!(forms[7].contains('\u{2068}') && forms[7].contains('\u{2069}'), "blanks are isolated right to left: {:?}", forms[7]);
        assert!(!tr_in(Lang::Fr, "basket-bar", &args(2)).contains('\u{2068}'), "not left to right");
    }

    #[test]
    fn fluent_and_cldr_agree_on_every_count_we_hand_fluent() {
        for lang in Lang::ALL {
            for n in 0..=10_000 {
                let form = server::plural_form(lang, n);
                assert_eq!(server::fluent_form(lang, server::sample_of(form)), Some(form), "{lang:?} {n}");
            }
        }
        // The case that needs it: Arabic 103 is "few" (n % 100 in 3..10).
        assert_eq!(server::plural_form(Lang::Ar, 103), "few");
        assert_eq!(server::plural_form(Lang::Ar, 111), "many");
        assert_eq!(server::plural_form(Lang::Fr, 0), "one");
        assert_eq!(server::plural_form(Lang::En, 0), "other");
    }

    #[test]
    fn variants_are_plural_forms_never_numbers() {
        for (lang, text) in FILES {
            for line in text.lines() {
                let l = line.trim_start().trim_start_matches('*');
                assert!(!(l.starts_with('[') && l[1..].starts_with(|c: char| c.is_ascii_digit())), "{lang:?}: {line}");
            }
        }
    }

    #[test]
    fn a_count_in_the_browser_has_every_form() {
        let forms = in_lang(Lang::Ar, || plural_forms("cycle-offer_count", "n"));
        assert_eq!(forms.iter().map(|f| f.0).collect::<Vec<_>>(), ["zero", "one", "two", "few", "many", "other"]);
        let fr = in_lang(Lang::Fr, || plural_forms("cycle-offer_count", "n"));
        assert_eq!(fr[0], ("one", "{n} produit coché".to_string()));
        assert_eq!(fr[2], ("other", "{n} produits cochés".to_string()));
    }

    #[test]
    fn the_request_language_cookie_first_then_the_browser() {
        let headers = |pairs: &[(&str, &str)]| {
            let mut h = http::HeaderMap::new();
            for (k, v) in pairs {
                h.append(http::HeaderName::from_bytes(k.as_bytes()).unwrap(), v.parse().unwrap());
            }
            h
        };
        assert_eq!(from_headers(&headers(&[])), (Lang::Fr, false));
        assert_eq!(from_headers(&headers(&[("accept-language", "ar-MA,fr;q=0.8")])), (Lang::Ar, false));
        assert_eq!(from_headers(&headers(&[("accept-language", "de-DE, en;q=0.5, fr;q=0.9")])), (Lang::Fr, false));
        assert_eq!(from_headers(&headers(&[("accept-language", "de, es")])), (Lang::Fr, false));
        assert_eq!(from_headers(&headers(&[("accept-language", "en;q=0")])), (Lang::Fr, false));
        assert_eq!(from_headers(&headers(&[("accept-language", "ar"), ("cookie", "pc_account=3; lang=en")])), (Lang::En, true));
        assert_eq!(from_headers(&headers(&[("cookie", "lang=xx")])), (Lang::Fr, false));
    }

    #[test]
    fn unknown_keys_never_show_raw_and_a_language_names_itself() {
        assert_eq!(t("no-such_key"), "…");
        assert!(!has("no-such_key"));
        assert_eq!(t("app-name"), "Pot Commun");
        let names: Vec<&str> = Lang::ALL.iter().map(|l| t_in(*l, "language-own_name")).collect();
        assert_eq!(names, ["Français", "English", "العربية"]);
        assert_eq!(in_lang(Lang::En, current), Lang::En);
        assert_eq!(current(), Lang::Fr, "in_lang is undone after");
    }
}
