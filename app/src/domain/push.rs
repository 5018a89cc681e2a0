//! Web push delivery rules: when to try again after a failure, and when to
//! give up.

/// How far ahead "tomorrow" reminders go out: the cycle closing, the
/// order to fetch, the shift.
pub const REMINDER_AHEAD_SECS: i64 = 24 * 3_600;

/// Whether something at `at` is due for its "tomorrow" reminder at `now`:
/// within the next 24 hours, not already begun.
pub fn due_for_reminder(at: i64, now: i64) -> bool {
    at > now && at - now <= REMINDER_AHEAD_SECS
}

/// Whether a vote is worth a "closes tomorrow" reminder: not when it was
/// opened less than a day before its closing (its voters were just told).
pub fn worth_closing_reminder(opens_at: i64, closes_at: i64) -> bool {
    closes_at - opens_at > REMINDER_AHEAD_SECS
}

/// A cycle that opened longer ago than this is not announced as new (a
/// server that was down for a week does not shout about old news).
pub const OPENED_NEWS_SECS: i64 = 2 * 24 * 3_600;

/// Seconds to wait before attempt `attempts + 1`, after `attempts` failed
/// ones; `None` once it is time to give up (the notice stays in the in-app
/// list, so nothing is lost).
pub fn retry_after(attempts: i64) -> Option<i64> {
    const WAITS: [i64; 5] = [30, 120, 600, 3_600, 6 * 3_600];
    usize::try_from(attempts).ok().and_then(|a| a.checked_sub(1)).and_then(|i| WAITS.get(i).copied())
}

/// What a push service's answer means for the row and the subscription.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// 404 or 410: the browser dropped the subscription; forget the device.
    Gone,
    /// Rate-limited, a server error or no network: try again later.
    Retry,
    /// The service refused the message itself (400, 401, 403, 413): trying
    /// again would fail the same way.
    Refused,
}

pub fn outcome(status: Option<u16>) -> Outcome {
    match status {
        Some(200..=299) => Outcome::Delivered,
        Some(404) | Some(410) => Outcome::Gone,
        Some(429) | Some(500..=599) | None => Outcome::Retry,
        Some(_) => Outcome::Refused,
    }
}

/// A notification's body on a lock screen: short, whole words.
pub fn short(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max_chars / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_short_vote_gets_no_closing_reminder() {
        let day = REMINDER_AHEAD_SECS;
        assert!(worth_closing_reminder(0, 3 * day));
        assert!(worth_closing_reminder(0, day + 1));
        assert!(!worth_closing_reminder(0, day), "exactly a day: its opening was the reminder");
        assert!(!worth_closing_reminder(0, 3_600));
    }

    use super::*;

    #[test]
    fn reminders_go_out_within_the_last_day() {
        let now = 1_000_000;
        assert!(!due_for_reminder(now + 25 * 3_600, now));
        assert!(due_for_reminder(now + 24 * 3_600, now), "exactly a day ahead");
        assert!(due_for_reminder(now + 1, now));
        assert!(!due_for_reminder(now, now), "already begun");
        assert!(!due_for_reminder(now - 60, now));
    }

    #[test]
    fn retries_back_off_then_give_up() {
        assert_eq!(retry_after(0), None, "nothing failed yet");
        assert_eq!(retry_after(1), Some(30));
        assert_eq!(retry_after(2), Some(120));
        assert_eq!(retry_after(5), Some(6 * 3_600));
        assert_eq!(retry_after(6), None);
        assert_eq!(retry_after(-1), None);
        let waits: Vec<i64> = (1..=5).filter_map(retry_after).collect();
        assert!(waits.windows(2).all(|w| w[0] < w[1]), "each wait longer than the last");
    }

    #[test]
    fn answers_of_the_push_service() {
        assert_eq!(outcome(Some(201)), Outcome::Delivered);
        assert_eq!(outcome(Some(410)), Outcome::Gone);
        assert_eq!(outcome(Some(404)), Outcome::Gone);
        assert_eq!(outcome(Some(429)), Outcome::Retry);
        assert_eq!(outcome(Some(503)), Outcome::Retry);
        assert_eq!(outcome(None), Outcome::Retry);
        assert_eq!(outcome(Some(413)), Outcome::Refused);
        assert_eq!(outcome(Some(401)), Outcome::Refused);
    }

    #[test]
    fn bodies_are_cut_on_a_word() {
        assert_eq!(short("Commande prête", 50), "Commande prête");
        let s = short("Une place s’est libérée : vous êtes inscrit·e à l’atelier « Cuisine »", 40);
        assert!(s.chars().count() <= 40 && s.ends_with('…') && !s.contains("  "), "{s}");
        assert_eq!(short("aaaaaaaaaa", 5).chars().count(), 5);
    }
}

/// Length in bytes of unpadded base64url text, or `None` if it is not.
fn base64url_len(s: &str) -> Option<usize> {
    let s = s.trim_end_matches('=');
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') || s.len() % 4 == 1 {
        return None;
    }
    Some(s.len() * 3 / 4)
}

/// Checks what a browser's `PushSubscription` gave: the push service's
/// address (see `security::push_target`: https and a public name; plain
/// http on this machine only when the test setting allows it), the
/// device's P-256 public key (65 bytes) and its 16-byte authentication
/// secret.
pub fn validate_subscription(endpoint: &str, p256dh: &str, auth: &str, allow_local: bool) -> Result<(), (&'static str, &'static str)> {
    crate::domain::security::push_target(endpoint, allow_local).map_err(|m| ("field-push_endpoint", m))?;
    if base64url_len(p256dh) != Some(65) {
        return Err(("field-push_key", "error-push_subscription"));
    }
    if base64url_len(auth) != Some(16) {
        return Err(("field-push_key", "error-push_subscription"));
    }
    Ok(())
}

#[cfg(test)]
mod subscription_tests {
    use super::*;

    #[test]
    fn subscriptions_from_a_browser() {
        let key = format!("B{}", "A".repeat(86)); // 87 characters: 65 bytes
        let auth = "A".repeat(22); // 16 bytes
        assert_eq!(validate_subscription("https://fcm.googleapis.com/fcm/send/abc", &key, &auth, false), Ok(()));
        assert!(validate_subscription("http://127.0.0.1:4000/push/1", &key, &auth, false).is_err(), "only for the test service");
        assert_eq!(validate_subscription("http://127.0.0.1:4000/push/1", &key, &auth, true), Ok(()));
        for bad in ["http://push.example.com/x", "javascript:alert(1)", "", "https://a b", "http://localhost:@10.0.0.5:8080/x"] {
            assert!(validate_subscription(bad, &key, &auth, true).is_err(), "{bad}");
        }
        assert!(validate_subscription("https://x.example/1", "abc", &auth, false).is_err());
        assert!(validate_subscription("https://x.example/1", &key, "a+b/", false).is_err());
        assert!(validate_subscription(&format!("https://x.example/{}", "a".repeat(2_000)), &key, &auth, false).is_err());
    }
}
