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
}

impl AppError {
    pub fn invalid(field: &str, message: &str) -> Self {
        AppError::Invalid(field.to_string(), message.to_string())
    }

    /// HTTP status for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(..) | AppError::BadRequest(_) | AppError::Line(..) => 400,
            AppError::SoldOut(..) => 409,
            AppError::Unauthenticated | AppError::BadCredentials => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict(_) => 409,
            AppError::RateLimited => 429,
            AppError::Internal => 500,
            AppError::Offline | AppError::Busy => 503,
        }
    }

    /// The French (or current language) sentence a person reads.
    pub fn message(&self) -> String {
        use crate::i18n::t;
        let key = match self {
            AppError::Invalid(f, m) => return format!("{} : {}", t(f), t(m)),
            AppError::Line(p, m) => return format!("{p} : {}", t(m)),
            AppError::SoldOut(p, left) => return format!("{p} : {} {left}. {}", t("error.sold_out"), t("error.basket_kept")),
            AppError::BadRequest(m) | AppError::Conflict(m) => m.as_str(),
            AppError::Unauthenticated => "error.unauthenticated",
            AppError::Forbidden => "error.forbidden",
            AppError::NotFound => "error.not_found",
            AppError::BadCredentials => "error.bad_credentials",
            AppError::RateLimited => "error.rate_limited",
            AppError::Internal => "error.internal",
            AppError::Offline => "error.offline",
            AppError::Busy => "error.busy",
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
                AppError::BadRequest("error.bad_form".into())
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
