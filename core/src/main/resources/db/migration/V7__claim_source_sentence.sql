-- The sentence each claim was extracted from, as the article wrote it (whitespace folded), shown beside the claim so
-- that a reviewer sees what the rewrite changed. Claims stored before this column get the text of their span (spans
-- count UTF-16 units, PostgreSQL characters: a span after an emoji may be off by one, which a backfill can bear).
ALTER TABLE claim ADD COLUMN source_sentence TEXT;

UPDATE claim c
SET source_sentence = btrim(regexp_replace(substring(a.body FROM c.span_start + 1 FOR c.span_end - c.span_start),
                                           '\s+', ' ', 'g'))
FROM article a
WHERE a.id = c.article_id;
