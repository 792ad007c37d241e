-- Full-text search for the words of events, quotes and sources (issue 15). The search box matches
-- free text by words: every query word must start a word of the text (lib/search.ts matchesText).
-- That is a prefix query on a tsvector, which a GIN index answers exactly, where the trigram
-- indexes of 20261205190000_search_index had to re-fold every matching row to check it.
-- search_words folds as search_fold does, turns the punctuation a C-locale database does not know
-- as punctuation (Latin-1 signs, general punctuation such as curly quotes and dashes, Arabic comma,
-- semicolon and question mark, CJK and full-width signs) into spaces, and drops the Arabic article
-- from words of four letters or more, as normalizeName does. The 'simple' configuration keeps
-- every word as it is (no stemming, no stop words), so the index finds a superset of the answers
-- and lib/search.ts still decides.
-- Monument names and actors keep their trigram indexes: a monument name also matches inside a word.
-- (No semicolon inside a statement or a comment: the migration engine splits scripts at each.)

CREATE FUNCTION search_words(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('simple'::regconfig,
    regexp_replace(
      regexp_replace(' ' || search_fold(t), '[\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u3000-\u303F\uFF01-\uFF0F\u060C\u061B\u061F\u066A-\u066D\u06D4]+', ' ', 'g'),
      ' ال(\S\S)', ' \1', 'g'));

DROP INDEX "DamageEvent_text_search_idx";
DROP INDEX "Citation_quote_search_idx";
DROP INDEX "Source_text_search_idx";

CREATE INDEX "DamageEvent_words_idx" ON "DamageEvent" USING gin (search_words("description" || ' ' || coalesce("dateText", '')));
CREATE INDEX "Citation_words_idx" ON "Citation" USING gin (search_words("quote"));
CREATE INDEX "Source_words_idx" ON "Source" USING gin (search_words("title" || ' ' || "publisher" || ' ' || coalesce("note", '') || ' ' || coalesce("publishedText", '') || ' ' || search_fold_all("authors")));
