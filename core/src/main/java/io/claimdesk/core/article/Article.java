package io.claimdesk.core.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.claimdesk.core.claim.Claim;
import io.claimdesk.core.claim.StringListConverter;

/** A submitted article: the text claims are extracted from. */
@Entity
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    /** The plain text claims' spans point into. */
    @Column(name = "body", nullable = false)
    public String text;

    public String url;

    @Column(nullable = false)
    public String language;

    /** The desk or member organisation that handles the article and publishes its verdicts; null: the publisher's. */
    public String team;

    /** Subjects of the article, inherited by its claims for topic-matched assignment. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("start")
    public List<Claim> claims = new ArrayList<>();
}
