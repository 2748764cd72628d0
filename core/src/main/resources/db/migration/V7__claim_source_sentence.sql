-- The sentence each claim was extracted from, as the article wrote it (whitespace folded), shown beside the claim so
-- that a reviewer sees what the rewrite changed. Claims stored before this column get the text of their span.
ALTER TABLE claim ADD COLUMN source_sentence TEXT;

UPDATE claim c
SET source_sentence = regexp_replace(substring(a.text FROM c.span_start + 1 FOR c.span_end - c.span_start), '\s+', ' ', 'g')
FROM article a
WHERE a.id = c.article_id;
