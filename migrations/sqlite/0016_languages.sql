-- Every member's language. Keep in step with the other engine's
-- 0016_languages.sql.

-- The language a person reads (fr, en, ar). Pages, notices and push
-- messages are worded in it when read or sent; notices store raw values
-- (times, counts, amounts), never words. NULL: not chosen yet, so the
-- browser's language is used.
ALTER TABLE accounts ADD COLUMN lang TEXT CHECK (lang IN ('fr', 'en', 'ar'));

-- Arabic digits: '0' writes Arabic with Latin digits (3.5), the norm for
-- many Maghreb readers; '1' with Arabic-Indic ones (٣٫٥).
INSERT INTO settings (key, value) VALUES ('arabic_digits', '0');
