//! One error type for every server function. It travels to the browser as
//! JSON (tagged, so the HTTP layer can tell it from a result), is shown in
//! French through the translation layer, and maps to an HTTP status so a bad
//! input is a 4xx with a clear message, never a 500.

use serde::{Deserialize, Serialize};
use server_fn_error::*;

mod server_fn_error {
    pub use leptos::server_fn::codec::JsonEncoding;
    pub use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "app_error", content = "detail")]
pub enum AppError {
    /// A field failed validation: (field label key, message key).
    #[error("invalid {0}: {1}")]
    Invalid(String, String),
    /// The request as a whole is malformed or stale (message key).
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The request clashes with the current state (message key).
    #[error("conflict: {0}")]
    Conflict(String),
    /// A basket line was refused: (product name, message key).
    #[error("line {0}: {1}")]
    Line(String, String),
    /// A basket line refused with the figures that explain it: (product
    /// name, message key, named blanks) — "la quantité doit être un
    /// multiple de 0,5 kg", not "ne suit pas le pas".
    #[error("line {0}: {1}")]
    LineWith(String, String, Vec<(String, String)>),
    /// Not enough left of a capped product: (product name, what is left, in words).
    #[error("sold out {0}: {1} left")]
    SoldOut(String, String),
    #[error("wrong credentials")]
    BadCredentials,
    #[error("too many attempts")]
    RateLimited,
    /// Too much heavy work at once (password hashing): nothing was done,
    /// try again in a moment.
    #[error("busy")]
    Busy,
    #[error("internal error")]
    Internal,
    /// The browser could not reach the server (no network): nothing was
    /// sent, nothing changed.
    #[error("offline")]
    Offline,
    /// Not yet allowed, and when it will be (in words): a volunteer opening
    /// the distribution sheet before their table shift.
    #[error("not yet: {0}")]
    NotYet(String),
    /// Several fields of one form failed: every problem is said at once,
    /// so a person fixes them all in one go rather than one per round trip.
    #[error("{} problems", .0.len())]
    Many(Vec<AppError>),
}

impl AppError {
    pub fn invalid(field: &str, message: &str) -> Self {
        AppError::Invalid(field.to_string(), message.to_string())
    }

    /// Every (field, message) problem of a form: one, or all together.
    pub fn fields(all: &[(&str, &str)]) -> Self {
        let mut p = Problems::default();
        for (f, m) in all {
            p.push(AppError::invalid(f, m));
        }
        p.done().err().unwrap_or_else(|| AppError::BadRequest("error-bad_form".into()))
    }

    /// HTTP status for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(..) | AppError::BadRequest(_) | AppError::Line(..) | AppError::LineWith(..) | AppError::Many(_) => 400,
            AppError::SoldOut(..) => 409,
            AppError::Unauthenticated | AppError::BadCredentials => 401,
            AppError::Forbidden | AppError::NotYet(_) => 403,
            AppError::NotFound => 404,
            AppError::Conflict(_) => 409,
            AppError::RateLimited => 429,
            AppError::Internal => 500,
            AppError::Offline | AppError::Busy => 503,
        }
    }

    /// The sentence a person reads, in their language.
    pub fn message(&self) -> String {
        use crate::i18n::{t, tr};
        let key = match self {
            AppError::Invalid(f, m) => return tr("error-field_problem", &[("field", t(f)), ("problem", t(m))]),
            // One sentence per line; `FormError` shows them as a list.
            AppError::Many(all) => return all.iter().map(AppError::message).collect::<Vec<_>>().join("\n"),
            AppError::Line(p, m) => return tr("error-line_problem", &[("product", p.as_str()), ("problem", t(m))]),
            AppError::LineWith(p, m, params) => {
                let blanks: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                return tr("error-line_problem", &[("product", p.clone()), ("problem", tr(m, &blanks))]);
            }
            AppError::NotYet(when) => return tr("error-table_not_yet", &[("when", when.as_str())]),
            // Two sentences: what is left, and that the rest is kept.
            AppError::SoldOut(p, left) => {
                return format!("{} {}", tr("error-sold_out", &[("product", p.as_str()), ("left", left.as_str())]), t("error-basket_kept"))
            }
            AppError::BadRequest(m) | AppError::Conflict(m) => m.as_str(),
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not_found",
            AppError::BadCredentials => "error-bad_credentials",
            AppError::RateLimited => "error-rate_limited",
            AppError::Internal => "error-internal",
            AppError::Offline => "error-offline",
            AppError::Busy => "error-busy",
        };
        t(key).to_string()
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Missing or malformed form fields: the form is stale or forged.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest("error-bad_form".into())
            }
            // The request never reached the server: no network.
            ServerFnErrorErr::Request(_) => AppError::Offline,
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "database error");
        AppError::Internal
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// Collects a form's problems so that all of them are reported together.
#[derive(Default)]
pub struct Problems(Vec<AppError>);

impl Problems {
    /// The value, or `None` after noting the problem.
    pub fn check<T>(&mut self, r: Result<T, AppError>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }

    /// A field's value, or `None` after noting its problem (a message key).
    pub fn field<T>(&mut self, field: &'static str, r: Result<T, &'static str>) -> Option<T> {
        self.check(r.map_err(|m| AppError::invalid(field, m)))
    }

    pub fn push(&mut self, e: AppError) {
        self.0.push(e);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Nothing wrong, the one problem, or all of them.
    pub fn done(mut self) -> Result<(), AppError> {
        match self.0.len() {
            0 => Ok(()),
            1 => Err(self.0.remove(0)),
            _ => Err(AppError::Many(self.0)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_of_a_form_is_said_once() {
        let mut p = Problems::default();
        assert_eq!(p.check(Ok::<_, AppError>(3)), Some(3));
        assert!(p.is_empty());
        assert_eq!(p.check(Err::<i64, _>(AppError::invalid("field-name", "error-required"))), None);
        p.push(AppError::Line("Carottes".into(), "error-qty_invalid".into()));
        let e = p.done().unwrap_err();
        assert_eq!(e.status(), 400);
        let m = e.message();
        assert_eq!(m.lines().count(), 2, "{m}");
        assert!(m.lines().nth(1).unwrap().starts_with("Carottes : "), "{m}");
        // One problem stays itself, not a list of one.
        let mut one = Problems::default();
        one.push(AppError::Forbidden);
        assert_eq!(one.done(), Err(AppError::Forbidden));
        assert_eq!(Problems::default().done(), Ok(()));
    }
}
