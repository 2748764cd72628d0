package io.claimdesk.core.article;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores and finds articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public List<Article> newestFirst() {
        return listAll(Sort.descending("createdAt", "id"));
    }
}
