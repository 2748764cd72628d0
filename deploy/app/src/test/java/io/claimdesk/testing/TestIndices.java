package io.claimdesk.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Removes the indices and templates a test made under aliases of its own, so the shared stack keeps only its own. */
public final class TestIndices {

    private TestIndices() {
    }

    /** Deletes every concrete index behind each alias ({@code alias*}) and the alias's index template. */
    public static void delete(ElasticsearchClient elasticsearch, List<String> aliases) throws IOException {
        for (String alias : aliases) {
            List<String> concrete = new ArrayList<>(
                    elasticsearch.indices().get(g -> g.index(alias + "*").ignoreUnavailable(true)).result().keySet());
            if (!concrete.isEmpty()) {
                elasticsearch.indices().delete(d -> d.index(concrete));
            }
            elasticsearch.indices().deleteIndexTemplate(d -> d.name(alias));
        }
    }
}
