package io.claimdesk.core.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.claimdesk.core.article.Article;

/** One checkable statement of an article, with its source span and check-worthiness. */
@Entity
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false)
    public String text;

    /** Offset of the first character of the claim's source in the article text. */
    @Column(name = "span_start", nullable = false)
    public int start;

    /** Offset just past the claim's source in the article text. */
    @Column(name = "span_end", nullable = false)
    public int end;

    /** Check-worthiness in [0, 1]. */
    @Column(nullable = false)
    public double score;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> reasons = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status = ClaimStatus.EXTRACTED;

    /** Username of the reviewer holding the claim, if any. */
    public String assignee;

    /** When the claim's current step should be done; past it, an open claim is overdue. */
    public Instant deadline;

    /** Subjects of the claim (e.g. politics, health), matched against reviewers' topics. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    /**
     * The sentence the claim was extracted from, as the article wrote it (whitespace folded); null for a claim the
     * team wrote themselves.
     */
    @Column(name = "source_sentence")
    public String sourceSentence;

    /** The text before the team first edited it; null while unedited. */
    @Column(name = "original_text")
    public String originalText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimOrigin origin = ClaimOrigin.EXTRACTED;

    /** Ids of the claims this one was split or merged from. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "derived_from", nullable = false)
    public List<String> derivedFrom = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Open and past its deadline. */
    public boolean isOverdue(Instant now) {
        return deadline != null && status.isOpen() && now.isAfter(deadline);
    }
}
