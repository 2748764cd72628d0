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

    /** The newest articles, at most {@code limit}. */
    public List<Article> newest(int limit) {
        return findAll(Sort.descending("createdAt", "id")).page(0, limit).list();
    }

    /** The languages articles are written in, lower case, sorted. */
    public List<String> languages() {
        return getEntityManager().createQuery("select distinct lower(a.language) from Article a order by 1",
                String.class).getResultList();
    }
}
