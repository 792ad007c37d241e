-- Search on the database (issue 15): the search box finds its candidates with trigram indexes
-- instead of reading every monument, event, quote and source into the server. search_fold folds
-- text as lib/names.ts normalizeName does, as far as a prefilter needs: lower case, accents and
-- Arabic diacritics gone, hamza forms of alef and taa marbuta and alif maqsura folded, tatweel and
-- apostrophes dropped, punctuation as spaces, theater as theatre. Whatever it finds is then ranked
-- by lib/search.ts exactly as before, so it only has to find a superset of the answers.
-- (No semicolon inside a statement or a comment: the migration engine splits scripts at each.)

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN replace(
    regexp_replace(
      regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, translate(coalesce(t, ''), 'أإآٱةىـ''’‘`´ʼʾʿ', 'ااااهي'))), '[\u064B-\u065F\u0670]', '', 'g'),
      '[[:space:][:punct:]]+', ' ', 'g'),
    'theater', 'theatre');

-- A name compared without its spaces too (Baal Shamin, Baalshamin).
CREATE FUNCTION search_fold_compact(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN replace(search_fold(t), ' ', '');

-- A list of names (authors) as one text. array_to_string is only stable in general, immutable for text.
CREATE FUNCTION search_fold_all(t text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN search_fold(array_to_string(t, ' '));

CREATE INDEX "Monument_name_search_idx" ON "Monument" USING gin (search_fold_compact("name") gin_trgm_ops);
CREATE INDEX "MonumentName_value_search_idx" ON "MonumentName" USING gin (search_fold_compact("value") gin_trgm_ops);
CREATE INDEX "DamageEvent_text_search_idx" ON "DamageEvent" USING gin (search_fold("description" || ' ' || coalesce("dateText", '')) gin_trgm_ops);
CREATE INDEX "Citation_quote_search_idx" ON "Citation" USING gin (search_fold("quote") gin_trgm_ops);
CREATE INDEX "Source_text_search_idx" ON "Source" USING gin (search_fold("title" || ' ' || "publisher" || ' ' || coalesce("note", '') || ' ' || coalesce("publishedText", '') || ' ' || search_fold_all("authors")) gin_trgm_ops);
CREATE INDEX "Actor_name_search_idx" ON "Actor" USING gin (search_fold("name") gin_trgm_ops);
