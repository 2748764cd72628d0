package io.claimdesk.api.admin;

import java.util.List;

/** A finished reindex: the index the alias now points to, the public verdicts it holds, the indices it replaced. */
public record ReindexView(String index, long verdicts, List<String> replacedIndices, long tookMillis) {
}
