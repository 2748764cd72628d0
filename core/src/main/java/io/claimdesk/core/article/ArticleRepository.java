package io.claimdesk.core.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Stores and finds articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public List<Article> newestFirst() {
        return listAll(Sort.descending("createdAt", "id"));
    }
}
